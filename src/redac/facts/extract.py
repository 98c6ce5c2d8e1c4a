"""Build the fact ledger of a source: entities (with roles), numbers, dates, quotations."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from redac.facts import Fact, FactLedger
from redac.facts.normalize import entity_key, number_key, quote_key
from redac.facts.patterns import alternation, dates_in, patterns
from redac.lang import get_language
from redac.model import Source
from redac.nlp import parsed
from redac.text.normalize import fold, normalize_text

_CAPWORD = r"[A-ZÀ-ÖØ-Þ][\w'’\-]+"


@cache
def _rule_entity(lang: str) -> re.Pattern[str]:
    """Capitalised word runs, joined by the language's name particles ("Bank of England")."""
    particles = alternation(get_language(lang).facts.name_particles)
    return re.compile(rf"(?<![\w'’-]){_CAPWORD}(?:[ \t]+(?:(?:{particles})[ \t]+)?{_CAPWORD})*")


@cache
def _not_names(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in get_language(lang).facts.not_names)


def _paragraph_offsets(text: str) -> list[int]:
    offs, pos = [], 0
    for part in text.split("\n\n"):
        offs.append(pos)
        pos += len(part) + 2
    return offs


def _para_of(offsets: list[int], start: int) -> int:
    """Index of the paragraph holding offset ``start`` (``offsets`` ascending, first is 0)."""
    return max(bisect_right(offsets, start) - 1, 0)


def _clean_entity(text: str) -> str:
    t = normalize_text(text).strip(' .,;:«»"“”()')
    t = re.sub(r"^(?:l'|d'|L'|D')", "", t)
    return t.strip()


def entities(text: str, lang: str) -> list[tuple[str, str, int]]:
    """(text, label, start) of named entities: spaCy NER where a model exists, rules elsewhere."""
    doc = parsed(lang, text)
    out: list[tuple[str, str, int]] = []
    if doc is not None:
        covered: set[int] = set()
        toks = list(doc)
        n = len(toks)
        # a proper noun written with a capital: what extends an entity or makes a run of names
        names = [t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks]
        for ent in doc.ents:
            if "\n" in ent.text.strip():
                continue  # an entity never spans two blocks
            end = ent.end  # the small model often stops early: "Vladimir" + "Poutine"
            while end < n and names[end]:
                end += 1
            span = doc[ent.start : end]
            label = "PER" if end > ent.end and ent.label_ == "MISC" else ent.label_
            covered.update(range(ent.start, end))
            name = _clean_entity(span.text)
            if len(name) < 2 or not name[0].isupper() or fold(name) in _not_names(lang):
                continue
            shift = span.text.find(name) if name in span.text else 0
            out.append((name, label, span.start_char + max(shift, 0)))
        i = 0
        while i < n:  # runs of two or more proper nouns the model did not tag
            j = i
            while j < n and j not in covered and names[j]:
                j += 1
            if j - i >= 2 and "\n" not in doc[i:j].text:
                out.append((_clean_entity(doc[i:j].text), "PER", toks[i].idx))
            i = max(j, i + 1)
        return out
    data = get_language(lang)
    calendar = {fold(w) for w in (*data.facts.months, *data.facts.weekdays)}
    for m in _rule_entity(lang).finditer(normalize_text(text)):
        name, start = m.group(0), m.start()
        first = name.split()[0]
        if fold(first) in data.function_words and " " in name:
            name, start = name[len(first) :].lstrip(), start + len(first) + 1
        if fold(name) in data.function_words or fold(name) in calendar:
            continue
        prev = text[:start].rstrip()
        sentence_start = not prev or prev[-1] in '.!?\n"“«'
        single = " " not in name
        if (
            sentence_start
            and single
            and len(re.findall(rf"(?<![.!?]\s)\b{re.escape(name)}\b", text)) < 2
        ):
            continue
        if fold(name) in _not_names(lang) or len(name) < 2:
            continue
        out.append((name, "ENT", start))
    return out


def _role(text: str, start: int, end: int, lang: str) -> str:
    """The role the text gives a person, just before ("le président russe Vladimir Poutine",
    "le chef de la diplomatie, Josep Borrell") or in apposition after ("X, le PDG de Y,")."""
    p = patterns(lang)
    vocab = get_language(lang).facts
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    before = text[line_start:start]
    starts = [m.start() for m in p.role_before.finditer(before)]
    preps = set(vocab.role_prepositions)
    while (
        len(starts) > 1
    ):  # "le chef de la politique…": a determiner after a preposition continues the phrase
        head = before[: starts[-1]].split()
        if not head or head[-1].lower() not in preps:
            break
        starts.pop()
    if starts:
        cand = before[starts[-1] :].strip().rstrip(",").strip()
        last = cand.split()[-1].lower() if cand.split() else ""
        ok = (
            2 <= len(cand.split()) <= 8
            and not any(c.isdigit() for c in cand)
            and not any(c in cand for c in ",;:«»()")
        )
        if ok and last not in get_language(lang).function_words:
            return cand[0].lower() + cand[1:]  # "Le président russe" at a sentence start
    after = text[end : end + 90]
    openers = alternation(vocab.determiners)
    m2 = re.match(rf"\s*,\s*((?:{openers})\s[^,.;:]{{3,70}}?)\s*[,.]", after, re.I)
    return m2.group(1).strip() if m2 else ""


def extract(source: Source) -> FactLedger:
    """The fact ledger of ``source``."""
    # everything the source states: its title, subheadings and paragraphs
    blocks = [(False, source.title)] if source.title else []
    blocks += [(b.kind != "heading", b.text) for b in source.blocks]
    parts, spans, pos = [], [], 0
    for is_paragraph, block in blocks:
        t = normalize_text(block)
        if is_paragraph:
            spans.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t) + 2
    norm = "\n\n".join(parts)
    offsets = _paragraph_offsets(norm)
    p = patterns(source.lang)
    facts: list[Fact] = []
    masked = list(norm)

    def mask(a: int, b: int) -> None:
        for i in range(a, b):
            masked[i] = " "

    for m in p.quote.finditer(norm):
        q = next(g for g in m.groups() if g)
        facts.append(
            Fact("quote", q.strip(), quote_key(q), m.start(), _para_of(offsets, m.start()))
        )
    ents = entities(norm, source.lang)
    seen_ent: set[str] = set()
    for name, label, start in ents:
        key = entity_key(name)
        role = _role(norm, start, start + len(name), source.lang) if label in ("PER", "ENT") else ""
        if key in seen_ent and not role:
            continue
        seen_ent.add(key)
        facts.append(Fact("entity", name, key, start, _para_of(offsets, start), label, role))
    for m in dates_in(norm, source.lang):
        facts.append(
            Fact("date", m.group(0), fold(m.group(0)), m.start(), _para_of(offsets, m.start()))
        )
        mask(m.start(), m.end())
    for m in p.number.finditer("".join(masked)):
        raw = m.group(0).strip()
        facts.append(Fact("number", raw, number_key(raw), m.start(), _para_of(offsets, m.start())))
    final = _attribute_quotes(facts, norm, source.lang)
    final.sort(key=lambda f: (f.start, f.kind))
    return FactLedger(source.lang, norm, tuple(final), tuple(spans))


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return start, (min(ends) if ends else len(text))


def _attribute_quotes(facts: list[Fact], text: str, lang: str) -> list[Fact]:
    """A quote's speaker: "selon X" in its sentence, else the person or organisation named before
    the quote in a sentence that has a verb of speech. No cue, no speaker."""
    p = patterns(lang)
    speech, according = p.speech, p.according
    speakers = [f for f in facts if f.kind == "entity" and f.label in ("PER", "ORG", "ENT")]
    out = []
    for f in facts:
        if f.kind == "quote":
            a, b = _sentence_bounds(text, f.start)
            sentence = text[a:b]
            who = ""
            m = according.search(sentence)
            if m:
                after = a + m.end()
                name = next((s.text for s in speakers if after <= s.start <= after + 3), "")
                who = f"{m.group(1)}{name}" if name else ""
            if not who and speech.search(sentence):
                before = [s for s in speakers if a <= s.start < f.start]
                who = before[-1].text if before else ""
            f = Fact(f.kind, f.text, f.key, f.start, f.paragraph, who)
        out.append(f)
    return out
