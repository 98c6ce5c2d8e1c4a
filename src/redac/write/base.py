"""The seam between the pipeline and the writers: one job in, one article out.

Every engine (offline, LLM, local model) implements ``Engine`` and receives the same
``WriteJob``: the source, its fact ledger, the plan the pipeline made, the options, the target
language, the date of the run, and a ``Progress`` to report to and be cancelled through.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from redac.events import SILENT, Progress
from redac.facts import FactLedger
from redac.model import Article, Source
from redac.options import RewriteOptions
from redac.plan import Plan


@dataclass(frozen=True)
class WriteJob:
    source: Source
    ledger: FactLedger
    plan: Plan
    options: RewriteOptions
    target: str
    today: dt.date
    progress: Progress = SILENT

    @property
    def cross(self) -> bool:
        """The article is to be written in another language than the source's."""
        return self.target != self.source.lang


class Engine(Protocol):
    """A writer. ``name`` is what the report calls it; ``reason`` why it was chosen."""

    name: str
    reason: str

    def write(self, job: WriteJob) -> Article: ...
