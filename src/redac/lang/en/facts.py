"""The fact ledger's English vocabulary: dates, units, reported speech, roles."""

from __future__ import annotations

from redac.lang.base import FactVocabulary

VOCABULARY = FactVocabulary(
    months=tuple(
        "January February March April May June July August September October November December".split()
    ),
    weekdays=tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    relative_dates=(
        "last month",
        "next month",
        "last week",
        "next week",
        "last year",
        "next year",
        "yesterday",
        "tomorrow",
        "today",
        "this week",
        "this month",
        "this year",
    ),
    units=tuple(
        (
            "% per_cent percent million billion thousand dollar dollars $ € euro euros pound pounds "
            "km kilometre kilometres kilometer kilometers mile miles metre metres meter meters "
            "years months days hours minutes people residents"
        )
        .replace("_", " ")
        .split()
    ),
    percent_words=("per cent", "percent"),
    date_joiners=("and", "to", "-"),
    determiners=("the", "its", "his", "her", "their", "a", "an"),
    possessives=("its", "his", "her", "their"),
    articles=("the",),
    partitives=(),
    speech_verbs=tuple("said says told added stated announced explained warned argued".split()),
    according_to=("according to",),
    in_year="in {year}",
    name_particles=("of", "de", "du", "von", "van", "al", "bin"),
    not_names=tuple("the a an it he she they we this that these those there".split()),
    role_prepositions=("of", "for", "to", "in"),
    clause_joiners=("and", "which"),
    information_sources=tuple(
        (
            "agency analyst association authority board commission committee council court "
            "department doctor economist expert government institute journalist lawyer "
            "minister ministry newspaper observer office official organisation organization "
            "police president prosecutor researcher scientist source spokesman spokesperson "
            "spokeswoman survey study report poll statement data figure estimate count tally "
            "document paper record analysis"
        ).split()
    ),
)
