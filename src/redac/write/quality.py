"""What an editor deletes on sight, measured: a sentence twice, a derived item that echoes a
body sentence (subheadings: :mod:`redac.write.heading_check`).

The same definitions serve the offline engine (it refuses such items), the golden tests and
``bench/offline_corpus.py``. Everything here is linear in the size of the article: sentences are
keyed once and looked up in hash tables or an inverted index, never compared pairwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from redac.lang import LanguageData, get_language
from redac.model import Article
from redac.text.cache import short_cache
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import words

MIN_REPEAT_WORDS = 8  # a sentence this long seen twice is a repetition
ECHO_SHARE = 0.8  # a derived item holding this share of a body sentence's words restates it
BODY_KINDS = ("intro", "body")


@short_cache(maxsize=16384, max_chars=600)
def sentence_key(sentence: str) -> tuple[str, ...]:
    """A sentence as folded words: case, accents, apostrophes and punctuation do not count.
    Cached for sentence-sized texts (the last 16,384 of up to 600 characters: a tuple of words
    takes several times its sentence's memory, ~25 MB at worst): the planner keys the source's
    sentences and its heading candidates, the writer each body sentence again, three times
    (the repeats it drops, the gate's index of the body, the sentences the gate has seen); a
    100,000-word rewrite asked 34,644 times for 14,783 texts."""
    return tuple(fold(w) for w in words(sentence))


@dataclass(frozen=True)
class Part:
    where: str  # "heading" | "body" | "item" | "question" | "answer" | "caption"
    text: str
    derived: bool


def parts(a: Article) -> Iterator[Part]:
    """Every piece of text an article shows, with where it sits and whether it is derived."""
    for s in a.sections:
        if s.heading:
            yield Part("heading", s.heading, s.origin == "derived")
        for i, p in enumerate(s.paragraphs):
            yield Part("body", p, s.origin_of(i) == "derived")
        for it in s.items:
            yield Part("item", it, True)
        for f in getattr(s, "figures", ()):
            if f.caption:
                yield Part("caption", f.caption, False)
    if a.faq:
        yield Part("heading", a.faq_heading, True)
    for f in a.faq:
        yield Part("question", f.question, True)
        yield Part("answer", f.answer, True)


def sentences_of(text: str, lang: LanguageData) -> list[str]:
    return split_sentences(text, lang.abbreviations)


def repeated_sentences(a: Article) -> list[str]:
    """Sentences of at least ``MIN_REPEAT_WORDS`` words that the article shows more than once."""
    lang = get_language(a.lang)
    seen: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], str] = {}
    for part in parts(a):
        for s in sentences_of(part.text, lang):
            k = sentence_key(s)
            if len(k) >= MIN_REPEAT_WORDS:
                seen[k] += 1
                first.setdefault(k, s)
    return [first[k] for k, n in seen.items() if n > 1]


class EchoIndex:
    """Body sentences, indexed by their rarer words, to find the one a derived item restates.

    ``echo(text)`` returns a sentence of which ``text`` holds at least ``share`` of the words
    (counted with repetition), or ``""``. A lookup reads the postings of the item's words only;
    a sentence's word counts are made when a lookup first reads them (a long body has
    thousands of sentences, a lookup a few candidates)."""

    def __init__(self, sentences: Iterable[str], share: float = ECHO_SHARE) -> None:
        self.share = share
        self.sentences: list[str] = []
        self.keys: list[tuple[str, ...]] = []  # each sentence's :func:`sentence_key`
        self._counts: dict[int, Counter[str]] = {}
        self.postings: dict[str, list[int]] = defaultdict(list)
        for s in sentences:
            self.add(s)

    def add(self, sentence: str) -> None:
        k = sentence_key(sentence)
        if not k:
            return
        i = len(self.sentences)
        self.sentences.append(sentence)
        self.keys.append(k)
        for w in dict.fromkeys(k):
            self.postings[w].append(i)

    def counts(self, i: int) -> Counter[str]:
        """The words of sentence ``i``, counted."""
        found = self._counts.get(i)
        if found is None:
            found = self._counts[i] = Counter(self.keys[i])
        return found

    def echo(self, text: str) -> str:
        c = Counter(sentence_key(text))
        if not c:
            return ""
        # a sentence restated at 80 % shares at least one of the item's three rarest words
        rare = sorted(c, key=lambda w: len(self.postings.get(w, ())))[:3]
        candidates = {i for w in rare for i in self.postings.get(w, ())}
        for i in sorted(candidates):
            body = self.counts(i)
            total = sum(body.values())
            common = sum(min(n, c[w]) for w, n in body.items())
            if total and common / total >= self.share:
                return self.sentences[i]
        return ""


def echoes(a: Article) -> list[tuple[str, str]]:
    """(derived item, body sentence) pairs where the item restates ≥ 80 % of the sentence."""
    lang = get_language(a.lang)
    body = EchoIndex(
        s
        for sec in a.sections
        if sec.kind in BODY_KINDS
        for p in sec.paragraphs
        for s in sentences_of(p, lang)
    )
    out = []
    for part in parts(a):
        if part.where in ("item", "answer"):
            hit = body.echo(part.text)
            if hit:
                out.append((part.text, hit))
    return out
