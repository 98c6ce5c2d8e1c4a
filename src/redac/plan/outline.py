"""Group the source's paragraphs into sections at topic shifts, each under a size limit."""

from __future__ import annotations

from redac.analysis.config import targets
from redac.analysis.keyphrase import text_keys
from redac.lang import get_language
from redac.model import Source
from redac.text.words import word_count

MAX_SECTION_WORDS = targets().section_words
TARGET_SECTION_WORDS = 100


def _keys(text: str, lang: str) -> set[str]:
    data = get_language(lang)
    return {k for k in text_keys(text, lang=data) if k not in data.function_words and len(k) > 2}


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / (len(a | b) or 1)


def segment(source: Source, max_words: int = MAX_SECTION_WORDS) -> list[list[int]]:
    """Paragraph indices per section; the first section is the introduction.

    Headings the source already has are kept as boundaries. Elsewhere, boundaries go where
    the vocabulary of the paragraphs before and after overlaps least (a topic shift), with
    enough sections that none exceeds ``max_words`` and 3–7 in all where the text allows.
    """
    paras = source.paragraphs
    n = len(paras)
    lens = [word_count(p) for p in paras]
    forced: set[int] = set()
    idx = 0
    for b in source.blocks:
        if b.kind == "heading":
            if idx > 0:
                forced.add(idx)
        else:
            idx += 1
    intro_end = 1 if n > 1 else n
    while intro_end < n - 2 and sum(lens[:intro_end]) < 40 and intro_end not in forced:
        intro_end += 1
    body = list(range(intro_end, n))
    if not body:
        return [list(range(n))]
    total = sum(lens[i] for i in body)
    k = max(3 if len(body) >= 6 else 2, min(6, round(total / TARGET_SECTION_WORDS)))
    k = min(k, len(body))
    keys = [_keys(p, source.lang) for p in paras]

    def score(i: int) -> float:  # boundary before paragraph i: low cohesion = good cut
        before = set().union(*keys[max(intro_end, i - 2) : i])
        after = set().union(*keys[i : i + 2])
        return _similarity(before, after)

    cuts = set(i for i in forced if i > intro_end)
    candidates = sorted((i for i in body[1:] if i not in cuts), key=score)
    for i in candidates:
        if len(cuts) >= k - 1:
            break
        if all(abs(i - c) >= 2 for c in cuts | {intro_end}):
            cuts.add(i)
    sections = _split(body, sorted(cuts))
    out = [list(range(intro_end))]
    for sec in sections:  # enforce the size limit
        while sum(lens[i] for i in sec) > max_words and len(sec) > 1:
            acc, j = 0, 0
            half = sum(lens[i] for i in sec) / 2
            while j < len(sec) - 1 and acc + lens[sec[j]] <= half:
                acc += lens[sec[j]]
                j += 1
            j = max(j, 1)
            out.append(sec[:j])
            sec = sec[j:]
        out.append(sec)
    return [s for s in out if s]


def _split(items: list[int], cuts: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    cur: list[int] = []
    for i in items:
        if i in cuts and cur:
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    return out
