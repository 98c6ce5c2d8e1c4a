"""The five changed claims of issue #12, on the example article: each flagged, for its reason."""

from __future__ import annotations

import pytest

from redac.claims import ClaimChecker

FIVE = [
    (
        "Le Kremlin tentera probablement de contre-attaquer la Biélorussie lorsque Vladimir "
        "Poutine et Alexandre Loukachenko se rencontreront à Moscou les 5 et 6 avril.",
        {"different_predicate"},
    ),
    (
        "Selon un sondage d'Andrei Vardomatsky, 11% des Biélorusses s'opposaient à la "
        "participation de la Biélorussie aux combats.",
        {"different_predicate"},
    ),
    (
        "Le chef de la politique étrangère russe, Josep Borrell, a salué cette décision.",
        {"role_changed", "different_predicate"},
    ),
    (
        "Selon Josep Borrell, le Kremlin tentera probablement de contraindre la Biélorussie à "
        "poursuivre l’intégration de l’État de l’Union.",
        {"speaker_changed"},
    ),
    (
        "La Russie va forcer la Biélorussie à se diriger vers l’unité, selon l’Institut pour "
        "l’étude de la guerre (ISW).",
        {"modality_changed"},
    ),
]


@pytest.mark.parametrize(("sentence", "reasons"), FIVE)
def test_changed_claims_are_flagged(
    checker_seed: ClaimChecker, sentence: str, reasons: set[str]
) -> None:
    v = checker_seed.check(sentence)
    assert not v.supported
    assert reasons <= set(v.codes), v.codes


def test_the_source_sentence_is_the_evidence(checker_seed: ClaimChecker) -> None:
    v = checker_seed.check(FIVE[4][0])
    assert v.sources == (0,)
    assert "pourrait essayer de forcer" in v.source_texts[0]
    assert "pourrait" in v.reasons[0].detail


def test_a_new_place_is_a_new_entity(checker_seed: ClaimChecker) -> None:
    v = checker_seed.check(
        "Le Kremlin tentera probablement de contraindre la Biélorussie à poursuivre "
        "l'intégration de l'État de l'Union lorsque Vladimir Poutine et Alexandre Loukachenko "
        "se rencontreront à Saint-Pétersbourg les 5 et 6 avril."
    )
    assert v.codes == ("new_entity",)


def test_faithful_restructurings_are_supported(checker_seed: ClaimChecker) -> None:
    for sentence in (
        "Selon l'Institut pour l'étude de la guerre (ISW), la Russie pourrait essayer de forcer "
        "la Biélorussie à se diriger vers l'unité.",
        "Par ailleurs, les gouvernements du Bélarus et de la Russie sont de fidèles alliés.",
        "Vladimir Poutine est le président russe.",
        "1999 : En 1999, la Biélorussie et la Russie ont signé le Traité de l’État de l’Union, "
        "qui visait à approfondir la coopération économique et militaire entre les deux.",
    ):
        assert checker_seed.check(sentence).supported, sentence


def test_faq_answer_must_answer_its_question(checker_seed: ClaimChecker) -> None:
    borrell = (
        "Cette décision a déclenché une violente réaction de la part de l’UE, le chef de la "
        "politique étrangère du bloc, Josep Borrell, affirmant qu’il s’agissait d’une « escalade "
        "irresponsable et d’une menace pour la sécurité européenne »."
    )
    assert checker_seed.check_answer("Qu’a déclaré Josep Borrell ?", borrell).supported
    wrong = checker_seed.check_answer("Qu’a déclaré le SIE ?", borrell)
    assert "speaker_changed" in wrong.codes
    dated = checker_seed.check_answer("Que s'est-il passé en 2019 ?", borrell)
    assert "changed_date" in dated.codes


def test_timeline_entry_under_the_wrong_date(checker_seed: ClaimChecker) -> None:
    v = checker_seed.check(
        "2030 : En 1999, la Biélorussie et la Russie ont signé le Traité de l’État de l’Union, "
        "qui visait à approfondir la coopération économique et militaire entre les deux.",
        kind="item",
    )
    assert "changed_date" in v.codes
