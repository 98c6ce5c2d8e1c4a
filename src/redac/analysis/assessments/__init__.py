"""Assessments judge research figures against configured thresholds.

An assessment is a plain function ``(research, paper, config) -> Outcome | None``; ``None``
means "not applicable" (for instance a keyphrase check when no keyphrase is set).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from redac.analysis.paper import Paper
from redac.analysis.research import Research


@dataclass(frozen=True)
class Outcome:
    id: str
    score: int
    band: str
    figures: Mapping[str, Any] = field(default_factory=dict)


Assessment = Callable[[Research, Paper, Mapping[str, Any]], Outcome | None]


def rating(score: float) -> str:
    """Yoast's traffic light for a 0–9 score: ≤4 red, 5–7 orange, ≥8 green."""
    if score <= 4:
        return "red"
    if score <= 7:
        return "orange"
    return "green"
