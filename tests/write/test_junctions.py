"""Seams read off the surface (:mod:`redac.write.junctions`): two clauses that each open with
their subject and finite verb, or one subject and two finite verbs — and their refusals."""

from __future__ import annotations

import pytest

from redac.lang import get_language
from redac.nlp import parse
from redac.text.normalize import fold
from redac.text.words import words
from redac.write.split import split_sentence, verified

FR = get_language("fr")

WEIGHT = (
    "Le poids est l'ennemi de la performance automobile et la course au poids est notre "
    "priorité absolue depuis plusieurs années déjà."
)
PARK = (
    "Le maire a inauguré le nouveau parc du centre-ville avec les habitants du quartier, et "
    "présente ensuite son budget pour la rentrée prochaine à la presse."
)
WORKS = (
    "Le chantier de la cathédrale a pris plusieurs mois de retard pendant l'hiver ; les "
    "ouvriers doivent désormais démonter l'échafaudage avant le printemps."
)


def pieces(sentence: str) -> list[str]:
    return split_sentence(list(parse("fr", sentence)), FR)


def _same_words(original: str, out: list[str], seam: set[str], added: set[str]) -> None:
    have = {fold(w) for p in out for w in words(p)}
    want = {fold(w) for w in words(original)}
    assert want - have <= seam
    assert have - want <= added


def test_two_clauses_where_the_parse_hangs_the_second_on_a_noun() -> None:
    # the small parser makes « course » a conjunct of « performance »: the surface says two
    # clauses, each with its subject and its finite verb
    out = pieces(WEIGHT)
    assert out == [
        "Le poids est l'ennemi de la performance automobile.",
        "La course au poids est notre priorité absolue depuis plusieurs années déjà.",
    ]
    _same_words(WEIGHT, out, {"et"}, set())


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon le constructeur, l" + WEIGHT[1:],  # the attribution bears on both clauses
        WEIGHT[:-1] + ", a-t-il dit.",
        f"« {WEIGHT[:-1]} », a dit le directeur.",  # never cut inside a quotation
        # « que » opens a subordinate clause the second clause may belong to
        "Le directeur a expliqué que le poids est l'ennemi de la performance et la course au "
        "poids est leur priorité absolue depuis plusieurs années.",
        # a bare noun opens no clause (« Mesure phare, … » the parser takes for a verb)
        "Mesure phare, sur le modèle allemand : plateformes et moteurs de recherche auront "
        "l'obligation de retirer les contenus illicites sous 24 heures.",
        # the second clause would be a piece of 3 words
        "Le ministre a rencontré les représentants des syndicats de la fonction publique "
        "mardi soir, et le dialogue reprendra.",
        # a relative pronoun after « mais » opens no sentence of its own
        "Ce n'est pas le cas du secrétaire d'Etat adjoint américain chargé du Proche-Orient, "
        "arrivé à Beyrouth mercredi mais qui ne compte rencontrer que des représentants.",
    ],
)
def test_no_clause_seam_where_a_claim_would_change(sentence: str) -> None:
    out = pieces(sentence)
    assert not any(p.startswith(("La course au poids", "Moteurs", "Le dialogue")) for p in out)
    assert not any(p.startswith("Mais qui") for p in out)
    if "Selon" in sentence or "a-t-il dit" in sentence or "«" in sentence:
        assert out == []


def test_a_negation_stays_with_its_own_clause() -> None:
    s = (
        "Le ministre n'a pas rencontré les représentants des syndicats de la fonction publique "
        "mardi soir, et le dialogue reste rompu depuis des semaines."
    )
    out = pieces(s)
    assert out[0].startswith("Le ministre n'a pas rencontré") and out[0].endswith("soir.")
    assert out[1] == "Le dialogue reste rompu depuis des semaines."


def test_one_subject_two_finite_verbs_the_subject_said_again() -> None:
    out = pieces(PARK)
    assert out == [
        "Le maire a inauguré le nouveau parc du centre-ville avec les habitants du quartier.",
        "Le maire présente ensuite son budget pour la rentrée prochaine à la presse.",
    ]


def test_an_indefinite_subject_is_not_said_again_as_it_is() -> None:
    # « Un octogénaire … Un octogénaire … » would be two men: a demonstrative or a pronoun
    s = (
        "Un octogénaire de la commune a été retrouvé inanimé dans son jardin par des voisins, "
        "et a été transporté à l'hôpital de la ville voisine."
    )
    out = pieces(s)
    assert len(out) == 2 and out[1].startswith(("Cet octogénaire a été", "Il a été"))
    assert not out[1].startswith("Un ")


def test_a_verb_of_speech_in_the_second_predicate_bears_on_it_only() -> None:
    s = PARK.replace("présente ensuite son budget", "a annoncé la construction d'une piscine")
    out = pieces(s)
    assert len(out) == 2 and out[1].startswith("Le maire a annoncé la construction")
    # « selon » opening the sentence bears on both predicates: no split
    assert pieces("Selon la presse locale, l" + s[1:]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # « que » after the first verb: the second verb may continue the subordinate clause
        "Le pape a affirmé de son côté que le pays était face à un extrême danger et ne pouvait "
        "être abandonné à sa solitude.",
        # the verbs do not agree: not one subject
        "Le maire a inauguré le nouveau parc du centre-ville avec les habitants du quartier, et "
        "présentent ensuite leur budget pour la rentrée prochaine.",
    ],
)
def test_no_subject_said_again_where_the_reading_is_unsure(sentence: str) -> None:
    assert not any(
        p.startswith(("Le pape ne", "Il ne", "Le maire présentent")) for p in pieces(sentence)
    )


def test_semicolon_between_two_clauses() -> None:
    assert pieces(WORKS) == [
        "Le chantier de la cathédrale a pris plusieurs mois de retard pendant l'hiver.",
        "Les ouvriers doivent désormais démonter l'échafaudage avant le printemps.",
    ]
    assert pieces("Selon l'architecte, l" + WORKS[1:]) == []


def test_verification_takes_a_pronoun_but_no_other_word() -> None:
    original = "Un octogénaire a été retrouvé dans son jardin, et a été transporté à l'hôpital."
    good = ["Un octogénaire a été retrouvé dans son jardin.", "Il a été transporté à l'hôpital."]
    assert verified(original, good, ["Il"], FR)
    bad = [
        "Un octogénaire a été retrouvé dans son jardin.",
        "Il a été vite transporté à l'hôpital.",
    ]
    assert not verified(original, bad, ["Il"], FR)
