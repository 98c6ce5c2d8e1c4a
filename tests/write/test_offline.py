"""The offline engine on hand-written articles: faithful, structured, honest about length."""

from __future__ import annotations

from pathlib import Path

from redac.ingest import load, parse
from redac.report import article_text
from redac.text.sentences import split_sentences
from redac.text.words import words
from tests.helpers import offline


def test_long_french_article(fixtures_dir: Path) -> None:
    r = offline(load(str(fixtures_dir / "article-fr-long.txt")), min_words=300)
    a = r.article
    assert r.report.facts.ok and not r.report.facts.missing
    assert all(len(p.split()) <= 150 for s in a.sections for p in s.paragraphs)
    # every source sentence survives: verbatim (connectors may precede it), or split at a seam
    # into pieces that hold all its words
    text = article_text(a).replace("’", "'")
    body = " ".join(p for s in a.sections if s.origin == "source" for p in s.paragraphs)
    for p in r.source.paragraphs:
        for s in split_sentences(p):
            assert s[1:] in text or set(words(s)) - {"et", "qui"} <= set(words(body)), s
    c = {x.id: x for x in r.report.constraints}
    assert c["min_words"].ok and c["structure"].ok and c["language"].ok


def test_too_short_source_fails_honestly() -> None:
    src = parse(
        "Le maire de Lyon a inauguré mardi un nouveau parc de 3 hectares. Les travaux ont duré deux ans.",
        lang="fr",
    )
    r = offline(src, min_words=700)
    c = {x.id: x for x in r.report.constraints}
    assert not c["min_words"].ok and "short" in c["min_words"].detail
    assert not r.ok
    assert r.report.facts.ok  # no padding with invented material


def test_no_faq_option(fixtures_dir: Path) -> None:
    src = load(str(fixtures_dir / "article-fr-long.txt"))
    assert offline(src, faq=False).article.faq == ()


def test_no_three_sentences_start_alike(seed_article: str) -> None:
    from redac.analysis.research import first_word
    from redac.lang import get_language
    from redac.text.words import words

    fr = get_language("fr")
    r = offline(parse(seed_article))
    firsts = [
        first_word(words(s), fr)
        for sec in r.article.sections
        for p in sec.paragraphs
        for s in split_sentences(p)
    ]
    assert not any(firsts[i] == firsts[i + 1] == firsts[i + 2] for i in range(len(firsts) - 2))


def test_offline_engine_refuses_to_translate(seed_article: str) -> None:
    import pytest

    from redac.errors import OptionError

    with pytest.raises(OptionError, match="cannot translate"):
        offline(parse(seed_article), lang="en")


def test_no_connector_before_a_paragraph_that_goes_on_with_the_one_before() -> None:
    from redac.lang import get_language
    from redac.model import Section
    from redac.write.connectors import add_connectors

    fr = get_language("fr")
    paras = tuple(
        f"{opening} a été annoncée mardi par la mairie de la ville, paragraphe {n}."
        for n, opening in enumerate(
            ["La décision", "Cette décision", "La rénovation", "Elle", "La fermeture", "Ce choix"]
        )
    )
    out = add_connectors([Section("", paras, kind="body")], fr, " ".join(paras), 0)
    added = [p for p in out[0].paragraphs if p not in paras]
    assert added  # the text lacked transitions: some paragraphs got one
    for p in out[0].paragraphs:
        conn, _, rest = p.partition(", ")
        if conn in fr.phrases.connectors:
            assert not rest.lower().startswith(("cette", "elle", "ce ")), p


def test_after_a_connector_only_a_name_keeps_its_capital() -> None:
    from redac.lang import get_language
    from redac.write.connectors import _Capitals, _lower_first

    fr = get_language("fr")
    source = (
        "Maintenant, la ville attend. Hier soir, le maire de Lyon a parlé.\n\n"
        "Lyon attend.  Demain : Marseille. « Toulouse suivra », dit-il. Selon Toulouse, non. "
        "Demain viendra.\tDemain encore."
    )
    capitals = _Capitals(source)
    lowered = {
        w: _lower_first(f"{w} est là.", fr, capitals)[0].islower()
        for w in ("Lyon", "Maintenant", "Demain", "Marseille", "Toulouse", "Hier", "Paris")
    }
    assert lowered == {
        "Lyon": False,  # « de Lyon »: a name
        "Maintenant": True,  # only ever at the start of the text
        "Demain": True,  # after « . », « : » and a tab only
        "Marseille": True,  # after « : » only
        "Toulouse": False,  # after « « » once, but after « Selon » too
        "Hier": True,
        "Paris": True,  # not in the source
    }
    assert _lower_first("AFP et Reuters.", fr, capitals) == "AFP et Reuters."


def test_whole_words_are_found_as_a_word_boundary_finds_them() -> None:
    import re

    from redac.write.connectors import _whole

    text = "Lyon, Lyonnais Lyon_2 2Lyon LyonLyon «Lyon» é-Lyon Lyon’s ÉLyon Lyon² Lyon"
    text += " " + text.lower() + " aaa aa a"
    for word in ("Lyon", "lyon", "a", "aa", "É", "s"):
        expected = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
        assert list(_whole(text, word)) == expected, word
