"""Compiled regular expressions kept between runs: the patterns rebuilt from the saved form are
the ones ``re.compile`` makes, and a missing or damaged file only means compiling as usual."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from redac import regexcache

PATTERNS = [
    (r"(?iu)(?:^porte[-–—‐‑]parol\w+$)|(?:^[ée]tats[-–—‐‑]uni\w*$)", 0),
    (r"(?P<day>\d{1,2}) (?P<month>[a-zéû]+)", re.I),
    (r"^[\[\(«“]", 0),
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "redac"


def _forget(keys: list[tuple[str, int]]) -> None:
    for pattern, flags in keys:
        re._cache.pop((str, pattern, flags), None)  # type: ignore[attr-defined]


def test_saved_patterns_come_back_equal_to_compiled_ones(cache_home: Path) -> None:
    tag = b"model-a"
    regexcache.save(tag, PATTERNS, set())
    assert len(list(cache_home.glob("regex-*.marshal"))) == 1
    _forget(PATTERNS)
    assert regexcache.preload(tag) == set(PATTERNS)
    for pattern, flags in PATTERNS:
        seeded = re.compile(pattern, flags)  # found in re's cache, put there by preload
        fresh = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        assert seeded == fresh  # same text, flags and compiled code
        assert seeded.groupindex == fresh.groupindex
    m = re.compile(*PATTERNS[1]).search("le 3 Mars")
    assert m is not None and m.group("month") == "Mars"
    _forget(PATTERNS)


def test_nothing_saved_means_nothing_loaded(cache_home: Path) -> None:
    assert regexcache.preload(b"never saved") == set()


def test_a_damaged_file_is_ignored(cache_home: Path) -> None:
    tag = b"model-b"
    regexcache.save(tag, PATTERNS[:1], set())
    (path,) = cache_home.glob("regex-*.marshal")
    whole = path.read_bytes()
    path.write_bytes(whole[:100])  # torn
    _forget(PATTERNS[:1])
    assert regexcache.preload(tag) == set()
    flipped = bytearray(whole)
    flipped[-40] ^= 1  # one bit of the compiled code: still loadable, another pattern
    path.write_bytes(bytes(flipped))
    assert regexcache.preload(tag) == set()
    assert re.compile(*PATTERNS[0]).match("Porte-parole")


def test_all_loaded_means_nothing_rewritten(cache_home: Path) -> None:
    tag = b"model-c"
    regexcache.save(tag, PATTERNS, set())
    (path,) = cache_home.glob("regex-*.marshal")
    path.write_bytes(b"kept as is")
    regexcache.save(tag, PATTERNS, set(PATTERNS))
    assert path.read_bytes() == b"kept as is"


def test_an_unwritable_cache_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    regexcache.save(b"model-d", PATTERNS, set())  # no exception
    assert regexcache.preload(b"model-d") == set()


def test_an_older_file_of_the_same_source_is_replaced(cache_home: Path) -> None:
    tag = b"model-e"
    regexcache.save(tag, PATTERNS[:1], set())
    (path,) = cache_home.glob("regex-*.marshal")
    older = path.with_name(path.name.replace(f"-{regexcache._FORMAT}-", "-0-"))
    path.rename(older)
    other = cache_home / "regex-cpython3.11-1-1-0123456789abcdef.marshal"  # another source's
    other.write_bytes(b"")
    regexcache.save(tag, PATTERNS[:1], set())
    assert sorted(p.name for p in cache_home.glob("regex-*")) == sorted([path.name, other.name])
