"""A parse read once into plain Python objects: what redac reads of a spaCy ``Doc``, with the
same names and the same values, at the cost of an attribute read.

spaCy's ``Token`` is a view made anew at every ``doc[i]``, ``token.head`` or step through
``token.children``, and each of its string attributes (``pos_``, ``dep_``, ``morph``) is looked
up in the vocabulary at each read. The planner, the claim checker and the offline writer walk
the source's parse many times over (every noun phrase, clause and heading candidate of every
section): on a 100,000-word source that walk cost more than the writing itself. :func:`view`
reads the parse once — its arrays, in one pass — into one :class:`Token` per token, whose
``head``, ``children``, ``pos_``, ``dep_``, ``morph``, ``idx``, ``text``, ``whitespace_``,
``is_space`` and ``is_sent_end`` are plain attributes, and whose ``subtree``, ``left_edge`` and
``right_edge`` are worked out on first use, as spaCy defines them. :class:`Doc` and
:class:`Span` offer the part of spaCy's ``Doc`` and ``Span`` that redac uses (indexing,
slicing, iteration, ``text``, ``start_char``/``end_char``, ``ents``, ``char_span``,
``to_array``); anything else is an error, not a silent difference. ``tests/test_parsed.py``
checks every attribute against spaCy's, token by token.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["Doc", "Morph", "Span", "Token", "view"]


class Morph:
    """A token's morphology: ``get(field)`` is the list of its values (``[]`` if none), as
    spaCy's ``MorphAnalysis.get`` returns it; ``str()`` is its UD FEATS string."""

    __slots__ = ("_fields", "_text")

    def __init__(self, text: str, fields: dict[str, list[str]]) -> None:
        self._text = text
        self._fields = fields

    def get(self, field: str, default: list[str] | None = None) -> list[str]:
        found = self._fields.get(field)
        if found:
            return list(found)
        return [] if default is None else default

    def to_dict(self) -> dict[str, str]:
        return {k: ",".join(v) for k, v in self._fields.items()}

    def __str__(self) -> str:
        return self._text


class Token:
    """One token: spaCy's ``Token`` attributes that redac reads, as plain values."""

    __slots__ = (
        "_subtree",
        "children",
        "dep_",
        "doc",
        "head",
        "i",
        "idx",
        "is_sent_end",
        "is_sent_start",
        "is_space",
        "morph",
        "pos_",
        "text",
        "whitespace_",
    )
    doc: Doc
    i: int
    text: str
    idx: int
    whitespace_: str
    pos_: str
    dep_: str
    morph: Morph
    is_space: bool
    is_sent_start: bool | None
    is_sent_end: bool | None
    head: Token
    children: tuple[Token, ...]
    _subtree: tuple[Token, ...] | None

    @property
    def subtree(self) -> tuple[Token, ...]:
        """The token and its descendants, as spaCy yields them: each left child's subtree,
        the token, each right child's subtree."""
        if self._subtree is None:
            out: list[Token] = []
            me = self.i
            for c in self.children:
                if c.i < me:
                    out += c.subtree
            out.append(self)
            for c in self.children:
                if c.i > me:
                    out += c.subtree
            self._subtree = tuple(out)
        return self._subtree

    @property
    def left_edge(self) -> Token:
        return self.doc[min(t.i for t in self.subtree)]

    @property
    def right_edge(self) -> Token:
        return self.doc[max(t.i for t in self.subtree)]

    @property
    def lefts(self) -> Iterator[Token]:
        return (c for c in self.children if c.i < self.i)

    @property
    def rights(self) -> Iterator[Token]:
        return (c for c in self.children if c.i > self.i)

    @property
    def ancestors(self) -> Iterator[Token]:
        t, steps = self, 0
        while t.head is not t and steps < len(self.doc):
            t = t.head
            steps += 1
            yield t

    def is_ancestor(self, descendant: Token) -> bool:
        if self.doc is not descendant.doc:
            return False
        return any(a.i == self.i for a in descendant.ancestors)

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    # spaCy orders tokens by their character offset
    def __lt__(self, other: Token) -> bool:
        return self.idx < other.idx

    def __le__(self, other: Token) -> bool:
        return self.idx <= other.idx

    def __gt__(self, other: Token) -> bool:
        return self.idx > other.idx

    def __ge__(self, other: Token) -> bool:
        return self.idx >= other.idx


class Span:
    """Tokens ``start`` to ``end`` (exclusive) of a :class:`Doc`, with an optional label."""

    __slots__ = ("doc", "end", "label_", "start")

    def __init__(self, doc: Doc, start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label

    @property
    def start_char(self) -> int:
        toks = self.doc.tokens
        return toks[self.start].idx if self.start < len(toks) else len(self.doc.text)

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self.start_char
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char]

    def __len__(self) -> int:
        return max(self.end - self.start, 0)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            a, b, _ = i.indices(len(self))
            return Span(self.doc, self.start + a, self.start + max(a, b))
        return self.doc.tokens[self.start : self.end][i]

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Span)
            and other.doc is self.doc
            and (other.start, other.end, other.label_) == (self.start, self.end, self.label_)
        )

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end, self.label_))

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


class Doc:
    """A parsed text: its tokens, its named entities, and the spaCy ``Doc`` it was read from
    (``spacy_doc``) for what is rarely asked (``char_span``, ``to_array``)."""

    __slots__ = ("_ents", "spacy_doc", "text", "tokens")

    def __init__(self, text: str, tokens: list[Token], spacy_doc: Any) -> None:
        self.text, self.tokens, self.spacy_doc = text, tokens, spacy_doc
        self._ents: tuple[Span, ...] | None = None

    @property
    def ents(self) -> tuple[Span, ...]:
        if self._ents is None:
            self._ents = tuple(Span(self, e.start, e.end, e.label_) for e in self.spacy_doc.ents)
        return self._ents

    def char_span(self, start: int, end: int, **kwargs: Any) -> Span | None:
        found = self.spacy_doc.char_span(start, end, **kwargs)
        return None if found is None else Span(self, found.start, found.end, found.label_)

    def to_array(self, attrs: Any) -> Any:
        return self.spacy_doc.to_array(attrs)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __getitem__(self, i: Any) -> Any:
        if type(i) is int:
            return self.tokens[i]
        if isinstance(i, slice):
            a, b, _ = i.indices(len(self.tokens))
            return Span(self, a, max(a, b))
        return self.tokens[i]


def view(doc: Any, text: str | None = None) -> Doc:
    """The plain-object :class:`Doc` of a spaCy ``Doc`` (read once, in one pass over its
    arrays). ``text``: ``doc.text`` when the caller has it (spaCy rebuilds it token by
    token)."""
    import gc

    import numpy
    from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, MORPH, POS, SENT_START, SPACY

    text = doc.text if text is None else text
    # signed columns (HEAD, SENT_START) come as uint64: int64 gives them their sign back
    nums = doc.to_array([HEAD, IDX, LENGTH, SPACY, IS_SPACE, SENT_START]).astype("int64")
    strings = doc.vocab.strings
    tags = doc.to_array([POS, DEP, MORPH])
    # each column's distinct values read once: strings (part of speech, dependency) and
    # morphologies (from spaCy's own ``MorphAnalysis`` of a token that has it)
    kinds = []
    for col, read in ((0, _string), (1, _string), (2, _analysis)):
        values, where, inverse = numpy.unique(tags[:, col], return_index=True, return_inverse=True)
        found = [read(doc, strings, int(v), int(w)) for v, w in zip(values, where, strict=True)]
        kinds.append([found[k] for k in inverse.tolist()])
    out = Doc(text, [], doc)
    enabled = gc.isenabled()
    gc.disable()  # 100,000s of new objects, none of them garbage: no collection meanwhile
    try:
        tokens = _tokens(out, text, nums.tolist(), *kinds)
    finally:
        if enabled:
            gc.enable()
    out.tokens = tokens
    return out


def _tokens(
    out: Doc, text: str, rows: list[list[int]], pos: list[str], dep: list[str], morph: list[Any]
) -> list[Token]:
    n = len(rows)
    tokens: list[Token] = []
    heads: list[int] = []
    for i, (head, idx, length, spacy, space, sent) in enumerate(rows):
        t = Token()
        t.doc, t.i, t.idx = out, i, idx
        t.text = text[idx : idx + length]
        t.whitespace_ = " " if spacy else ""
        t.is_space = bool(space)
        t.is_sent_start = None if sent == 0 else sent > 0
        t.pos_, t.dep_, t.morph = pos[i], dep[i], morph[i]
        t._subtree = None
        heads.append(i + head)
        tokens.append(t)
    kids: dict[int, list[Token]] = {}
    for t, h in zip(tokens, heads, strict=True):
        t.head = tokens[h]
        if h != t.i:
            kids.setdefault(h, []).append(t)
    none: tuple[Token, ...] = ()
    for t in tokens:
        k = kids.get(t.i)
        t.children = tuple(k) if k else none
    for i, t in enumerate(tokens):  # spaCy's definition, on the sentence starts read above
        if i + 1 == n:
            t.is_sent_end = True
        else:
            nxt = tokens[i + 1].is_sent_start
            t.is_sent_end = None if nxt is None else nxt
    return tokens


def _string(doc: Any, strings: Any, value: int, at: int) -> str:
    return strings[value] if value else ""


def _analysis(doc: Any, strings: Any, value: int, at: int) -> Morph:
    return _morph(doc[at].morph)


def _morph(analysis: Any) -> Morph:
    fields = analysis.to_dict()
    return Morph(str(analysis), {f: list(analysis.get(f)) for f in fields})
