"""The passages a check is about, so that a page can highlight them: long sentences, passive
ones, sentences without a transition word, runs of sentences opening alike, long paragraphs and
long sections. Measured from the research (no second pass over the text); judged nowhere.

A mark is a block of the analysed body (its index in ``Paper.body.blocks``) and, for a
sentence, the sentence's text as the analyser read it (a substring of the block's text); an
empty text marks the whole block.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from redac.analysis.document import Block
from redac.analysis.research import Research, Sentence
from redac.text.words import words


@dataclass(frozen=True)
class Mark:
    block: int
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"block": self.block, "text": self.text}


Marks = Mapping[str, tuple[Mark, ...]]


def _sentences(items: list[Sentence] | tuple[Sentence, ...]) -> tuple[Mark, ...]:
    return tuple(Mark(s.block, s.text) for s in items)


def _runs(sentences: tuple[Sentence, ...], max_run: int) -> list[Sentence]:
    out: list[Sentence] = []
    run: list[Sentence] = []
    for s in (*sentences, None):
        if s is not None and run and s.first and s.first == run[-1].first:
            run.append(s)
            continue
        if len(run) > max_run:
            out += run
        run = [s] if s is not None else []
    return out


def _long_sections(blocks: tuple[Block, ...], r: Research, limit: int) -> tuple[Mark, ...]:
    too_long = {h for h, n in r.section_lengths if h and n > limit}
    intro_long = bool(r.section_lengths) and r.section_lengths[0][0] == ""
    intro_long = intro_long and r.section_lengths[0][1] > limit and bool(r.subheadings)
    out = [Mark(i) for i, b in enumerate(blocks) if b.kind == "heading" and b.text in too_long]
    if intro_long:
        first = next((i for i, b in enumerate(blocks) if b.kind != "heading"), None)
        if first is not None:
            out.insert(0, Mark(first))
    return tuple(out)


def find_marks(r: Research, blocks: tuple[Block, ...], cfg: Mapping[str, Any]) -> Marks:
    """Every check's passages (empty checks left out)."""
    max_words = cfg["sentence_length"]["max_words"]
    paragraph = cfg["paragraph_length"]["recommended"]
    found: dict[str, tuple[Mark, ...]] = {
        "sentence_length": _sentences([s for s in r.sentences if s.length > max_words]),
        "passive_voice": _sentences([s for s in r.sentences if s.passive]),
        "transition_words": _sentences(
            [s for s in r.sentences if not s.transition and blocks[s.block].kind != "heading"]
        )
        if r.lang.transition_words
        else (),
        "consecutive_sentences": _sentences(
            _runs(r.sentences, cfg["consecutive_sentences"]["max_run"])
        ),
        "paragraph_length": tuple(
            Mark(i)
            for i, b in enumerate(blocks)
            if b.kind == "paragraph" and len(words(b.text)) > paragraph
        ),
        "subheading_distribution": _long_sections(
            blocks, r, cfg["subheading_distribution"]["max_section"]
        ),
    }
    return {k: v for k, v in found.items() if v}
