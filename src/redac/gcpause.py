"""A pause of Python's cyclic garbage collector while a step makes many objects that live on.

The collector runs after every few hundred new objects, and every so often it walks all the
objects the process holds: while the source's parse (one object per token, and their
annotations) is held, a step that makes 100,000s of new objects and frees none — the claim
checker reading a long source — pays for walks that find no garbage. Inside :func:`paused` it
makes them and no walk starts; the collector resumes as it was when the step ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            # What the step made lives on: it joins the old objects at once. ``freeze`` sets
            # every tracked object aside and ``unfreeze`` puts them back in the oldest
            # generation, where they would otherwise come after two walks as young objects
            # and count towards a walk of the whole heap. (Skipped where the process keeps
            # objects frozen for its own ends: unfreezing would release them.)
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
