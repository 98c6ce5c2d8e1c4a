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
