"""Metadata an editor would publish: whole phrases, transliterated slugs."""

from __future__ import annotations

from redac.lang import get_language
from redac.plan.meta import meta_description, seo_title, slug

FR = get_language("fr")


def test_slug_transliterates_ligatures() -> None:
    assert slug("cœur de l'œuvre", "", FR).startswith("coeur-oeuvre")
    assert slug("Straße", "", get_language("en")) == "strasse"
    assert slug("Łódź", "Kraków en fête", FR) == "lodz-krakow-fete"


def test_seo_title_is_never_cut_and_has_one_colon() -> None:
    headline = "Sécurité routière : 700 km de routes repassent à 90 km/h"
    title = seo_title(headline, "routes", FR)
    assert title.count(":") <= 1 and title.endswith("km/h")
    long = (
        "La Russie pourrait essayer de forcer la Biélorussie à se diriger vers l'unité dès l'an "
        "prochain selon les analystes"
    )
    out = seo_title(long, "Biélorussie", FR)
    assert not out.endswith("forcer la Biélorussie")  # no cut in the middle of a phrase
    assert out == long or out.endswith(("analystes", "unité", "prochain"))


def test_description_is_whole_sentences_with_the_keyphrase() -> None:
    paras = (
        "Le port de Marseille a accueilli jeudi son premier navire de croisière électrique. "
        "Le bateau de 120 mètres a été construit par les chantiers de Saint-Nazaire.",
        "Il peut transporter 600 passagers.",
    )
    d = meta_description(paras, "port de Marseille", FR)
    assert d.startswith("Le port de Marseille") and d.endswith(".") and "…" not in d
    assert len(d) <= 156


def _plan(text: str):  # type: ignore[no-untyped-def]
    from redac.facts.extract import extract
    from redac.ingest import parse
    from redac.plan.planner import make_plan

    src = parse(text)
    return src, make_plan(src, extract(src))


def test_seed_title_opens_with_the_keyphrase_and_fits(seed_article: str) -> None:
    from redac.analysis.titlewidth import title_width
    from redac.claims import checker_for
    from redac.facts.extract import extract
    from redac.plan import literal
    from redac.write.clauses import quotes_balanced

    src, plan = _plan(seed_article)
    title = plan.seo_title
    # no complete clause of the news fits 600 px: the keyphrase labels a noun phrase of the
    # lead, whole, in the speaker's quotation marks since it is the speaker's words
    assert literal.at_start(plan.keyphrase, title, FR), title
    assert 400 <= title_width(title) <= 600, title
    assert title.count(":") <= 1 and quotes_balanced(title)
    assert checker_for(extract(src)).check(title, "heading").supported


def test_a_topic_label_is_a_topic_never_what_the_news_says() -> None:
    from redac.facts.extract import extract
    from redac.ingest import parse
    from redac.nlp import parse as nlp
    from redac.plan.meta import _label_phrases
    from redac.plan.planner import _title_and_lead

    text = (
        "Russie : 18 ans de prison requis contre un Américain accusé d'espionnage\n\n"
        "Le parquet russe a requis lundi une peine de 18 ans de camp contre Paul Whelan, un "
        "ex-marine américain, pour « un acte d'espionnage » commis à Moscou. La défense de Paul "
        "Whelan dénonce l'instrumentalisation de la justice.\n\n"
        "Paul Whelan avait été arrêté en 2018 à Moscou. Le verdict de la justice de Moscou sera "
        "rendu le 15 juin, a précisé la défense, qui dénonce une instrumentalisation.\n"
    )
    src = parse(text)
    ledger = extract(src)
    title, lead = _title_and_lead(nlp("fr", ledger.source_text), src, ledger)
    labels = _label_phrases(title, lead, FR, "Paul Whelan", ledger.source_text)
    assert labels  # « l'instrumentalisation de la justice »
    for label in labels:
        first = label.split()[0].lower()
        # a definite article, or the speaker's quotation marks — never « un acte… »
        assert first in ("le", "la", "les", "«", '"') or first.startswith("l'"), label
        assert "parquet russe" not in label.lower()  # who acts is no topic


def test_a_privative_phrase_is_the_claim() -> None:
    _, plan = _plan(
        "Rétropédalage à Bruxelles : les cyclistes pourront finalement rouler sans masque\n\n"
        "Les autorités bruxelloises ont renoncé vendredi à imposer le port du masque aux "
        "cyclistes dans la capitale, une mesure rarissime en Europe.\n\n"
        "Le port du masque reste obligatoire pour les piétons.\n"
    )
    assert not plan.seo_title.rstrip().endswith("rouler")  # « sans masque » is the news


def test_description_tells_the_news_first_and_never_points_back() -> None:
    from redac.plan.description import leans_back, meta_description

    assert leans_back("Il a ajouté que la décision était prise.", FR)
    assert leans_back("Sous cette carrosserie prend place un moteur électrique.", FR)
    assert leans_back("Néanmoins, sur ce point, elles pourraient devenir inutiles.", FR)
    assert not leans_back("En 2019, les Biélorusses sont descendus dans la rue.", FR)
    paras = (
        "Le conseil municipal de Rennes a adopté mardi un plan de rénovation des écoles.",
        "Il prévoit 40 millions d'euros de travaux sur six ans dans vingt établissements.",
        "Néanmoins, les syndicats enseignants jugent le calendrier trop lent pour les élèves.",
    )
    d = meta_description(paras, "rénovation des écoles", FR)
    assert d.startswith("Le conseil municipal de Rennes") and len(d) <= 156
    assert "Néanmoins" not in d  # a sentence that points back, never after a gap
    assert d.rstrip().endswith((".", "!", "?", "»", '"'))


def test_a_later_sentence_naming_the_keyphrase_follows_the_news_never_opens() -> None:
    from redac.plan.description import meta_description

    paras = (
        "Le conseil municipal de Rennes a adopté mardi un plan pour les écoles de la ville.",
        "Le vote a eu lieu après trois heures de débat au conseil municipal.",
        "Les syndicats ont manifesté devant la mairie pendant la séance du conseil.",
        "Le maire a salué un texte attendu depuis des années par les parents.",
        "La rénovation des écoles de Rennes coûtera 40 millions.",
    )
    d = meta_description(paras, "rénovation des écoles", FR)
    assert d.startswith("Le conseil municipal de Rennes"), d
    assert "rénovation des écoles" in d and len(d) <= 156


def test_a_lead_too_long_by_a_little_is_the_description_whole_never_a_piece() -> None:
    from redac.plan.description import DESC_MAX, meta_description

    lead = (
        "L'ancien ministre de la culture socialiste a reçu pour près de 200.000 euros de costumes "
        "de la part du couturier Smalto, une enquête préliminaire à été ouverte."
    )
    paras = (
        lead + ' Son avocat assure que "cela s\'inscrit dans une tradition de la marque".',
        "Ces cadeaux ont-ils été offerts sans contrepartie ?",
    )
    assert DESC_MAX < len(lead) <= DESC_MAX * 5 // 4
    assert meta_description(paras, "Smalto", FR) == lead


def test_a_sentence_opening_on_which_points_back() -> None:
    from redac.plan.description import leans_back

    en = get_language("en")
    assert leans_back("Which is not to say that whatever happened on Saturday was minor.", en)
    assert not leans_back("The White House said on Saturday the visit was routine.", en)
