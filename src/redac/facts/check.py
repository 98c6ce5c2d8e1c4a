"""Compare an article with the source's fact ledger: kept, missing, invented."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from redac.facts import KINDS, Fact, FactLedger
from redac.facts.extract import entities
from redac.facts.normalize import entity_key, flat_words, number_key, quote_key
from redac.facts.patterns import dates_in, patterns
from redac.text.normalize import normalize_text
from redac.text.sentences import split_sentences


@dataclass(frozen=True)
class FactCheck:
    kept: dict[str, float]  # recall per kind (1.0 when the source has none of that kind)
    missing: tuple[Fact, ...]
    invented: tuple[dict[str, str], ...]
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind → (kept, total)

    @property
    def ok(self) -> bool:
        return not self.invented

    def to_dict(self) -> dict[str, object]:
        return {
            "kept": self.kept,
            "counts": {k: {"kept": a, "total": b} for k, (a, b) in self.counts.items()},
            "missing": [{"kind": f.kind, "text": f.text} for f in self.missing],
            "invented": list(self.invented),
        }


def _flat(text: str) -> str:
    return " " + flat_words(text.replace("-", " ")) + " "


class Verbatim:
    """Is a run of words found, word for word, in a flat text (" w1 w2 … wn ")? An index of
    the text's word n-grams (``n``: 3 for the source, whose sentences open with common words; 1
    for an article's names and dates) makes each lookup constant time instead of a scan.

    The index holds no object per n-gram but its key: each n-gram (its words joined by one
    space) maps to its last start, and ``_before[i]`` is the start before ``i`` of the same
    n-gram (-1: none), ints in one array. A list of starts per n-gram made 100,000 lists for a
    100,000-word text, a third of its build time."""

    def __init__(self, flat: str, n: int = 3) -> None:
        self.flat = flat
        self.n = n
        self.tokens = tokens = flat.split()
        # the n-grams, each from a start: the k-th word of each from ``tokens[k:]``, the last
        # ones (too few words left) dropped
        shifted = (tokens[k:] for k in range(n))
        grams = tokens if n == 1 else map(" ".join, zip(*shifted, strict=False))
        last: dict[str, int] = {}
        before = array("q")
        for i, gram in enumerate(grams):
            before.append(last.get(gram, -1))
            last[gram] = i
        self._last, self._before = last, before
        # words one space apart, one space around them: then " w1 w2 " is found in ``flat``
        # exactly where the words w1, w2 follow each other (:meth:`has`)
        self.spaced = flat == f" {' '.join(tokens)} "

    def starts(self, words: Sequence[str]) -> Iterator[int]:
        """Where the n-gram ``words`` (``n`` words) starts in the text, the last first."""
        i = self._last.get(" ".join(words), -1)
        while i >= 0:
            yield i
            i = self._before[i]

    def __contains__(self, flat: str) -> bool:
        q = flat.split()
        if len(q) < self.n:
            return f" {' '.join(q)} " in self.flat
        return self._run(q)

    def has(self, phrase: str) -> bool:
        """``f" {phrase} " in flat``, from the index where that is the same question."""
        q = phrase.split()
        if not self.spaced or len(q) < max(self.n, 1) or " ".join(q) != phrase:
            return f" {phrase} " in self.flat
        return self._run(q)

    def has_word(self, word: str) -> bool:
        """``word in flat.split()``."""
        return word in self._last if self.n == 1 else word in self.tokens

    def _run(self, q: list[str]) -> bool:
        size, tokens = len(q), self.tokens
        return any(tokens[i : i + size] == q for i in self.starts(q[: self.n]))


def _quote_flat(text: str) -> str:
    return quote_key(text)


def numbers_in(text: str, lang: str) -> list[str]:
    """The numbers of ``text`` that are not part of a date."""
    parts: list[str] = []
    pos = 0
    for m in dates_in(text, lang):  # each date blanked out
        parts += (text[pos : m.start()], " " * (m.end() - m.start()))
        pos = m.end()
    masked = "".join(parts) + text[pos:]
    # ``number.finditer(masked)``: a number starts with a digit, so each is searched for from
    # the next digit on (its look-behind still sees the character before), not tried at every
    # character of a long text without one
    number, out, at = patterns(lang).number, [], 0
    while (digit := _DIGIT.search(masked, at)) is not None:
        found = number.search(masked, digit.start())
        if found is None:
            break
        out.append(found.group(0).strip())
        at = found.end()
    return out


_DIGIT = re.compile(r"\d")


def digits(text: str) -> set[str]:
    return {number_key(d) for d in re.findall(r"\d+(?:[.,]\d+)?", normalize_text(text))}


@dataclass(frozen=True)
class _SourceSide:
    """What :func:`check` reads of the source, the same for every article checked against it."""

    flat: str
    quotes: str
    digits: set[str]
    number_keys: set[str]
    tokens: set[str]
    verbatim: Verbatim


_SOURCES: list[tuple[FactLedger, _SourceSide]] = []  # the last few, by ledger identity


def _source_side(ledger: FactLedger) -> _SourceSide:
    """Built once per ledger: the writer's gate and the report check articles against the same
    source (on a 100,000-word source each build reads 650,000 characters: ~0.2 s)."""
    for known, side in _SOURCES:
        if known is ledger:
            return side
    src = normalize_text(ledger.source_text)
    flat = _flat(src)
    verbatim = Verbatim(flat)
    side = _SourceSide(
        flat,
        _quote_flat(src),
        digits(src),
        {number_key(n) for n in numbers_in(src, ledger.lang)},
        set(verbatim.tokens),  # ``flat.split()``, split once
        verbatim,
    )
    _SOURCES.insert(0, (ledger, side))
    del _SOURCES[2:]
    return side


def check(article_text: str, ledger: FactLedger, frame: frozenset[str] = frozenset()) -> FactCheck:
    """Facts of the source kept in ``article_text``, and facts the article invents.

    ``frame`` holds the folded words of the writer's own fixed phrases (section names,
    question frames, connectors): a "name" made only of them is not a claim about the world."""
    lang = ledger.lang
    source = _source_side(ledger)
    art = normalize_text(article_text)
    blocks = art.split("\n\n")
    block_flats = [_flat(b) for b in blocks]
    # no word spans a blank line: the article's flat words are its blocks', one after another
    src_flat, art_flat = (
        source.flat,
        " " + " ".join(f[1:-1] for f in block_flats if f.strip()) + " ",
    )
    src_quotes, art_quotes = source.quotes, _quote_flat(art)
    art_digits = digits(art)
    art_number_keys = {number_key(n) for n in numbers_in(art, lang)} | art_digits
    art_words = Verbatim(art_flat, n=1)  # the source's names and dates, each looked up

    def present(f: Fact) -> bool:
        if f.kind == "quote":
            return f.key in art_quotes
        if f.kind == "number":
            bare = number_key(re.sub(r"[^\d.,]", "", f.text))
            return f.key in art_number_keys or bare in art_digits
        if f.kind == "date":
            return art_words.has(flat_words(f.text.replace("-", " ")))
        key = entity_key(f.text)
        return art_words.has(key) or (art_words.has_word(key.split()[-1]) if key else False)

    counts: dict[str, tuple[int, int]] = {}
    missing: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for f in ledger.facts:
        ident = (f.kind, f.key)
        if ident in seen:
            continue
        seen.add(ident)
        k, t = counts.get(f.kind, (0, 0))
        if present(f):
            counts[f.kind] = (k + 1, t + 1)
        else:
            counts[f.kind] = (k, t + 1)
            missing.append(f)
    kept = {kind: (counts[kind][0] / counts[kind][1] if kind in counts else 1.0) for kind in KINDS}

    invented: list[dict[str, str]] = []
    src_digits, src_number_keys = source.digits, source.number_keys
    for n in numbers_in(art, lang):
        key = number_key(n)
        bare = number_key(re.sub(r"[^\d.,]", "", n))
        if key not in src_number_keys and bare not in src_digits:
            invented.append({"kind": "number", "text": n})
    for m in dates_in(art, lang):
        d = m.group(0)
        fd = flat_words(d.replace("-", " "))
        if f" {fd} " not in src_flat and not all(
            tok in source.tokens for tok in fd.split() if tok.isdigit() or len(tok) > 3
        ):
            invented.append({"kind": "date", "text": d})
    for m in patterns(lang).quote.finditer(art):
        q = next(g for g in m.groups() if g)
        if quote_key(q) not in src_quotes:
            invented.append({"kind": "quote", "text": q})
    src_tokens = source.tokens
    # a sentence copied verbatim from the source cannot invent a name: look for names elsewhere;
    # nor can one all of whose words are the source's or the frame's (a name's words are some of
    # its sentence's, and a name made only of such words is skipped below): no parse for those
    novel = [
        s
        for s in _novel(blocks, block_flats, source.verbatim)
        if any(tok not in src_tokens and tok not in frame for tok in _flat(s).split())
    ]
    for name, _label, _start in entities("\n\n".join(novel), lang) if novel else []:
        key = entity_key(name)
        if not key or f" {key} " in src_flat or set(key.split()) <= frame:
            continue
        if all(tok in src_tokens or tok in frame for tok in key.split()):
            continue  # "Poutine" for "Vladimir Poutine", reordered names, a name in a frame
        invented.append({"kind": "entity", "text": name})
    return FactCheck(
        kept=kept, missing=tuple(missing), invented=tuple(_dedupe(invented)), counts=counts
    )


_HAS_WORD = re.compile(r"[^\W_]")  # what a word (``WORD_RE``) starts with


def _novel(blocks: list[str], flats: list[str], verbatim: Verbatim) -> list[str]:
    """The sentences of ``blocks`` (``flats``: their :func:`_flat`) not found word for word in
    the source. A block found whole holds none with a word: a sentence's words are a run of its
    block's (sentences end at a space), so of the source's, and a run is found (``spaced``: the
    source's words are one space apart). Its sentences without a word are looked up as ever."""
    out: list[str] = []
    for block, flat in zip(blocks, flats, strict=True):
        whole = verbatim.spaced and flat in verbatim
        out += [
            s
            for s in split_sentences(block)
            if not (whole and _HAS_WORD.search(s)) and _flat(s) not in verbatim
        ]
    return out


def _dedupe(items: list[dict[str, str]]) -> list[dict[str, str]]:
    seen, out = set(), []
    for it in items:
        k = (it["kind"], it["text"])
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out
