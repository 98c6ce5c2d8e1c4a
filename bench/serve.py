"""``redac serve`` against its yardsticks, measured in the same run.

1. ``POST /api/analyze`` at concurrency 8 against a real server on loopback, against the
   in-process analysis of the same documents (``redac.api.document_paper`` + ``analyze_paper``,
   one after the other): requests per second over documents per second. The server does the
   same analysis plus the report view, the blocks, JSON and HTTP; the target is an overhead of
   at most 20 %.
2. The time from submit to result for the example article (offline engine), polled as a client
   would, against ``redac rewrite`` on the command line (a new process: imports, spaCy, the
   rewrite), both measured here.

Documents: the example article, the test fixtures, and the development corpus when present
(../shared/corpus, never copied here). Run: ``python bench/serve.py [--seconds 8]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.server.live import LiveServer  # noqa: E402

EXAMPLE = ROOT / "examples" / "article-fr.txt"
CLI = (sys.executable, "-m", "redac", "rewrite")


def documents() -> list[dict]:
    docs = [{"text": EXAMPLE.read_text(encoding="utf-8"), "keyphrase": "Biélorussie"}]
    for f in sorted((ROOT / "tests" / "fixtures").glob("article-*")):
        docs.append({"text": f.read_text(encoding="utf-8"), "keyphrase": ""})
    try:
        from bench._corpus import corpus_articles

        for rec in corpus_articles():
            docs.append({"text": rec["text"], "keyphrase": "", "lang": rec.get("lang")})
    except SystemExit:
        pass
    return docs


def in_process_rate(docs: list[dict], seconds: float) -> float:
    from redac.analysis import analyze_paper
    from redac.api import document_paper

    for d in docs:  # warm: language data, spaCy-free analyser caches
        analyze_paper(document_paper(d["text"], keyphrase=d["keyphrase"], lang=d.get("lang")))
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        d = docs[n % len(docs)]
        analyze_paper(document_paper(d["text"], keyphrase=d["keyphrase"], lang=d.get("lang")))
        n += 1
    return n / (time.perf_counter() - t0)


async def server_rate(url: str, docs: list[dict], seconds: float, concurrency: int) -> float:
    done = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        for d in docs:  # warm
            (await client.post("/api/analyze", json=d)).raise_for_status()

        async def worker(k: int) -> None:
            nonlocal done
            i = k
            while time.perf_counter() < stop:
                r = await client.post("/api/analyze", json=docs[i % len(docs)])
                r.raise_for_status()
                done += 1
                i += concurrency

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(concurrency)))
        return done / (time.perf_counter() - t0)


def submit_to_result(url: str, text: str) -> float:
    with httpx.Client(base_url=url, timeout=120) as c:
        t0 = time.perf_counter()
        job = c.post("/api/rewrite", json={"text": text, "engine": "offline"}).json()
        while c.get(f"/api/jobs/{job['id']}").json()["status"] not in ("done", "failed"):
            time.sleep(0.02)
        return time.perf_counter() - t0


def cli_time() -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [*CLI, str(EXAMPLE), "--engine", "offline", "--format", "json", "-q"],
        check=False,
        capture_output=True,
        cwd=ROOT,
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    docs = documents()
    text = EXAMPLE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp)).start()
        try:
            cold = submit_to_result(server.url, text)  # the first job starts a worker process
            # interleaved rounds, medians: the two rates see the same machine conditions
            locals_, remotes = [], []
            for _ in range(args.rounds):
                locals_.append(in_process_rate(docs, args.seconds))
                remotes.append(
                    asyncio.run(server_rate(server.url, docs, args.seconds, args.concurrency))
                )
            local, remote = statistics.median(locals_), statistics.median(remotes)
            warm = [submit_to_result(server.url, text) for _ in range(args.runs)]
        finally:
            server.stop()
    cli = [cli_time() for _ in range(args.runs)]
    out = {
        "documents": len(docs),
        "analyze_in_process_per_s": round(local, 1),
        "analyze_server_per_s": round(remote, 1),
        "concurrency": args.concurrency,
        "rounds": {
            "in_process": [round(x, 1) for x in locals_],
            "server": [round(x, 1) for x in remotes],
        },
        "server_over_in_process": round(remote / local, 3),
        "overhead": round(1 - remote / local, 3),
        "rewrite_cli_s_median": round(statistics.median(cli), 3),
        "rewrite_server_s_median": round(statistics.median(warm), 3),
        "rewrite_server_first_job_s": round(cold, 3),
        "server_over_cli": round(statistics.median(warm) / statistics.median(cli), 3),
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
