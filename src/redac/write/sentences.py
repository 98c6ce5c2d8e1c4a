"""The source's sentences, split once, with their place in the ledger's text and their parse.

Every derived section and the sentence splitter read the source through one ``SourceText``:
sentences are cut once (``split_sentences`` on each paragraph of ``ledger.source_text``), a fact
finds its sentence by its offset (a binary search, not a scan), and a sentence's tokens are a
slice of the one parse of the source (``parse(lang, ledger.source_text)``), never a new parse.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from redac.facts import FactLedger
from redac.lang import LanguageData
from redac.nlp import parsed
from redac.text.sentences import split_sentences


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str  # as in ``ledger.source_text`` (normalised: straight apostrophes, plain spaces)
    start: int
    end: int
    paragraph: int  # index into ``Source.paragraphs``


class SourceText:
    def __init__(self, ledger: FactLedger, lang: LanguageData, doc: Any = None) -> None:
        self.ledger = ledger
        self.lang = lang
        self.doc = doc if doc is not None else parsed(lang.code, ledger.source_text)
        text = ledger.source_text
        self.sentences: list[Sentence] = []
        for pi, (a, b) in enumerate(ledger.paragraph_spans):
            pos = a
            for s in split_sentences(text[a:b], lang.abbreviations):
                at = text.find(s, pos, b)
                if at < 0:  # split_sentences only strips: the sentence is in the paragraph
                    continue
                self.sentences.append(Sentence(len(self.sentences), s, at, at + len(s), pi))
                pos = at + len(s)
        self._starts = [s.start for s in self.sentences]

    def __len__(self) -> int:
        return len(self.sentences)

    def of_paragraph(self, paragraph: int) -> list[Sentence]:
        a, b = self.ledger.paragraph_spans[paragraph]
        lo = bisect.bisect_left(self._starts, a)
        hi = bisect.bisect_left(self._starts, b)
        return self.sentences[lo:hi]

    def at(self, offset: int) -> Sentence | None:
        """The sentence holding character ``offset`` of the ledger's text."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def tokens(self, s: Sentence) -> list[Any]:
        """The sentence's tokens in the source's parse ([] where no parser exists)."""
        if self.doc is None:
            return []
        span = self.doc.char_span(s.start, s.end, alignment_mode="expand")
        return list(span) if span is not None else []
