"""A cheap test in front of a costly regular expression, where it is exact.

spaCy's French tokenizer asks its ``token_match`` pattern (266 branches of compound words and
elisions: « New-York », « prud'homme ») about every word it has not met yet: 60,066 times for a
100,000-word text, 486 of them a match, ~0.15 s of a cold parse. Every branch of that pattern
needs a hyphen or an apostrophe, so a word without one cannot match: :func:`guarded` answers
those at once and asks the pattern only about the others. :func:`always_contains` proves the
condition on the pattern's syntax tree (the standard library's own parser); where it cannot
prove it, the pattern is used as it is.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

# the parser and constants ``re`` compiles with (private modules, there since Python 3.11)
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Match = Callable[[str], Any]


def always_contains(pattern: str, chars: str) -> bool:
    """Whether every string ``pattern`` matches holds one of ``chars`` (characters without
    case, such as punctuation). ``False`` when that cannot be shown."""
    try:
        return _needs(_p.parse(pattern), frozenset(map(ord, chars)))
    except (re.error, TypeError, ValueError):
        return False


def _needs(seq: Any, chars: frozenset[int]) -> bool:
    """A sequence needs one of ``chars`` when one of its items does."""
    return any(_item_needs(op, arg, chars) for op, arg in seq)


def _item_needs(op: Any, arg: Any, chars: frozenset[int]) -> bool:
    if op is _c.LITERAL:
        return bool(arg in chars)
    if op is _c.IN:  # a class: each of its members one of ``chars``
        return bool(arg) and all(o is _c.LITERAL and a in chars for o, a in arg)
    if op is _c.SUBPATTERN:
        return _needs(arg[-1], chars)
    if op is _c.BRANCH:
        return all(_needs(branch, chars) for branch in arg[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, item = arg
        return bool(low >= 1) and _needs(item, chars)
    return False  # anchors, look-arounds, any character, a category, a back-reference…


def guarded(match: Match, pattern: str, chars: str) -> Match:
    """``match`` (a compiled ``pattern``'s ``match``), asked only about strings holding one of
    ``chars`` when every match of ``pattern`` holds one; else ``match`` itself."""
    if not always_contains(pattern, chars):
        return match
    has = re.compile(f"[{re.escape(chars)}]").search

    def token_match(text: str) -> Any:
        return match(text) if has(text) else None

    return token_match
