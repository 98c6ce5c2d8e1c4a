"""Jobs in SQLite: what was asked, where it stands, what came out, and the progress events.

One file under the server's data directory, shared by the server process and its worker
processes (WAL mode, short transactions). A finished job survives a restart; a queued one is
picked up again, and one that was running when the server stopped goes back to the queue.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,               -- queued | running | done | failed
    kind TEXT NOT NULL,                 -- offline | llm: which pool runs it
    request TEXT NOT NULL,              -- the JSON the client posted
    result TEXT,                        -- the rewrite JSON (as redac rewrite --format json)
    review TEXT,                        -- what the page shows beside it (report view, facts…)
    exports TEXT,                       -- {"md": …, "html": …}: the downloads
    error TEXT,                         -- {"code", "message"}
    cancel INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    started REAL,
    finished REAL
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, created);
CREATE TABLE IF NOT EXISTS events (
    job TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (job, seq)
);
"""

ACTIVE = ("queued", "running")


@dataclass(frozen=True)
class Job:
    id: str
    status: str
    kind: str
    request: dict[str, Any]
    result: dict[str, Any] | None
    review: dict[str, Any] | None
    error: dict[str, str] | None
    created: float
    started: float | None
    finished: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "result": self.result,
            "error": self.error,
            "review": self.review,
            "created": self.created,
            "started": self.started,
            "finished": self.finished,
        }


def _loads(text: str | None) -> Any:
    return json.loads(text) if text else None


class JobStore:
    """Thread-safe access to the jobs file (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._db().executescript(SCHEMA)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- jobs -------------------------------------------------------------------------------
    def create(self, request: dict[str, Any], kind: str, limit: int) -> str | None:
        """A new queued job, or None when ``limit`` jobs are already queued or running."""
        with self._tx() as db:
            (active,) = db.execute(
                "SELECT count(*) FROM jobs WHERE status IN ('queued','running')"
            ).fetchone()
            if active >= limit:
                return None
            job_id = uuid.uuid4().hex
            db.execute(
                "INSERT INTO jobs (id, status, kind, request, created) VALUES (?,?,?,?,?)",
                (job_id, "queued", kind, json.dumps(request, ensure_ascii=False), time.time()),
            )
        return job_id

    def get(self, job_id: str) -> Job | None:
        row = (
            self._db()
            .execute(
                "SELECT id, status, kind, request, result, review, error, created, started,"
                " finished FROM jobs WHERE id = ?",
                (job_id,),
            )
            .fetchone()
        )
        if row is None:
            return None
        return Job(
            row[0],
            row[1],
            row[2],
            json.loads(row[3]),
            _loads(row[4]),
            _loads(row[5]),
            _loads(row[6]),
            row[7],
            row[8],
            row[9],
        )

    def status(self, job_id: str) -> str | None:
        row = self._db().execute("SELECT status FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return row[0] if row else None

    def export(self, job_id: str, fmt: str) -> str | None:
        row = self._db().execute("SELECT exports FROM jobs WHERE id = ?", (job_id,)).fetchone()
        exports = _loads(row[0]) if row else None
        return exports.get(fmt) if exports else None

    def start(self, job_id: str) -> bool:
        """Mark a queued job running; False when it is no longer queued (cancelled)."""
        with self._tx() as db:
            cur = db.execute(
                "UPDATE jobs SET status='running', started=? WHERE id=? AND status='queued'",
                (time.time(), job_id),
            )
            return cur.rowcount == 1

    def finish(
        self,
        job_id: str,
        *,
        result: dict[str, Any] | None = None,
        review: dict[str, Any] | None = None,
        exports: dict[str, str] | None = None,
        error: dict[str, str] | None = None,
    ) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE jobs SET status=?, result=?, review=?, exports=?, error=?, finished=?"
                " WHERE id=?",
                (
                    "failed" if error else "done",
                    json.dumps(result, ensure_ascii=False) if result is not None else None,
                    json.dumps(review, ensure_ascii=False) if review is not None else None,
                    json.dumps(exports, ensure_ascii=False) if exports is not None else None,
                    json.dumps(error, ensure_ascii=False) if error else None,
                    time.time(),
                    job_id,
                ),
            )

    def cancel(self, job_id: str) -> str | None:
        """Ask a job to stop. A queued job fails at once; a running one when the core next
        polls. Returns the status after the request (None for an unknown job)."""
        with self._tx() as db:
            row = db.execute("SELECT status FROM jobs WHERE id=?", (job_id,)).fetchone()
            if row is None:
                return None
            if row[0] == "queued":
                err = json.dumps({"code": "E300", "message": "cancelled"})
                db.execute(
                    "UPDATE jobs SET status='failed', error=?, cancel=1, finished=? WHERE id=?",
                    (err, time.time(), job_id),
                )
                return "failed"
            if row[0] == "running":
                db.execute("UPDATE jobs SET cancel=1 WHERE id=?", (job_id,))
            return str(row[0])

    def cancelled(self, job_id: str) -> bool:
        row = self._db().execute("SELECT cancel FROM jobs WHERE id=?", (job_id,)).fetchone()
        return bool(row and row[0])

    def active(self) -> int:
        (n,) = (
            self._db()
            .execute("SELECT count(*) FROM jobs WHERE status IN ('queued','running')")
            .fetchone()
        )
        return int(n)

    def mean_duration(self, last: int = 20) -> float | None:
        row = (
            self._db()
            .execute(
                "SELECT avg(finished - started) FROM (SELECT finished, started FROM jobs"
                " WHERE status='done' AND started IS NOT NULL ORDER BY finished DESC LIMIT ?)",
                (last,),
            )
            .fetchone()
        )
        return float(row[0]) if row and row[0] is not None else None

    def requeue_interrupted(self) -> list[tuple[str, str]]:
        """After a restart: running jobs go back to the queue; every queued job, oldest first."""
        with self._tx() as db:
            db.execute("UPDATE jobs SET status='queued', started=NULL WHERE status='running'")
            db.execute(
                "DELETE FROM events WHERE job IN (SELECT id FROM jobs WHERE status='queued')"
            )
            rows = db.execute(
                "SELECT id, kind FROM jobs WHERE status='queued' ORDER BY created"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    # -- events -----------------------------------------------------------------------------
    def add_event(self, job_id: str, data: dict[str, Any]) -> None:
        with self._tx() as db:
            (seq,) = db.execute(
                "SELECT coalesce(max(seq), 0) + 1 FROM events WHERE job=?", (job_id,)
            ).fetchone()
            db.execute(
                "INSERT INTO events (job, seq, data) VALUES (?,?,?)",
                (job_id, seq, json.dumps(data, ensure_ascii=False)),
            )

    def events(self, job_id: str, after: int = 0) -> list[tuple[int, dict[str, Any]]]:
        rows = (
            self._db()
            .execute(
                "SELECT seq, data FROM events WHERE job=? AND seq>? ORDER BY seq",
                (job_id, after),
            )
            .fetchall()
        )
        return [(r[0], json.loads(r[1])) for r in rows]
