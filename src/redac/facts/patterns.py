"""Regular expressions for dates, numbers and quotations, built from a language's data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from redac.lang import get_language


@dataclass(frozen=True)
class Patterns:
    date: re.Pattern[str]
    number: re.Pattern[str]
    quote: re.Pattern[str]
    role_before: re.Pattern[str]


@cache
def patterns(lang: str) -> Patterns:
    f: dict[str, Any] = get_language(lang).extra["facts"]
    months = "|".join(f["months"].split())
    days = "|".join(f["weekdays"].split())
    rel = f["relative_dates"]
    and_ = f["and"]
    day = r"\d{1,2}(?:er|st|nd|rd|th)?(?!\d)"
    date = (
        rf"(?:(?:{days})\s+)?{day}(?:\s*(?:{and_}|-|au|à|to)\s*{day})?\s+(?:{months})(?:\s+\d{{4}})?"
        rf"|(?:{months})\s+{day}(?:,?\s+\d{{4}})?"
        rf"|(?:{months})\s+\d{{4}}"
        rf"|\b(?:{rel})\b"
        rf"|\b(?:{days})\b"
        r"|\b(?:1[89]\d\d|20\d\d)(?:\s*[-–]\s*(?:1[89]\d\d|20\d\d))?\b"
    )
    units = f["units"]
    number = rf"(?<![\w.,])\d+(?:[  .]\d{{3}})*(?:[.,]\d+)?(?:\s?(?:{units})(?![\w]))?"
    quote = r"«\s*([^«»]{3,}?)\s*»|“([^“”]{3,}?)”|\"([^\"\n]{3,}?)\""
    dets = f["determiners"]
    role_before = rf"(?:^|(?<=[\s,(]))(?:{dets})(?:\s|(?<='))"
    return Patterns(
        date=re.compile(date, re.I),
        number=re.compile(number, re.I),
        quote=re.compile(quote),
        role_before=re.compile(role_before, re.I),
    )
