from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.live import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One real server for a test module: one worker process, the default queue."""
    s = LiveServer(Path(tmp_path_factory.mktemp("serve")), "--workers", "1").start()
    yield s
    s.stop()
