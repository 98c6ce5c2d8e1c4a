"""The passive-voice check reads the passive *form* (être/be + participle in one clause), so that
its verdict is never kinder than Yoast's. Every sentence below was misread by the earlier rule,
which counted only action passives with an eventive tense or a stated agent."""

from __future__ import annotations

import pytest

from redac.analysis.assessor import Check, readability_verdict
from redac.analysis.config import profile
from redac.analysis.research import passive_tokens
from redac.api import analyze
from redac.lang import get_language

FR, EN = get_language("fr"), get_language("en")

FR_PASSIVE = [
    "Le magasin est fermé le dimanche.",  # passive of state, present tense
    "Des tests sont menés pour déplomber les chapelles.",  # action passive, present tense
    "Les pièces sont en effet proposées en trois tailles.",  # an adverbial phrase between
    "La jauge est par exemple remplacée par un voyant.",  # the agent is four words on
    "Elle était entendue pour la deuxième fois par les députés.",
    "Sont visés les contrats signés avant 2020.",  # inverted: the auxiliary opens
    "Seront-ils reçus par le ministre ?",  # a question: "seront-ils"
    "Le texte vient d'être soumis au Conseil d'État.",  # elided "d'être"
    "Ils risquent d'être condamnés à des amendes.",
    "Les travaux sont finis depuis lundi.",  # second-group participle after a present
    "Le contrat est conclu pour trois ans.",
    "Nous sommes soutenus par nos électeurs.",  # "nous" is the subject, not a reflexive
    "Le pays est en proie à une crise marquée par l'inflation.",  # reduced passive
    "C'est décidé : la fête aura lieu.",  # "c'est" + participle
]
FR_NOT_PASSIVE = [
    "Il est passé par Lyon avant de rentrer.",  # passer, active with être
    "Il est retombé par terre après le choc.",
    "Il est demeuré par fidélité auprès de son ancien patron.",
    "Cet été fermé pour travaux, le musée rouvrira en septembre.",  # "été" the season
    "Étant donné la situation, le conseil reporte le vote.",  # a fixed conjunction
]
EN_PASSIVE = [
    "The weapons were used against them.",  # a four-letter -ed participle
    "They weren't broken.",  # contracted negation
    "I am very hurt.",  # an adverb not in -ly
    "It's used every day.",  # contracted "is"
    "They're expected to win.",
    "He got arrested last night.",  # the get-passive
]
EN_NOT_PASSIVE = [
    "It was unscheduled.",  # an un- adjective, no verb "unschedule"
    "He was born in Paris.",
]


def _passive(sentence: str, lang: str) -> bool:
    a = analyze(f"<p>{sentence}</p>", lang=lang)
    return bool(a.figures["passive_sentences"])


@pytest.mark.parametrize("sentence", FR_PASSIVE)
def test_french_passive_forms_are_counted(sentence: str) -> None:
    assert _passive(sentence, "fr")


@pytest.mark.parametrize("sentence", FR_NOT_PASSIVE)
def test_french_active_or_noun_readings_are_not(sentence: str) -> None:
    assert not _passive(sentence, "fr")


@pytest.mark.parametrize("sentence", EN_PASSIVE)
def test_english_passive_forms_are_counted(sentence: str) -> None:
    assert _passive(sentence, "en")


@pytest.mark.parametrize("sentence", EN_NOT_PASSIVE)
def test_english_adjectives_are_not(sentence: str) -> None:
    assert not _passive(sentence, "en")


def test_a_comma_ends_the_clause_of_the_auxiliary() -> None:
    """ "est prêt, adopté hier": the participle belongs to a detached phrase, not to "est"."""
    assert not FR.passive(passive_tokens("Le texte est prêt, adopté hier par le Sénat."))
    assert FR.passive(passive_tokens("Le texte est prêt et sera adopté hier par le Sénat."))


def test_stative_passives_turn_the_check_red() -> None:
    """A text whose sentences are passives of state is red, as Yoast rates it (the earlier
    rule found none of them and said green)."""
    states = "Le magasin est fermé le dimanche. La ville est située au bord de la mer. "
    active = "Le maire présente son budget. Les élus votent le texte. " * 3
    a = analyze(f"<p>{states}{active}</p>", lang="fr")
    check = a.check("passive_voice")
    assert check is not None and check.rating == "red"
    assert check.figures["percent"] == 25.0


def _checks(*ratings: str) -> list[Check]:
    return [Check(f"c{i}", 0, r, "", "", {}) for i, r in enumerate(ratings)]


AGG = profile()["readability_score"]


@pytest.mark.parametrize(
    ("ratings", "verdict"),
    [
        (("green",) * 7, (90, "green")),
        (("red", "orange") + ("green",) * 5, (60, "orange")),  # 5 points
        (("red", "orange", "orange") + ("green",) * 4, (30, "red")),  # 7 points
        (("red", "red") + ("green",) * 5, (60, "orange")),  # 6 points: not above 6
        (("orange", "orange") + ("green",) * 5, (90, "green")),  # 4 points
    ],
)
def test_readability_adds_penalty_points_not_an_average(
    ratings: tuple[str, ...], verdict: tuple[int, str]
) -> None:
    assert readability_verdict(_checks(*ratings), True, AGG) == verdict


def test_a_language_without_every_check_is_judged_more_strictly() -> None:
    """Yoast's partial support: red 4, orange 2, >4 red, >2 orange."""
    assert readability_verdict(_checks("red", "green", "green"), False, AGG) == (60, "orange")
    assert readability_verdict(_checks("red", "orange", "green"), False, AGG) == (30, "red")
    assert readability_verdict(_checks("orange", "green", "green"), False, AGG) == (90, "green")


def test_one_result_or_none_is_red() -> None:
    """A green text presence is no result in Yoast; alone, the verdict is red, never "none"."""
    only = [Check("text_presence", 9, "green", "good", "", {})]
    assert readability_verdict(only, True, AGG) == (30, "red")
    assert readability_verdict([], True, AGG) == (30, "red")
