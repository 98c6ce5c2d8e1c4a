"""Key points offer the gate only what the article will show: an item the gate accepted but
the list left out would still block a later timeline entry or FAQ answer as "said already"."""

from __future__ import annotations

from redac.analysis import keyphrase as kp
from redac.facts.extract import extract
from redac.ingest import parse
from redac.lang import get_language
from redac.write import extras
from redac.write.gate import Gate
from redac.write.sentences import SourceText

FR = get_language("fr")
PARAGRAPHS = [
    "Le conseil municipal de Rennes a adopté mardi un plan de rénovation de 42 millions d'euros "
    "pour les écoles, après trois heures de débat dans l'hémicycle de la mairie.",
    "La préfecture de Bretagne a validé jeudi le calendrier des travaux dans les trois groupes "
    "scolaires du quartier de Maurepas, après une réunion de deux heures avec les élus.",
    "Le syndicat des enseignants a salué vendredi une décision attendue depuis 2019 par les "
    "familles du quartier, qui réclamaient des classes mieux isolées contre le froid.",
    "La région Bretagne a voté lundi une aide de 12 millions d'euros pour le chantier des écoles, "
    "après un long débat dans l'hémicycle du conseil régional à Rennes.",
    "Les entreprises du bâtiment retenues commenceront les travaux en juillet 2025 dans l'école "
    "Trégain, la plus ancienne des trois écoles concernées par le plan.",
    "Le maire de Rennes présentera mercredi le détail des chantiers aux parents d'élèves réunis "
    "dans le gymnase du quartier, à partir de 18 heures.",
]


def test_only_the_points_shown_are_offered_to_the_gate() -> None:
    src = parse("Rennes rénove ses écoles\n\n" + "\n\n".join(PARAGRAPHS), lang="fr")
    ledger = extract(src)
    gate = Gate(ledger, FR, src.paragraphs)
    groups = [[i] for i in range(len(src.paragraphs))]  # one section per paragraph
    section = extras.key_points(
        SourceText(ledger, FR), groups, gate, kp.make_topic("écoles", FR), limit=3
    )
    assert section is not None and len(section.items) == 3
    assert len(gate.items.sentences) == 3  # the gate remembers the three shown, no more


def test_sentences_ranked_tier_by_tier_are_sorted_as_a_whole() -> None:
    import random

    from redac.write.extras import _ranked
    from redac.write.sentences import Sentence

    rng = random.Random(7)
    sents = [Sentence(i, f"s{i}", i * 10, i * 10 + 9, i // 3) for i in range(300)]
    ranks = {s.index: (rng.randint(0, 3), rng.random() < 0.5, rng.random() < 0.3) for s in sents}
    asked: list[int] = []

    def rank(s: Sentence) -> tuple[int, bool, bool]:
        asked.append(s.index)
        return ranks[s.index]

    expected = sorted(sents, key=lambda s: ranks[s.index], reverse=True)
    assert list(_ranked(sents, lambda s: ranks[s.index][0], rank)) == expected
    asked.clear()
    first = next(_ranked(sents, lambda s: ranks[s.index][0], rank))
    assert first == expected[0] and len(asked) < len(sents) / 2  # the top tier only
