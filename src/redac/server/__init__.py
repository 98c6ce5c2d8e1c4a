"""``redac serve``: the newsroom page and the HTTP API, a thin adapter over the core call."""

from __future__ import annotations

from redac.server.config import ServerConfig

__all__ = ["ServerConfig"]
