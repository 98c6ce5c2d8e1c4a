"""Vocabulaire du registre des faits : dates, unités, discours rapporté, rôles."""

from __future__ import annotations

from redac.lang.base import FactVocabulary

VOCABULARY = FactVocabulary(
    months=tuple(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    ),
    weekdays=tuple("lundi mardi mercredi jeudi vendredi samedi dimanche".split()),
    relative_dates=(
        "le mois dernier",
        "le mois prochain",
        "la semaine dernière",
        "la semaine prochaine",
        "l'année dernière",
        "l'an dernier",
        "l'année prochaine",
        "l'an prochain",
        "hier",
        "avant-hier",
        "demain",
        "aujourd'hui",
        "ce week-end",
        "cette semaine",
        "ce mois-ci",
        "cette année",
    ),
    units=tuple(
        (
            "% pour_cent million millions milliard milliards milliers euro euros € dollar dollars $ "
            "km kilomètre kilomètres mètre mètres kilo kilos kg tonne tonnes ans mois jours heures "
            "minutes habitants personnes programmes"
        )
        .replace("_", " ")
        .split()
    ),
    percent_words=("pour cent", "pourcent"),
    date_joiners=("et", "au", "à", "-"),
    determiners=("le", "la", "l'", "les", "son", "sa", "leur", "un", "une"),
    possessives=("son", "sa", "ses", "leur", "leurs"),
    articles=("le", "la", "les", "l'"),
    partitives=("du", "de la", "de l'", "des", "d'"),
    speech_verbs=tuple(
        (
            "déclaré déclare déclarant affirmé affirme affirmant dit ajouté estimé estime expliqué "
            "indiqué précisé souligné assuré annoncé rappelé considéré jugé insisté martelé "
            "conclut conclu prévenu reconnu confié réagi répondu"
        ).split()
    ),
    according_to=("selon", "d'après"),
    in_year="en {year}",
    name_particles=("de", "du", "des", "d'", "von", "van", "al", "ben", "bin"),
    not_names=tuple(
        "il elle ils elles on le la les un une ce cette ces selon malgré si certains de nombreux".split()
    ),
    role_prepositions=("de", "du", "des", "d'", "à", "au", "aux"),
    clause_joiners=("et", "qui"),
    information_sources=tuple(
        (
            # people and bodies who speak or publish
            "agence analyste association autorité avocat bureau cabinet chercheur collectif "
            "commission comité conseil défense démographe direction économiste élu enquêteur "
            "entourage expert fédération gendarmerie gouvernement hôpital institut journal "
            "journaliste juge justice magazine maire média médecin ministère ministre observateur "
            "observatoire office ong organisation organisme parquet parti police porte-parole "
            "préfecture président presse procureur proche quotidien radio rapporteur responsable "
            "scientifique secrétaire service site source spécialiste syndicat témoin télévision "
            "tribunal université "
            # what they publish
            "annonce article avis baromètre bilan calcul chiffre communiqué compte comptage "
            "déclaration décompte document donnée enquête estimation étude évaluation information "
            "note prévision projection rapport recensement relevé sondage statistique "
            "témoignage texte"
        ).split()
    ),
)
