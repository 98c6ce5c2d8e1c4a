"""Choose a focus keyphrase: salient, natural (a noun phrase or a name), frequent enough."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from redac.analysis import keyphrase as kp
from redac.facts import FactLedger
from redac.lang import get_language
from redac.model import Source
from redac.nlp import parse
from redac.text.sentences import split_sentences
from redac.text.words import is_number, words


@dataclass(frozen=True)
class Candidate:
    phrase: str
    sentences: int  # sentences holding all its content words
    in_intro: bool
    score: float


def _noun_phrases(text: str, lang: str) -> list[str]:
    """Noun phrases of 1–4 content words: parser subtrees where a parser exists, names otherwise."""
    data = get_language(lang)
    doc = parse(lang, text)
    out: list[str] = []
    if doc is not None:
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            out.append(tok.text)
            # the token's subtree (its edges: no need to walk it), within 4 words before, 6 after
            a, b = max(tok.left_edge.i, tok.i - 4), min(tok.right_edge.i, tok.i + 6)
            span = tok.doc[a : b + 1]
            if any(
                t.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "NUM", "CCONJ") and t.text not in "'’-"
                for t in span
            ):
                continue
            toks = [t for t in span]
            while toks and (
                toks[0].pos_ in ("DET", "ADP") or toks[0].text.lower() in data.function_words
            ):
                toks = toks[1:]
            while toks and toks[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
                toks = toks[:-1]
            if toks:
                out.append(tok.doc[toks[0].i : toks[-1].i + 1].text)
        return out
    # rules: capitalised names and content words
    for m in re.finditer(r"[A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+)*", text):
        out.append(m.group(0))
    out += [
        w
        for w in words(text)
        if w.lower() not in data.function_words and len(w) > 3 and not is_number(w)
    ]
    return out


def candidates(source: Source, ledger: FactLedger) -> list[Candidate]:
    lang = get_language(source.lang)
    paragraphs = source.paragraphs
    sentences = [s for p in paragraphs for s in split_sentences(p, lang.abbreviations)]
    intro = " ".join(paragraphs[:1]) + " " + source.title
    phrases = Counter(_noun_phrases(ledger.source_text, source.lang))  # the text the ledger parsed
    phrases.update(f.text for f in ledger.of("entity"))
    vocab = lang.facts
    calendar = {lang.word_key(w) for w in (*vocab.months, *vocab.weekdays)}
    calendar |= {lang.word_key(w) for phrase in vocab.relative_dates for w in phrase.split()}
    calendar -= {lang.word_key(w) for w in lang.function_words}
    title = source.title
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
        seen.add(topic.content_keys)
        hits = index.hits(topic)
        if hits < 2:
            continue
        in_intro = kp.share_found(topic, intro, lang) >= 1
        in_title = bool(title) and kp.share_found(topic, title, lang) >= 1
        bonus = {1: 1.0, 2: 1.6, 3: 1.7, 4: 1.5}[n_content]
        score = hits * bonus * (2.0 if in_intro else 1.0) * (2.5 if in_title else 1.0)
        score *= 1.2 if phrase[:1].isupper() else 1.0
        out.append(Candidate(phrase, hits, in_intro, score))
    out.sort(key=lambda c: -c.score)
    return out


def choose(
    source: Source, ledger: FactLedger, forced: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """(keyphrase, synonyms). A forced keyphrase is kept as the user wrote it."""
    cands = candidates(source, ledger)
    if forced:
        key = forced.strip()
    elif cands:
        key = cands[0].phrase
    else:
        key = source.title.split(":")[0].strip() or words(source.paragraphs[0])[0]
    lang = get_language(source.lang)
    main = set(kp.make_topic(key, lang).content_keys)
    synonyms: list[str] = []
    for c in cands:
        keys = set(kp.make_topic(c.phrase, lang).content_keys)
        if keys & main and not keys <= main and len(synonyms) < 2:
            synonyms.append(c.phrase)
    return key, tuple(synonyms)
