"""The plain-object view of a parse (redac.parsed) reads exactly what spaCy's Doc gives: every
token attribute redac reads, every span, entity and char_span, on real French texts (one
parsed in chunks and joined, as long sources are)."""

from __future__ import annotations

from pathlib import Path

import pytest

from redac.nlp import CHUNK_CHARS, parse, parsed
from redac.parsed import Doc, read, view

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("VerbForm", "Number", "Person", "Poss", "PronType", "Gender", "Mood", "Polarity")


def _texts(fixtures_dir: Path) -> list[str]:
    example = (ROOT / "examples" / "article-fr.txt").read_text(encoding="utf-8")
    long = (fixtures_dir / "article-fr-long.txt").read_text(encoding="utf-8")
    court = (fixtures_dir / "article-fr-court.txt").read_text(encoding="utf-8")
    return [example, "\n\n".join([long, court, example])]  # the second is over CHUNK_CHARS


def _same_token(a: object, b: object) -> None:
    for name in ("i", "text", "idx", "whitespace_", "pos_", "dep_", "is_space"):
        assert getattr(a, name) == getattr(b, name), (name, a, b)
    for name in ("is_sent_start", "is_sent_end"):
        assert getattr(a, name) is getattr(b, name), (name, a, b)
    assert a.head.i == b.head.i  # type: ignore[attr-defined]
    assert [c.i for c in a.children] == [c.i for c in b.children]  # type: ignore[attr-defined]
    assert [c.i for c in a.subtree] == [c.i for c in b.subtree]  # type: ignore[attr-defined]
    assert [c.i for c in a.lefts] == [c.i for c in b.lefts]  # type: ignore[attr-defined]
    assert [c.i for c in a.rights] == [c.i for c in b.rights]  # type: ignore[attr-defined]
    assert [c.i for c in a.ancestors] == [c.i for c in b.ancestors]  # type: ignore[attr-defined]
    assert a.left_edge.i == b.left_edge.i  # type: ignore[attr-defined]
    assert a.right_edge.i == b.right_edge.i  # type: ignore[attr-defined]
    assert str(a.morph) == str(b.morph)  # type: ignore[attr-defined]
    for f in FIELDS:
        assert a.morph.get(f) == b.morph.get(f), (f, a)  # type: ignore[attr-defined]


def test_every_token_reads_as_spacys(fixtures_dir: Path) -> None:
    for text in _texts(fixtures_dir):
        doc = parse("fr", text)
        mine = view(doc, text)
        assert len(mine) == len(doc) and mine.text == doc.text
        for a, b in zip(mine, doc, strict=True):
            _same_token(a, b)
            assert a.doc is mine
        heads = [t.head.i for t in mine]
        assert heads == [t.head.i for t in doc]
        for t in mine[::17]:
            assert t.is_ancestor(mine[0]) == doc[t.i].is_ancestor(doc[0])
            assert t.head.is_ancestor(t) == doc[t.i].head.is_ancestor(doc[t.i])


def test_spans_entities_and_char_spans_read_as_spacys(fixtures_dir: Path) -> None:
    text = _texts(fixtures_dir)[1]
    doc = parse("fr", text)
    mine = view(doc)
    assert [(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in mine.ents] == [
        (e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in doc.ents
    ]
    for a, b in ((0, 5), (3, 40), (100, 101), (7, 7), (-3, len(doc))):
        m, s = mine[a:b], doc[a:b]
        assert (m.start, m.end, m.text, m.start_char, m.end_char, len(m)) == (
            s.start,
            s.end,
            s.text,
            s.start_char,
            s.end_char,
            len(s),
        )
        assert [t.i for t in m] == [t.i for t in s]
        if len(s):
            assert m[0].i == s[0].i and m[-1].i == s[-1].i
            assert m[1:3].text == s[1:3].text
    offsets = [(0, 40), (15, 230), (1000, 1100), (len(text) - 30, len(text))]
    offsets += [(a, a + w) for a in range(0, len(text), 97) for w in (1, 2, 9, 61)]
    # on token edges (strict succeeds), and from a token's trailing space
    offsets += [(t.idx, t.idx + len(t.text)) for t in list(doc)[::7]]
    offsets += [(t.idx + len(t.text), t.idx + len(t.text) + 5) for t in list(doc)[::11]]
    for start, end in offsets:
        for mode in ("strict", "expand", "contract"):
            m2, s2 = (
                mine.char_span(start, end, alignment_mode=mode),
                doc.char_span(start, end, alignment_mode=mode),
            )
            assert (m2 is None) == (s2 is None)
            if s2 is not None and m2 is not None:
                assert (m2.start, m2.end, m2.text) == (s2.start, s2.end, s2.text)
    assert mine.to_array("HEAD").tolist() == doc.to_array("HEAD").astype("int64").tolist()
    with pytest.raises(ValueError):
        mine.to_array("POS")  # what the view does not have is an error, not a guess
    with pytest.raises(ValueError):
        mine.char_span(0, 5, alignment_mode="loose")


def test_a_long_text_read_in_pieces_is_its_joined_parse(fixtures_dir: Path) -> None:
    text = _texts(fixtures_dir)[1]
    parsed.cache_clear()
    mine, doc = parsed("fr", text), parse("fr", text)
    assert len(doc.text) > CHUNK_CHARS and mine.text == doc.text == text
    assert len(mine) == len(doc)
    for a, b in zip(mine, doc, strict=True):
        _same_token(a, b)
    assert [(e.start, e.end, e.label_) for e in mine.ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]


def test_pieces_that_are_not_the_text_are_refused() -> None:
    pieces = [parse("fr", "Le maire parle."), parse("fr", " Il pleut.")]
    with pytest.raises(ValueError):
        read(pieces, "Le maire parle.")
    assert read(pieces, "Le maire parle. Il pleut.").tokens[-2].text == "pleut"


def test_tokens_order_and_compare_as_spacys() -> None:
    mine = view(parse("fr", "Le maire de Lyon a inauguré la ligne. Elle ouvre lundi."))
    a, b = mine[1], mine[4]
    assert a < b and b > a and a <= a and not a > b
    assert a == mine[1] and a != b and a in [mine[1]]
    assert str(a) == a.text == "maire" and len(a) == 5


def test_parsed_is_cached_and_none_without_a_model() -> None:
    text = "Le maire de Lyon a inauguré la ligne."
    first = parsed("fr", text)
    assert isinstance(first, Doc) and parsed("fr", text) is first
    assert parsed("en", "The mayor opened the line.") is None


@pytest.mark.parametrize("field", ["Nope", "VerbForm"])
def test_morph_get_returns_a_fresh_list(field: str) -> None:
    t = view(parse("fr", "Elle a ouvert la ligne."))[2]
    got = t.morph.get(field)
    got.append("x")
    assert "x" not in t.morph.get(field)
    assert t.morph.get("Nope", ["d"]) == ["d"]
