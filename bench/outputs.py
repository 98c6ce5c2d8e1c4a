"""Every output of the offline engine, written to files, to show that a change (a speed-up)
changes none of them: run it before and after, then ``diff -r BEFORE AFTER``.

Per input, the rewrite's JSON (article, Markdown, body HTML, report, facts), Markdown and
standalone HTML, dated 2026-11-26: the example article, every article of ../shared/corpus
(with the default minimum and with 1,200 words), and the 25,000- and 100,000-word French
texts ``bench/speed.py --large`` builds.

Usage: python bench/outputs.py DIR [small|large|all]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import ROOT, corpus_articles
from speed import french_text

TODAY = dt.date(2026, 11, 26)


def main(out: Path, which: str) -> None:
    from redac.model import Source
    from redac.options import RewriteOptions as Options
    from redac.pipeline import rewrite
    from redac.write.offline import OfflineEngine

    out.mkdir(parents=True, exist_ok=True)
    jobs: list[tuple[str, Source, Options]] = []
    if which in ("all", "small"):
        example = Source.from_path(ROOT / "examples" / "article-fr.txt")
        jobs.append(("example", example, Options()))
        for i, r in enumerate(corpus_articles()):
            jobs.append((f"c{i:02d}", Source.from_text(r["text"]), Options()))
            jobs.append((f"c{i:02d}-1200", Source.from_text(r["text"]), Options(min_words=1200)))
    if which in ("all", "large"):
        for n in (25_000, 100_000):
            jobs.append((f"fr{n}", Source.from_text(french_text(n), fmt="text"), Options()))
    for name, src, opts in jobs:
        res = rewrite(src, opts, engine=OfflineEngine(), today=TODAY)
        data = json.dumps(res.to_dict(), ensure_ascii=False, indent=1, sort_keys=True)
        (out / f"{name}.json").write_text(data, encoding="utf-8")
        (out / f"{name}.md").write_text(res.markdown(), encoding="utf-8")
        (out / f"{name}.html").write_text(res.html(), encoding="utf-8")
        print(name, flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "all")
