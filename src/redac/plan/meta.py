"""H1, SEO title, meta description and slug, from the source's own sentences.

* The SEO title is a complete phrase of at most 600 px with one colon at most: the headline
  when it holds the keyphrase, else « Keyphrase : headline » (a headline's own label before its
  colon gives way to the keyphrase); a headline too wide loses whole trailing constituents
  (a relative clause, a complement), never a cut in the middle of one.
* The meta description tells the news — the lead — in 120–156 characters of whole sentences,
  or of a whole clause of the lead; with the keyphrase when the lead offers it; no "…".
* The slug is transliterated by python-slugify (« cœur de l'œuvre » → ``coeur-de-l-oeuvre``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from slugify import slugify

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.analysis.titlewidth import title_width
from redac.lang import LanguageData
from redac.plan import literal
from redac.plan.description import meta_description
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import words
from redac.write.clauses import is_finite, main_root, quoted, quotes_balanced, render, subject
from redac.write.shorten import detached, shorten

TITLE_MIN_PX, TITLE_MAX_PX = targets().title_px
_SITE_SUFFIX = re.compile(r"\s+\|\s+[^|]{1,40}$")


def h1(title: str, paragraphs: tuple[str, ...], lang: LanguageData, tokens: Any = None) -> str:
    """The source's title, or the main clause of its first sentence (whole constituents
    removed, never words cut off)."""
    if title.strip():
        return re.sub(r"^[-–—]\s+", "", title.strip())
    first = split_sentences(paragraphs[0], lang.abbreviations)[0]
    if tokens:
        out = detached(tokens, lang, final=False).rstrip(".")
        if len(out.split()) > 20:  # the main clause, up to its first comma, if it is whole there
            inside = quoted(tokens)
            k = next((k for k, t in enumerate(tokens) if t.text == "," and t.i not in inside), 0)
            head = tokens[:k]
            root = main_root(head) if head else None
            if root is not None and subject(root) is not None and is_finite(root):
                out = render(head, final=False)
        return out
    return first.rstrip(".")


def _fits_title(s: str) -> bool:
    return title_width(s) <= TITLE_MAX_PX


# how good a title is for its keyphrase, by the way it was made (see :func:`seo_title`): about
# what the analysers' title checks cost, and a reader's view (a topic label loses the news)
NEWS_FIRST = 1.0  # the headline (or its main part) opens with the keyphrase
NEWS_LABELLED = 0.97  # « Keyphrase : the headline »
KEYPHRASE_INSIDE = 0.93  # the news, the keyphrase elsewhere in it
TOPIC_LABELLED = 0.95  # « Keyphrase : a noun phrase »: the topic, not the news (every check
# passes: a reader's loss only)
NO_KEYPHRASE = 0.85
TOO_WIDE = 0.8
MIN_LABEL_WEIGHT = 2.0  # a topic label's words come back in the source, on average, this often


def seo_title(
    headline: str,
    keyphrase: str,
    lang: LanguageData,
    tokens: Any = None,
    lead: list[list[Any]] | None = None,
    *,
    supported: Callable[[str], bool] | None = None,
    text: str = "",
) -> str:
    """The SEO title: see :func:`seo_title_rated`."""
    return seo_title_rated(headline, keyphrase, lang, tokens, lead, supported=supported, text=text)[
        0
    ]


def seo_title_rated(
    headline: str,
    keyphrase: str,
    lang: LanguageData,
    tokens: Any = None,
    lead: list[list[Any]] | None = None,
    *,
    supported: Callable[[str], bool] | None = None,
    text: str = "",
    counts: Counter[str] | None = None,
) -> tuple[str, float]:
    """(title, how good it is for the keyphrase: ``NEWS_FIRST`` … ``TOO_WIDE``). A complete phrase ≤ 600 px, one colon at most, the keyphrase first where it reads (as
    redac's analyser and a literal matcher both read it), in this order:

    1. the headline, or « Keyphrase : headline » (a headline's own label before its colon giving
       way), whole or without whole trailing constituents — the keyphrase's own words never;
    2. « Keyphrase : a noun phrase of the headline or the lead », whole (a topic label claims
       nothing; ``supported`` — the claim checker — has the last word);
    3. the headline, a part of it or the lead's main clause, with the keyphrase elsewhere, then
       without it; last, the headline itself, too wide (the analyser says so), never a cut.

    ``text``: the source, whose most repeated words a topic label is about; ``counts``: its
    word keys counted, when the caller has them (:func:`_label_phrases`)."""
    m = _SITE_SUFFIX.search(headline)  # « … | Editorial »: the site's label is no title
    if m and len(words(headline[: m.start()])) >= 4:
        headline = headline[: m.start()].strip()
        tokens = [t for t in tokens or [] if t.idx < tokens[0].idx + m.start()] or None
    topic = kp.make_topic(keyphrase, lang)
    label = keyphrase[:1].upper() + keyphrase[1:]
    colon = lang.colon

    def has(s: str) -> bool:
        return kp.share_found(topic, s, lang) >= 1 and literal.found(keyphrase, s, lang)

    def first(s: str) -> bool:  # opens with the keyphrase (function words before it aside)
        return literal.at_start(keyphrase, s, lang) and has(s)

    has_topic = has(headline)
    left, sep, right = headline.partition(colon.strip())
    if not right.strip():
        left, sep, right = headline, "", ""
    body = right.strip() if sep else headline
    body_tokens = tokens or []
    if sep and body_tokens:
        start = body_tokens[0].idx + len(left) + len(sep)
        body_tokens = [t for t in body_tokens if t.idx >= start]

    def titled(text: str, prefix: bool) -> str:
        text = text.strip()
        if not prefix:
            return text[:1].upper() + text[1:]
        return f"{label}{colon}{text[:1].lower() if _lowerable(text, lang) else text[:1]}{text[1:]}"

    least = 0.4 * len(words(headline))

    def ok(title: str) -> bool:
        return (
            _fits_title(title)
            and title.count(":") <= 1
            and len(words(title)) >= 2
            and quotes_balanced(title)
            and not re.search(r"[:;,]\s*[?!.]?$", title)
        )

    def enough(title: str) -> bool:  # a headline, not its first words
        return len(words(title)) >= least

    def shortened(text: str, toks: list[Any], prefix: bool, keep: bool) -> str:
        if ok(titled(text, prefix)):
            return titled(text, prefix)
        if not toks:
            return ""

        def fits(s: str) -> bool:
            return ok(titled(s, prefix)) and (not keep or has(s)) and enough(s)

        short = shorten(toks, lang, fits, final=False, adjectives=True, keep=has if keep else None)
        return titled(short, prefix) if short and len(words(short)) >= 3 else ""

    # 1. the keyphrase first: the headline, or the keyphrase as its label
    tries: list[tuple[str, list[Any], bool, bool]] = []  # (text, tokens, label, keep the topic)
    if has_topic and first(headline):
        tries.append((headline, tokens or [], False, True))
    if sep and has(body) and first(body):
        tries.append((body, body_tokens, False, True))
    if not has_topic or not first(headline):
        tries.append((body if sep else headline, body_tokens if sep else tokens or [], True, False))

    def said(title: str) -> bool:  # the claim checker's word on a title that is not the headline
        return title == headline or supported is None or supported(title)

    for what, toks, prefix, keep in tries:
        title = shortened(what, toks, prefix, keep)
        if title and first(title) and said(title):
            return title, NEWS_LABELLED if prefix else NEWS_FIRST
    # 2. the news with the keyphrase elsewhere in it
    if has_topic:
        title = shortened(headline, tokens or [], False, True)
        if title and said(title):
            return title, KEYPHRASE_INSIDE
    parts = [p.strip() for p in re.split(r"\s+[:—–]\s+|:\s|\.\s", headline) if p.strip()]
    parts = [p for p in parts if len(words(p)) >= 3 and ok(titled(p, False))]
    parts.sort(key=lambda p: (not has(p), -len(p)))
    parts = [p for p in parts if said(titled(p, False))]
    if parts and has(parts[0]):
        return titled(parts[0], False), KEYPHRASE_INSIDE  # a part of the headline with it
    leads = []
    for toks in (lead or [])[:1]:  # the lead's main clause, which tells the same news
        for must in (has, None):
            short = shorten(
                toks, lang, lambda s: ok(s.rstrip(".")), sentence=True, final=False, keep=must
            )
            if short and len(words(short)) >= 4:
                leads.append(titled(short.rstrip("."), False))
    with_topic = [t for t in leads if has(t) and said(t)]
    if with_topic:
        return with_topic[0], KEYPHRASE_INSIDE
    # 3. no complete clause fits with the keyphrase: the keyphrase as the label of a noun phrase
    labels = [titled(p, True) for p in _label_phrases(tokens, lead, lang, keyphrase, text, counts)]
    for title in [t for t in labels if title_width(t) >= TITLE_MIN_PX] + labels:
        if ok(title) and said(title):  # wide enough first: a short title wastes the result
            return title, TOPIC_LABELLED
    # 4. the news without the keyphrase
    if tokens:  # the headline shortened, even without the keyphrase
        short = shorten(tokens, lang, lambda s: ok(titled(s, False)) and enough(s), final=False)
        if short and len(words(short)) >= 3 and said(titled(short, False)):
            return titled(short, False), NO_KEYPHRASE
    if parts:
        return titled(parts[0], False), NO_KEYPHRASE
    # no complete phrase fits: the headline itself, too wide (the analyser says so) rather
    # than a title cut in the middle or one word alone
    leads = [t for t in leads if said(t)]
    return (leads[0], NO_KEYPHRASE) if leads else (headline, TOO_WIDE)


def _label_phrases(
    tokens: list[Any] | None,
    lead: list[list[Any]] | None,
    lang: LanguageData,
    keyphrase: str,
    text: str = "",
    counts: Counter[str] | None = None,
) -> list[str]:
    """Whole noun phrases of the headline and of the lead's first sentences that a topic label
    can introduce (« Réouverture des écoles : l'inquiétude des maires »): with a definite
    article (a topic; « Paul Whelan : un acte d'espionnage » would read as the news), two
    content words or more (never « un habitacle »), not the keyphrase again, never pointing
    back (« son site »), never who acts (a subject: « le parquet russe ») nor the source a claim
    is attributed to (« selon l'Institut… »), whole where the source has them
    (:func:`heading_problems`), about what the source (``text``) keeps coming back to — its
    words repeated ``MIN_LABEL_WEIGHT`` times on average (never a side detail) — the most
    repeated first, the headline's ahead on a tie. A phrase inside a quotation only when it
    holds no adjective (a topic, never the speaker's judgement), and between quotation marks.
    ``counts``: the word keys of ``text`` counted, when the caller has them."""
    from redac.plan.phrases import noun_phrase_heads
    from redac.write.heading_check import QUOTED, heading_problems

    spans = [toks for toks in ([tokens] if tokens else []) + list(lead or [])[:2] if toks]
    topic = kp.make_topic(keyphrase, lang)
    if counts is None or not text:
        counts = Counter(kp.text_keys(text or " ".join(t.text for s in spans for t in s), lang))
    # a definite article: a topic (« l'inquiétude des maires »); an indefinite one reads as
    # what the news says of the keyphrase (« Paul Whelan : un acte d'espionnage »)
    openers = {fold(w) for w in lang.facts.articles}
    pointing = {fold(w) for w in (*lang.facts.possessives, *lang.rewriting.demonstratives.values())}
    pointing |= {fold(w) for w in lang.rewriting.demonstratives_before_vowel.values()}
    according = tuple(fold(w) for w in lang.facts.according_to)

    def content(phrase: str) -> list[str]:
        return [
            lang.word_key(w)
            for w in words(phrase)
            if w.lower() not in lang.function_words and not any(c.isdigit() for c in w)
        ]

    def attributed(folded: str) -> list[tuple[int, int]]:  # « selon X, » : X's stretch
        out = []
        for w in according:
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded):
                end = min(
                    [k for k in (folded.find(",", m.end()), folded.find(".", m.end())) if k >= 0]
                    or [len(folded)]
                )
                out.append((m.start(), end))
        return out

    out: list[tuple[float, int, str]] = []
    seen: set[str] = set()
    for rank, toks in enumerate(spans):
        doc = toks[0].doc
        span = doc[toks[0].i : toks[-1].i + 1]
        folded = fold(span.text)
        regions = attributed(folded)
        for phrase, head in noun_phrase_heads(span, lang, quotes=True):
            named = any(
                c.dep_ in ("appos", "flat:name") and c.pos_ == "PROPN" for c in head.children
            )
            if head.dep_ in ("nsubj", "appos") or named:
                continue  # who acts (« le parquet russe a requis… »), who someone is: no topic
            ws = words(phrase)
            first = fold(ws[0]) if ws else ""
            opener = first in openers or fold(first.split("'")[0] + "'") in openers
            if fold(phrase) in seen or len(content(phrase)) < 2 or not opener:
                continue
            if {fold(w) for w in ws} & pointing:
                continue  # « son site », « cette mesure »: whose? which?
            at = folded.find(fold(phrase))
            if any(a <= at < b for a, b in regions):
                continue  # the source of a claim (« selon l'Institut… ») is not its topic
            problems = heading_problems(phrase, lang, doc=doc)
            problems = [p for p in problems if p != QUOTED]  # the label keeps its quotes (below)
            if kp.share_found(topic, phrase, lang) > 0 or problems:
                continue
            seen.add(fold(phrase))
            keys = content(phrase)
            weight = sum(counts[k] for k in keys) / len(keys)
            if weight < MIN_LABEL_WEIGHT:
                continue  # a side detail (« les citoyennetés canadienne et irlandaise »)
            mark = _opening_mark(span, head)
            if mark:  # the speaker's words stay theirs: « Biélorussie : « l'intégration… » »
                close = _CLOSING[mark]
                inner = phrase[:1].lower() + phrase[1:] if _lowerable(phrase, lang) else phrase
                phrase = f"{mark} {inner} {close}" if mark == "«" else f"{mark}{inner}{close}"
            out.append((-weight - (0.5 if rank == 0 else 0.0), rank, phrase))
    return [p for _, _, p in sorted(out)]


_CLOSING = {"«": "»", "“": "”", '"': '"'}


def _opening_mark(span: Any, head: Any) -> str:
    """The quotation mark that opens the quotation ``head`` stands in ("" when it stands in
    none)."""
    toks = list(span)
    if head.i not in quoted(toks):
        return ""
    mark = ""
    for t in toks:
        if t.i >= head.i:
            break
        if t.text in _CLOSING:
            mark = t.text if mark != t.text or t.text != '"' else ""
        elif t.text in ("»", "”"):
            mark = ""
    return mark or '"'


def _lowerable(text: str, lang: LanguageData) -> bool:
    first = words(text)[0] if words(text) else ""
    return (
        fold(first) in lang.function_words or fold(first.split("'")[0] + "'") in lang.function_words
    )


def slug(keyphrase: str, headline: str, lang: LanguageData, max_words: int = 6) -> str:
    """ASCII (python-slugify transliterates « œ », « ß », « ł »…), the keyphrase's content
    words first, then a few words of the headline."""
    topic = kp.make_topic(keyphrase, lang)
    kws = [w for w in topic.words if w not in lang.function_words] or list(topic.words)
    extra = [
        w.lower()
        for w in words(headline)
        if w.lower() not in lang.function_words and not w[:1].isdigit()
    ]
    seen: list[str] = []
    for w in kws + extra:
        a = slugify(w.lower().split("'")[-1])
        if a and a not in seen:
            seen.append(a)
        if len(seen) >= max_words:
            break
    return "-".join(seen)


__all__ = ["h1", "meta_description", "seo_title", "seo_title_rated", "slug"]
