"""Is the offline engine linear in the size of the source? Rewrites sources of growing size
(French corpus articles one after the other, as many as needed) and reports time per stage and
the growth exponent between sizes (1.0 = linear; 2.0 = quadratic). Nothing is timed against a
fixed budget: ratios only, measured in this run.

Usage: python bench/offline_scaling.py [--max-words 100000]
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import corpus_articles
from redac.events import Event
from redac.ingest import parse
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.text.words import word_count
from redac.write.offline import OfflineEngine


def source_of(words: int) -> str:
    texts = [r["text"] for r in corpus_articles() if r["lang"] == "fr"]
    out: list[str] = []
    n = k = 0
    while n < words:
        t = texts[k % len(texts)]
        # a variant per round, so that a later copy is not the same paragraph shown once
        t = t.replace(". ", f". En {1900 + k}, ", 1) if k >= len(texts) else t
        out.append(t)
        n += word_count(t)
        k += 1
    return "\n\n".join(out)


def run(words: int) -> tuple[int, dict[str, float]]:
    text = source_of(words)
    src = parse(text, lang="fr")
    stages: dict[str, float] = {}
    started: dict[str, float] = {}

    def on_event(e: Event) -> None:
        if e.kind != "stage" or not e.stage:
            return
        if e.done:
            stages[e.stage] = time.perf_counter() - started[e.stage]
        else:
            started[e.stage] = time.perf_counter()

    opts = RewriteOptions(min_words=700)
    rewrite(src, opts, engine=OfflineEngine(), today=dt.date(2026, 11, 26), on_event=on_event)
    return word_count(text), stages


def main() -> None:
    top = int(sys.argv[sys.argv.index("--max-words") + 1]) if "--max-words" in sys.argv else 100_000
    sizes = [s for s in (3_000, 12_000, 48_000, 100_000) if s <= top]
    run(500)  # warm-up: models loaded
    rows = [run(s) for s in sizes]
    print(f"{'words':>8} " + " ".join(f"{k:>8}" for k in ("facts", "plan", "write", "report")))
    for n, st in rows:
        print(
            f"{n:8d} "
            + " ".join(f"{st.get(k, 0):8.2f}" for k in ("facts", "plan", "write", "report"))
        )
    for (n1, a), (n2, b) in itertools.pairwise(rows):
        for k in ("plan", "write"):
            if a.get(k) and b.get(k):
                e = math.log(b[k] / a[k]) / math.log(n2 / n1)
                print(f"{k}: {n1} → {n2} words, time ×{b[k] / a[k]:.1f}, exponent {e:.2f}")


if __name__ == "__main__":
    main()
