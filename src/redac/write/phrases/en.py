"""English phrases of the offline engine."""

ESSENTIALS = "Key points"
TIMELINE = "Timeline"
PEOPLE = "Who's who"
FAQ = "Frequently asked questions"
CONNECTORS = ("In addition", "Moreover", "Meanwhile", "Furthermore", "Also")
WHO = "Who is {name}?"
WHO_ANSWER = "{name} is {role}."
SAID = "What did {speaker} say?"
YEAR = "What happened in {year}?"
DATE = "What is planned for {date}?"
TIMELINE_ITEM = "{date}: {text}"
PEOPLE_ITEM = "{name}: {role}"
