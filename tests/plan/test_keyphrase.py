"""The keyphrase: natural (a name, or 2–4 words a reader searches), chosen for where it must go."""

from __future__ import annotations

from redac.facts.extract import extract
from redac.ingest import parse
from redac.lang import get_language
from redac.plan import keyphrase, literal
from redac.plan.keyphrase import Candidate, synonyms_of
from redac.plan.planner import make_plan

FR = get_language("fr")

WHELAN = """Russie : 18 ans de prison requis contre un Américain accusé d'espionnage

Le parquet russe a requis lundi une peine de 18 ans de camp contre Paul Whelan, un ex-marine \
américain jugé pour espionnage à Moscou.

Paul Whelan, 50 ans, avait été arrêté en 2018 dans une chambre d'hôtel de Moscou, selon les \
services de sécurité russes.

L'avocat de Paul Whelan, Vladimir Jerebenkov, a dénoncé un procès politique. Paul Whelan \
et ses proches affirment qu'il a subi de mauvais traitements en prison.

Le verdict sera rendu le 15 juin. Paul Whelan risque jusqu'à 20 ans de prison.
"""


def _cand(phrase: str) -> Candidate:
    return Candidate(phrase, 2, True, 1.0)


def test_a_name_is_whole_never_its_first_name() -> None:
    src = parse(WHELAN)
    ledger = extract(src)
    phrases = [c.phrase for c in keyphrase.candidates(src, ledger)]
    assert "Paul Whelan" in phrases
    assert "Paul" not in phrases and "Whelan" not in phrases  # pieces of the name
    plan = make_plan(src, ledger)
    assert plan.keyphrase == "Paul Whelan"


def test_the_chosen_keyphrase_opens_the_title_and_the_lead_holds_it() -> None:
    src = parse(WHELAN)
    plan = make_plan(src, extract(src))
    lead = src.paragraphs[0]
    assert literal.found(plan.keyphrase, lead, FR)  # the introduction check, as written
    assert 1 <= literal.count(plan.keyphrase, plan.meta_description, FR) <= 2


def test_synonyms_name_the_same_thing() -> None:
    cands = [_cand(p) for p in ("Aïd el-Adha", "Aïd el-Kébir", "DB5 Junior")]
    assert synonyms_of("Aïd el-Fitr", cands, FR) == ()  # another feast is no synonym
    cands = [_cand(p) for p in ("DB5 Junior", "McLaren Composites Technology")]
    assert synonyms_of("Aston Martin DB5 Junior", cands, FR) == ("DB5 Junior",)
    assert synonyms_of("McLaren", cands, FR) == ()  # a thing of McLaren's is not McLaren
    cands = [_cand(p) for p in ("nouvelle Classe S", "habitacle de la Classe S")]
    assert synonyms_of("Classe S", cands, FR) == ("nouvelle Classe S",)


def test_fit_prefers_the_phrase_the_lead_and_the_title_can_carry() -> None:
    src = parse(WHELAN)
    near = keyphrase.fit("Paul Whelan", src, FR)
    far = keyphrase.fit("Vladimir Jerebenkov", src, FR)
    assert near.intro == 1.0 and far.intro < 1.0  # the lead names Paul Whelan, not his lawyer
    assert all(0 < f <= 1 for f in (near.title, near.description, near.density, near.headings))
    # a short text that names him six times: over the density a matcher accepts
    assert near.density < 1.0


def test_no_common_phrase_longer_than_a_search(fixtures_dir) -> None:  # type: ignore[no-untyped-def]
    from redac.ingest import load
    from redac.text.words import words

    src = load(str(fixtures_dir / "article-fr-long.txt"))
    for c in keyphrase.candidates(src, extract(src)):
        assert len(words(c.phrase)) <= 4 or c.phrase[:1].isupper(), c.phrase
