"""Sections derived from the source: key points, timeline, who's who (the FAQ is in ``faq.py``).

Each item restates one fact compactly — the main clause of a sentence of the source, a dated
event under its own date, a name and the role the source gives it — and passes the gate
(:mod:`redac.write.gate`): faithful, and no restatement of a body sentence or of another item.
Fewer items, all correct, rather than more words.

Everything reads the source through one :class:`~redac.write.sentences.SourceText` (sentences
split once, facts found by offset, tokens sliced from the one parse): linear in the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from redac.analysis import keyphrase as kp
from redac.facts import FactLedger
from redac.lang import LanguageData
from redac.model import FaqItem, Section
from redac.text.normalize import fold
from redac.text.words import word_count, words
from redac.write.clauses import negated, roots, subtree
from redac.write.gate import Derived, Gate
from redac.write.restate import anaphoric_start, core, noun_phrase
from redac.write.sentences import Sentence, SourceText

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
KEY_POINT_WORDS = 20
SHARE = 0.79  # a restatement keeps less than 80 % of its sentence's words
MAX_TRIES = 60  # candidates put to the gate per section kind: bounded, whatever the length


def original_text(sentence: str, paragraphs: tuple[str, ...]) -> str:
    """The sentence with the source's own typography (split_sentences straightens apostrophes):
    the first stretch of a paragraph that reads as it does, either apostrophe standing for
    its straight ones."""
    if "’" in sentence:  # a curly one stays curly: only the straight ones are loose
        loose = re.escape(sentence).replace("'", "['’]")
        for p in paragraphs:
            m = re.search(loose, p.replace("\u00a0", " "))
            if m:
                return m.group(0)
        return sentence
    for p in paragraphs:
        shown = p.replace("\u00a0", " ")
        at = shown.replace("’", "'").find(sentence)  # same length: offsets carry over
        if at >= 0:
            return shown[at : at + len(sentence)]
    return sentence


def restate(text: SourceText, s: Sentence, **kw: object) -> str:
    """The sentence's main clause (parse), or its part before a non-restrictive relative
    clause (rules, where no parser exists); "" when neither is short and safe enough."""
    lang = text.lang
    toks = text.tokens(s)
    if toks:
        out = core(toks, lang, **kw)  # type: ignore[arg-type]
    else:
        out = _rule_core(s.text, lang, int(kw.get("max_words", KEY_POINT_WORDS)))  # type: ignore[call-overload]
    if not out or anaphoric_start(out, lang) or word_count(out) >= SHARE * word_count(s.text) + 1:
        return ""
    if out[:1] in '«“"' and not _attributed(out, lang):
        return ""  # a quotation whose speaker is in another sentence: whose words are these?
    return out


def _attributed(text: str, lang: LanguageData) -> bool:
    cues = {fold(w) for w in (*lang.facts.speech_verbs, *lang.facts.according_to)}
    return any(fold(w) in cues for w in words(text))


def _rule_core(sentence: str, lang: LanguageData, max_words: int) -> str:
    """Without a parser: the clause before « , which/who … », « ; », or « , but/and » + a new
    clause — the first clause is asserted whole."""
    pronouns = "|".join(re.escape(w) for w in lang.rewriting.relative_subject)
    joins = "|".join(re.escape(w) for w in (*lang.rewriting.split_at, *lang.rewriting.keep_at))
    seams = [r";\s"]
    if pronouns:
        seams.append(rf",\s+(?:{pronouns})\s")
    if joins:
        seams.append(rf",\s+(?:{joins})\s")
    m = re.search("|".join(seams), sentence)
    if not m or sentence[: m.start()].count('"') % 2:
        return ""
    head = sentence[: m.start()].strip()
    first = fold(words(head)[0]) if words(head) else ""
    if first in {fold(w) for w in (*lang.function_words, *lang.rewriting.conditions)}:
        return ""  # "After …", "If …": not a main clause on its own
    n = word_count(head)
    return head + "." if 6 <= n <= max_words else ""


def _facts_in(s: Sentence, ledger_starts: list[int]) -> int:
    import bisect

    return bisect.bisect_left(ledger_starts, s.end) - bisect.bisect_left(ledger_starts, s.start)


def _ranked(
    sentences: Iterable[Sentence],
    tier: Callable[[Sentence], int],
    rank: Callable[[Sentence], tuple[int, bool, bool]],
) -> Iterator[Sentence]:
    """``sorted(sentences, key=rank, reverse=True)``, lazily: a rank opens with the sentence's
    tier, cheap to know, so a tier is ranked in full only when the reader gets to it (a few
    dozen candidates are offered out of thousands of sentences)."""
    tiers: dict[int, list[Sentence]] = {}
    for s in sentences:
        tiers.setdefault(tier(s), []).append(s)
    for t in sorted(tiers, reverse=True):
        yield from sorted(tiers[t], key=rank, reverse=True)


def key_points(
    text: SourceText,
    groups: Sequence[Sequence[int]],
    gate: Gate,
    topic: kp.Topic,
    limit: int = 5,
) -> Section | None:
    """The core of the story's facts: one per body section first, then the next best of the
    whole text, in the order of the text."""
    lang = text.lang
    starts = sorted(f.start for f in text.ledger.facts)

    ranks: dict[int, tuple[int, bool, bool]] = {}  # each sentence ranked once (sorted twice)

    def rank(s: Sentence) -> tuple[int, bool, bool]:
        r = ranks.get(s.index)
        if r is None:
            r = ranks[s.index] = (
                tier(s),
                not lang.looks_passive([w.lower() for w in words(s.text)]),
                kp.share_found(topic, s.text, lang) >= 1,
            )
        return r

    def tier(s: Sentence) -> int:  # the rank's first term: the sentence's facts
        return min(_facts_in(s, starts), 3)

    def of_group(g: Sequence[int]) -> Iterator[Sentence]:
        return (s for p in g for s in text.of_paragraph(p))

    chosen: list[tuple[int, str]] = []
    tried: set[int] = set()
    tries = 0

    def offer(s: Sentence) -> bool:
        nonlocal tries
        if s.index in tried:
            return False
        tried.add(s.index)
        tries += 1
        point = restate(text, s, max_words=KEY_POINT_WORDS, max_share=SHARE)
        if point and gate.accept(Derived("key_point", point, s.text)):
            chosen.append((s.index, point))
            return True
        return False

    used: set[int] = set()
    for g in groups:  # the best of each section, until the list is full: the gate
        if len(chosen) >= limit:  # remembers what it accepts, so only what is shown is offered
            break
        for s in itertools.islice(_ranked(of_group(g), tier, rank), 6):
            if offer(s):
                used.add(s.index)
                break
    rest = (s for g in groups for s in of_group(g) if s.index not in used)
    for s in _ranked(rest, tier, rank):
        if len(chosen) >= limit or tries >= MAX_TRIES:
            break
        offer(s)
    if len(chosen) < 3:
        return None
    items = tuple(point for _i, point in sorted(chosen)[:limit])
    return Section(
        heading=lang.phrases.essentials,
        paragraphs=(),
        kind="essentials",
        items=items,
        origin="derived",
    )


def _date_order(label: str, year: int, lang: LanguageData) -> tuple[int, int, int]:
    months = [fold(m) for m in lang.facts.months]
    ws = [fold(w) for w in words(label)]
    month = next((months.index(w) + 1 for w in ws if w in months), 0)
    day = next((int(w) for w in ws if w.isdigit() and len(w) <= 2), 0)
    return (year, month, day)


def timeline(text: SourceText, gate: Gate, limit: int = 6) -> Section | None:
    """Events of the source under their own date (a date with a year that places the main
    clause's verb: « en 1999, X a signé… »), in chronological order."""
    lang = text.lang
    markers = {fold(w) for w in lang.rewriting.event_dates}
    found: list[tuple[tuple[int, int, int], str]] = []
    done: set[str] = set()
    tries = 0
    for f in text.ledger.of("date"):
        m = _YEAR.search(f.text)
        s = text.at(f.start)
        if not m or s is None or f.text in done or tries >= MAX_TRIES or len(found) >= limit:
            continue
        tries += 1
        event = _event(text, s, f.start, f.start + len(f.text), markers)
        if not event:
            continue
        label = f.text[:1].upper() + f.text[1:]
        item = lang.phrases.timeline_item.format(date=label, text=event)
        if gate.accept(Derived("timeline", item, s.text)):
            done.add(f.text)
            found.append((_date_order(f.text, int(m.group(1)), lang), item))
    if len(found) < 2:
        return None
    items = tuple(item for _k, item in sorted(found, key=lambda x: x[0]))
    return Section(
        heading=lang.phrases.timeline, paragraphs=(), kind="timeline", items=items, origin="derived"
    )


def _event(text: SourceText, s: Sentence, a: int, b: int, markers: set[str]) -> str:
    """What happened at the date found at [a, b): the sentence's main clause without the date."""
    lang = text.lang
    toks = text.tokens(s)
    if not toks:
        return _rule_event(s, a, b, markers, lang)
    date = [t for t in toks if a <= t.idx < b]
    if not date:
        return ""
    ids = {t.i for t in date}
    heads = [t for t in date if t.head.i not in ids]
    if len(heads) != 1:
        return ""
    head = heads[0]
    verb = head.head
    rs = roots(toks)
    if len(rs) != 1 or verb.i != rs[0].i or negated(verb, lang):
        return ""  # a date inside a subordinate clause or a noun phrase ("de 2021 à 2023")
    unit = {t.i for t in subtree(head, {t.i for t in toks})}
    doc = toks[0].doc
    if fold(doc[min(unit)].text) not in markers:
        return ""  # "d'ici 2030", "depuis 2015": not when it happened
    after = doc[max(unit) + 1] if max(unit) + 1 <= toks[-1].i else None
    drop = set(unit)
    if after is not None and after.text == "," and min(unit) == toks[0].i:
        drop.add(after.i)  # « En 1999, … »: the date and its comma
    out = core(toks, lang, max_words=16, drop=drop, max_share=SHARE)
    return out if out and not anaphoric_start(out, lang) else ""


def _rule_event(s: Sentence, a: int, b: int, markers: set[str], lang: LanguageData) -> str:
    """Without a parser: « En 1999, X a fait Y. » (a date that opens the sentence), or « X did Y
    in 1962. » (a date that closes the clause: what comes before it is the event) — never when a
    condition or a negation bears on it."""
    text = s.text
    head, tail = text[: a - s.start].rstrip(), text[b - s.start :]
    words_before = head.split()
    if not words_before:
        return ""
    marker = fold(words_before[-1])
    if marker not in markers:
        return ""
    blocked = {fold(w) for w in (*lang.rewriting.conditions, *lang.rewriting.negations)}
    if any(fold(w) in blocked for w in words(text)):
        return ""
    if len(words_before) == 1 and tail.startswith(","):  # « En 1999, … »
        rest = tail[1:].strip()
    elif re.match(r"\s*(?:[.,;]|$)", tail) or fold(words(tail)[0] if words(tail) else "") in {
        fold(w) for w in lang.rewriting.split_at
    }:
        rest = " ".join(words_before[:-1]).rstrip(",")  # « The plant was opened | in 1962 … »
    else:
        return ""
    rest = rest.rstrip(".") + "."
    if _YEAR.search(rest) or anaphoric_start(rest, lang) or not 4 <= word_count(rest) <= 16:
        return ""
    return rest[0].upper() + rest[1:]


def people(ledger: FactLedger, lang: LanguageData) -> list[tuple[str, str]]:
    """Named people and the role the source gives them (a role relative to someone else,
    "son homologue", says nothing on its own)."""
    possessives = {fold(w) for w in lang.facts.possessives}
    openers = {fold(w) for w in lang.function_words}
    seen: dict[str, str] = {}
    for f in ledger.of("entity"):
        if f.label not in ("PER", "ENT") or not f.role or " " not in f.text:
            continue
        name_words = f.text.split()
        if fold(name_words[0]) in openers or any(c.isdigit() for c in f.text):
            continue  # "Les Républicains Christian Jacob", "Mes Chemins": not a name
        if fold(f.role.split()[0]) in possessives:
            continue
        seen.setdefault(f.text, f.role)
    return list(seen.items())


def _bare_role(role: str, lang: LanguageData) -> str:
    """« le président russe » → « président russe »: a label, with no tense to get wrong."""
    first, _, rest = role.partition(" ")
    articles = {fold(w) for w in (*lang.facts.articles, *lang.facts.determiners)}
    if (
        fold(first) in articles
        and rest
        and fold(first) not in {fold(w) for w in lang.facts.possessives}
    ):
        return rest
    if "'" in first and fold(first.split("'")[0] + "'") in articles:
        return role.split("'", 1)[1]
    return role


def _role_on_parse(text: SourceText, name: str, role: str) -> str:
    """The role as the parse reads it: the noun phrase the name stands in apposition to, or
    names (« le chef de la politique étrangère du bloc, Josep Borrell » ; « le maréchal Khalifa
    Haftar » → « le maréchal », never « le sillage d'une série de revers du maréchal »). The
    ledger's role where no parse exists; "" where the parse shows no role next to the name."""
    if text.doc is None:
        return ""  # without a parse a role cannot be told from a phrase that happens to precede
    f = next((x for x in text.ledger.of("entity") if x.text == name and x.role == role), None)
    s = text.at(f.start) if f is not None else None
    if f is None or s is None:
        return ""
    toks = text.tokens(s)
    ids = {t.i for t in toks}
    own = [t for t in toks if f.start <= t.idx < f.start + len(name)]
    own_ids = {t.i for t in own}
    heads = [t for t in own if t.head.i not in own_ids]
    if len(heads) != 1:
        return ""
    head = heads[0]
    noun = None
    if head.dep_ in ("appos", "flat", "flat:name", "nmod") and head.head.pos_ == "NOUN":
        noun = head.head  # « le porte-parole …, Mohamad Gnounou »
    else:  # « le président russe Vladimir Poutine », « Mike Flewitt, le CEO de … »
        noun = next(
            (c for c in head.children if c.pos_ == "NOUN" and c.i in ids and c.i not in own_ids),
            None,
        )
    if noun is None:
        return ""
    found = noun_phrase(noun, ids - own_ids)
    a, b = fold(_bare_role(found, text.lang)), fold(_bare_role(role, text.lang))
    if not found or word_count(found) > 10 or not (a == b or b.startswith(a + " ")):
        return ""  # « le ministre de l'Intérieur » in « le secrétaire d'État auprès du ministre… »
    return found


def who_is_who(
    ledger: FactLedger,
    lang: LanguageData,
    gate: Gate,
    limit: int = 8,
    text: SourceText | None = None,
) -> Section | None:
    """Named people and their role, as labels (« Vladimir Poutine : président russe »): no
    verb, so no tense to get wrong about a person who has died or left office."""
    ph = lang.phrases
    items: list[str] = []
    for name, ledger_role in people(ledger, lang):
        if len(items) >= limit:
            break
        role = _role_on_parse(text or SourceText(ledger, lang), name, ledger_role)
        if not role:
            continue
        item = ph.people_item.format(name=name, role=_bare_role(role, lang))
        if gate.accept(Derived("people", item, f"{name} {ledger_role}")):  # the ledger's words
            items.append(item)
    if not items:
        return None
    return Section(
        heading=ph.people, paragraphs=(), kind="people", items=tuple(items), origin="derived"
    )


def faq(
    ledger: FactLedger,
    paragraphs: tuple[str, ...],
    lang: LanguageData,
    today: object = None,
    *,
    gate: Gate | None = None,
) -> tuple[FaqItem, ...]:
    """The FAQ (:mod:`redac.write.faq`), for a writer that has no gate of its own: the source's
    paragraphs stand for the body. ``today`` is accepted for the callers of the old signature."""
    from redac.write.faq import faq as build

    return build(SourceText(ledger, lang), gate or Gate(ledger, lang, paragraphs))
