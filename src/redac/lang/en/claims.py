"""The claim checker's English vocabulary: negation, modality, comparison, contraries,
reported speech.

Written for redac from English grammar (modal auxiliaries, "not"/"n't" and the negative
determiners, reporting verbs). Verbs are given in their base form (matched by stem, with their
irregular forms listed); grammatical words in every form.
"""

from __future__ import annotations

from redac.lang.base import ClaimVocabulary, ModalWords


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    out = []
    for pair in text.split(","):
        a, b = pair.split("/")
        out.append((a.strip(), b.strip()))
    return tuple(out)


MODALITY = ModalWords(
    possibility=(
        *_w("can could may might perhaps maybe possibly possible potentially potential"),
        "can't",
        "couldn't",
        "cannot",
    ),
    probability=(
        *_w("probably likely unlikely should presumably apparently"),
        "expected to",
        "is expected",
        "are expected",
        "shouldn't",
    ),
    necessity=(
        *_w("must"),
        "have to",
        "has to",
        "had to",
        "need to",
        "needs to",
        "required to",
        "obliged to",
        "mustn't",
    ),
    attempt=_w(
        "try tries tried trying attempt seek seeks sought seeking strive endeavour endeavor"
    ),
    volition=_w("want wants wanted wanting wish wishes wished intend intends intended"),
    certainty=(*_w("certainly definitely surely undoubtedly inevitably"), "bound to"),
    hypothetical=(*_w("would"), "wouldn't"),
)

CLAIMS = ClaimVocabulary(
    stemmer="english",
    verb_plural_endings=(),
    conditional_endings=(),  # English says it with "would"
    negators=(
        *_w("not never no none nobody nothing neither nor without cannot"),
        "n't",
        "no longer",
    ),
    negation_openers=(),
    modality=MODALITY,
    reporting_verbs=_w(
        "say says said saying tell tells told telling add state explain note announce warn "
        "claim argue insist respond reply admit acknowledge deny confirm report write wrote "
        "written suggest predict declare allege stress emphasize emphasise recall testify "
        "reveal tweet"
    ),
    neutral_reporting=_w("say says said saying tell tells told telling state add explain note"),
    subject_pronouns=_w("he she they it we"),
    clause_openers=_w(
        "that which who whom whose when while whereas because but if although though unless"
    ),
    complementizers=("that",),
    copulas=_w("is are was were"),
    verb_cues=(
        *_w(
            "to will would can could may might must shall should do does did has have had is are "
            "was were be been being he she they it we i you who which that not"
        ),
        "n't",
        "won't",
        "can't",
        "didn't",
        "doesn't",
        "don't",
    ),
    verb_suffixes=_w("ed"),
    place_prepositions=_w("in at to from near"),
    opposites=_pairs(
        "accept/reject, accept/refuse, allow/forbid, allow/ban, approve/reject, confirm/deny, "
        "admit/deny, support/oppose, favour/oppose, favor/oppose, win/lose, victory/defeat, "
        "succeed/fail, success/failure, open/close, start/end, begin/end, arrive/leave, "
        "enter/exit, ally/enemy, friend/enemy, peace/war, legal/illegal, true/false, "
        "positive/negative, guilty/innocent, acquit/convict, hire/fire, build/destroy, "
        "create/destroy, strengthen/weaken, love/hate, praise/criticize, praise/condemn, "
        "welcome/condemn, agree/disagree, present/absent, possible/impossible, easy/difficult, "
        "strong/weak, rich/poor, alive/dead, public/private, majority/minority, impose/lift, "
        "include/exclude, safe/dangerous, honest/dishonest, happy/unhappy, useful/useless, "
        "legitimate/illegitimate, respect/violate, protect/threaten, calm/angry, free/jail"
    ),
    comparatives=_pairs(
        "more/less, more/fewer, higher/lower, increase/decrease, rise/fall, rise/drop, "
        "grow/shrink, gain/loss, greater/smaller, larger/smaller, bigger/smaller, above/below, "
        "before/after, best/worst, better/worse, most/least, maximum/minimum, older/younger, "
        "earlier/later, first/last, surge/plunge, up/down, over/under"
    ),
    not_comparing=("no more", "any more", "at least", "more or less", "first of all"),
    equivalents=(
        ("try", "attempt"),
        ("begin", "start"),
        ("end", "finish"),
        ("buy", "purchase"),
        ("big", "large"),
        ("statement", "remarks"),
    ),
)
