"""How the server runs: address, data directory, token, pool sizes, limits. Validated once."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from redac.errors import OptionError

MAX_BODY = 5 * 1024 * 1024  # bytes of a request body (a dispatch is a few kilobytes)


def default_data_dir() -> Path:
    """``$XDG_DATA_HOME/redac`` (``~/.local/share/redac``): where the jobs file lives."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "redac"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    data: Path = field(default_factory=default_data_dir)
    token: str | None = None
    processes: int = 1
    llm_jobs: int = 2
    max_queue: int = 32  # jobs queued or running; one more is answered 429
    max_body: int = MAX_BODY
    allow_private: bool = False  # URLs on private hosts (the CLI's --allow-private)

    def __post_init__(self) -> None:
        if not is_loopback(self.host) and not self.token:
            raise OptionError(
                f"refusing to listen on {self.host} without a token",
                hint="pass --token (or set REDAC_TOKEN): every request must then carry it",
            )
        if self.token is not None and len(self.token) < 16:
            raise OptionError("the token is too short", hint="use at least 16 characters")
        for name in ("processes", "llm_jobs", "max_queue", "max_body"):
            if getattr(self, name) < 1:
                raise OptionError(f"{name.replace('_', '-')} must be at least 1")
        if not 0 < self.port < 65536:
            raise OptionError(f"port {self.port} is not a TCP port")

    @property
    def db(self) -> Path:
        return self.data / "jobs.sqlite3"

    @property
    def local_hosts(self) -> frozenset[str]:
        """The Host headers a token-less loopback server answers (no DNS rebinding)."""
        names = ("127.0.0.1", "localhost", "[::1]", self.host)
        return frozenset(n for name in names for n in (name, f"{name}:{self.port}"))
