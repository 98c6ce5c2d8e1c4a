"""Phrases françaises du moteur hors ligne."""

ESSENTIALS = "L'essentiel"
TIMELINE = "Chronologie"
PEOPLE = "Les acteurs"
FAQ = "Questions fréquentes"
# Connecteurs d'addition, neutres : ils lient deux informations sans rien affirmer de plus
# (pas de connecteur de temps, de cause ou d'opposition, qui affirmeraient un lien).
CONNECTORS = ("Par ailleurs", "En outre", "De plus")
WHO = "Qui est {name} ?"
WHO_ANSWER = "{name} est {role}."
SAID = "Qu'a déclaré {speaker} ?"
SAYS = "Que dit {who} ?"
YEAR = "Que s'est-il passé en {year} ?"
DATE = "Que prévoit le calendrier pour {date} ?"
TIMELINE_ITEM = "{date} : {text}"
PEOPLE_ITEM = "{name} : {role}"
