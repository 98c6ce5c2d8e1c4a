"""Progress as typed events: the core emits them, adapters show them (a progress line in the
terminal, server-sent events on the page). Cancellation is a flag the core polls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Literal

from redac.errors import CancelledError

EventKind = Literal["stage", "section", "tokens", "note"]
STAGES = ("facts", "plan", "write", "check", "report")


@dataclass(frozen=True)
class Event:
    """``stage``: a stage started (``done`` False) or finished; ``section``: section ``index``
    of ``total`` is being written; ``tokens``: the model has produced ``tokens`` so far, at
    ``rate`` tokens/s; ``note``: something the report will say (``text``)."""

    kind: EventKind
    stage: str = ""
    done: bool = False
    index: int = 0
    total: int = 0
    tokens: int = 0
    rate: float = 0.0
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


OnEvent = Callable[[Event], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Progress:
    """What a stage needs to report progress and honour a cancellation."""

    on_event: OnEvent | None = None
    cancel: Cancel | None = None

    def emit(self, event: Event) -> None:
        if self.on_event is not None:
            self.on_event(event)

    def check(self) -> None:
        """Raise ``CancelledError`` when the caller asked to stop."""
        if self.cancel is not None and self.cancel():
            raise CancelledError("cancelled")


SILENT = Progress()
