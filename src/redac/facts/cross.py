"""Fact check across languages: an English source, a French article (or the reverse).

Numbers and years are compared by their digits, dates by digits and month, people by name.
Quotations cannot stay verbatim in translation: each must carry a translation marker
("(traduit de l'anglais)"), and their count must match. Places and organisations change
names across languages ("Russia"/"Russie") and are not checked here: the report says so.
"""

from __future__ import annotations

import re

from redac.facts import Fact, FactLedger
from redac.facts.check import FactCheck, digits, numbers_in
from redac.facts.extract import entities
from redac.facts.normalize import entity_key, flat_words, number_key
from redac.facts.patterns import patterns
from redac.lang import get_language
from redac.text.normalize import fold, normalize_text


def _months(lang: str) -> list[str]:
    return [fold(m) for m in get_language(lang).facts.months]


def _date_key(text: str, lang: str) -> tuple[str, ...]:
    toks = flat_words(text).split()
    months = _months(lang)
    out = [t for t in toks if t.isdigit()]
    out += [f"m{months.index(t)}" for t in toks if t in months]
    return tuple(sorted(out))


def check_cross(
    article_text: str, ledger: FactLedger, article_lang: str, markers: tuple[str, ...]
) -> FactCheck:
    src, art = normalize_text(ledger.source_text), normalize_text(article_text)
    art_digits, src_digits = digits(art), digits(src)
    art_dates = {
        _date_key(m.group(0), article_lang) for m in patterns(article_lang).date.finditer(art)
    }
    art_flat = " " + flat_words(art.replace("-", " ")) + " "
    marker_re = "|".join(re.escape(m) for m in markers) or r"(?!)"
    quotes = [(m.group(0), m.end()) for m in patterns(article_lang).quote.finditer(art)]
    marked = [q for q, end in quotes if re.match(rf"\s*,?\s*(?:{marker_re})", art[end : end + 80])]

    def present(f: Fact) -> bool | None:
        if f.kind == "number":
            return number_key(re.sub(r"[^\d.,]", "", f.text)) in art_digits
        if f.kind == "date":
            key = _date_key(f.text, ledger.lang)
            return (
                not key
                or any(set(key) <= set(d) for d in art_dates)
                or (
                    all(d in art_digits for d in key if d.isdigit())
                    and all(not d.startswith("m") for d in key)
                )
            )
        if f.kind == "entity":
            if f.label not in ("PER", "ENT"):
                return None  # names of places and organisations are translated: not checked
            return (
                f" {entity_key(f.text)} " in art_flat
                or entity_key(f.text).split()[-1] in art_flat.split()
            )
        return None  # quotes: counted below

    counts: dict[str, tuple[int, int]] = {}
    missing: list[Fact] = []
    for f in ledger.facts:
        ok = present(f)
        if ok is None:
            continue
        k, t = counts.get(f.kind, (0, 0))
        counts[f.kind] = (k + int(ok), t + 1)
        if not ok:
            missing.append(f)
    n_quotes = len({f.key for f in ledger.of("quote")})
    if n_quotes:
        counts["quote"] = (
            min(n_quotes, len(marked) + sum(1 for q, _ in quotes if q in src)),
            n_quotes,
        )
    kept = {
        k: (counts[k][0] / counts[k][1] if k in counts and counts[k][1] else 1.0)
        for k in ("entity", "number", "date", "quote")
    }

    invented: list[dict[str, str]] = []
    for n in numbers_in(art, article_lang):
        if number_key(re.sub(r"[^\d.,]", "", n)) not in src_digits:
            invented.append({"kind": "number", "text": n})
    for q, _end in quotes:
        inner = q.strip('«»“”" ')
        if fold(inner) not in fold(src) and q not in marked:
            invented.append({"kind": "quote", "text": inner})
    src_flat = " " + flat_words(src) + " "
    for name, label, _ in entities(art, article_lang):
        if label in ("PER",) and not all(tok in src_flat for tok in entity_key(name).split()):
            invented.append({"kind": "entity", "text": name})
    return FactCheck(kept=kept, missing=tuple(missing), invented=tuple(invented), counts=counts)
