"""A cache for functions of short strings: the same words, sentences and paragraphs are counted,
normalised and looked up again and again, but a whole document must never be kept alive by a
cache (a server rewrites one document after another: an ``lru_cache`` of 16,384 entries could
hold as many whole articles)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

MAX_CHARS = 2_000  # a long paragraph; a whole article is computed, never cached


def short_cache(maxsize: int, max_chars: int = MAX_CHARS) -> Callable[[F], F]:
    """Like ``functools.lru_cache(maxsize)``, for calls whose string arguments are all at most
    ``max_chars`` long; a call with a longer one is computed and not remembered."""

    def decorate(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def call(*args: Any) -> Any:
            for a in args:  # a plain loop: this runs some 100,000 times per long rewrite
                if isinstance(a, str) and len(a) > max_chars:
                    return fn(*args)
            return cached(*args)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return decorate


LONG_CHARS = 20_000  # a long source or article: a few of them, and never more, are kept


def long_cache(keep: int = 2, min_chars: int = LONG_CHARS) -> Callable[[F], F]:
    """The counterpart of :func:`short_cache` for work on whole long texts that two stages ask
    for (the ledger and the fact check both scan the source): the results of the last ``keep``
    calls with a string argument of at least ``min_chars`` are kept, found again by equal
    arguments; any other call is computed and not remembered."""

    def decorate(fn: F) -> F:
        kept: list[tuple[tuple[Any, ...], Any]] = []

        @wraps(fn)
        def call(*args: Any) -> Any:
            if not any(isinstance(a, str) and len(a) >= min_chars for a in args):
                return fn(*args)
            for known, found in kept:
                if known == args:
                    return found
            found = fn(*args)
            kept.insert(0, (args, found))
            del kept[keep:]
            return found

        call.cache_clear = kept.clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return decorate
