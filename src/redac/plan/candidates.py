"""Keyphrase candidates: the names and noun phrases of a source a reader would search, with
how often and where they occur (:mod:`redac.plan.keyphrase` weighs them)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from redac.analysis import keyphrase as kp
from redac.facts import FactLedger
from redac.lang import LanguageData, get_language
from redac.model import Source
from redac.nlp import parsed
from redac.text.sentences import split_sentences
from redac.text.words import is_number, words

MAX_WORDS = 4  # a keyphrase of 2–4 words (a name may be longer)


@dataclass(frozen=True)
class Candidate:
    phrase: str
    sentences: int  # sentences holding all its content words
    in_intro: bool
    score: float


def _noun_phrases(text: str, lang: str) -> list[str]:
    """Noun phrases of 1–4 content words: parser subtrees where a parser exists, names otherwise."""
    data = get_language(lang)
    doc = parsed(lang, text)
    out: list[str] = []
    if doc is not None:
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            out.append(tok.text)
            # the token's subtree (its edges), within 4 words before, 6 after
            below = [t.i for t in tok.subtree]
            a, b = max(min(below), tok.i - 4), min(max(below), tok.i + 6)
            span = list(tok.doc[a : b + 1])
            toks = span
            if any(
                t.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "NUM", "CCONJ") and t.text not in "'’-"
                for t in span
            ):
                # a clause or a list hangs on it: the noun with the adjective before it
                # (« l'énorme échafaudage | installé avant l'incendie »)
                left = [t for t in span if t.i < tok.i]
                while left and (left[0].head.i != tok.i or left[0].pos_ not in ("DET", "ADJ")):
                    left = left[1:]
                toks = [*left, tok]
                if sum(1 for t in left if t.pos_ == "ADJ") != 1 or tok.pos_ != "NOUN":
                    continue  # one adjective before a common noun, nothing else
            while toks and (
                toks[0].pos_ in ("DET", "ADP") or toks[0].text.lower() in data.function_words
            ):
                toks = toks[1:]
            while toks and toks[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
                toks = toks[:-1]
            if toks:  # the text from the first token to the last (a span's text)
                out.append(doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
        return out + _quoted_names(doc)
    # rules: capitalised names and content words
    for m in re.finditer(r"[A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+)*", text):
        out.append(m.group(0))
    out += [
        w
        for w in words(text)
        if w.lower() not in data.function_words and len(w) > 3 and not is_number(w)
    ]
    return out


def _quoted_names(doc: Any) -> list[str]:
    """Names between quotation marks: two to four words without a verb, a capital first
    (« le service "Désinfox coronavirus" ») — the name of a thing, not a quotation."""
    out = []
    run: list[Any] = []
    opened = False
    for t in doc:
        if t.text in ('"', "«", "»", "“", "”"):
            closing = opened and t.text in ('"', "»", "”")
            verbless = not any(x.pos_ in ("VERB", "AUX", "PUNCT", "PRON") for x in run)
            if closing and 2 <= len(run) <= 4 and run[0].text[:1].isupper() and verbless:
                out.append(doc[run[0].i : run[-1].i + 1].text)
            opened = not closing and t.text in ('"', "«", "“")  # « » » never opens
            run = []
        elif opened:
            run.append(t)
    return out


def _glued(c: str) -> bool:
    """What ``[\\w-]`` matches: a letter, digit or underscore (as ``re`` reads ``\\w``), or
    a hyphen."""
    return c.isalnum() or c in "_-"


@lru_cache(maxsize=4096)
def _whole(phrase: str, text: str) -> tuple[tuple[int, int], ...]:
    """Where ``phrase`` stands in ``text`` as a whole (not glued to a word character or a
    hyphen on either side): the spans of ``re.finditer(rf"(?<![\\w-]){re.escape(phrase)}
    (?![\\w-])", text)``, found with ``str.find`` (a pattern opening on a look-behind is tried
    at every character of the text: on a long source, per phrase, that adds up)."""
    if not phrase:
        pat = rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"
        return tuple(m.span() for m in re.finditer(pat, text))
    out = []
    n = len(phrase)
    pos = text.find(phrase)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not _glued(text[pos - 1])) and (end == len(text) or not _glued(text[end])):
            out.append((pos, end))
            pos = text.find(phrase, end)
        else:
            pos = text.find(phrase, pos + 1)
    return tuple(out)


def _proper_name(phrase: str, text: str) -> bool:
    """A name of the source (« McLaren », « GNA »): written with its capital inside sentences,
    never in lower case — not a common word that opened a sentence or a title."""
    if not phrase[:1].isupper() or (phrase.isupper() and len(phrase) > 5):
        return False
    if _whole(phrase.lower(), text):
        return False
    for start, _ in _whole(phrase, text):
        k = start - 1  # the last character before it that is not a space
        while k >= 0 and text[k].isspace():
            k -= 1
        if k >= 0 and text[k] not in '.!?…:«"“\n':
            return True
    return False


def _complement(phrase: str, text: str, lang: LanguageData) -> bool:
    """A capitalised word only ever written as the complement of a common noun (« ministre de
    la Culture », « ministère de l'Intérieur »): part of an institution's name, not a name."""
    hits = 0
    for start, _ in _whole(phrase, text):
        before = re.findall(r"[\w-]+'?", text[max(0, start - 40) : start])
        k = len(before)
        while k and before[k - 1].lower() in lang.function_words:
            k -= 1
        if k == len(before) or not k or not before[k - 1].islower():
            return False
        hits += 1
    return hits > 0


_SENTENCES: list[tuple[Source, LanguageData, list[str]]] = []  # the last few, by identity


def source_sentences(source: Source, lang: LanguageData) -> list[str]:
    """The sentences of the source's paragraphs, in order: split once per source (the
    planner, the keyphrase candidates and the keyphrase's density all read them); callers
    only read the list."""
    for known, known_lang, sents in _SENTENCES:
        if known is source and known_lang is lang:
            return sents
    sents = [s for p in source.paragraphs for s in split_sentences(p, lang.abbreviations)]
    _SENTENCES.insert(0, (source, lang, sents))
    del _SENTENCES[2:]
    return sents


def candidates(
    source: Source, ledger: FactLedger, min_hits: int = 2, *, fragments: bool = False
) -> list[Candidate]:
    """Natural keyphrases, the most salient first. ``fragments``: also the pieces of longer
    candidates (« DB5 Junior » of « Aston Martin DB5 Junior »), which can be synonyms."""
    lang = get_language(source.lang)
    paragraphs = source.paragraphs
    sentences = source_sentences(source, lang)
    intro = " ".join(paragraphs[:1])  # the lead: where the analyser looks for the keyphrase
    phrases = Counter(_noun_phrases(ledger.source_text, source.lang))  # the text the ledger parsed
    phrases.update(f.text for f in ledger.of("entity"))
    vocab = lang.facts
    calendar = {lang.word_key(w) for w in (*vocab.months, *vocab.weekdays)}
    calendar |= {lang.word_key(w) for phrase in vocab.relative_dates for w in phrase.split()}
    calendar -= {lang.word_key(w) for w in lang.function_words}
    title = source.title
    text = ledger.source_text
    out: list[Candidate] = []
    seen: set[tuple[str, ...]] = set()
    index = kp.SentenceIndex(sentences, lang)
    for raw, _n in phrases.most_common(200):
        phrase = raw.strip(' .,;:!?«»"“”()')
        topic = kp.make_topic(phrase, lang)
        n_content = len(topic.content_keys)
        if not 1 <= n_content <= 4 or topic.only_function_words or topic.content_keys in seen:
            continue
        if len(topic.content_keys[0]) < 3 or set(topic.content_keys) & calendar:
            continue
        if n_content == 1 and (not _proper_name(phrase, text) or _complement(phrase, text, lang)):
            continue  # « Poste », « routes »: one common word is no search a reader makes
        if len(words(phrase)) > MAX_WORDS and not phrase[:1].isupper():
            continue  # « plan de rénovation des écoles »: longer than a search
        if not _whole(phrase, text):
            continue  # « Aïd el » out of « Aïd el-Fitr »: a piece of a word
        seen.add(topic.content_keys)
        hits = index.hits(topic)
        if hits < min_hits:
            continue
        in_intro = kp.share_found(topic, intro, lang) >= 1
        if hits < 2 and not in_intro:
            continue
        in_title = bool(title) and kp.share_found(topic, title, lang) >= 1
        bonus = {1: 1.0, 2: 1.6, 3: 1.7, 4: 1.5}[n_content]
        # the headline's words first, then the lead's: that is where a reader searches, and what
        # the title, introduction and description checks look at; frequency past six sentences
        # adds nothing the density check needs
        score = min(hits, 6) * bonus * (2.0 if in_intro else 1.0) * (4.0 if in_title else 1.0)
        score *= 1.2 if phrase[:1].isupper() else 1.0
        out.append(Candidate(phrase, hits, in_intro, score))
    if not fragments:
        out = without_fragments(out, text, lang)
    out.sort(key=lambda c: -c.score)
    return out


def _spans(phrase: str, text: str) -> list[tuple[int, int]]:
    return list(_whole(phrase, text))


def _name_with(longer: str, phrase: str, lang: LanguageData) -> bool:
    """``longer`` is ``phrase`` with more words of one name (« Paul Whelan », « Aston Martin
    DB5 Junior »), not a phrase about it (« l'avocat de Jack Lang »)."""
    at = longer.find(phrase)
    if at < 0:
        return False
    rest = (longer[:at] + " " + longer[at + len(phrase) :]).lower()
    return not any(w in lang.function_words for w in re.findall(r"\w+'?", rest))


def without_fragments(cands: list[Candidate], text: str, lang: LanguageData) -> list[Candidate]:
    """Not a piece of a longer candidate it is mostly written in: « Junior » of « DB5 Junior »,
    « Paul » of « Paul Whelan », « Aïd » of « Aïd el-Fitr », « Aïd el-Adha »… (more than half
    of its occurrences inside the longer ones)."""
    spans = {c.phrase: _spans(c.phrase, text) for c in cands}
    out = []
    for c in cands:
        longer = [
            sp
            for d in cands
            if len(d.phrase) > len(c.phrase) and _name_with(d.phrase, c.phrase, lang)
            for sp in spans[d.phrase]
        ]
        mine = spans[c.phrase]
        inside = sum(1 for a, b in mine if any(x <= a and b <= y for x, y in longer))
        if mine and inside / len(mine) > 0.5:
            continue
        out.append(c)
    return out
