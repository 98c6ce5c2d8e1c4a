"""``redac.gcpause.paused``: no collection inside, the collector as it was after, objects kept
frozen by the process left frozen, and garbage still collected."""

from __future__ import annotations

import gc
import weakref

from redac.gcpause import paused


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_no_collection_inside_and_collector_restored() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()


def test_restored_after_an_error() -> None:
    try:
        with paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


def test_garbage_made_inside_is_still_collected() -> None:
    with paused():
        node = _Node()
        gone = weakref.ref(node)
        del node
        assert gone() is not None  # no collection inside
    gc.collect()
    assert gone() is None


def test_objects_the_process_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with paused():
            _Node()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    with paused():
        pass
    assert gc.get_freeze_count() == 0
