"""The offline engine over every article of ../shared/corpus (French and English).

Per article: words, minimum reached, invented facts, facts kept (per kind), redac and Yoast
SEO/readability ratings of the exported body, and warm time per article.
Usage: python bench/offline_corpus.py [--min-words 700]
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import corpus_articles, run_yoast
from redac.export.render import body_html
from redac.ingest import parse
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.write.offline import OfflineEngine

TODAY = dt.date.today()


def rewrite_source(src, opts):  # type: ignore[no-untyped-def]
    return rewrite(src, opts, engine=OfflineEngine(), today=TODAY)


def main() -> None:
    min_words = (
        int(sys.argv[sys.argv.index("--min-words") + 1]) if "--min-words" in sys.argv else 700
    )
    opts = RewriteOptions(min_words=min_words)
    rows, docs, times = [], [], []
    recs = corpus_articles()
    rewrite_source(
        replace(parse(recs[0]["text"], lang=recs[0]["lang"]), title=recs[0]["title"]), opts
    )  # warm-up
    for rec in recs:
        src = replace(parse(rec["text"], lang=rec["lang"], origin=rec["id"]), title=rec["title"])
        t0 = time.perf_counter()
        r = rewrite_source(src, opts)
        times.append(time.perf_counter() - t0)
        a, rep = r.article, r.report
        c = {x.id: x for x in rep.constraints}
        kept = rep.facts.counts
        rows.append(
            {
                "id": rec["id"],
                "lang": rec["lang"],
                "src_words": rec["words"],
                "words": int(c["min_words"].detail.split()[0]),
                "min_ok": c["min_words"].ok,
                "invented": len(rep.facts.invented),
                "kept": sum(n for n, _ in kept.values()),
                "facts": sum(t for _, t in kept.values()),
                "seo": rep.analysis.seo_rating,
                "read": rep.analysis.readability_rating,
                "ok": rep.ok,
            }
        )
        docs.append(
            {
                "id": rec["id"],
                "text": body_html(a),
                "keyphrase": a.keyphrase,
                "synonyms": ",".join(a.synonyms),
                "title": a.seo_title,
                "description": a.meta_description,
                "slug": a.slug,
                "locale": "fr_FR" if a.lang == "fr" else "en_US",
            }
        )
    yoast = {y["id"]: y for y in run_yoast(docs, "--no-research")}
    color = {"good": "green", "ok": "orange", "bad": "red"}
    print(
        f"{'article':28} {'lang':4} {'src':>5} {'out':>5} {'min':>4} {'inv':>4} {'kept':>7} {'redac seo/read':>15} {'yoast seo/read':>15}"
    )
    for row in rows:
        y = yoast[row["id"]]
        row["y_seo"], row["y_read"] = (
            color.get(y["seo"]["rating"], y["seo"]["rating"]),
            color.get(y["readability"]["rating"], y["readability"]["rating"]),
        )
        print(
            f"{row['id']:28} {row['lang']:4} {row['src_words']:5d} {row['words']:5d} {'yes' if row['min_ok'] else 'NO':>4} "
            f"{row['invented']:4d} {row['kept']:3d}/{row['facts']:<3d} {row['seo'] + '/' + row['read']:>15} {row['y_seo'] + '/' + row['y_read']:>15}"
        )
    n = len(rows)

    def share(key: str, val: object = True) -> str:
        return f"{sum(1 for r in rows if r[key] == val)}/{n}"

    print(
        f"\nreached {min_words} words: {share('min_ok')}   invented facts: {sum(r['invented'] for r in rows)} in total"
        f"   facts kept: {sum(r['kept'] for r in rows)}/{sum(r['facts'] for r in rows)}"
    )
    print(
        f"redac green SEO {share('seo', 'green')}, green readability {share('read', 'green')};"
        f" Yoast green SEO {share('y_seo', 'green')}, green readability {share('y_read', 'green')}"
    )
    print(
        f"time per article (warm): median {statistics.median(times):.3f} s, max {max(times):.3f} s"
    )


if __name__ == "__main__":
    main()
