"""What makes a subheading one an editor rewrites: too long, unbalanced quotes, two colons, a
web address, a lower-case or mid-phrase start, a phrase cut out of a longer one or misread by
the parser (looked up in the source's parse), a duplicate. The planner refuses such
candidates; the golden tests and ``bench/offline_corpus.py`` count them the same way."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from redac.lang import LanguageData, get_language
from redac.model import Article
from redac.text.normalize import fold
from redac.text.words import words
from redac.write.quality import BODY_KINDS

MAX_HEADING_CHARS = 70
_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"))


def unbalanced(text: str) -> bool:
    if any(text.count(o) != text.count(c) for o, c in _PAIRS):
        return True
    return text.count('"') % 2 == 1


def heading_problems(
    heading: str,
    lang: LanguageData,
    *,
    doc: Any = None,
    keyphrase: str = "",
    made: bool = True,
    regions: tuple[tuple[int, int], ...] = (),
) -> list[str]:
    """Why a subheading is not one an editor would keep ([] when it is fine).

    ``doc``: the source's parse, to tell a phrase cut out of a longer one (looked for in
    ``regions`` of its text — the section's paragraphs — else in all of it); ``made``: the
    heading was written by redac (a source's own subheading is the author's choice)."""
    out = []
    h = heading.strip()
    if len(h) > MAX_HEADING_CHARS:
        out.append("long")
    if unbalanced(h):
        out.append("quotes")
    if h.count(":") > 1:
        out.append("colons")
    if _WEB.search(h):
        out.append("web address")
    if not made or not h or _is_frame(strip_label(h), lang):
        return out
    ws = words(h)
    if h[:1].islower():
        out.append("lowercase start")
    cannot_start, anaphora = _openers(lang)
    if ws and fold(ws[0]) in cannot_start:
        out.append("starts mid-phrase")
    elif ws and fold(ws[0]).split("'")[0] in anaphora:
        out.append("points back")  # « Cette enquête », « Son frère »: whose?
    last = h.rstrip(" .")
    if ws and ws[-1].lower() in lang.function_words and not h.endswith(("?", "!")):
        out.append("ends mid-phrase")
    elif lang.headings.dangling_endings and last.endswith(lang.headings.dangling_endings):
        out.append("ends mid-phrase")  # « Hillary Clinton's »: Clinton's what?
    if len(ws) >= 2 and h.isupper():
        out.append("all capitals")  # « FEELING LIKE SECOND RATE DEAR FEELING »: a signature
    if keyphrase and ":" in h:
        left, right = (x.strip() for x in h.split(":", 1))
        if fold(left) == fold(keyphrase) and right and not _is_frame(right, lang):
            out.append("keyphrase glued on")
    if doc is not None and "cut" not in out:
        body = h.split(":", 1)[1].strip() if ":" in h else h
        why = _cut_in_source(body, doc, regions or ((0, len(_text(doc))),), lang)
        if why:
            out.append(why)
    return out


@lru_cache(maxsize=8)
def _openers(lang: LanguageData) -> tuple[frozenset[str], frozenset[str]]:
    """Folded words a heading cannot open with, and the anaphora (made once per language)."""
    return (
        frozenset(fold(w) for w in lang.headings.cannot_start),
        frozenset(fold(w).rstrip("'") for w in lang.rewriting.anaphora),
    )


@lru_cache(maxsize=8)
def _frames(lang: LanguageData) -> frozenset[str]:
    return frozenset(fold(x) for x in lang.phrases.texts())


def _is_frame(text: str, lang: LanguageData) -> bool:
    """One of the engine's own section names ("l'essentiel"), not a phrase of the source."""
    return fold(text) in _frames(lang)


_MODIFIER_POS = {"DET", "ADJ", "NUM", "NOUN", "PROPN"}
QUOTED = "someone's words"  # a phrase of a quotation, shown without its quotation marks


def _cut_in_source(
    text: str, doc: Any, regions: tuple[tuple[int, int], ...], lang: LanguageData
) -> str:
    """Where the heading is a span of the source, is it a whole phrase there? A determiner or a
    modifier left behind before it ("une | chose pour…"), a name cut short, or words hanging on
    two different heads ("le gouvernement allemand | mi-septembre"), show a fragment. A heading
    found several times is whole if it is whole in one place ("" when it is, or is not found)."""
    src = _text(doc)
    first_reason = ""
    seen = 0
    # as written, else without its first word (« au McLaren… » gave « Le McLaren… »: the
    # determiner is ours, the rest must still be whole on its right)
    rest = text.split(" ", 1)[1] if " " in text else ""
    tries = [(c, True) for c in dict.fromkeys((text, text[:1].lower() + text[1:]))]
    tries += [(rest, False)] if rest else []
    for cand, whole in tries:
        for pos in _found(src, cand, regions):
            if seen >= 20:
                break
            seen += 1
            why = _cut_at(doc, src, pos, pos + len(cand), lang, start_too=whole)
            if not why and _quoted_at(src, pos):
                why = QUOTED  # « Nous sommes déjà aux avant-postes… » without its marks: whose?
            if not why:
                return ""
            first_reason = first_reason or why
        if seen:
            break
    return first_reason


def _quoted_at(src: str, pos: int) -> bool:
    """``pos`` lies inside a quotation of its paragraph: a subheading taken there would show
    someone's words as the article's, without their quotation marks or their speaker."""
    start = src.rfind("\n", 0, pos) + 1
    before = src[start:pos]
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


def _found(src: str, cand: str, regions: tuple[tuple[int, int], ...]) -> Iterator[int]:
    """Where ``cand`` lies wholly inside one of ``regions`` of ``src``, region by region, in
    order. Regions in order and apart (a section's paragraphs) are searched with one scan from
    the first to the last, not one per region (a section of a long text has hundreds)."""
    starts = _region_starts(regions)
    if not cand or starts is None:
        for a, b in regions:
            pos = src.find(cand, a, b)
            while pos >= 0:
                yield pos
                pos = src.find(cand, pos + 1, b)
        return
    n = len(cand)
    hi = regions[-1][1]
    pos = src.find(cand, regions[0][0], hi)
    while pos >= 0:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos + n <= regions[k][1]:
            yield pos
        pos = src.find(cand, pos + 1, hi)


_REGIONS: list[Any] = [None, None]


def _region_starts(regions: tuple[tuple[int, int], ...]) -> list[int] | None:
    """The regions' starts when they are in order and apart, else None (kept for the last
    ``regions`` seen: the planner asks about every candidate of a section with the same)."""
    if _REGIONS[0] is regions:
        return _REGIONS[1]
    ordered = all(a <= b for a, b in regions) and all(
        b <= c for (_, b), (c, _) in itertools.pairwise(regions)
    )
    starts = [a for a, _ in regions] if ordered and regions else None
    _REGIONS[:] = [regions, starts]
    return starts


def _cut_at(
    doc: Any, src: str, start: int, end: int, lang: LanguageData, *, start_too: bool = True
) -> str:
    if start_too and start > 0 and (src[start - 1].isalnum() or src[start - 1] in "'’-"):
        return "cut"  # inside a word: « quelqu'|un dérape »
    toks = _tokens_between(doc, start, end)
    if not toks:
        return ""
    lo, hi = toks[0].i, toks[-1].i + 1
    span = doc[lo:hi]
    first = doc[lo]
    if start_too and lo > 0:
        prev = doc[lo - 1]
        if prev.pos_ in _MODIFIER_POS and lo <= prev.head.i < hi and prev.text not in "'’":
            return "cut"  # « une | chose pour… »
        bare = first.pos_ == "NOUN" and not any(c.dep_ == "det" for c in first.children)
        if bare and prev.pos_ == "ADP" and prev.head.i == first.i:
            return "cut"  # « la fibre de | carbone d'une McLaren »: a complement, not a phrase
        if first.pos_ == "DET" and first.text[:1].isupper() and prev.pos_ in ("NOUN", "PROPN"):
            return "cut"  # « des députés | Les Républicains Christian Jacob »: a name's article
        own_det = first.pos_ == "DET" and first.text.islower()  # a phrase opening afresh
        if prev.pos_ in ("NOUN", "PROPN") and not own_det and any(t.head.i == prev.i for t in span):
            return "cut"  # « 5 membres | pro-GNA et… »: it hangs on the noun before it
    if hi < len(doc):
        nxt = doc[hi]
        if lo <= nxt.head.i < hi and nxt.dep_ in ("flat", "flat:name", "fixed", "compound"):
            return "cut"  # « Le McLaren Composites | Technology Center »: a name cut short
        last = doc[hi - 1]
        named = last.pos_ == "PROPN" or (last.text[:1].isupper() and last.i > lo)
        if nxt.text[:1].isupper() and named and src[end : end + 1] == " ":
            return "cut"  # a run of capitalised words goes on: « le McLaren | Composites… »
    if _heads(span) > 1:
        return "not a phrase"
    return misread(list(span), lang)


def _heads(span: Any) -> int:
    """How many heads the words of a span hang on outside it. A word the tokenizer cut
    (« el-Fitr » → el / - / Fitr, « l'Aïd ») is one unit: it has a head outside the span
    only if none of its pieces hangs on another unit of the span."""
    units: list[list[Any]] = []
    for t in span:
        if units and not units[-1][-1].whitespace_:
            units[-1].append(t)
        else:
            units.append([t])
    unit_of = {t.i: k for k, u in enumerate(units) for t in u}
    n = 0
    for k, u in enumerate(units):
        if all(t.pos_ == "PUNCT" for t in u):
            continue
        if not any(unit_of.get(t.head.i, k) != k for t in u):
            n += 1
    return n


_WEB = re.compile(r"://|\bwww\.|\S+\.(?:com|fr|org|net|gouv|eu|io)(?:/|\b)", re.IGNORECASE)


def misread(toks: list[Any], lang: LanguageData) -> str:
    """Why tokens of the source read as a noun phrase are not one ("" when they are): the small
    parser reads a verb as a noun (« comme le rapporte le site… » → « Le rapporte le site… »,
    « un droit de suite permettra » → a noun « permettra »), hangs a passive's agent on a noun
    when its participle is elsewhere (« …imposées aux activités économiques par la pandémie »),
    or coordinates a noun with an adjective (« longue de 3 mètres et large… »)."""
    agents = {a.lower() for a in lang.headings.agent_markers}
    endings = lang.headings.finite_endings
    nominal = ("NOUN", "PROPN", "NUM")
    for a, b in itertools.pairwise(toks):
        if not a.whitespace_ or a.pos_ != "NOUN":
            continue
        if b.pos_ == "DET" and b.dep_ == "det" and b.head.i > b.i:
            return "a verb read as a noun"  # « rapporte le site »
        if (
            endings
            and b.pos_ == "NOUN"
            and b.text.isalpha()
            and b.text.islower()
            and a.text.islower()
            and b.text.endswith(endings)
            and not any(c.dep_ == "det" for c in b.children)
        ):
            return "a verb read as a noun"  # « de suite permettra »
    ids = {t.i for t in toks}
    for t in toks:
        if t.text.lower() in agents and t.dep_ == "case":
            noun = t.head
            if noun.head.i in ids and noun.head.pos_ in nominal:
                return "agent without its verb"
        if (
            t.dep_ == "conj"
            and t.head.i in ids
            and t.head.pos_ in nominal
            and t.pos_ in ("ADJ", "VERB")
        ):
            return "not a phrase"  # « 3 mètres et large »
    return ""


def _tokens_between(doc: Any, a: int, b: int) -> list[Any]:
    """The tokens overlapping characters [a, b) — found by a binary search on their offsets
    (``Doc.char_span`` walks the whole document: on a long source, per heading, that adds up)."""
    starts = _starts(doc)
    i = max(bisect.bisect_right(starts, a) - 1, 0)
    out = []
    while i < len(doc) and doc[i].idx < b:
        if doc[i].idx + len(doc[i].text) > a:
            out.append(doc[i])
        i += 1
    return out


_SEEN: dict[int, tuple[Any, list[int], str]] = {}


def _indexed(doc: Any) -> tuple[Any, list[int], str]:
    """Token start offsets and text of a parse, computed once per ``Doc`` (``Doc.text``
    rebuilds the whole text on every access)."""
    hit = _SEEN.get(id(doc))
    if hit is None or hit[0] is not doc:
        _SEEN.clear()
        hit = (doc, [t.idx for t in doc], doc.text)
        _SEEN[id(doc)] = hit
    return hit


def _starts(doc: Any) -> list[int]:
    return _indexed(doc)[1]


def _text(doc: Any) -> str:
    return _indexed(doc)[2]


def heading_report(
    a: Article, *, doc: Any = None, source_headings: Iterable[str] = ()
) -> dict[str, list[str]]:
    """Every subheading an editor would rewrite, with the reasons (duplicates included)."""
    lang = get_language(a.lang)
    given = {fold(h) for h in source_headings}
    heads = [(s.heading, s.kind) for s in a.sections if s.heading]
    out: dict[str, list[str]] = {}
    seen: Counter[str] = Counter(fold(h) for h, _ in heads)
    for h, kind in heads:
        made = fold(h) not in given
        why = heading_problems(
            h, lang, doc=doc if kind in BODY_KINDS else None, keyphrase=a.keyphrase, made=made
        )
        if kind not in BODY_KINDS:
            why = [w for w in why if w != "keyphrase glued on"]
        if seen[fold(h)] > 1:
            why.append("duplicate")
        if why:
            out[h] = why
    return out


def strip_label(heading: str) -> str:
    return re.sub(r"^[^:]{1,60}:\s*", "", heading)
