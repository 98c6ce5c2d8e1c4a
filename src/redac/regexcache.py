"""Compiled regular expressions kept between runs, for those every start compiles.

Importing spaCy and loading a model compile about 190 regular expressions, among them the
tokenizer's five large ones (prefixes, suffixes, infixes, URLs and ``token_match``: about 43,000
characters for French): ~0.06 s of CPU at each start, in Python's own regular-expression
compiler. Python keeps no compiled pattern between processes, but its per-process cache
(``re._cache``) is keyed by the pattern's text and flags: this module saves, per pattern, what
``re.compile`` hands to the regular-expression engine (flags, the compiled code, the groups) in
the user cache, and on the next start builds the same ``re.Pattern`` from it (``_sre.compile``,
as ``re.compile`` itself does last) and puts it in ``re``'s cache, where spaCy's ``re.compile``
calls find it. :func:`redac.nlp.pipeline` saves what the import and the load compiled, before
any text is read: no pattern made from a text is kept.

The saved form is tied to the Python version and to the engine's ``MAGIC`` (the file name holds
both), written only after the pattern rebuilt from it compared equal to a fresh compilation
(``re.Pattern`` equality compares the text, the flags and the compiled code), and read only if
the file's SHA-256 checks out. A missing, stale, damaged or unwritable file only means
compiling as usual. These are CPython's internal modules (``re._parser``, ``re._compiler``,
``_sre``): on another interpreter, or if they change, nothing is saved or loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_FORMAT = 2
_SUM = 32  # bytes of the SHA-256 of the rest of the file, at its head


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/redac`` (``~/.cache/redac``), as for the model replies."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "redac"


def _engine() -> Any | None:
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:
        return None
    if not isinstance(getattr(re, "_cache", None), dict) or not hasattr(_compiler, "_code"):
        return None
    return _sre


def _path(tag: bytes) -> Path | None:
    sre = _engine()
    if sre is None:
        return None
    version = f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"
    digest = hashlib.sha1(tag).hexdigest()[:16]
    try:
        base = cache_dir()
    except (RuntimeError, KeyError, OSError):  # no home directory
        return None
    return base / f"regex-{version}-{sre.MAGIC}-{_FORMAT}-{digest}.marshal"


Key = tuple[str, int]  # a pattern and its flags, as ``re`` keys its cache


def compiled() -> set[Key]:
    """The (text) patterns in ``re``'s cache now."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return set()
    return {(k[1], k[2]) for k in list(cache) if len(k) == 3 and k[0] is str}


def _code(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments ``re.compile(pattern, flags)`` passes to ``_sre.compile`` after the
    pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        int(flags | p.state.flags),
        [int(c) for c in code],
        p.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def preload(tag: bytes) -> set[Key]:
    """Put the patterns saved under ``tag`` (any bytes naming what they come from) into
    ``re``'s cache; the patterns put there."""
    path, sre = _path(tag), _engine()
    if path is None or sre is None:
        return set()
    try:
        data = path.read_bytes()
        if hashlib.sha256(data[_SUM:]).digest() != data[:_SUM]:
            return set()  # torn or damaged: a flipped bit must not become another pattern
        saved = marshal.loads(data[_SUM:])
        built = {(p, f): sre.compile(p, *args) for (p, f), args in saved.items()}
    except (OSError, EOFError, ValueError, TypeError, AttributeError, RuntimeError):
        return set()
    for (pattern, flags), pat in built.items():
        re._cache[str, pattern, flags] = pat  # type: ignore[attr-defined]
    return set(built)


def save(tag: bytes, keys: Iterable[Key], loaded: set[Key]) -> None:
    """Save the patterns ``keys`` under ``tag`` unless they were all ``loaded`` from there
    already. Each is saved only if the pattern rebuilt from its saved form equals one compiled
    anew."""
    from re import _compiler  # type: ignore[attr-defined]

    keys = {(pattern, int(flags)) for pattern, flags in keys}
    path, sre = _path(tag), _engine()
    if path is None or sre is None or keys <= loaded:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        out = {}
        for pattern, flags in sorted(keys):
            if flags & re.DEBUG:
                continue
            args = _code(pattern, flags)
            if sre.compile(pattern, *args) == _compiler.compile(pattern, flags):
                out[pattern, flags] = args
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(out)
        tmp.write_bytes(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        digest = path.stem.rsplit("-", 1)[-1]
        for old in path.parent.glob(f"regex-*-{digest}.marshal"):  # another Python's, an older
            if old != path:  # format's: the same source, no longer read
                old.unlink(missing_ok=True)
    except (OSError, ValueError, TypeError, AttributeError, RuntimeError, RecursionError):
        with contextlib.suppress(OSError):
            tmp.unlink()
