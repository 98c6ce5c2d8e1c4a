"""Repairs that need no model: an editor's two mechanical fixes, applied before any token is
spent on a failing piece.

- A sentence that states a fact the source does not (a number, date, name or quotation the
  ledger lacks) is removed, whole: a claim with no support has no place in the article.
- A fact the piece was given and lost (same language only) comes back in the source's own
  sentence, verbatim.

Whatever these cannot fix (too short, wrong language, a refusal) goes back to the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from redac.facts import Fact
from redac.lang.base import LanguageData
from redac.text.normalize import normalize_text
from redac.text.sentences import split_sentences
from redac.write.extras import original_text


def sentence_key(sentence: str) -> str:
    """Two sentences with the same key say the same thing in the same words."""
    return " ".join(re.findall(r"\w+", normalize_text(sentence).lower()))


def drop_format_leaks(paragraphs: tuple[str, ...], pattern: str) -> tuple[tuple[str, ...], int]:
    """The paragraphs without those that are a field of the reply's format written out as text
    ("Heading: …", "Paragraphe 2 : …"), a small model's habit; and how many were removed."""
    leak = re.compile(pattern, re.I)
    kept = tuple(p for p in paragraphs if not leak.search(p))
    return kept, len(paragraphs) - len(kept)


def drop_repeats(paragraphs: Iterable[str], lang: LanguageData) -> tuple[tuple[str, ...], int]:
    """The paragraphs with every sentence said a second time removed; and how many were."""
    seen: set[str] = set()
    out, removed = [], 0
    for p in paragraphs:
        kept = []
        for s in split_sentences(p, lang.abbreviations):
            key = sentence_key(s)
            if key in seen:
                removed += 1
                continue
            seen.add(key)
            kept.append(original_text(s, (p,)))
        if kept:
            out.append(" ".join(kept))
    return tuple(out), removed


@dataclass(frozen=True)
class Fixed:
    paragraphs: tuple[str, ...]
    dropped: tuple[str, ...] = ()  # the unsupported items whose sentences were removed
    restored: tuple[str, ...] = ()  # the lost facts whose source sentences were put back
    repeats: int = 0  # sentences removed because they repeated an earlier one
    leaks: int = 0  # paragraphs removed because they were the reply's format ("Heading: …")
    changed: tuple[str, ...] = ()  # sentences removed because their claim is not the source's

    def describe(self) -> str:
        parts = []
        if self.leaks:
            parts.append(f"removed {self.leaks} paragraphs that were the reply's format, not text")
        if self.repeats:
            parts.append(f"removed {self.repeats} repeated sentences")
        if self.dropped:
            parts.append(
                "removed the sentences stating what the source does not ("
                + ", ".join(self.dropped)
                + ")"
            )
        if self.changed:
            parts.append(
                f"removed {len(self.changed)} sentences whose claim the source does not make ("
                + "; ".join(repr(s[:60]) for s in self.changed)
                + ")"
            )
        if self.restored:
            parts.append(
                "put back the source's sentences for lost facts (" + ", ".join(self.restored) + ")"
            )
        return "; ".join(parts)


def drop_sentences(
    paragraphs: Iterable[str], sentences: Iterable[str], lang: LanguageData
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The paragraphs without the given sentences (compared on normalised text); empty
    paragraphs disappear. Also returns the sentences found and removed."""
    wanted = {" ".join(normalize_text(s).split()) for s in sentences}
    removed: list[str] = []
    out = []
    for p in paragraphs:
        kept = []
        for s in split_sentences(p, lang.abbreviations):
            key = " ".join(normalize_text(s).split())
            if key in wanted:
                removed.append(s)
            else:
                kept.append(original_text(s, (p,)))
        if kept:
            out.append(" ".join(kept))
    return tuple(out), tuple(removed)


def drop_unsupported(
    paragraphs: Iterable[str], items: Iterable[str], lang: LanguageData
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The paragraphs without the sentences that contain any of ``items`` (as the fact check
    reports them, on normalised text); empty paragraphs disappear. Also returns the items
    whose sentences were found and removed."""
    wanted = [normalize_text(i) for i in items if i.strip()]
    finders = {i: re.compile(r"(?<!\w)" + re.escape(i) + r"(?!\w)") for i in wanted}
    removed: set[str] = set()
    out = []
    for p in paragraphs:
        kept = []
        for s in split_sentences(p, lang.abbreviations):
            flat = normalize_text(s)
            hits = [i for i in wanted if finders[i].search(flat)]
            if hits:
                removed.update(hits)
            else:
                kept.append(original_text(s, (p,)))
        if kept:
            out.append(" ".join(kept))
    return tuple(out), tuple(i for i in wanted if i in removed)


def restore_lost(
    paragraphs: tuple[str, ...], lost: Iterable[Fact], source: list[str], lang: LanguageData
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The paragraphs plus one paragraph made of the source sentences that state the lost facts,
    in the source's order. Also returns the facts restored."""
    sentences = [
        original_text(s, (p,)) for p in source for s in split_sentences(p, lang.abbreviations)
    ]
    chosen: list[int] = []
    restored = []
    for f in lost:
        wanted = normalize_text(f.text)
        idx = next((n for n, s in enumerate(sentences) if wanted in normalize_text(s)), None)
        if idx is None:
            continue
        restored.append(f.text)
        if idx not in chosen:
            chosen.append(idx)
    if not chosen:
        return paragraphs, ()
    return (*paragraphs, " ".join(sentences[n] for n in sorted(chosen))), tuple(restored)
