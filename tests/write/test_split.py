"""Long sentences split at a seam that changes no claim, verified word by word."""

from __future__ import annotations

import pytest

from redac.lang import get_language
from redac.nlp import parse
from redac.text.words import words
from redac.write.split import split_sentence, verified

FR = get_language("fr")


def pieces(sentence: str) -> list[str]:
    return split_sentence(list(parse("fr", sentence)), FR)


def test_relative_clause_repeats_its_antecedent() -> None:
    s = (
        "Plusieurs milliers de manifestants sont ainsi attendus, dans un contexte de reprise de "
        "l'épidémie dans le pays, qui recense en moyenne quelque 1.500 nouveaux cas déclarés par jour."
    )
    out = pieces(s)
    assert len(out) == 2 and out[1].startswith("Le pays recense")
    assert set(words(s)) - {"qui"} <= {w for p in out for w in words(p)}


def test_coordinated_clauses_become_two_sentences() -> None:
    s = (
        "La Libye est en proie au chaos depuis la chute du régime de Mouammar Kadhafi en 2011, "
        "et le conflit a connu au cours de l'année écoulée une implication croissante de puissances étrangères."
    )
    out = pieces(s)
    assert len(out) == 2 and out[1].startswith("Le conflit a connu")


def test_ce_qui_becomes_cela() -> None:
    s = (
        "Le gouvernement a annoncé mardi une hausse de 12 % du budget consacré aux écoles rurales "
        "du département, ce qui porte le total des crédits à 40 millions d'euros cette année."
    )
    out = pieces(s)
    assert out and out[-1].startswith("Cela porte le total")


@pytest.mark.parametrize(
    "sentence",
    [
        # a reported statement: « a-t-il indiqué » bears on both halves
        "La réouverture de ce parc sera officialisée jeudi, et il en sera précisé les modalités "
        "ainsi que le sort des autres parcs d'attraction, a-t-il indiqué devant la presse locale.",
        # « non seulement … mais »: the halves only make sense together
        "Les applications sont devenues des alliées des automobilistes : non seulement elles "
        "informent des dangers de la route, mais elles alertent également sur les contrôles routiers.",
        # a short sentence is left alone
        "Le maire a inauguré mardi un parc de 3 hectares.",
    ],
)
def test_no_seam_where_a_claim_would_change(sentence: str) -> None:
    for p in pieces(sentence):
        assert "non seulement" not in p or "mais" in p
    if "a-t-il indiqué" in sentence or "3 hectares" in sentence:
        assert pieces(sentence) == []


def test_verification_refuses_a_new_word() -> None:
    original = "Le ministre a signé le traité et il a quitté la salle sous les applaudissements."
    good = ["Le ministre a signé le traité.", "Il a quitté la salle sous les applaudissements."]
    assert verified(original, good, [], FR)
    bad = [
        "Le ministre a signé le traité.",
        "Il a ensuite quitté la salle sous les applaudissements.",
    ]
    assert not verified(original, bad, [], FR)
    lost = ["Le ministre a signé le traité.", "Il a quitté la salle."]
    assert not verified(original, lost, [], FR)


# Each seam: a sentence it splits, and its twin that must stay whole (an attribution, a
# negation, a quotation or an opening adjunct that would lose part of what it bore on).

SUSPECT = (
    "Le suspect a quitté la ville vers minuit par la route nationale, et ses deux complices "
    "ont été arrêtés dans la matinée près de la frontière."
)
ARMED = (
    "le suspect, qui était armé d'un couteau de cuisine, a quitté la ville vers minuit par la "
    "route nationale en direction de la frontière."
)
LEATHER = (
    "des habillages réalisés dans les meilleurs cuirs viendront compléter les finitions du "
    "nouveau modèle de la marque, et figureront parmi les équipements proposés de série sur "
    "toutes les versions."
)
BELFRY = (
    "dans le beffroi nord, qui avait été léché par les flammes, les huit cloches devront être "
    "descendues avant d'être plus tard remontées."
)
BATTERY = (
    "Le modèle est également équipé d'une suspension à double triangulation, et sa batterie "
    "garantira une autonomie située entre 16 et 32 kilomètres selon {who}."
)


def test_coordinated_clauses_split_outside_any_attribution() -> None:
    out = pieces(SUSPECT)
    assert len(out) == 2 and out[1].startswith("Ses deux complices ont été arrêtés")


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon la police, l" + SUSPECT[1:],  # « selon » opens the sentence: it bears on both
        SUSPECT[:-1] + ", a-t-il indiqué.",  # so does a verb of speech after everything
        f"« {SUSPECT[:-1]} », a déclaré le procureur.",  # never inside a quotation
    ],
)
def test_coordination_stays_whole_under_an_attribution(sentence: str) -> None:
    assert pieces(sentence) == []


def test_selon_that_means_depending_on_is_no_attribution() -> None:
    out = pieces(BATTERY.format(who="l'utilisation du véhicule"))
    assert len(out) == 2 and out[1].startswith("Sa batterie garantira")
    # « selon le constructeur » closing the sentence may bear on both halves
    assert pieces(BATTERY.format(who="le constructeur britannique")) == []


def test_relative_clause_keeps_the_attribution_it_was_under() -> None:
    out = pieces(ARMED[0].upper() + ARMED[1:])
    assert out == [
        "Le suspect a quitté la ville vers minuit par la route nationale en direction de la "
        "frontière.",
        "Le suspect était armé d'un couteau de cuisine.",
    ]
    # « Selon la police, le suspect a quitté… Le suspect était armé… » would state as a fact
    # what the police said
    assert pieces("Selon la police, " + ARMED) == []


def test_shared_subject_is_said_again_with_a_demonstrative() -> None:
    out = pieces(LEATHER[0].upper() + LEATHER[1:])
    assert len(out) == 2
    assert out[1].startswith("Ces habillages figureront parmi les équipements")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dès la rentrée, " + LEATHER,  # an opening adjunct may bear on both verbs
        # a relative clause's verb in the first half: which verb does the second continue?
        LEATHER.replace("des habillages réalisés", "Les habillages qui sont réalisés"),
    ],
)
def test_shared_subject_not_said_again_where_the_reading_is_unsure(sentence: str) -> None:
    assert not any(
        p.startswith(("Ces habillages", "Les habillages figureront")) for p in pieces(sentence)
    )


def test_negation_is_never_left_on_one_verb_only() -> None:
    s = (
        "Le maire a inauguré le parc du centre-ville et rencontré les habitants du quartier "
        "nord de la commune pendant son mandat."
    )
    assert pieces(s)[1].startswith("Le maire a rencontré les habitants")
    # « n'a jamais inauguré… et rencontré… »: the negation bears on both participles
    assert pieces(s.replace("a inauguré", "n'a jamais inauguré")) == []


def test_relative_clause_in_an_opening_adjunct() -> None:
    out = pieces(BELFRY[0].upper() + BELFRY[1:])
    assert out == [
        "Dans le beffroi nord, les huit cloches devront être descendues avant d'être plus tard "
        "remontées.",
        "Le beffroi nord avait été léché par les flammes.",
    ]
    assert pieces("Selon l'architecte, " + BELFRY) == []


def test_colon_between_two_clauses() -> None:
    s = (
        "Les travaux ont pris du retard pendant l'hiver : les ouvriers doivent maintenant "
        "démonter l'échafaudage qui s'est soudé avec la chaleur de l'incendie."
    )
    assert pieces(s) == [
        "Les travaux ont pris du retard pendant l'hiver.",
        "Les ouvriers doivent maintenant démonter l'échafaudage qui s'est soudé avec la "
        "chaleur de l'incendie.",
    ]
    # what follows the colon is a quotation: it stays with what introduces it
    quoted = (
        "Le ministre a été très clair devant les députés de la majorité : « nous ne reculerons "
        "pas sur la réforme des retraites cette année »."
    )
    assert pieces(quoted) == []


def test_no_piece_ends_on_an_initial() -> None:
    original = "Les habillages compléteront la Classe S, et ils figureront parmi les équipements."
    assert not verified(
        original,
        ["Les habillages compléteront la Classe S.", "Ils figureront parmi les équipements."],
        [],
        FR,
    )


def test_english_has_no_parser_so_nothing_is_split() -> None:
    from redac.model import Source
    from tests.helpers import offline

    long = (
        "The council approved the new budget for the rural schools of the county on Tuesday "
        "evening, and the mayor said that the first works would start before the end of the year."
    )
    text = f"Budget for rural schools\n\n{long}\n\nThe vote was close."
    r = offline(Source.from_text(text, lang="en"), lang="en", min_words=50)
    body = " ".join(p for s in r.article.sections for p in s.paragraphs)
    assert long in body


def test_colon_after_a_verbless_phrase_is_kept() -> None:
    s = (
        "Mesure phare, sur le modèle allemand : les plateformes auront l'obligation de retirer "
        "les contenus illicites sous 24 heures, sous peine d'amendes très lourdes."
    )
    assert not any(p.startswith("Mesure phare, sur le modèle allemand.") for p in pieces(s))
