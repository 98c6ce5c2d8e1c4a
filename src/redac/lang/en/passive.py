"""English passive voice: a form of *be*, then a past participle (adverbs may intervene)."""

from __future__ import annotations

_BE = frozenset(["am", "is", "are", "was", "were", "be", "been", "being", "'s"])
_IRREGULAR = frozenset(
    (
        "born bought brought built caught chosen done drawn driven eaten fallen felt found "
        "forgotten given gone grown heard held hidden hit hurt kept known laid led left lent lost "
        "made meant met paid put read ridden risen run said seen sent set shaken shot shown shut "
        "sold spent spoken spread stolen struck sung taken taught thrown told thought understood "
        "woken won worn written beaten bitten broken forbidden frozen sworn torn"
    ).split()
)
_ADVERBS = frozenset(("not never also already often still just being newly widely largely").split())


def is_passive(tokens: list[str]) -> bool:
    """A form of *be* followed (adverbs allowed) by a past participle."""
    for i, w in enumerate(tokens):
        if w not in _BE:
            continue
        j = i + 1
        while (
            j < len(tokens) and (tokens[j] in _ADVERBS or tokens[j].endswith("ly")) and j - i <= 3
        ):
            j += 1
        if j < len(tokens):
            p = tokens[j]
            if p in _IRREGULAR or (len(p) > 4 and p.endswith("ed") and p not in ("need", "feed")):
                return True
    return False
