"""English passive voice: a form of *be* (or of *get*), then a past participle in the same clause.

Counted: "the bridge was built", "it's used every day", "they weren't broken", "I am very hurt",
"he got arrested", and a participle that qualifies the complement of *be* — a reduced passive
clause: "he is the oldest person ever elected" ("who was ever elected").

Not counted: a participle after a determiner, a possessive or a preposition ("a qualified
nurse"), one in another clause (after a comma, a conjunction, a relative word, an infinitive's
*to* or an -ing verb), adjectives in
*un-…-ed* that have no verb ("unscheduled"), and "born" / "located", which have no active use in
that sense.

Tokens are lower-cased words, with "," ";" ":" kept as tokens where the caller has them.
"""

from __future__ import annotations

_BE = frozenset(
    (
        "am is are was were be been being isn't aren't wasn't weren't ain't "
        "get gets got gotten getting"
    ).split()
)
_CONTRACTED_BE = ("'re", "'m")
_PRONOUN_IS = frozenset("it he she that what there who here where this".split())  # "it's"
_IRREGULAR = frozenset(
    (
        "arisen awoken beaten become begun bent bet bid bitten bled blown bound bought bred "
        "broadcast broken brought built burnt burst cast caught chosen clung come cost crept cut "
        "dealt done drawn dreamt driven drunk dug eaten fallen fed felt fled flung flown forbidden "
        "forecast foreseen forgiven forgotten forsaken fought found frozen given gone ground grown "
        "hung heard held hidden hit hurt kept knelt knit known laid lain leapt learnt led left "
        "lent let lit lost made meant met misled mislaid mistaken misunderstood mown overcome "
        "overheard overridden overrun overseen overtaken overthrown paid proven put quit read "
        "rebuilt redone remade rent repaid reset retold rewritten rid ridden rung risen run sawn "
        "said seen sent set sewn shaken shed shone shorn shot shown shrunk shut slain slid slit "
        "slung sold sought sown sped spent spilt spit split spoken spread sprung stolen stood "
        "struck strung stuck stung sunk sung swept sworn swollen swum taken taught thrown thrust "
        "told torn thought trodden understood undertaken undone upheld upset withdrawn withheld "
        "woken won worn woven wound written wrung"
    ).split()
)
# -ed words that are not participles
_NOT_PARTICIPLES = frozenset(
    (
        "need feed seed speed breed bleed greed deed weed reed indeed hundred sled naked "
        "wicked sacred beloved crooked rugged ragged jagged wretched kindred shred born located"
    ).split()
)
_UN_VERBS = frozenset(
    (
        "unveiled united unlocked uncovered unleashed undermined unloaded unpacked unplugged "
        "unravelled unraveled unearthed unified unmasked unseated untied unwrapped unblocked "
        "unfolded unsealed"
    ).split()
)
_NOT_BEFORE = frozenset(
    (
        "a an the this these those my your his her its our their some any no every each "
        "of in on at for from with by about into onto over under to"
    ).split()
)
_CLAUSE_BREAK = frozenset(
    (
        "and or but nor because that which who whom whose when where while if although though "
        "as since so than before after until unless whether "
        "has have had having do does did will would can could shall should may might must"
    ).split()
)
_PUNCT = frozenset((",", ";", ":"))


def _is_be(word: str) -> bool:
    if word in _BE or word.endswith(_CONTRACTED_BE):
        return True
    return word.endswith("'s") and word[:-2] in _PRONOUN_IS


def _is_participle(word: str) -> bool:
    if word in _NOT_PARTICIPLES or "'" in word:
        return False
    if word in _IRREGULAR:
        return True
    if len(word) < 4 or not word.endswith("ed"):
        return False
    return not word.startswith("un") or word in _UN_VERBS


def _opens_verb_group(word: str) -> bool:
    """An infinitive's "to" or an -ing verb starts another verb group ("dealing with outrage
    sparked by": the participle belongs to "dealing", not to "been")."""
    return word == "to" or (word.endswith("ing") and len(word) > 5)


def is_passive(tokens: list[str]) -> bool:
    """A form of *be* followed, in the same clause, by a past participle."""
    for i, w in enumerate(tokens):
        if not _is_be(w):
            continue
        for j in range(i + 1, len(tokens)):
            t = tokens[j]
            if t in _PUNCT or t in _CLAUSE_BREAK or _is_be(t) or _opens_verb_group(t):
                break
            if _is_participle(t) and tokens[j - 1] not in _NOT_BEFORE:
                return True
    return False
