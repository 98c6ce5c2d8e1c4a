"""The one gate every derived item passes: a key point, a timeline entry, a who's-who line, a
FAQ answer, the meta description's restatement.

``Gate.accept(item)`` says yes only to an item that

* is faithful: :meth:`Gate.faithful` — the fact checker against the ledger (no number, date,
  quotation or name the source lacks) and the claim checker (``redac.claims``: no changed
  predicate, negation, modality, role, speaker, date…; a FAQ answer must answer its
  question); ``claims=`` replaces the latter with any callable ``Derived -> bool``;
* repeats nothing: it holds less than 80 % of the words of any body sentence and of any item
  already accepted, and no sentence of 8 words or more of it appears elsewhere.

Accepted items are remembered, so a later item may not restate an earlier one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from redac.facts import FactLedger
from redac.facts.check import check
from redac.facts.normalize import frame_words
from redac.lang import LanguageData
from redac.write.quality import MIN_REPEAT_WORDS, EchoIndex, sentence_key, sentences_of


@dataclass(frozen=True)
class Derived:
    """A candidate item: what the reader sees, and the source sentence it restates."""

    kind: str  # "key_point" | "timeline" | "people" | "faq" | "description"
    text: str  # the statement (for a FAQ item: its answer)
    source: str = ""  # the source sentence it comes from ("" for a ledger fact)
    question: str = ""  # for a FAQ item


class Gate:
    def __init__(
        self,
        ledger: FactLedger,
        lang: LanguageData,
        body: Iterable[str] = (),
        *,
        shown: Iterable[str] = (),
        claims: Callable[[Derived], bool] | None = None,
    ) -> None:
        """``body``: the body's paragraphs; ``shown``: other text the reader sees (subheadings,
        the ones the writer may still choose), never to be repeated word for word."""
        self.ledger = ledger
        self.lang = lang
        self.claims = claims
        self.body = EchoIndex(s for p in body for s in sentences_of(p, lang))
        self.items = EchoIndex(())
        self.seen: set[tuple[str, ...]] = {
            k for k in (*self.body.keys, *map(sentence_key, shown)) if len(k) >= MIN_REPEAT_WORDS
        }
        self.refused: list[tuple[Derived, str]] = []

    def accept(self, item: Derived) -> bool:
        why = self.why_not(item)
        if why:
            self.refused.append((item, why))
            return False
        for s in sentences_of(item.text, self.lang):
            k = sentence_key(s)
            if len(k) >= MIN_REPEAT_WORDS:
                self.seen.add(k)
        self.items.add(item.text)
        return True

    def why_not(self, item: Derived) -> str:
        text = item.text.strip()
        if not text:
            return "empty"
        for s in sentences_of(text, self.lang):
            if len(sentence_key(s)) >= MIN_REPEAT_WORDS and sentence_key(s) in self.seen:
                return "a sentence shown already"
        if self.body.echo(text):
            return "restates a body sentence"
        if self.items.echo(text) or _restated_by(text, self.items):
            return "restates another item"
        if not self.faithful(item):
            return "not faithful"
        return ""

    def faithful(self, item: Derived) -> bool:
        """No claim the source does not make: no fact it lacks, and no statement the claim
        checker finds unsupported (a shortened sentence can change a claim with the source's
        own words: « on 14 » for « on 14 March »)."""
        frame = frame_words(self.lang.code)
        text = f"{item.question}\n\n{item.text}" if item.question else item.text
        own_words = bool(item.source) and _words_of(text) <= _words_of(item.source) | frame
        if not own_words and not check(text, self.ledger, frame).ok:
            return False
        if self.claims is not None:
            return self.claims(item)
        return _claims_hold(item, self.ledger)


def _claims_hold(item: Derived, ledger: FactLedger) -> bool:
    from redac.claims import checker_for

    checker = checker_for(ledger)
    if item.question:
        return checker.check_answer(item.question, item.text).supported
    kind = "sentence" if item.kind == "description" else "item"
    return all(v.supported for v in checker.check_text(item.text, kind))


def _words_of(text: str) -> set[str]:
    return {p for k in sentence_key(text) for p in k.replace("'", " ").split()}


def _restated_by(text: str, items: EchoIndex) -> bool:
    """An accepted item that ``text`` would repeat the other way round (``text`` is shorter
    and 80 % of it is in one item)."""
    probe = EchoIndex((text,), share=items.share)
    return any(probe.echo(s) for s in items.sentences)
