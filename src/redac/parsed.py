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

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from redac.gcpause import paused

__all__ = ["Doc", "Morph", "Span", "Token", "read", "view"]


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
    """A parsed text: its tokens and its named entities, with the part of spaCy's ``Doc`` that
    redac asks for (``char_span`` and ``to_array("HEAD")``), worked out as spaCy does."""

    __slots__ = ("ents", "text", "tokens")

    def __init__(self, text: str, tokens: list[Token], ents: tuple[Span, ...] = ()) -> None:
        self.text, self.tokens, self.ents = text, tokens, ents

    def char_span(self, start: int, end: int, alignment_mode: str = "strict") -> Span | None:
        """The tokens of ``text[start:end]``, as spaCy's ``Doc.char_span`` aligns them:
        ``strict`` (the offsets must fall on token edges), ``contract`` (the tokens wholly
        inside) or ``expand`` (the tokens the characters touch)."""
        if alignment_mode not in ("strict", "contract", "expand"):
            raise ValueError(f"unknown alignment mode {alignment_mode!r}")
        toks = self.tokens
        first, last = self._token_at(start), self._token_at(end - 1)
        if first < 0 or (alignment_mode == "strict" and start != toks[first].idx):
            return None
        if last < 0 or (alignment_mode == "strict" and end != _end(toks[last])):
            return None
        if alignment_mode == "contract":
            first += toks[first].idx < start
            last -= end < _end(toks[last])
            if last < first:
                return None
        elif alignment_mode == "expand" and start == _end(toks[first]):
            first += 1  # the character is the token's trailing space, not the token
        return Span(self, first, last + 1)

    def _token_at(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char``, or -1."""
        toks = self.tokens
        lo, hi = 0, len(toks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            t = toks[mid]
            if char < t.idx:
                hi = mid - 1
            elif char >= _end(t) + len(t.whitespace_):
                lo = mid + 1
            else:
                return mid
        return -1

    def to_array(self, attr: str) -> Any:
        """``to_array("HEAD")``: each token's offset to its head (the one column redac reads;
        spaCy's unsigned values read as signed, as ``.astype("int64")`` gives them)."""
        if attr != "HEAD":
            raise ValueError(f"the parse view has no {attr!r} array")
        import numpy

        return numpy.array([t.head.i - t.i for t in self.tokens], dtype="int64")

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


def _end(t: Token) -> int:
    return t.idx + len(t.text)


def view(doc: Any, text: str | None = None) -> Doc:
    """The plain-object :class:`Doc` of a spaCy ``Doc`` (read once, in one pass over its
    arrays). ``text``: ``doc.text`` when the caller has it (spaCy rebuilds it token by
    token)."""
    return read([doc], doc.text if text is None else text)


def read(docs: Sequence[Any], text: str) -> Doc:
    """The plain-object :class:`Doc` of ``text``, parsed as consecutive pieces ``docs`` (their
    texts, end to end, are ``text``): the tokens and entities spaCy's ``Doc.from_docs`` would
    give, without building that joined ``Doc`` (0.2 s on 100,000 words) only to read it."""
    import numpy
    from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, MORPH, POS, SENT_START, SPACY

    # signed columns (HEAD, SENT_START) come as uint64: int64 gives them their sign back
    parts, tag_parts, starts, chars, n = [], [], [], 0, 0
    for d in docs:
        nums = d.to_array([HEAD, IDX, LENGTH, SPACY, IS_SPACE, SENT_START]).astype("int64")
        nums[:, 1] += chars  # each piece's offsets start at its place in ``text``
        parts.append(nums)
        tag_parts.append(d.to_array([POS, DEP, MORPH]))
        starts.append(n)  # the piece's first token's index in the whole
        n += len(d)
        chars += len(d.text)
    if chars != len(text):
        raise ValueError("the parsed pieces do not make up the text")
    if not docs:
        return Doc(text, [])
    rows, tags = numpy.concatenate(parts), numpy.concatenate(tag_parts)
    strings = docs[0].vocab.strings

    def token(at: int) -> Any:  # spaCy's own token at index ``at`` of the whole text
        k = bisect_right(starts, at) - 1
        return docs[k][at - starts[k]]

    # each column's distinct values read once: strings (part of speech, dependency) and
    # morphologies (from spaCy's own ``MorphAnalysis`` of a token that has it)
    kinds = []
    for col in range(3):
        values, where, inverse = numpy.unique(tags[:, col], return_index=True, return_inverse=True)
        found = [
            _morph(token(int(w)).morph) if col == 2 else (strings[int(v)] if v else "")
            for v, w in zip(values, where, strict=True)
        ]
        kinds.append([found[k] for k in inverse.tolist()])
    out = Doc(text, [])
    with paused():  # 100,000s of new objects, none of them garbage: no collection meanwhile
        out.tokens = _tokens(out, text, rows.tolist(), *kinds)
    out.ents = tuple(
        Span(out, e.start + at, e.end + at, e.label_)
        for d, at in zip(docs, starts, strict=True)
        for e in d.ents
    )
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


def _morph(analysis: Any) -> Morph:
    fields = analysis.to_dict()
    return Morph(str(analysis), {f: list(analysis.get(f)) for f in fields})
