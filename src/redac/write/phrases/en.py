"""English phrases of the offline engine."""

ESSENTIALS = "Key points"
TIMELINE = "Timeline"
PEOPLE = "Who's who"
FAQ = "Frequently asked questions"
# additive only: a connector of time, cause or contrast would assert a link the source may not make
CONNECTORS = ("In addition", "Moreover", "Furthermore")
WHO = "Who is {name}?"
WHO_ANSWER = "{name} is {role}."
SAID = "What did {speaker} say?"
SAYS = "What does {who} say?"
YEAR = "What happened in {year}?"
DATE = "What is planned for {date}?"
TIMELINE_ITEM = "{date}: {text}"
PEOPLE_ITEM = "{name}: {role}"
