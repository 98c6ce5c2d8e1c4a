"""Phrases françaises du moteur hors ligne."""

from __future__ import annotations

from redac.lang.base import Phrases

PHRASES = Phrases(
    essentials="L'essentiel",
    timeline="Chronologie",
    people="Les acteurs",
    faq="Questions fréquentes",
    # Connecteurs d'addition, neutres : ils lient deux informations sans rien affirmer de plus
    # (pas de connecteur de temps, de cause ou d'opposition, qui affirmeraient un lien). Pas
    # « De plus » : l'analyseur ne le compte pas (ambigu : « de plus en plus »), Yoast non plus.
    connectors=("Par ailleurs", "En outre", "D'autre part"),
    who="Qui est {name} ?",
    who_answer="{name} est {role}.",
    said="Qu'a déclaré {speaker} ?",
    says="Que dit {who} ?",
    year="Que s'est-il passé en {year} ?",
    date="Que prévoit le calendrier pour {date} ?",
    timeline_item="{date} — {text}",
    people_item="{name} : {role}",
    said_plural="Qu'ont déclaré {speaker} ?",
    says_plural="Que disent {who} ?",
    about="{topic} : {section}",
)
