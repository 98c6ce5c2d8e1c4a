"""Every reason the checker gives, in French and in English, on sources written for the tests:
one changed sentence each, and the restructured sentences a good rewrite writes, supported."""

from __future__ import annotations

import pytest

from redac.claims import REASONS, ClaimChecker

FR = {
    "no_support": "Le Premier ministre a démissionné hier soir après un vote de défiance.",
    "new_entity": "« Nous ne fermerons aucun hôpital », a déclaré Claire Dumas lors d'une "
    "conférence de presse à Toulouse.",
    "changed_entity": "Marc Leroy pourrait contester le projet devant le Conseil d'État.",
    "changed_number": "Selon la ministre de la Santé, Claire Dumas, cette hausse permettra de "
    "recruter 5 000 infirmiers.",
    "changed_date": "Les députés examineront le texte le 14 mai, avant un vote prévu en avril.",
    "place_time_changed": "Les hôpitaux de Lyon ne recevront pas de fonds supplémentaires "
    "cette année.",
    "altered_quote": "« Nous ne fermerons aucune maternité », a déclaré Claire Dumas lors d'une "
    "conférence de presse à Lyon.",
    "speaker_changed": "Selon Marc Leroy, cette hausse permettra de recruter 4 000 infirmiers.",
    "role_changed": "Le vice-président du syndicat, Marc Leroy, a critiqué une réforme qu'il "
    "juge insuffisante.",
    "negation_flipped": "Les hôpitaux de Marseille recevront des fonds supplémentaires cette "
    "année.",
    "modality_changed": "Le syndicat Force ouvrière va contester le projet devant le Conseil "
    "d'État.",
    "comparison_flipped": "Le gouvernement a annoncé mardi une baisse de 12 % du budget de la "
    "santé pour 2025.",
    "different_predicate": "Le président du syndicat, Marc Leroy, a salué une réforme qu'il "
    "juge insuffisante.",
}
EN = {
    "no_support": "The governor resigned last night after a vote of no confidence.",
    "new_entity": '"We will not raise ticket prices this year," Linda Park told reporters in '
    "Chicago.",
    "changed_entity": "Tom Becker could challenge the plan in court.",
    "changed_number": "According to the mayor, Linda Park, the money will pay for 40 new "
    "electric buses.",
    "changed_date": "Councillors will vote on the final budget on March 5, before a public "
    "hearing in April.",
    "place_time_changed": '"We will not raise ticket prices this year," Linda Park told '
    "reporters in Boulder.",
    "altered_quote": '"We will not raise bus fares this year," Linda Park told reporters in '
    "Denver.",
    "speaker_changed": "According to Tom Becker, the money will pay for 30 new electric buses.",
    "role_changed": "The union's treasurer, Tom Becker, criticised a reform he called rushed.",
    "negation_flipped": "Residents of the north district will get new bus lines until 2026.",
    "modality_changed": "The drivers' union will challenge the plan in court.",
    "comparison_flipped": "The city council approved a 7% decrease in the transport budget on "
    "Tuesday.",
    "different_predicate": "The union's president, Tom Becker, praised a reform he called rushed.",
}
FAITHFUL_FR = [
    "Cette hausse permettra de recruter 4 000 infirmiers, selon la ministre de la Santé, "
    "Claire Dumas.",
    "Par ailleurs, les députés examineront le texte le 14 mars.",
    "En outre, le syndicat Force ouvrière pourrait contester le projet devant le Conseil d'État.",
    "Lors d'une conférence de presse à Lyon, Claire Dumas a déclaré : « Nous ne fermerons aucun "
    "hôpital ».",
    "Claire Dumas est la ministre de la Santé.",
]
FAITHFUL_EN = [
    "The money will pay for 30 new electric buses, according to the mayor, Linda Park.",
    "Moreover, councillors will vote on the final budget on March 3.",
    "In addition, the drivers' union could challenge the plan in court.",
    'Linda Park told reporters in Denver: "We will not raise ticket prices this year."',
]


def test_every_reason_has_a_case() -> None:
    assert set(FR) == set(REASONS) == set(EN)


@pytest.mark.parametrize("code", sorted(FR))
def test_french_reason(checker_fr: ClaimChecker, code: str) -> None:
    v = checker_fr.check(FR[code])
    assert code in v.codes, (v.codes, [r.detail for r in v.reasons])


@pytest.mark.parametrize("code", sorted(EN))
def test_english_reason(checker_en: ClaimChecker, code: str) -> None:
    v = checker_en.check(EN[code])
    assert code in v.codes, (v.codes, [r.detail for r in v.reasons])


@pytest.mark.parametrize("sentence", FAITHFUL_FR)
def test_french_rewrites_that_keep_the_meaning(checker_fr: ClaimChecker, sentence: str) -> None:
    v = checker_fr.check(sentence)
    assert v.supported, [r.detail for r in v.reasons]


@pytest.mark.parametrize("sentence", FAITHFUL_EN)
def test_english_rewrites_that_keep_the_meaning(checker_en: ClaimChecker, sentence: str) -> None:
    v = checker_en.check(sentence)
    assert v.supported, [r.detail for r in v.reasons]


def test_the_source_against_itself_is_supported(checker_fr: ClaimChecker) -> None:
    for s in checker_fr.source_sentences:
        assert checker_fr.check(s).supported, s


def test_a_reported_conditional_kept_when_the_report_goes_is_not_a_change() -> None:
    """« …a déclaré M. Adib, …, ce qui pourrait signifier que son équipe ne comprendrait pas… »
    split into its own sentence keeps the same conditional: no change of modality; dropping the
    conditional or the negation still is one."""
    from redac.claims import ClaimChecker
    from redac.facts.extract import extract
    from redac.ingest import parse

    source = (
        "Le Premier ministre désigné a promis un gouvernement rapide. « Nous espérons former "
        "vite une équipe homogène », a déclaré M. Adib, ajoutant qu'il souhaitait un cabinet "
        "d'experts, ce qui pourrait signifier que son équipe ne comprendrait pas de membres des "
        "partis politiques."
    )
    c = ClaimChecker(extract(parse(source, lang="fr")))
    kept = "Cela pourrait signifier que son équipe ne comprendrait pas de membres des partis politiques."
    assert c.check(kept).supported
    plain = "Cela signifie que son équipe ne comprendra pas de membres des partis politiques."
    assert "modality_changed" in c.check(plain).codes
    flipped = (
        "Cela pourrait signifier que son équipe comprendrait des membres des partis politiques."
    )
    assert "negation_flipped" in c.check(flipped).codes
