"""English rewriting rules and typography.

English typography puts no space before punctuation nor inside quotation marks, and writes
"11%" and "$5": the typography record is empty on purpose. English has no parser in redac, so
the rewriting rules serve the rule-based paths only (no sentence is split without a parse).
"""

from __future__ import annotations

from redac.lang.base import Rewriting, Typography

TYPOGRAPHY = Typography()

REWRITING = Rewriting(
    demonstratives={"|Sing": "this", "|Plur": "these"},
    demonstratives_before_vowel={},
    split_at=("and",),
    keep_at=("but",),
    conditions=("if", "unless", "provided", "as long as"),
    anaphora=tuple(
        "he she it they this that these those his her its their him them there which".split()
    ),
    negations=("not", "n't", "never", "no", "neither", "nor"),
    privative=("without", "except"),
    contractions={},
    event_dates=("in", "on"),
    relative_subject=("who", "which"),
    detachable=("to", "during", "in"),
    # "according to" never means "depending on"; "depending on" is no attribution at all:
    # English has no noun that turns an attribution into a condition
    not_sources=(),
    impersonal=("there is", "there are", "there was", "there were"),
    pronouns={"|Plur": "they"},
    subject_pronouns=tuple("he she it they we i you".split()),
    subordinators=tuple(
        (
            "that which who whom whose where when whether because although though while "
            "since as nor"
        ).split()
    ),
)
