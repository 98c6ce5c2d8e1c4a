"""Questions a reader asks, each answered by the shortest span of the source that answers it,
in the source's own words and tense.

Two kinds, both about who said what, because only those can be asked and answered without
writing a claim of our own:

* « Qu'a déclaré le Premier ministre ? » — the speaker is the subject of the verb of speech that
  reports the quotation (read on the parse, never guessed from the nearest name), and the answer
  is the quotation itself;
* « Que dit l'Institut pour l'étude de la guerre ? » — from « …, selon X »: the answer is the
  statement without its attribution.

Every pair passes the gate (:mod:`redac.write.gate`).
"""

from __future__ import annotations

import re

from redac.lang import LanguageData
from redac.model import FaqItem
from redac.text.normalize import fold
from redac.text.words import word_count
from redac.write.clauses import (
    Tok,
    quotes_balanced,
    render,
    subject,
    subtree,
    units,
)
from redac.write.extras import MAX_TRIES, SHARE, restate
from redac.write.gate import Derived, Gate
from redac.write.restate import noun_phrase
from redac.write.sentences import Sentence, SourceText

_OPEN, _CLOSE = '«“"', '»”"'
MAX_ANSWER_WORDS = 30


def faq(text: SourceText, gate: Gate, limit: int = 5) -> tuple[FaqItem, ...]:
    lang = text.lang
    out: list[FaqItem] = []
    asked: set[str] = set()

    def offer(question: str, answer: str, s: Sentence) -> None:
        key = fold(question)
        if key in asked or len(out) >= limit:
            return
        if gate.accept(Derived("faq", answer, s.text, question)):
            asked.add(key)
            out.append(FaqItem(question, answer))

    tries = 0
    for q in text.ledger.of("quote"):
        s = text.at(q.start)
        if s is None or tries >= MAX_TRIES or len(out) >= limit:
            continue
        tries += 1
        toks = text.tokens(s)
        who = _speaker(toks, s, q.start, lang) if toks else _rule_speaker(s, q.text, text, lang)
        answer = _quotation(s, q.text)
        if not answer and toks:  # a few words quoted: the clause that reports them answers
            who, answer = _reported_clause(toks, q.start, lang)
        if who[0] and answer:
            frame = lang.phrases.said_plural if who[1] else lang.phrases.said
            offer(frame.format(speaker=who[0]), answer, s)
    according = {fold(w) for w in lang.facts.according_to}
    if text.doc is None:
        return tuple(out) + _rule_according(text, gate, limit - len(out), asked)
    tries = 0
    for s in text.sentences:
        if len(out) >= limit or tries >= MAX_TRIES:
            break
        if not any(fold(w) in according for w in re.findall(r"[\w']+", s.text)):
            continue
        toks = text.tokens(s)
        if not toks:
            continue
        tries += 1
        attribution = [u for u in units(toks, lang) if u.kind == "attribution"]
        if len(attribution) != 1:
            continue
        who_tok = next(
            (
                t
                for t in toks
                if t.i in attribution[0].ids
                and t.pos_ in ("NOUN", "PROPN")
                and t.head.i not in attribution[0].ids
            ),
            None,
        )
        if who_tok is None or not _names_source(who_tok, lang):
            continue
        speaker = noun_phrase(who_tok, set(attribution[0].ids))
        answer = restate(
            text, s, max_words=MAX_ANSWER_WORDS, drop_attribution=True, max_share=SHARE
        )
        if speaker and answer:
            plural = "Plur" in who_tok.morph.get("Number")
            frame = lang.phrases.says_plural if plural else lang.phrases.says
            offer(frame.format(who=speaker), answer, s)
    return tuple(out)


def _names_source(t: Tok, lang: LanguageData) -> bool:
    """« selon la police », « selon lui », « selon le décompte de l'université Johns Hopkins »
    name where a statement comes from, so « Que dit la police ? » can be asked; « selon
    l'utilisation » does not. A name, a pronoun, a noun of the language's
    ``information_sources`` or one naming someone (« le porte-parole de l'Élysée »)."""
    sources = {fold(w) for w in lang.facts.information_sources}
    if not sources or t.pos_ in ("PROPN", "PRON"):
        return True
    word = fold(t.text)
    if word in sources or word.rstrip("sx") in sources:
        return True
    return any(c.dep_ in ("nmod", "appos", "flat:name") and c.pos_ == "PROPN" for c in t.children)


def _quotation(s: Sentence, quote: str) -> str:
    """The quotation as the answer: a whole sentence of someone's, with its quotation marks."""
    content = quote.strip()
    at = s.text.find(content)
    if at < 0 or word_count(content) < 6 or not content[:1].isupper():
        return ""  # a few words quoted inside our sentence answer nothing on their own
    if word_count(content) > MAX_ANSWER_WORDS:
        return ""
    before = s.text[at - 1] if at > 0 else ""
    after = s.text[at + len(content)] if at + len(content) < len(s.text) else ""
    opening = before if before in _OPEN else "«"
    closing = after if after in _CLOSE else "»"
    space = " " if opening == "«" else ""
    # « …religiously," he said »: the comma led to the attribution, which the answer leaves out
    content = content.rstrip(",;: ")
    return f"{opening}{space}{content}{space}{closing}."


def _speech_verb(toks: list[Tok], at: int, lang: LanguageData) -> Tok | None:
    speech = {fold(w) for w in lang.facts.speech_verbs}
    verbs = [t for t in toks if fold(t.text) in speech and t.pos_ in ("VERB", "AUX")]
    return min(verbs, key=lambda v: abs(v.idx - at)) if verbs else None


def _who(verb: Tok, ids: set[int]) -> tuple[str, bool]:
    """Who speaks: the verb's subject, or the noun a participle hangs on (« le chef du bloc,
    Josep Borrell, affirmant… »), by its name when the source gives one."""
    head = subject(verb)
    if head is None and verb.dep_ in ("acl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i not in ids:
        return "", False
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    who = noun_phrase(name or head, ids)
    if not who or word_count(who) > 8:
        return "", False
    return who, "Plur" in head.morph.get("Number")


def _reported_clause(toks: list[Tok], at: int, lang: LanguageData) -> tuple[tuple[str, bool], str]:
    """(speaker, the reported clause): « …, affirmant qu'il s'agissait d'une « escalade… » » →
    « Il s'agissait d'une « escalade… » ». Only a clause whose subject is a name, a noun, or
    the impersonal « il »: a pronoun pointing elsewhere would need a guess."""
    verb = _speech_verb(toks, at, lang)
    if verb is None:
        return ("", False), ""
    ids = {t.i for t in toks}
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i in ids), None)
    if clause is None:
        return ("", False), ""
    subj = subject(clause)
    if subj is None or not (subj.pos_ in ("NOUN", "PROPN") or subj.dep_ == "expl:subj"):
        return ("", False), ""
    kept = [x for x in subtree(clause, ids) if not (x.dep_ == "mark" and x.head.i == clause.i)]
    answer = render(kept)
    if not quotes_balanced(answer) or not 5 <= word_count(answer) <= MAX_ANSWER_WORDS:
        return ("", False), ""
    return _who(verb, ids), answer


def _speaker(
    toks: list[Tok], s: Sentence, quote_start: int, lang: LanguageData
) -> tuple[str, bool]:
    """(who, plural) of the verb of speech that reports the quotation at ``quote_start``:
    its subject, a noun phrase of the source (a pronoun says nothing out of context)."""
    verb = _speech_verb(toks, quote_start, lang)
    return _who(verb, {t.i for t in toks}) if verb is not None else ("", False)


def _rule_speaker(
    s: Sentence, quote: str, text: SourceText, lang: LanguageData
) -> tuple[str, bool]:
    """Without a parser: a name of the ledger right next to a verb of speech, on the side of
    the sentence that is not the quotation (« "…," Ruiz said », « Ruiz said "…" »)."""
    at = s.text.find(quote)
    if at < 0:
        return "", False
    outside = s.text[:at] + " " + s.text[at + len(quote) :]
    verbs = "|".join(re.escape(v) for v in lang.facts.speech_verbs)
    names = sorted(
        {f.text for f in text.ledger.of("entity") if f.label in ("PER", "ENT") and " " in f.text},
        key=len,
        reverse=True,
    )
    for name in names:
        n = re.escape(name)
        if re.search(rf"{n},?\s+(?:{verbs})\b|\b(?:{verbs})\s+{n}\b", outside):
            return name, False
    return "", False


def _rule_according(
    text: SourceText, gate: Gate, limit: int, asked: set[str]
) -> tuple[FaqItem, ...]:
    """Without a parser: « According to X, Y. » → « What does X say? » — Y."""
    lang = text.lang
    out: list[FaqItem] = []
    cues = "|".join(re.escape(w) for w in lang.facts.according_to)
    if not cues or limit <= 0:
        return ()
    pattern = re.compile(rf"^(?:{cues})\s+([^,]{{3,60}}),\s+(.+)$", re.I)
    for s in text.sentences[: MAX_TRIES * 4]:
        m = pattern.match(s.text)
        if not m or len(out) >= limit:
            continue
        who, rest = m.group(1).strip(), m.group(2).strip()
        answer = rest[0].upper() + rest[1:]
        q = lang.phrases.says.format(who=who)
        fresh = 6 <= word_count(answer) <= MAX_ANSWER_WORDS and fold(q) not in asked
        if fresh and gate.accept(Derived("faq", answer, s.text, q)):
            asked.add(fold(q))
            out.append(FaqItem(q, answer))
    return tuple(out)
