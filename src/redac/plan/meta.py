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
from typing import Any

from slugify import slugify

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.analysis.titlewidth import title_width
from redac.lang import LanguageData
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import words
from redac.write.clauses import is_finite, main_root, quoted, quotes_balanced, render, subject
from redac.write.shorten import detached, shorten

DESC_MIN, DESC_MAX = targets().description_chars
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


def seo_title(
    headline: str,
    keyphrase: str,
    lang: LanguageData,
    tokens: Any = None,
    lead: list[list[Any]] | None = None,
) -> str:
    """A complete phrase ≤ 600 px, one colon at most, the keyphrase first where it reads:
    the headline, or « Keyphrase : headline » (its own label before a colon giving way); too
    wide, whole trailing constituents go — the keyphrase's own words never."""
    m = _SITE_SUFFIX.search(headline)  # « … | Editorial »: the site's label is no title
    if m and len(words(headline[: m.start()])) >= 4:
        headline = headline[: m.start()].strip()
        tokens = [t for t in tokens or [] if t.idx < tokens[0].idx + m.start()] or None
    topic = kp.make_topic(keyphrase, lang)
    label = keyphrase[:1].upper() + keyphrase[1:]
    colon = lang.colon
    has_topic = kp.share_found(topic, headline, lang) >= 1
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

    tries: list[tuple[str, list[Any], bool]] = []  # (text, its tokens, with the label)
    at_start = kp.exact_position(topic, headline, lang) == 0
    if has_topic and not at_start and not sep:
        tries.append((headline, tokens or [], True))  # « GNA : en Libye, les forces du GNA… »
    if has_topic:
        tries.append((headline, tokens or [], False))
        if sep and kp.share_found(topic, body, lang) >= 1:
            tries.append((body, body_tokens, False))
    else:
        tries.append((body, body_tokens, True))
        tries.append((headline, tokens or [], False))
    for text, toks, prefix in tries:  # each way, whole, then by whole constituents
        if ok(titled(text, prefix)):
            return titled(text, prefix)
        if not toks:
            continue
        must = has_topic and not prefix

        def fits(s: str, prefix: bool = prefix, must: bool = must) -> bool:
            keeps = not must or kp.share_found(topic, s, lang) >= 1
            return ok(titled(s, prefix)) and keeps and enough(s)

        short = shorten(toks, lang, fits, final=False, adjectives=True)
        if short and len(words(short)) >= 3:
            return titled(short, prefix)
    parts = [p.strip() for p in re.split(r"\s+[:—–]\s+|:\s|\.\s", headline) if p.strip()]
    parts = [p for p in parts if len(words(p)) >= 3 and ok(titled(p, False))]
    parts.sort(key=lambda p: (kp.share_found(topic, p, lang) < 1, -len(p)))
    if parts and kp.share_found(topic, parts[0], lang) >= 1:
        return titled(parts[0], False)  # a part of the headline with the keyphrase
    leads = []
    for toks in (lead or [])[:1]:  # the lead's main clause, which tells the same news
        short = shorten(toks, lang, lambda s: ok(s.rstrip(".")), sentence=True, final=False)
        if short and len(words(short)) >= 4:
            leads.append(titled(short.rstrip("."), False))
    with_topic = [t for t in leads if kp.share_found(topic, t, lang) >= 1]
    if with_topic:
        return with_topic[0]
    if tokens:  # the headline shortened, even without the keyphrase
        short = shorten(tokens, lang, lambda s: ok(titled(s, False)) and enough(s), final=False)
        if short and len(words(short)) >= 3:
            return titled(short, False)
    if parts:
        return titled(parts[0], False)
    # no complete phrase fits: the headline itself, too wide (the analyser says so) rather
    # than a title cut in the middle or one word alone
    return leads[0] if leads else headline


def _lowerable(text: str, lang: LanguageData) -> bool:
    first = words(text)[0] if words(text) else ""
    return (
        fold(first) in lang.function_words or fold(first.split("'")[0] + "'") in lang.function_words
    )


def meta_description(
    paragraphs: tuple[str, ...],
    keyphrase: str,
    lang: LanguageData,
    lead_tokens: list[list[Any]] | None = None,
) -> str:
    """The news in 120–156 characters: the lead's sentences, or a whole clause of the lead;
    whole sentences of the first paragraphs that hold the keyphrase when the lead does not.
    Never a sentence cut short, never "…". ``lead_tokens``: the first sentences' tokens."""
    topic = kp.make_topic(keyphrase, lang)
    sents = [
        re.sub(r"^[-–—]\s+", "", s.strip())
        for p in paragraphs[:3]
        for s in split_sentences(p, lang.abbreviations)
    ]
    usable = [
        s
        for s in sents
        if s and not s.endswith(("...", "…")) and len(s) <= 400 and quotes_balanced(s)
    ]
    if not usable:
        return ""
    lead = usable[0]

    def has(s: str) -> bool:
        return kp.count_in(topic, s, lang) >= 1

    # each of the first sentences whole, or as its main clause (the keyphrase kept if it had it)
    forms: list[list[str]] = [[u] for u in usable[:6]]
    index = {fold(u)[:60]: k for k, u in enumerate(usable[:6])}
    for toks in (lead_tokens or [])[:4]:
        whole = render(toks)
        k = index.get(fold(re.sub(r"^[-–—]\s+", "", whole))[:60])
        if k is None:
            continue
        keep = has(whole)

        def fits(s: str, keep: bool = keep) -> bool:
            return len(s) <= DESC_MAX and (not keep or has(s))

        for test in (fits, lambda s: len(s) <= DESC_MAX):  # with its keyphrase, else without
            short = shorten(toks, lang, test, sentence=True)
            if short and _sentence(short, lang) and short not in forms[k]:
                forms[k].append(short)
                break
    options: list[str] = []
    for i, these in enumerate(forms):
        options += these
        if i + 1 < len(forms):
            options += [f"{a} {b}" for a in these for b in forms[i + 1]]

    def rank(o: str) -> tuple[bool, bool, bool, int, bool, int]:
        band = 2 if DESC_MIN <= len(o) <= DESC_MAX else 1 if len(o) >= DESC_MIN - 25 else 0
        return (
            has(o),  # the analyser's first demand, and the reader's search
            band > 0,
            o[:30] == lead[:30],  # the news first
            band,
            '"' not in o and "«" not in o and "“" not in o,
            len(o),
        )

    fitting = [o for o in options if len(o) <= DESC_MAX]
    return max(fitting, key=rank) if fitting else ""


def _sentence(text: str, lang: LanguageData) -> bool:
    """Reads as a sentence: at least six words and a final stop."""
    return len(words(text)) >= 6 and text.rstrip().endswith((".", "!", "?", "»", '"'))


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
