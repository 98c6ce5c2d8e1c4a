"""The text caches keep short strings only: a server rewriting one document after another must
not keep the old ones alive."""

from __future__ import annotations

from redac.text.cache import MAX_CHARS, short_cache
from redac.text.normalize import normalize_text
from redac.text.words import word_count


def test_short_strings_are_cached_long_ones_are_not() -> None:
    calls: list[str] = []

    @short_cache(maxsize=16)
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    short, long = "l'Union", "mot " * MAX_CHARS
    assert upper(short) == upper(short) == "L'UNION"
    assert calls == [short]  # computed once
    assert upper(long) == upper(long) == long.upper()
    assert calls == [short, long, long]  # computed each time, never remembered
    assert upper.cache_info().currsize == 1  # type: ignore[attr-defined]


def test_no_whole_document_stays_in_the_caches() -> None:
    normalize_text.cache_clear()  # type: ignore[attr-defined]
    word_count.cache_clear()  # type: ignore[attr-defined]
    for n in range(50):
        doc = f"Document {n} : " + "la Biélorussie et la Russie ont signé un traité. " * 200
        assert word_count(doc) == 2 + 9 * 200
        assert normalize_text(doc).startswith(f"Document {n}")
    assert normalize_text.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert word_count.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert word_count("la Biélorussie et la Russie") == 5
    assert word_count.cache_info().currsize == 1  # type: ignore[attr-defined]


def test_long_cache_keeps_the_last_long_texts_only() -> None:
    from redac.text.cache import long_cache

    calls: list[int] = []

    @long_cache(keep=2, min_chars=100)
    def size(text: str, lang: str) -> list[int]:
        calls.append(len(text))
        return [len(text)]

    a, b, c = "a" * 100, "b" * 200, "c" * 300
    first = size(a, "fr")
    assert size(a, "fr") is first and calls == [100]  # found again
    assert size(a, "en") is not first  # other arguments, another entry
    size(b, "fr"), size(c, "fr")
    assert size(a, "fr") is not first  # pushed out: two kept at most
    assert size("short", "fr") is not size("short", "fr")  # a short text is never kept
    assert calls.count(5) == 2
