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
            if any(isinstance(a, str) and len(a) > max_chars for a in args):
                return fn(*args)
            return cached(*args)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return decorate
