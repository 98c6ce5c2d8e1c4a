"""Keyphrase matching that understands French: elision, accents, hyphens, plurals.

A keyphrase is reduced to the keys of its content words (function words dropped, unless the
keyphrase has nothing else). A text matches where all those keys occur; "intégrations de la
Biélorussie" matches "intégration Biélorussie", "l'intégration" matches "intégration".
A keyphrase in double quotes asks for the exact phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redac.lang import LanguageData
from redac.text.normalize import fold, normalize_text
from redac.text.words import words

_QUOTED = re.compile(r'^\s*["“«]\s*(.+?)\s*["”»]\s*$')


@dataclass(frozen=True)
class Topic:
    """A keyphrase or a synonym, ready for matching."""

    phrase: str
    words: tuple[str, ...]
    content_keys: tuple[str, ...]
    exact: bool
    only_function_words: bool

    @property
    def empty(self) -> bool:
        return not self.words


@lru_cache(maxsize=4096)  # the same keyphrase is matched against many texts
def make_topic(phrase: str, lang: LanguageData) -> Topic:
    phrase = normalize_text(phrase or "").strip()
    m = _QUOTED.match(phrase)
    exact = bool(m)
    if m:
        phrase = m.group(1)
    ws = tuple(w.lower() for w in words(phrase))
    content = [w for w in ws if not _is_function_word(w, lang)]
    only_fw = bool(ws) and not content
    keys = tuple(dict.fromkeys(lang.word_key(w) for w in (ws if exact or only_fw else content)))
    return Topic(phrase, ws, keys, exact, only_fw)


def _is_function_word(word: str, lang: LanguageData) -> bool:
    if word in lang.function_words:
        return True
    return any(word.startswith(e) and word[len(e) :] in lang.function_words for e in lang.elisions)


def text_keys(text: str, lang: LanguageData) -> list[str]:
    """The word keys of a text, in order (hyphenated words also give their parts)."""
    return list(_text_keys(text, lang))


@lru_cache(maxsize=8192)
def _key_set(text: str, lang: LanguageData) -> frozenset[str]:
    return frozenset(_text_keys(text, lang))


@lru_cache(maxsize=8192)
def _text_keys(text: str, lang: LanguageData) -> tuple[str, ...]:
    out: list[str] = []
    for w in words(text):
        out.append(lang.word_key(w))
        if "-" in w:
            out.extend(lang.word_key(p) for p in w.split("-") if p)
    return tuple(out)


def _exact_count(topic: Topic, text: str) -> int:
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(fold(w)) for w in topic.words) + r"(?!\w)"
    return len(re.findall(pattern, fold(normalize_text(text))))


def count_in(topic: Topic, text: str, lang: LanguageData) -> int:
    """How many times the whole topic occurs in a piece of text (a sentence, a title...)."""
    if topic.empty:
        return 0
    if topic.exact:
        return _exact_count(topic, text)
    keys = _text_keys(text, lang)
    return min(keys.count(k) for k in topic.content_keys)


def share_found(topic: Topic, text: str, lang: LanguageData) -> float:
    """Share (0–1) of the topic's content words that occur in a text."""
    if topic.empty:
        return 0.0
    if topic.exact:
        return 1.0 if _exact_count(topic, text) else 0.0
    present = _key_set(text, lang)
    return sum(1 for k in topic.content_keys if k in present) / len(topic.content_keys)


def exact_position(topic: Topic, text: str, lang: LanguageData) -> int:
    """Index (in words) where the whole phrase, word by word, starts in the text, or -1."""
    if topic.empty:
        return -1
    tw = [lang.word_key(w) for w in words(text)]
    kw = [lang.word_key(w) for w in topic.words]
    for i in range(len(tw) - len(kw) + 1):
        if tw[i : i + len(kw)] == kw:
            return i
    return -1


class SentenceIndex:
    """Which sentences hold every content word of a topic, without scanning them all: the
    sentences where each key occurs, intersected (exact-phrase topics are scanned)."""

    def __init__(self, sentences: list[str], lang: LanguageData) -> None:
        self.sentences = sentences
        self.lang = lang
        self.where: dict[str, set[int]] = {}
        for i, s in enumerate(sentences):
            for k in _key_set(s, lang):
                self.where.setdefault(k, set()).add(i)

    def hits(self, topic: Topic) -> int:
        """Sentences in which the whole topic is found (``share_found(...) >= 1``)."""
        if topic.empty:
            return 0
        if topic.exact:
            return sum(1 for s in self.sentences if _exact_count(topic, s))
        sets = [self.where.get(k, set()) for k in topic.content_keys]
        return len(set.intersection(*sets)) if sets else 0
