"""Subheadings that say what a section is about, taken whole from the section's own words.

Where a parser exists (French), a heading is one of the section's noun phrases, *whole*: its
determiner kept (« Un fossé grandissant entre les Biélorusses et leur chef Loukachenko », never
« Chose pour les grands… »), its preposition dropped (« de la Russie » → « la Russie », « du
traité » → « le traité »), a relative clause or an apposition left out rather than cut through
— or the section's shortest restated clause. Elsewhere (rules) it is a short sentence of the
section, or its part before a non-restrictive relative clause.

Candidates are ranked, and one is used only if it passes
:func:`redac.write.heading_check.heading_problems` (≤ 70 characters, balanced quotes, no start or
end mid-phrase, a whole phrase of the source), asked when the planner reaches it (:class:`Ranked`);
the most characteristic one wins, and each section gets one with the keyphrase and one without
when it offers both, so the writer can balance them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from redac.analysis import keyphrase as kp
from redac.lang import LanguageData, get_language
from redac.plan import literal
from redac.plan.phrases import clauses, noun_phrases
from redac.plan.phrases import headline as _headline
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import word_count, words
from redac.write.heading_check import MAX_HEADING_CHARS, heading_problems
from redac.write.quality import MIN_REPEAT_WORDS

_NAME = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:of\s+|de\s+|d'|du\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+)+"
)


@dataclass(frozen=True)
class Choice:
    heading: str  # the one to use by default
    topic: str  # one holding the keyphrase ("" if none is natural)
    plain: str  # one without it ("" if none)
    clean: bool = True  # False: the section offered no heading an editor would keep


def _weights(parts: list[list[str]], lang: LanguageData) -> list[Counter[str]]:
    """Each section's keys weighed by how few sections share them. ``parts``: each section's
    text in pieces (its paragraphs): a text's keys are its pieces' keys end to end (no word
    spans the space that joins them), and a paragraph's are cached (the outline read them)."""
    tfs = [
        Counter(
            k
            for text in texts
            for k in kp.text_keys(text, lang)
            if k not in lang.function_words and len(k) > 2
        )
        for texts in parts
    ]
    df = Counter(k for tf in tfs for k in tf)
    n = len(parts)
    return [Counter({k: c * math.log(1 + n / df[k]) for k, c in tf.items()}) for tf in tfs]


def rule_candidates(text: str, lang: LanguageData) -> list[str]:
    """Without a parser: short sentences of the section, or their part before a
    non-restrictive relative clause (« X, which … »)."""
    out = []
    pronouns = "|".join(re.escape(w) for w in lang.rewriting.relative_subject)
    banned = {fold(w) for w in (*lang.function_words, *lang.rewriting.anaphora)}
    for s in split_sentences(text, lang.abbreviations):
        names = [m.group(0) for m in _NAME.finditer(s)]
        for cand in (s, re.split(rf",\s+(?:{pronouns})\s", s)[0] if pronouns else s, *names):
            cand = cand.strip().rstrip(".!?")
            ws = words(cand)
            if not 2 <= len(ws) <= 10 or len(cand) > MAX_HEADING_CHARS:
                continue
            if fold(ws[0]) in banned or cand.endswith("?") or '"' in cand or "“" in cand:
                continue
            out.append(_headline(cand))
    return out


def _score(span: str, weights: Counter[str], lang: LanguageData) -> float:
    ks = [k for k in kp.text_keys(span, lang) if k in weights]
    n = len(words(span))
    size = 1.0 if 3 <= n <= 8 else 0.6 if n > 8 else 0.25
    # each key once, in the order of the text: a sum over a set would follow the hash seed,
    # and near ties between candidates would then flip from one run to the next
    return sum(weights[k] for k in dict.fromkeys(ks)) * size


class Ranked:
    """A section's candidate subheadings, the most characteristic first, each checked by
    :func:`heading_problems` only when it is asked for (and once): a long source offers
    thousands of candidates, of which the planner reads the first few of each kind.
    Iterating gives the candidates that pass, in rank order."""

    def __init__(self, ranked: list[str], problems: Callable[[str], list[str]]) -> None:
        self.all = ranked  # not checked yet
        self._problems = problems
        self._fine: dict[str, bool] = {}

    def fine(self, heading: str) -> bool:
        """No problem an editor would rewrite (``heading`` is one of :attr:`all`)."""
        known = self._fine.get(heading)
        if known is None:
            known = self._fine[heading] = not self._problems(heading)
        return known

    def first(self, n: int, want: Callable[[str], bool] | None = None) -> list[str]:
        """The first ``n`` candidates that pass and that ``want`` accepts (asked first)."""
        out: list[str] = []
        for s in self.all:
            if len(out) >= n:
                break
            if (want is None or want(s)) and self.fine(s):
                out.append(s)
        return out

    def __iter__(self) -> Iterator[str]:
        return (s for s in self.all if self.fine(s))


def candidates(
    sections: list[str],
    lang_code: str,
    parsed: list[list[Any]] | None = None,
    doc: Any = None,
    body_sentences: frozenset[tuple[str, ...]] = frozenset(),
    *,
    paragraphs: list[list[str]] | None = None,
) -> list[Ranked]:
    """Each section's headings an editor would keep, the most characteristic first — whatever
    the keyphrase (it is chosen knowing which sections offer a heading that holds it).
    ``parsed[i]``: section ``i``'s paragraphs as spans of the source's parse (``doc``);
    ``paragraphs[i]``: section ``i``'s paragraphs (``sections[i]`` is them joined by spaces)."""
    from redac.write.quality import sentence_key

    lang = get_language(lang_code)
    weights = _weights(paragraphs if paragraphs is not None else [[t] for t in sections], lang)
    out: list[Ranked] = []
    for i, text in enumerate(sections):
        if parsed is not None:
            cands = [s for span in parsed[i] for s in noun_phrases(span, lang)]
            cands += [s for span in parsed[i] for s in clauses(span, lang)]
        else:
            cands = rule_candidates(text, lang)
        regions = tuple((sp.start_char, sp.end_char) for sp in parsed[i]) if parsed else ()
        kept = []
        for c in dict.fromkeys(cands):
            if len(c) > MAX_HEADING_CHARS:
                continue
            k = sentence_key(c)
            if len(k) >= MIN_REPEAT_WORDS and k in body_sentences:
                continue
            kept.append(c)
        w = weights[i]
        problems = partial(
            heading_problems, lang=lang, doc=doc if parsed is not None else None, regions=regions
        )
        # ranked before they are checked: the check only takes some out, the order stays
        out.append(Ranked(sorted(kept, key=lambda s: -_score(s, w, lang)), problems))
    return out


def choose(
    sections: list[str],
    lang_code: str,
    topic: str,
    parsed: list[list[Any]] | None = None,
    doc: Any = None,
    body_sentences: frozenset[tuple[str, ...]] = frozenset(),
    supported: Callable[[str], bool] | None = None,
    *,
    ranked: list[Ranked] | None = None,
    synonyms: tuple[str, ...] = (),
    supported_many: Callable[[list[str]], list[bool]] | None = None,
) -> list[Choice]:
    """For each section text, its best heading, and the best with and without the keyphrase
    (or one of its ``synonyms``), as any matcher reads it: redac's, which knows word forms, and
    a literal one, which wants the words as written (:mod:`redac.plan.literal`).
    ``ranked``: :func:`candidates`, when the caller has them already.
    ``supported``: the claim checker's verdict on a heading; only the candidates about to be
    chosen are asked (a cut phrase can change a claim: « … take place on 14 » for « on 14
    March »). ``supported_many``: the same for a list, in one pass: the few likely choices of
    every section are asked together first."""
    said: dict[str, bool] = {}

    def ok(h: str) -> bool:
        if supported is None:
            return True
        if h not in said:
            said[h] = supported(h)
        return said[h]

    lang = get_language(lang_code)
    if ranked is None:
        ranked = candidates(sections, lang_code, parsed, doc, body_sentences)

    # each asked once per candidate: the likely choices below and each section's choice read
    # the same candidates (a section without the keyphrase, all of them, twice)
    @cache
    def has(h: str) -> bool:
        return holds_topic(h, topic, synonyms, lang)

    @cache
    def free_of(h: str) -> bool:
        return not _touches(h, topic, synonyms, lang)

    if supported_many is not None:  # the likely choices of every section, checked in one pass
        likely: list[str] = []
        for ranks in ranked:
            likely += ranks.first(3)
            likely += ranks.first(2, has)
            likely += ranks.first(2, free_of)
        likely = list(dict.fromkeys(likely))
        said.update(zip(likely, supported_many(likely), strict=True))

    used: set[str] = set()
    out = []
    for i, text in enumerate(sections):
        these = ranked[i].all
        fine: Callable[[str], bool] = ranked[i].fine

        def new(s: str) -> bool:  # not another section's heading (folded only when reached)
            return fold(s) not in used

        pick = next((s for s in these if new(s) and fine(s) and ok(s)), "")
        clean = bool(pick)
        if not pick:
            pick = _fallback(text, lang, used, ok)
            clean = bool(pick) and not heading_problems(pick, lang)
            these, fine, new = [pick], lambda s: True, lambda s: True
        # the first of each kind the claim checker accepts (asked only until one is found)
        with_topic = next(
            (s for s in these if has(s) and len(words(s)) >= 2 and new(s) and fine(s) and ok(s)),
            "",
        )
        without = next((s for s in these if free_of(s) and new(s) and fine(s) and ok(s)), "")
        used.add(fold(pick))
        out.append(Choice(pick, with_topic, without, clean))
    return out


def holds_topic(heading: str, topic: str, synonyms: tuple[str, ...], lang: LanguageData) -> bool:
    """The heading reflects the keyphrase or a synonym for every matcher: more than half its
    words, as written (a literal matcher) and as word forms (redac's analyser)."""
    for phrase in (topic, *synonyms):
        if not phrase:
            continue
        t = kp.make_topic(phrase, lang)
        if literal.in_heading(phrase, heading, lang) and kp.share_found(t, heading, lang) > 0.5:
            return True
    return False


def _touches(heading: str, topic: str, synonyms: tuple[str, ...], lang: LanguageData) -> bool:
    """Some matcher sees the keyphrase or a synonym in it (more than half its words)."""
    for phrase in (topic, *synonyms):
        if not phrase:
            continue
        t = kp.make_topic(phrase, lang)
        if kp.share_found(t, heading, lang) > 0.5 or literal.in_heading(phrase, heading, lang):
            return True
    return False


def _undangled(name: str, lang: LanguageData) -> str:
    """A name without the possessive that hangs it on the next noun (« Hillary Clinton's »)."""
    for ending in lang.headings.dangling_endings:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def _fallback(
    text: str, lang: LanguageData, used: set[str], ok: Callable[[str], bool] = lambda h: True
) -> str:
    """A section that offers no phrase the rules can find: its first name of two words or
    more (a complete noun phrase), else the first clause of its shortest sentence — never cut
    inside a clause, and never a whole sentence of 8 words or more (it would be said twice:
    as the heading and in the section)."""
    names = [
        _undangled(m.group(0), lang)
        for m in _NAME.finditer(text)
        if fold(_undangled(m.group(0), lang)) not in used
        and fold(m.group(0).split()[0]) not in lang.function_words
        and not m.group(0).isupper()
    ]
    options = sorted(set(names), key=lambda n: (-text.count(n), -len(n)))
    for s in sorted(split_sentences(text, lang.abbreviations), key=len):
        body = s.rstrip(".!?").strip()
        first = re.split(lang.headings.clause_cut, body)[0].strip(" ,;:")
        n = len(words(first))
        if len(first) > MAX_HEADING_CHARS or n < 3:
            continue  # never cut inside a clause
        if first == body and n >= MIN_REPEAT_WORDS:
            continue  # a whole sentence said again above its section: a repetition
        options.append(first)
    for o in options:
        h = _headline(o)
        if fold(h) not in used and not heading_problems(h, lang) and ok(h):
            return h
    return next((_headline(o) for o in names if ok(_headline(o))), "")


def headings(
    sections: list[str],
    lang_code: str,
    topic: str,
    want_topic: list[bool],
    parsed: list[list[Any]] | None = None,
) -> list[str]:
    """One heading per section text; ``want_topic[i]`` asks for the keyphrase in heading ``i``
    when the section offers a natural phrase that holds it."""
    out = []
    for want, c in zip(want_topic, choose(sections, lang_code, topic, parsed), strict=True):
        out.append((c.topic if want else c.plain) or c.heading)
    return out


def word_total(texts: list[str]) -> int:
    return sum(word_count(t) for t in texts)
