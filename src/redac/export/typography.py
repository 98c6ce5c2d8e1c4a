"""A language's typography applied to the text of an export (HTML or Markdown).

The rules are the language's data (``LanguageData.typography``); this module only applies them,
to prose: web addresses, e-mail addresses and code (Markdown backticks) are left as they are.
The carriers keep the source's spacing; only what a reader sees is set.
"""

from __future__ import annotations

import re
from functools import cache

from redac.lang import get_language
from redac.lang.base import Typography
from redac.text.cache import short_cache

# what typography never touches: addresses and code
_PROTECTED = re.compile(r"`[^`\n]*`|\b(?:https?|ftp)://\S+|\bwww\.\S+|\S+@\S+\.\w+")
_SPACES = "[ \u00a0\u202f]"
_SPACE = re.compile(_SPACES)
_DIGIT = re.compile(r"\d")


@cache
def _rules(t: Typography) -> tuple[tuple[re.Pattern[str], str, str | None], ...]:
    """(pattern, replacement, what it needs): in a text without that character (``None``: a
    digit, which no rule adds or removes) the pattern has no match, and the rule is skipped."""
    out: list[tuple[re.Pattern[str], str, str | None]] = []
    for mark, space in t.space_before:
        # "mot :", "mot:" → "mot\u00a0:" — not "10:30", not "::", not a mark opening a line
        m = re.escape(mark)
        out.append((re.compile(rf"(?<=[^\s\d{m}]){_SPACES}?{m}"), space + mark, mark))
        out.append((re.compile(rf"(?<=\d){_SPACES}{m}"), space + mark, mark))
    for opening, closing, space in t.quotes:
        out.append((re.compile(rf"{re.escape(opening)}{_SPACES}*(?=\S)"), opening + space, opening))
        out.append(
            (re.compile(rf"(?<=\S){_SPACES}*{re.escape(closing)}"), space + closing, closing)
        )
    if t.digit_group_space:
        group = re.compile(r"(?<![\d,.])(\d{1,3})(?:[ \u00a0\u202f](\d{3}))+(?![\d])")
        out.append((group, "", None))  # handled in apply(): groups of three
    if t.units and t.unit_space:
        units = "|".join(re.escape(u) for u in sorted(t.units, key=len, reverse=True))
        after = re.compile(rf"(?<=\d){_SPACES}?(?=(?:{units})(?![\w²³]))")
        out.append((after, t.unit_space, None))
    if t.apostrophe:
        out.append((re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])"), t.apostrophe, "'"))
    return tuple(out)


def _apply_plain(text: str, t: Typography) -> str:
    digit = _DIGIT.search(text) is not None
    for pattern, repl, needs in _rules(t):
        if not (needs in text if needs is not None else digit):
            continue
        if repl == "" and t.digit_group_space:
            text = pattern.sub(lambda m: _SPACE.sub(t.digit_group_space, m.group(0)), text)
        else:
            text = pattern.sub(repl, text)
    return text


@short_cache(maxsize=8192)
def typeset(text: str, lang: str) -> str:
    """``text`` with ``lang``'s typography, addresses and code untouched. Cached: one rewrite
    sets each paragraph three times or more (the writer weighs the body's keyphrase density on
    its HTML, the report analyses that HTML, then the export). The last 8,192 texts of up to
    2,000 characters: ~3 MB after a 100,000-word rewrite, ~65 MB at worst (every text 2,000
    characters outside Latin-1, kept with its typeset copy)."""
    t = get_language(lang).typography
    if t == Typography() or not text:
        return text
    out, pos = [], 0
    for m in _PROTECTED.finditer(text):
        out.append(_apply_plain(text[pos : m.start()], t))
        out.append(m.group(0))
        pos = m.end()
    out.append(_apply_plain(text[pos:], t))
    return "".join(out)
