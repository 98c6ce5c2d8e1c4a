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


def _proper_name(phrase: str, text: str) -> bool:
    """A name of the source (« McLaren », « GNA »): written with its capital inside sentences,
    never in lower case — not a common word that opened a sentence or a title."""
    if not phrase[:1].isupper() or (phrase.isupper() and len(phrase) > 5):
        return False
    if re.search(rf"(?<![\w-]){re.escape(phrase.lower())}(?![\w-])", text):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in '.!?…:«"“\n':
            return True
    return False


def candidates(source: Source, ledger: FactLedger, min_hits: int = 2) -> list[Candidate]:
    lang = get_language(source.lang)
    paragraphs = source.paragraphs
    sentences = [s for p in paragraphs for s in split_sentences(p, lang.abbreviations)]
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
        if n_content == 1 and not _proper_name(phrase, text):
            continue  # « Poste », « routes »: one common word is no search a reader makes
        if not re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
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
    out.sort(key=lambda c: -c.score)
    return out


def choose(
    source: Source, ledger: FactLedger, forced: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """(keyphrase, synonyms). A forced keyphrase is kept as the user wrote it."""
    cands = candidates(source, ledger) or candidates(source, ledger, min_hits=1)
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
