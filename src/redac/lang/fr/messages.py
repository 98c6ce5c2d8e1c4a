"""Messages en français."""

LINE = "{title} : {text}"

TITLES = {
    "keyphrase_in_introduction": "Requête dans l'introduction",
    "keyphrase_length": "Longueur de la requête",
    "keyphrase_density": "Densité de la requête",
    "keyphrase_in_meta_description": "Requête dans la méta description",
    "meta_description_length": "Longueur de la méta description",
    "keyphrase_in_subheadings": "Requête dans les intertitres",
    "competing_links": "Liens concurrents",
    "image_keyphrase": "Requête dans le texte alternatif des images",
    "images": "Images",
    "text_length": "Longueur du texte",
    "outbound_links": "Liens sortants",
    "keyphrase_in_seo_title": "Requête dans le titre SEO",
    "internal_links": "Liens internes",
    "seo_title_width": "Largeur du titre SEO",
    "keyphrase_in_slug": "Requête dans le slug",
    "function_words_in_keyphrase": "Mots outils dans la requête",
    "single_h1": "Titre H1 unique",
    "keyphrase_distribution": "Répartition de la requête",
    "subheading_distribution": "Répartition des intertitres",
    "paragraph_length": "Longueur des paragraphes",
    "sentence_length": "Longueur des phrases",
    "transition_words": "Mots de liaison",
    "passive_voice": "Voix passive",
    "text_presence": "Présence de texte",
    "consecutive_sentences": "Débuts de phrases",
    "flesch_reading_ease": "Facilité de lecture (Flesch)",
}

MESSAGES = {
    "keyphrase_in_introduction": {
        "good": "la requête apparaît dans la première phrase de l'introduction. Bravo !",
        "okay": "la requête est dans le premier paragraphe, mais pas dans une même phrase.",
        "bad": "la requête n'apparaît pas dans le premier paragraphe. Annoncez le sujet d'emblée.",
    },
    "keyphrase_length": {
        "missing": "aucune requête cible n'est définie.",
        "good": "{words} mot(s) significatif(s), c'est bien.",
        "okay": "{words} mots significatifs ; visez au plus {max}.",
        "bad": "{words} mots significatifs, c'est trop ; raccourcissez la requête.",
    },
    "keyphrase_density": {
        "none": "la requête n'apparaît pas dans le texte ; visez au moins {min} occurrences.",
        "under": "{count} occurrence(s) ({density} %), c'est trop peu ; visez au moins {min}.",
        "good": "{count} occurrences ({density} %). Parfait.",
        "over": "{count} occurrences ({density} %), c'est plus que le maximum de {max}.",
        "way_over": "{count} occurrences ({density} %) : bourrage de mots-clés, réduisez à {max}.",
    },
    "keyphrase_in_meta_description": {
        "missing": "il n'y a pas de méta description.",
        "good": "la requête figure dans la méta description.",
        "none": "la requête n'apparaît pas dans la méta description.",
        "too_many": "la requête apparaît {count} fois dans la méta description ; une ou deux suffisent.",
    },
    "meta_description_length": {
        "missing": "aucune méta description n'est définie.",
        "too_short": "{length} caractères, c'est court ; visez {min} à {max}.",
        "too_long": "{length} caractères, la fin sera coupée ; au plus {max}.",
        "good": "{length} caractères. Bien.",
    },
    "keyphrase_in_subheadings": {
        "short_no_subheadings": "texte court sans intertitres : rien à redire.",
        "long_no_subheadings": "texte long sans intertitres ; ajoutez des H2 qui reprennent le sujet.",
        "too_few": "{matches} intertitre(s) sur {subheadings} reprennent le sujet ; c'est trop peu.",
        "too_many": "{matches} intertitres sur {subheadings} reprennent la requête ; variez davantage.",
        "good": "{matches} intertitre(s) sur {subheadings} reprennent le sujet. Bien.",
        "no_match": "aucun intertitre ne reprend la requête ou un synonyme.",
    },
    "competing_links": {
        "good": "aucun lien n'utilise la requête comme ancre.",
        "bad": "{count} lien(s) utilisent la requête comme ancre et lui font concurrence.",
    },
    "image_keyphrase": {
        "no_images": "aucune image avec la requête dans son texte alternatif.",
        "no_alt": "les images n'ont pas de texte alternatif.",
        "no_keyphrase_alt": "aucun texte alternatif ne reprend la requête.",
        "too_few": "trop peu d'images reprennent la requête ({matching} sur {images}).",
        "too_many": "trop d'images reprennent la requête ({matching} sur {images}) ; variez.",
        "good": "la requête figure dans le texte alternatif d'une image. Bien.",
    },
    "images": {
        "good": "l'article contient {images} image(s).",
        "bad": "l'article ne contient aucune image.",
    },
    "text_length": {
        "good": "le texte compte {words} mots. Bien.",
        "slightly_below": "{words} mots, un peu moins que les {recommended} recommandés.",
        "below": "{words} mots, moins que les {recommended} recommandés.",
        "far_below": "{words} mots, bien en dessous des {recommended} recommandés.",
        "very_far_below": "{words} mots, très loin des {recommended} recommandés.",
    },
    "outbound_links": {
        "none": "aucun lien sortant ; citez vos sources.",
        "all_nofollow": "tous les liens sortants sont en nofollow.",
        "some_nofollow": "certains liens sortants sont en nofollow.",
        "good": "{links} lien(s) sortant(s). Bien.",
    },
    "internal_links": {
        "none": "aucun lien interne ; reliez l'article à d'autres pages du site.",
        "all_nofollow": "tous les liens internes sont en nofollow.",
        "some_nofollow": "certains liens internes sont en nofollow.",
        "good": "{links} lien(s) interne(s). Bien.",
    },
    "keyphrase_in_seo_title": {
        "good": "le titre SEO commence par la requête. Bravo !",
        "not_at_start": "la requête figure dans le titre SEO, mais pas au début.",
        "words_only": "les mots de la requête figurent dans le titre SEO, mais pas tels quels.",
        "bad": "la requête n'apparaît pas dans le titre SEO.",
    },
    "seo_title_width": {
        "missing": "aucun titre SEO n'est défini.",
        "too_short": "{width_px} px, le titre est court ; il reste de la place (jusqu'à {max_px} px).",
        "too_long": "{width_px} px, le titre sera coupé au-delà de {max_px} px.",
        "good": "{width_px} px. Bien.",
    },
    "keyphrase_in_slug": {
        "good": "le slug contient la requête.",
        "okay": "le slug contient une partie de la requête.",
        "none": "le slug ne contient aucun mot de la requête.",
    },
    "function_words_in_keyphrase": {
        "good": "la requête contient des mots porteurs de sens.",
        "bad": "la requête n'est faite que de mots outils ; choisissez des mots de contenu.",
    },
    "single_h1": {
        "good": "il n'y a pas plusieurs H1.",
        "bad": "le corps contient {h1} titres H1 ; gardez-en un seul.",
    },
    "keyphrase_distribution": {
        "good": "le sujet est réparti dans tout le texte.",
        "okay": "certaines parties du texte ne parlent pas du sujet ({gap_percent} %).",
        "bad": "le sujet est concentré : {gap_percent} % des phrases d'affilée n'en parlent pas.",
    },
    "subheading_distribution": {
        "short": "texte court, les intertitres sont facultatifs.",
        "long_no_subheadings": "texte long sans intertitres ; découpez-le.",
        "intro_long": "l'introduction dépasse {max} mots avant le premier intertitre.",
        "intro_very_long": "l'introduction est beaucoup trop longue avant le premier intertitre.",
        "good": "les sections restent sous {max} mots. Bien.",
        "okay": "une section compte {longest} mots ; au plus {max}.",
        "bad": "{too_long} section(s) dépassent {max} mots (la plus longue : {longest}).",
    },
    "paragraph_length": {
        "good": "aucun paragraphe trop long.",
        "okay": "{too_long} paragraphe(s) dépassent {max} mots.",
        "bad": "{too_long} paragraphe(s) dépassent {max} mots (le plus long : {longest}).",
    },
    "sentence_length": {
        "good": "{percent} % des phrases dépassent {max_words} mots. Bien.",
        "okay": "{percent} % des phrases dépassent {max_words} mots ; au plus {limit} %.",
        "bad": "{percent} % des phrases dépassent {max_words} mots ; raccourcissez-les.",
    },
    "transition_words": {
        "short": "texte court : pas de minimum.",
        "none": "aucune phrase ne contient de mot de liaison.",
        "bad": "{percent} % des phrases ont un mot de liaison ; visez {target} %.",
        "okay": "{percent} % des phrases ont un mot de liaison ; visez {target} %.",
        "good": "{percent} % des phrases ont un mot de liaison. Bien.",
    },
    "passive_voice": {
        "good": "{percent} % des phrases sont au passif. Bien.",
        "okay": "{percent} % des phrases sont au passif, au-dessus des {max} % conseillés.",
        "bad": "{percent} % des phrases sont au passif ; préférez la voix active.",
    },
    "text_presence": {
        "good": "il y a assez de texte.",
        "bad": "{words} mots seulement ; ajoutez du texte.",
    },
    "consecutive_sentences": {
        "good": "pas de phrases consécutives commençant par le même mot.",
        "bad": "{groups} suite(s) de phrases commencent par le même mot ({words}).",
    },
    "flesch_reading_ease": {
        "very_easy": "{score} : très facile.",
        "easy": "{score} : facile.",
        "fairly_easy": "{score} : plutôt facile.",
        "standard": "{score} : standard.",
        "fairly_difficult": "{score} : plutôt difficile.",
        "difficult": "{score} : difficile.",
        "very_difficult": "{score} : très difficile.",
    },
}

# how numbers read in the messages: « 40,5 % », « 1 234 mots » (espace fine insécable)
DECIMAL = ","
THOUSANDS = "\u202f"

# the report's own words, shared by the terminal table, the HTML report and the web page
LABELS = {
    "report": "Analyse SEO et lisibilité",
    "seo": "Référencement (SEO)",
    "readability": "Lisibilité",
    "problems": "Problèmes",
    "improvements": "Améliorations possibles",
    "good": "Bons résultats",
    "verdict_red": "À retravailler",
    "verdict_orange": "Correct",
    "verdict_green": "Bon",
    "verdict_none": "Aucune requête cible",
    "rating_red": "problème",
    "rating_orange": "à améliorer",
    "rating_green": "bon",
    "score": "{score}/100",
    "words": "{words} mots",
    "sentences": "{sentences} phrases",
    "flesch": "Facilité de lecture",
    "flesch_none": "non calculée pour cette langue",
    "nothing": "Rien dans cette catégorie.",
    "marks": "Surligner {count} passage(s)",
    "timing": "analysé en {ms} ms",
}
