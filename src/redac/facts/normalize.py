"""Normal forms that make "11%", "11 %" and "11 pour cent" the same fact."""

from __future__ import annotations

import re

from redac.text.normalize import fold, normalize_text

_PERCENT = re.compile(r"\s*(%|pour\s*cent|pourcent|per\s*cent|percent)\b|\s*%", re.I)
_QUOTE_CHARS = re.compile(r"[«»“”„\"']")


def number_key(text: str) -> str:
    """``"11 %"`` → ``11%``; ``"3,5 millions"`` → ``3.5 millions``; ``"1 200"`` → ``1200``."""
    t = normalize_text(text).lower().strip()
    t = _PERCENT.sub("%", t)
    t = re.sub(r"(?<=\d)[\s.](?=\d{3}\b)", "", t)  # thousands separators
    t = re.sub(r"(?<=\d),(?=\d)", ".", t)  # decimal comma
    return re.sub(r"\s+", " ", t)


def quote_key(text: str) -> str:
    """Quote text compared verbatim, up to typography (quotes, apostrophes, spaces, case of first letter)."""
    t = _QUOTE_CHARS.sub("", normalize_text(text))
    t = re.sub(r"\s+", " ", t).strip(" .,;:…")
    return t.lower()


_ELIDED = frozenset(
    ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]
)


def flat_words(text: str) -> str:
    """Folded words joined by single spaces: punctuation-free text for phrase lookups."""
    from redac.text.words import words

    out = []
    for w in words(text):
        f = fold(w)
        head, _, rest = f.rpartition("'")
        if not head or not rest:
            out.append(f)
        elif head in _ELIDED:
            out.append(rest)  # "l'etat" → "etat"
        else:
            out += [head, rest]  # "2009's" → "2009 s", "aujourd'hui" → "aujourd hui"
    return " ".join(out)


def entity_key(text: str) -> str:
    t = flat_words(text.replace("-", " "))
    return re.sub(r"^(?:l'|d'|le |la |les |du |de la |de l'|des |the )", "", t).strip()
