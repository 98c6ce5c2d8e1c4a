"""English phrases of the offline engine."""

from __future__ import annotations

from redac.lang.base import Phrases

PHRASES = Phrases(
    essentials="Key points",
    timeline="Timeline",
    people="Who's who",
    faq="Frequently asked questions",
    # additive only: a connector of time, cause or contrast would assert a link the source may not make
    connectors=("In addition", "Moreover", "Furthermore"),
    who="Who is {name}?",
    who_answer="{name} is {role}.",
    said="What did {speaker} say?",
    says="What does {who} say?",
    year="What happened in {year}?",
    date="What is planned for {date}?",
    timeline_item="{date} — {text}",
    people_item="{name}: {role}",
    said_plural="What did {speaker} say?",
    says_plural="What do {who} say?",
    about="{topic}: {section}",
)
