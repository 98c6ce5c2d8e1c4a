"""How fast the claim checker is, warm: the offline rewrite of the example article (about 780
words) against its source (506 words), against a yardstick run in the same process — one
full spaCy parse of the same article (`redac.nlp.parse`, what "one parse" costs here).

    .venv/bin/python bench/verify_speed.py [--runs 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()

    t0 = time.process_time()
    from redac.claims import ClaimChecker
    from redac.ingest import load
    from redac.nlp import pipeline, tag
    from redac.options import RewriteOptions
    from redac.pipeline import rewrite
    from redac.report import article_text
    from redac.write.offline import OfflineEngine

    src = load(str(ROOT / "examples" / "article-fr.txt"))
    res = rewrite(src, RewriteOptions(), engine=OfflineEngine(), today=dt.date(2026, 1, 1))
    cold = time.process_time() - t0
    nlp = pipeline("fr")
    text = article_text(res.article)
    words = res.article.word_count

    def timed(fn) -> float:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    build, check, yard, tagging = [], [], [], []
    for i in range(args.runs):
        yard.append(timed(lambda: nlp(text)))  # the yardstick: one full parse (not cached)
        t = time.perf_counter()
        checker = ClaimChecker(res.ledger)  # the source's parse is the ledger's (cached)
        build.append(time.perf_counter() - t)
        tag.cache_clear()
        tagging.append(timed(lambda t=text + f" {i}": tag("fr", t)))
        tag.cache_clear()
        check.append(timed(lambda c=checker: c.check_article(res.article)))
    med = statistics.median
    print(f"article {words} words, source {len(src.text.split())} words; {args.runs} runs, medians")
    print(f"  full spaCy parse of the article (yardstick)   {med(yard) * 1000:7.1f} ms")
    print(f"  tagging only (tok2vec + morphologizer)        {med(tagging) * 1000:7.1f} ms")
    print(f"  ClaimChecker(ledger), once per source        {med(build) * 1000:7.1f} ms")
    print(f"  check_article (tag + judge every statement)   {med(check) * 1000:7.1f} ms")
    print(
        f"  warm total, build + check                     {(med(build) + med(check)) * 1000:7.1f} ms"
    )
    print(f"  ratio check_article / full parse              {med(check) / med(yard):7.2f}")
    print(f"  (cold rewrite of the example in this process: {cold:.2f} s CPU)")


if __name__ == "__main__":
    main()
