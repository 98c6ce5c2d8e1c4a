"""The metadata chosen for where the keyphrase must go (issue #10): candidates a reader would
search, descriptions of whole clauses of the lead, a keyphrase the title, the lead and the
description can all carry. Fixtures written for these tests."""

from __future__ import annotations

from typing import Any

from redac.facts.extract import extract
from redac.ingest import parse
from redac.lang import get_language
from redac.nlp import parse as nlp_parse
from redac.plan import keyphrase, literal
from redac.plan.description import meta_description, trimmed
from redac.plan.planner import make_plan

FR = get_language("fr")


def _tokens(sentence: str) -> list[Any]:
    doc = nlp_parse("fr", sentence)
    assert doc is not None
    return list(doc)


def test_an_opening_participial_phrase_goes_the_main_clause_stays() -> None:
    s = (
        "Soutenu par une majorité des maires de la région, le plan de rénovation des écoles "
        "prévoit quarante millions d'euros de travaux dans vingt établissements d'ici 2030."
    )
    out = trimmed(_tokens(s))
    assert any(t.startswith("Le plan de rénovation des écoles prévoit") for t in out), out
    assert all(t.endswith(".") for t in out)


def test_an_apposition_and_a_closing_participle_go_never_a_condition() -> None:
    s = (
        'Le ministère a fermé jeudi son service "Alerte Vérité", une page de son site qui '
        "listait des articles, face aux critiques des journalistes, beaucoup lui reprochant "
        "de juger la presse."
    )
    out = trimmed(_tokens(s))
    short = 'Le ministère a fermé jeudi son service "Alerte Vérité", face aux critiques'
    assert any(t.startswith(short) and t.endswith("journalistes.") for t in out), out
    # a condition is the claim itself: « Si… » never goes
    cond = (
        "Si le budget est voté en décembre, la mairie rénovera les vingt écoles de la ville "
        "avant la rentrée de septembre prochain."
    )
    assert not any(t.startswith("La mairie") for t in trimmed(_tokens(cond)))


def test_a_description_reaches_the_length_from_a_clause_of_the_lead() -> None:
    lead = (
        "Soutenu par une majorité des maires de la région, le plan de rénovation des écoles "
        "prévoit quarante millions d'euros de travaux dans vingt établissements d'ici à la "
        "rentrée 2030, selon la préfecture."
    )
    paras = (lead, "Les travaux commenceront en mars dans les écoles les plus anciennes.")
    toks = [_tokens(lead)]
    d = meta_description(paras, "rénovation des écoles", FR, toks)
    assert d.startswith("Le plan de rénovation des écoles"), d
    assert 120 < len(d) <= 156 and "…" not in d and d.endswith(".")
    assert literal.count("rénovation des écoles", d, FR) == 1


def test_a_later_sentence_of_the_lead_may_open_when_the_first_cannot_say_it() -> None:
    paras = (
        "Les travaux de consolidation de la cathédrale de la ville se poursuivent cette semaine "
        "sous la pluie. Le chantier s'annonce délicat : il faut démonter le vieil échafaudage "
        "installé avant l'incendie du mois d'avril.",
        "Le vieil échafaudage pèse plusieurs centaines de tonnes selon les architectes.",
    )
    d = meta_description(paras, "vieil échafaudage", FR)
    assert literal.found("vieil échafaudage", d, FR), d
    assert not d.startswith("Il"), d


BRIDGE = """Le vieux pont de Saint-Aubin fermé pour deux ans

Les travaux de la commune commencent lundi. Il faut démonter le vieux pont de pierre construit \
avant la guerre, dont les arches se sont fissurées pendant l'hiver, et qui menace la rivière.

Le maire de la commune, Jean Dupuis, a présenté le chantier aux habitants. Le vieux pont de \
pierre sera démonté pièce par pièce par une entreprise spécialisée.

Le ministère de la Culture financera une partie des travaux. Le ministre de la Culture doit \
visiter le chantier au printemps.

Un pont provisoire sera installé en aval pour les piétons et les cyclistes. Les voitures \
devront faire un détour de six kilomètres par la route départementale.
"""


def test_candidates_are_phrases_a_reader_searches() -> None:
    src = parse(BRIDGE)
    phrases = [c.phrase for c in keyphrase.candidates(src, extract(src))]
    # an adjective and its noun, though a clause hangs on the noun
    assert any(p in ("vieux pont", "vieux pont de pierre") for p in phrases), phrases
    # « Culture » is only ever part of « ministère de la Culture »: no name of its own
    assert "Culture" not in phrases


def test_a_quoted_name_is_a_candidate() -> None:
    text = """Le ministère renonce à son service "Alerte infox santé"

Le ministère a fermé jeudi son service "Alerte infox santé", face aux critiques de la presse.

Le service "Alerte infox santé" listait des articles de presse sur l'épidémie depuis avril.

Les syndicats de journalistes jugeaient que "Alerte infox santé" faisait du ministère un juge.
"""
    src = parse(text)
    phrases = [c.phrase for c in keyphrase.candidates(src, extract(src))]
    assert "Alerte infox santé" in phrases, phrases  # the whole name
    assert "Alerte infox" not in phrases  # never a piece of it


RADARS = """Les radars bientôt masqués sur Coyote et Waze

Un projet de loi obligeant les applications de navigation à masquer les contrôles de police a \
été transmis lundi au Conseil d'État, a indiqué le ministère de l'Intérieur.

Les applications comme Coyote ou Waze signalent en direct les radars, les bouchons et les \
accidents aux automobilistes.

Le projet de loi prévoit des amendes pour les opérateurs qui ne respectent pas la règle. Waze \
n'a pas souhaité réagir à cette annonce.

Coyote compte cinq millions d'abonnés en France, selon la société, qui rappelle son rôle dans la \
sécurité routière.

Coyote avait déjà dû retirer les radars fixes de son application en 2012.
"""


def test_salience_gives_way_to_where_the_keyphrase_must_go() -> None:
    # two names, one less salient: when only it can open the title and sit in the
    # description, the checks it passes outweigh the salience it lacks
    src = parse(RADARS)
    ledger = extract(src)
    cands = keyphrase.candidates(src, ledger)
    assert {c.phrase for c in cands[:2]} == {"Coyote", "Waze"}
    strong, weak = cands[0].phrase, cands[1].phrase
    assert cands[0].score > cands[1].score >= 0.45 * cands[0].score

    def title(p: str) -> tuple[str, float]:
        return (f"{p} : les radars masqués", 1.0) if p == weak else ("Les radars masqués", 0.85)

    def description(p: str) -> str:
        return "" if p != weak else f"Les applications comme {p} signalent en direct les radars."

    key, _ = keyphrase.choose(src, ledger, title=title, description=description)
    assert key == weak
    # the salient one when both fit alike
    key, _ = keyphrase.choose(src, ledger, title=lambda p: (p, 1.0), description=lambda p: p)
    assert key == strong


def test_the_keyphrase_is_one_the_lead_and_the_description_carry() -> None:
    # the lead and its description name the bridge; the keyphrase goes where they can carry it
    src = parse(BRIDGE)
    plan = make_plan(src, extract(src))
    assert literal.found(plan.keyphrase, src.paragraphs[0], FR), plan.keyphrase
    assert literal.found(plan.keyphrase, plan.meta_description, FR), plan.meta_description


def test_an_apposition_a_pronoun_names_stays() -> None:
    s = (
        'Le ministère a fermé jeudi son service "Alerte Vérité", une page de son site, face '
        "aux critiques qu'elle a suscitées chez les journalistes de la presse régionale."
    )
    # without the apposition, « qu'elle » would name nothing
    assert not any('Vérité", face' in t for t in trimmed(_tokens(s)))


def test_when_nothing_of_the_lead_fits_a_sentence_further_on_opens() -> None:
    long = (
        "Alors que le bilan de l'épidémie atteint les dix mille morts dans le pays voisin, "
        "deuxième pays le plus touché du continent, la région va fermer ses frontières aux "
        "visiteurs pour faire face à la hausse des cas, la ville et le département misant sur "
        "les masques."
    )
    paras = (
        long,
        long.replace("Alors que", "Tandis que"),
        long.replace("la région", "la province"),
        long.replace("la ville", "la capitale"),
        "Dans la région, les autorités ont annoncé une hausse des cas de dix pour cent en une "
        "semaine (contre cinq pour cent la semaine précédente et deux pour cent en juin) dans "
        "les écoles.",
    )
    d = meta_description(paras, "région", FR, supported=lambda t: True)
    assert d.startswith("Dans la région, les autorités ont annoncé une hausse des cas"), d
    assert "(" not in d and d.endswith("dans les écoles.")


def test_over_the_density_maximum_costs_more_than_any_missed_check() -> None:
    text = "Le port de Brest accueille un navire.\n\n" + " ".join(
        ["Le port de Brest a reçu un navire de croisière."] * 8
    )
    f = keyphrase.fit("port de Brest", parse(text), FR)
    assert f.density < 0.88 * 0.88  # worse than two missed checks: Yoast takes 50 points away


def test_two_clauses_of_a_colon_are_never_glued_the_second_may_stand_alone() -> None:
    lead = (
        "La règle était rare en France et contestée dans la région de Lyon : les élus de la "
        "métropole ont finalement renoncé lundi à imposer le casque aux cyclistes dans le "
        "centre-ville pour lutter contre les accidents."
    )
    d = meta_description((lead,), "casque aux cyclistes", FR, [_tokens(lead)])
    assert "France les élus" not in d and "Lyon les élus" not in d, d  # never glued
    assert literal.found("casque aux cyclistes", d, FR) and len(d) <= 156
    # the clause after the colon tells the news on its own
    assert any(t.startswith("Les élus de la métropole ont") for t in trimmed(_tokens(lead)))


def test_a_persons_surname_is_a_synonym_unless_someone_else_bears_it() -> None:
    from redac.plan.keyphrase import surname_of

    text = (
        "Le maire de Rennes, Jean Dupuis, a présenté lundi son plan pour les écoles. "
        "Selon M. Dupuis, les travaux dureront six ans. Jean Dupuis a été réélu en 2020."
    )
    assert surname_of("Jean Dupuis", text, "fr") == "Dupuis"
    other = text + " Sa fille, Marie Dupuis, dirige une école de la ville depuis 2015."
    assert surname_of("Jean Dupuis", other, "fr") == ""  # « Dupuis » may be her
    assert surname_of("Jean Dupuis", "Jean Dupuis a présenté son plan lundi.", "fr") == ""
    assert surname_of("plan de rénovation", text, "fr") == ""  # not a person


def test_an_apposition_goes_whole_never_a_clause_nor_the_subjects_comma() -> None:
    s = (
        'Des affiches défendant le "RIP", ce référendum d\'initiative partagée, ont fleuri ces '
        "derniers jours dans les cortèges des syndicats de la ville."
    )
    out = trimmed(_tokens(s))
    assert any(t.startswith('Des affiches défendant le "RIP" ont fleuri') for t in out), out
    clause = (
        "Soutenue par plusieurs partis de gauche comme de droite, cette réforme vise à "
        "simplifier le vote des citoyens, sans associer le Parlement en amont."
    )
    # « cette réforme vise… » is the main clause, not an apposition: it never goes
    assert not any(t.startswith("Soutenue par plusieurs partis") for t in trimmed(_tokens(clause)))
