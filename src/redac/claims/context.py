"""The source, read once for the checker: its statements, their index, and the names, roles
and quotations an article statement is compared with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from redac.claims.align import Index
from redac.claims.lexicon import Lexicon, lexicon
from redac.claims.statements import Mention, Statement, build
from redac.facts import FactLedger
from redac.facts.check import Verbatim
from redac.facts.normalize import frame_words, quote_key
from redac.gcpause import paused
from redac.text.normalize import fold


@dataclass(frozen=True)
class SourceContext:
    lex: Lexicon
    statements: tuple[Statement, ...]
    index: Index
    flat: str  # " folded words of the whole source "
    words: frozenset[str]
    keys: frozenset[str]
    quote_flat: str  # the source as quotations are compared (quote_key)
    quotes: tuple[str, ...]
    roles: dict[str, frozenset[str]]  # a name's key (and its last word) → role keys
    role_texts: dict[str, tuple[str, ...]]
    labels: dict[str, str]  # a name's key (and its last word) → NER label, where known
    name_keys: frozenset[str]  # content keys of the words of names
    frame: frozenset[str]  # keys of the writer's fixed phrases (section names, questions)
    known: frozenset[str]  # folded words the source writes as names

    def roles_of(self, m: Mention) -> tuple[frozenset[str], tuple[str, ...]]:
        keys: set[str] = set()
        texts: list[str] = []
        for k in (m.key, m.words[-1] if m.words else ""):
            keys |= self.roles.get(k, frozenset())
            texts += [t for t in self.role_texts.get(k, ()) if t not in texts]
        return frozenset(keys), tuple(texts)

    def label_of(self, m: Mention) -> str:
        return self.labels.get(m.key) or self.labels.get(m.words[-1] if m.words else "", "")

    def around(self, lo: int, hi: int) -> tuple[Statement, ...]:
        """The statements whose index is from ``lo`` up to ``hi`` (excluded): a statement's
        index is its place in ``statements``."""
        return self.statements[max(lo, 0) : max(hi, 0)]

    def has_phrase(self, key: str) -> bool:
        """``f" {key} " in flat``, looked up in an index of the source's words; each answer
        kept (the checker asks again of the same names, sentence after sentence)."""
        found = self._phrase_answers.get(key)
        if found is None:
            found = self._phrase_answers[key] = self._phrases.has(key)
        return found

    @cached_property
    def _phrase_answers(self) -> dict[str, bool]:
        return {}

    @cached_property
    def _phrases(self) -> Verbatim:  # built when first asked (0.03 s for 100,000 words)
        return Verbatim(self.flat, n=1)

    def in_source(self, m: Mention) -> bool:
        return self.has_phrase(m.key) or all(w in self.words for w in m.words)


def _name_key(text: str, lex: Lexicon) -> str:
    """A name as mentions are keyed: folded words, the article before it dropped."""
    words = [w.removesuffix("'s") for w in fold(text).replace("'", "' ").split()]
    while words and words[0] in lex.determiners:
        words = words[1:]
    return " ".join(words)


def build_context(ledger: FactLedger, doc: Any | None) -> SourceContext:
    """The checker's view of the source whose ledger is ``ledger`` (``doc``: the ledger's parse
    of ``ledger.source_text``, or ``None`` for a language read by rules)."""
    with paused():  # a token and a statement per word and sentence of the source, all kept
        return _build_context(ledger, doc)


def _build_context(ledger: FactLedger, doc: Any | None) -> SourceContext:
    lex = lexicon(ledger.lang)
    text = ledger.source_text
    n_blocks = text.count("\n\n") + 1
    spans = set(ledger.paragraph_spans)
    kinds, pos = [], 0
    for block in text.split("\n\n"):
        is_para = (pos, pos + len(block)) in spans or not spans
        kinds.append("sentence" if is_para else "heading")
        pos += len(block) + 2
    names = frozenset(
        w for f in ledger.of("entity") for w in fold(f.text.replace("’", "'")).split()
    )
    statements = build(text, lex, doc=doc, kinds=kinds[:n_blocks], known=names)
    roles: dict[str, set[str]] = {}
    role_texts: dict[str, list[str]] = {}
    for s in statements:
        for m, rk, rtext in s.roles:
            for k in {m.key, m.words[-1]}:
                roles.setdefault(k, set()).update(rk)
                role_texts.setdefault(k, []).append(rtext)
    lex_keys: set[str] = set()
    for f in ledger.of("entity"):
        if not f.role:
            continue
        key = _name_key(f.text, lex)
        ledger_keys = {lex.key(w) for w in f.role.split()} - {""}
        for k in {key, key.split()[-1] if key else ""} - {""}:
            roles.setdefault(k, set()).update(ledger_keys)
            role_texts.setdefault(k, []).append(f.role)
    labels: dict[str, str] = {}
    if doc is not None:
        for ent in doc.ents:
            key = _name_key(ent.text, lex)
            if key:
                labels.setdefault(key, ent.label_)
                labels.setdefault(key.split()[-1], ent.label_)
    for s in statements:
        for m in s.mentions:
            lex_keys.update(t.key for t in s.toks[m.i : m.j] if t.key)
    frame_keys = frozenset(lex.key(w) for w in frame_words(ledger.lang)) - {""}
    words = frozenset(w for s in statements for w in s.flat.split())
    quotes = tuple(seg for s in statements for seg, _ in s.quotes)
    return SourceContext(
        lex=lex,
        statements=tuple(statements),
        index=Index(statements),
        flat=" " + " ".join(s.flat.strip() for s in statements) + " ",
        words=words,
        keys=frozenset(k for s in statements for k in s.keys),
        quote_flat=quote_key(text),
        quotes=quotes,
        roles={k: frozenset(v) for k, v in roles.items()},
        role_texts={k: tuple(v) for k, v in role_texts.items()},
        labels=labels,
        name_keys=frozenset(lex_keys),
        frame=frame_keys,
        known=frozenset(w for s in statements for m in s.mentions for w in m.words),
    )
