"""H1, SEO title, meta description and slug, from the source's own sentences."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.analysis.titlewidth import title_width
from redac.lang import LanguageData
from redac.text.normalize import strip_accents
from redac.text.sentences import split_sentences
from redac.text.words import words

DESC_MIN, DESC_MAX = targets().description_chars
TITLE_MIN_PX, TITLE_MAX_PX = targets().title_px


def _trim_words(text: str, fits: Callable[[str], bool], lang: LanguageData) -> str:
    w = text.split()
    while w and (not fits(" ".join(w)) or w[-1].lower().strip(",;:") in lang.function_words):
        w = w[:-1]
    return " ".join(w).rstrip(",;: ")


def h1(title: str, paragraphs: tuple[str, ...], lang: LanguageData) -> str:
    """The source's title, or the core clause of its first sentence."""
    if title.strip():
        return title.strip()
    first = split_sentences(paragraphs[0], lang.abbreviations)[0]
    core = re.split(r",|;| \(|:", first)[0].strip().rstrip(".")
    return _trim_words(core, lambda s: len(s.split()) <= 14, lang)


def seo_title(headline: str, keyphrase: str, lang: LanguageData) -> str:
    """The keyphrase first, then as much of the headline as fits the title width."""
    topic = kp.make_topic(keyphrase, lang)
    if kp.exact_position(topic, headline, lang) == 0:
        base = headline
    else:
        kp_text = keyphrase[:1].upper() + keyphrase[1:]
        rest = (
            headline[0].lower() + headline[1:]
            if headline.split()[0].lower() in lang.function_words
            else headline
        )
        base = f"{kp_text}{lang.colon}{rest}"
    title = _trim_words(base, lambda s: title_width(s) <= TITLE_MAX_PX, lang)
    return title or keyphrase


def meta_description(paragraphs: tuple[str, ...], keyphrase: str, lang: LanguageData) -> str:
    """A real sentence (or two) of the source, of the description length, holding the keyphrase once."""
    topic = kp.make_topic(keyphrase, lang)
    sents = [s.strip() for p in paragraphs for s in split_sentences(p, lang.abbreviations)]
    options = sents + [f"{a} {b}" for a, b in itertools.pairwise(sents)]

    def good(s: str) -> bool:
        return (
            DESC_MIN <= len(s) <= DESC_MAX
            and kp.count_in(topic, s, lang) == 1
            and "«" not in s
            and "“" not in s
        )

    fitting = [s for s in options if good(s)]
    if fitting:
        return fitting[0]
    # shorten a longer sentence at a clause boundary, keeping a sentence ending
    for s in sents:
        if kp.count_in(topic, s, lang) < 1 or len(s) <= DESC_MAX:
            continue
        for m in re.finditer(r",|;| et | and | qui | which ", s):
            cut = s[: m.start()].rstrip() + "."
            if DESC_MIN <= len(cut) <= DESC_MAX and kp.count_in(topic, cut, lang) == 1:
                return cut
    for s in sents:
        if kp.count_in(topic, s, lang) >= 1:
            return _trim_words(s, lambda x: len(x) <= DESC_MAX - 1, lang) + "…"
    return _trim_words(sents[0], lambda x: len(x) <= DESC_MAX - 1, lang) + "…"


def slug(keyphrase: str, headline: str, lang: LanguageData, max_words: int = 6) -> str:
    """ASCII, the keyphrase's content words first, then a few words of the headline."""
    topic = kp.make_topic(keyphrase, lang)
    kws = [w for w in topic.words if w not in lang.function_words] or list(topic.words)
    extra = [
        w.lower()
        for w in words(headline)
        if w.lower() not in lang.function_words and not w[:1].isdigit()
    ]
    seen: list[str] = []
    for w in kws + extra:
        a = re.sub(r"[^a-z0-9]+", "-", strip_accents(w.lower().split("'")[-1])).strip("-")
        if a and a not in seen:
            seen.append(a)
        if len(seen) >= max_words:
            break
    return "-".join(seen)
