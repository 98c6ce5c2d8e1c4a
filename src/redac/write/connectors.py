"""Connectors the offline engine adds to the source's own paragraphs: where a paragraph
continues the one before and the text lacks transition words, and where three sentences in a
row would open with the same word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from redac.analysis.config import targets
from redac.analysis.research import first_word, transitions_in
from redac.lang import LanguageData
from redac.model import Section
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import words
from redac.write.restate import anaphoric_start

TRANSITION_TARGET = targets().transition_share + 0.04  # a margin over the analyser's "good"


class _Capitals:
    """Which words the source writes with a capital inside a sentence (names): each word
    looked up once in it (one rewrite's connectors ask for the same few words hundreds of
    times, and the source may be 600,000 characters long)."""

    def __init__(self, source_text: str) -> None:
        self.text = source_text
        self.known: dict[str, bool] = {}

    def inside(self, word: str) -> bool:
        """``word`` (letters) occurs in the source as a whole word after anything but the end
        of a sentence, a colon or an opening quote."""
        if word not in self.known:
            self.known[word] = any(_inside(self.text, i) for i in _whole(self.text, word))
        return self.known[word]


def _whole(text: str, word: str) -> Iterator[int]:
    """Where ``word`` (letters) stands in ``text`` as a whole word (``\\bword\\b``), found
    with ``str.find``: a regular expression that opens with ``\\b`` is tried at every
    character (10 ms on 600,000 characters, 40 times ``find``'s)."""
    end = len(text)
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if not (i and _is_word(text[i - 1])) and not (j < end and _is_word(text[j])):
            yield i
        i = text.find(word, i + 1)


def _is_word(c: str) -> bool:
    """``c`` is a word character, as ``\\w`` reads it."""
    return c.isalnum() or c == "_"


def _inside(text: str, i: int) -> bool:
    """``text[i]`` is inside a sentence: the last character before it that is not a space
    ends no sentence, and opens no quotation."""
    while i and text[i - 1].isspace():
        i -= 1
    return bool(i) and text[i - 1] not in '.!?…:«"“'


def _lower_first(sentence: str, lang: LanguageData, capitals: _Capitals) -> str:
    """The sentence after a connector: its first word loses its capital unless it is a name
    (written with a capital inside a sentence of the source) or an acronym."""
    m = re.match(r"[^\W\d_]+['’]?", sentence)
    if not m:
        return sentence
    first = m.group(0)
    bare = first.rstrip("'’")
    if len(bare) > 1 and bare.isupper():
        return sentence  # "AFP", "UE"
    for capital, lower in lang.rewriting.unaccented_capitals:
        if first == capital:
            return lower + sentence[len(capital) :]  # « A cette date » → « à cette date »
    function_word = fold(first) in lang.function_words or fold(bare) in lang.function_words
    if not function_word and capitals.inside(bare):
        return sentence  # capitalised inside a sentence: a name
    return sentence[0].lower() + sentence[1:]


def add_connectors(
    sections: list[Section], lang: LanguageData, source_text: str, extra_sentences: int
) -> list[Section]:
    """Prefix neutral connectors to paragraph openings until ~1/3 of the sentences have one."""
    connectors = lang.phrases.connectors
    capitals = _Capitals(source_text)
    all_sents = [
        s
        for sec in sections
        for p in sec.paragraphs
        for s in split_sentences(p, lang.abbreviations)
    ]
    total = len(all_sents) + extra_sentences + sum(1 for s in sections if s.heading)
    have = sum(1 for s in all_sents if transitions_in(s, lang))
    need = max(0, int(TRANSITION_TARGET * total + 0.999) - have)
    k = 0
    out = []
    last = -2  # paragraph counter of the last insertion: never two paragraphs in a row
    counter = -1
    for si, sec in enumerate(sections):
        paras = list(sec.paragraphs)
        if sec.kind not in ("intro", "body"):
            out.append(sec)
            continue
        for pi, p in enumerate(paras):
            counter += 1
            if need <= 0 or (si == 0 and pi == 0) or counter == last + 1:
                continue
            first = split_sentences(p, lang.abbreviations)[0] if p else ""
            if not first or transitions_in(first, lang) or p[:1] in '«"“—-':
                continue
            if anaphoric_start(first, lang):
                continue  # « Par ailleurs, cette annonce… »: it goes on with the point before
            if pi == 0 and sec.heading and si + 1 < len(sections):
                continue  # a section opening after its heading reads better without one
            conn = connectors[k % len(connectors)]
            paras[pi] = f"{conn}, {_lower_first(p, lang, capitals)}"
            k += 1
            need -= 1
            last = counter
        out.append(replace(sec, paragraphs=tuple(paras)))
    return out


def break_runs(sections: list[Section], lang: LanguageData, source_text: str) -> list[Section]:
    """No three consecutive sentences starting with the same word: a connector breaks the run."""
    connectors = lang.phrases.connectors
    capitals = _Capitals(source_text)
    out = []
    prev: list[str] = []
    for sec in sections:
        paras = list(sec.paragraphs)
        for pi, p in enumerate(paras):
            sents = split_sentences(p, lang.abbreviations)
            for s in sents:
                fw = first_word(words(s), lang)
                if len(prev) >= 2 and prev[-1] == prev[-2] == fw and s == sents[0]:
                    conn = connectors[len(prev) % len(connectors)]
                    paras[pi] = f"{conn}, {_lower_first(p, lang, capitals)}"
                    fw = ""
                prev.append(fw)
        out.append(replace(sec, paragraphs=tuple(paras)))
    return out
