"""Subheadings that say what a section is about, taken from the section's own words.

Where a parser exists (French), a heading is the section's most characteristic noun phrase
("Un fossé grandissant entre les Biélorusses et leur chef Loukachenko"). Elsewhere it is the
core clause of the section's most central sentence, trimmed to a headline.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from redac.analysis import keyphrase as kp
from redac.lang import LanguageData, get_language
from redac.text.sentences import split_sentences
from redac.text.words import words

_OK_POS = {"NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "ADV"}


def _weights(sections: list[str], lang: LanguageData) -> list[Counter[str]]:
    tfs = [
        Counter(k for k in kp.text_keys(t, lang) if k not in lang.function_words and len(k) > 2)
        for t in sections
    ]
    df = Counter(k for tf in tfs for k in tf)
    n = len(sections)
    return [Counter({k: c * math.log(1 + n / df[k]) for k, c in tf.items()}) for tf in tfs]


def _spans_parsed(doc: Any, lang: LanguageData) -> list[str]:
    """Noun phrases of a parsed text (a ``Doc``, or a ``Span`` of the source's ``Doc``: subtrees
    are clipped to it)."""
    out = []
    lo, hi = (doc.start, doc.end) if hasattr(doc, "start") else (0, len(doc))
    # "des accords", "de la Russie": a partitive opens a whole noun phrase, other prepositions
    # show the phrase is a fragment of a longer one
    partitives = {p.split()[0] for p in lang.facts.partitives} | {"de"}
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        span = tok.doc[max(tok.left_edge.i, lo) : min(tok.right_edge.i, hi - 1) + 1]
        toks = list(span)
        ok = all(
            t.pos_ in _OK_POS
            or t.text in "'’-"
            or (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"))
            for t in toks
        )
        if not ok:
            continue
        while toks and toks[-1].pos_ in ("ADP", "DET", "CCONJ", "ADV"):
            toks.pop()
        cut_preposition = False
        while toks and toks[0].pos_ in ("ADP", "ADV", "CCONJ"):
            cut_preposition |= (
                toks[0].pos_ == "ADP" and toks[0].text.lower().replace("’", "'") not in partitives
            )
            toks.pop(0)
        if cut_preposition and toks and toks[0].pos_ not in ("DET", "PROPN"):
            continue  # "en œuvre du traité": a fragment of a longer phrase
        if 2 <= len(toks) <= 11 and not toks[0].text[:1].isdigit():
            out.append(tok.doc[toks[0].i : toks[-1].i + 1].text)
    return out


def _spans_rules(text: str, lang: LanguageData) -> list[str]:
    out = []
    reported = re.compile(lang.headings.reported, re.I)
    clause_cut = re.compile(lang.headings.clause_cut, re.I)
    for s in split_sentences(text, lang.abbreviations):
        m = reported.match(s)
        s = m.group(1) if m and len(m.group(1).split()) >= 4 else s
        core = clause_cut.split(s)[0].strip().rstrip('.!?"”')
        w = core.split()
        while w and w[0].lower().rstrip(",") in lang.transition_words:
            w = w[1:]
        while len(w) > 9 or (w and (w[-1].lower() in lang.function_words or w[-1][:1].isdigit())):
            w = w[:-1]
        if len(w) >= 3:
            out.append(" ".join(w))
    return out


def _score(span: str, weights: Counter[str], lang: LanguageData) -> float:
    ks = [k for k in kp.text_keys(span, lang) if k in weights]
    n = len(words(span))
    size = 1.0 if 3 <= n <= 8 else 0.6 if n > 8 else 0.15
    return sum(weights[k] for k in set(ks)) * size


def _headline(span: str) -> str:
    span = re.sub(r"\s+", " ", span).strip(" ,;:.")
    return span[:1].upper() + span[1:]


def headings(
    sections: list[str],
    lang_code: str,
    topic: str,
    want_topic: list[bool],
    parsed: list[list[Any]] | None = None,
) -> list[str]:
    """One heading per section text. ``want_topic[i]`` asks for the keyphrase in heading ``i``
    when the section offers a natural phrase that holds it. ``parsed[i]``: the section's
    paragraphs as spans of the source's parse, where a parser exists."""
    lang = get_language(lang_code)
    weights = _weights(sections, lang)
    t = kp.make_topic(topic, lang)
    used: set[str] = set()
    out = []
    for i, text in enumerate(sections):
        if parsed is not None:
            spans = [s for span in parsed[i] for s in _spans_parsed(span, lang)]
        else:
            spans = _spans_rules(text, lang)
        spans = [s for s in dict.fromkeys(spans) if s.lower() not in used]
        if not spans:
            spans = [" ".join(words(split_sentences(text, lang.abbreviations)[0])[:7])]
        ranked = sorted(spans, key=lambda s: -_score(s, weights[i], lang))
        pick = ranked[0]
        if want_topic[i]:
            with_topic = [
                s for s in ranked if kp.share_found(t, s, lang) >= 1 and len(words(s)) >= 3
            ]
            if with_topic:
                pick = with_topic[0]
            elif (
                kp.share_found(t, text, lang) >= 1
            ):  # "Biélorussie : le traité de l'État de l'Union"
                rest = next(
                    (s for s in ranked if kp.share_found(t, s, lang) < 1 and len(words(s)) >= 3),
                    pick,
                )
                first = rest.split()[0]
                rest = rest[0].lower() + rest[1:] if first.lower() in lang.function_words else rest
                pick = f"{_headline(topic)}{lang.colon}{rest}"
        else:
            without = [s for s in ranked if kp.share_found(t, s, lang) < 1]
            if without:
                pick = without[0]
        used.add(pick.lower())
        out.append(_headline(pick))
    return out
