"""The offline engine over every article of ../shared/corpus (French and English), read as an
editor reads it.

Per article: words (the article's one count), minimum reached, sentences split and the share
of sentences over 20 words (redac's count), repeated sentences (a sentence of
8+ words shown twice) and echoes (a derived item holding 80 %+ of a body sentence's words),
broken subheadings (``redac.write.heading_check.heading_report``: too long, unbalanced quotes, cut
mid-phrase, keyphrase glued on, duplicate…), facts kept and invented, and the SEO and
readability ratings by redac and by the real Yoast engine (the yoast-peer harness), then the
totals per language against the targets of issue #10, and how many articles miss each Yoast
check (orange or red; the checks only the editor can pass — images, links — left out) (French: 0 repeated sentences, 0 broken
subheadings, Yoast SEO green ≥ 95 %, Yoast readability green ≥ 70 %, 0 invented facts).

Usage: python bench/offline_corpus.py [--min-words 700] [--show] [--out DIR] [--json FILE]
  --show   print every article's subheadings, keyphrase, SEO title and description
  --out    write every article as Markdown into DIR, to read them
  --json   write the rows as JSON (for a before/after table)
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import corpus_articles, run_yoast
from redac.export.render import body_html
from redac.ingest import parse
from redac.nlp import parse as nlp_parse
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.write.heading_check import heading_report
from redac.write.offline import OfflineEngine
from redac.write.quality import echoes, repeated_sentences

TODAY = dt.date(2026, 11, 26)  # fixed: the same article every run
# checks only the editor can pass (an image, its alt text, links): not the article's failures
EDITORS_CHECKS = frozenset(
    (
        *"images introductionKeyword_img imageKeyphrase textImages".split(),
        *"externalLinks internalLinks".split(),
        "functionWordsInKeyphrase",  # Yoast's own note, never a colour
    )
)


def _splits(a: object) -> int:
    """Sentences the engine split, read off its own note (« N long sentences split… »)."""
    for n in getattr(a, "notes", ()):
        m = re.match(r"(\d+) long sentences split", n.text)
        if n.kind == "repair" and m:
            return int(m.group(1))
    return 0


def _long_share(figures: Mapping[str, Any]) -> float:
    """Share (%) of the article's sentences over the analyser's limit (redac's count)."""
    n = figures.get("sentence_count") or 0
    return 100 * figures.get("long_sentences", 0) / n if n else 0.0


def _arg(name: str, default: str = "") -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main() -> None:
    min_words = int(_arg("--min-words", "700"))
    out_dir = Path(_arg("--out")) if "--out" in sys.argv else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    opts = RewriteOptions(min_words=min_words)
    rows, docs, times = [], [], []
    recs = corpus_articles()
    first = replace(parse(recs[0]["text"], lang=recs[0]["lang"]), title=recs[0]["title"])
    rewrite(first, opts, engine=OfflineEngine(), today=TODAY)  # warm-up
    for rec in recs:
        src = replace(parse(rec["text"], lang=rec["lang"], origin=rec["id"]), title=rec["title"])
        t0 = time.perf_counter()
        r = rewrite(src, opts, engine=OfflineEngine(), today=TODAY)
        times.append(time.perf_counter() - t0)
        a, rep = r.article, r.report
        doc = nlp_parse(a.lang, r.ledger.source_text)
        given = [b.text for b in src.blocks if b.kind == "heading"]
        broken = heading_report(a, doc=doc, source_headings=given)
        kept = rep.facts.counts
        rows.append(
            {
                "id": rec["id"],
                "lang": rec["lang"],
                "src_words": rec["words"],
                "words": a.word_count,
                "min_ok": a.word_count >= min_words,
                "repeated": len(repeated_sentences(a)),
                "echoes": len(echoes(a)),
                "broken": len(broken),
                "broken_list": broken,
                "headings": [s.heading for s in a.sections if s.heading],
                "invented": len(rep.facts.invented),
                "split": _splits(a),
                "long": _long_share(rep.analysis.figures),
                "kept": sum(n for n, _ in kept.values()),
                "facts": sum(t for _, t in kept.values()),
                "seo": rep.analysis.seo_rating,
                "read": rep.analysis.readability_rating,
                "keyphrase": a.keyphrase,
                "seo_title": a.seo_title,
                "description": a.meta_description,
                "slug": a.slug,
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
        if out_dir:
            (out_dir / f"{rec['id']}.md").write_text(r.markdown(), encoding="utf-8")
    yoast = {y["id"]: y for y in run_yoast(docs, "--no-research")}
    color = {"good": "green", "ok": "orange", "bad": "red"}
    misses: dict[str, Counter[str]] = {}  # per language: "seo check (orange)" -> articles
    print(
        f"{'article':22} {'lang':4} {'src':>4} {'words':>5} {'rep':>3} {'echo':>4} {'brk':>3}"
        f" {'inv':>3} {'kept':>7} {'spl':>3} {'>20w':>4} {'redac seo/read':>15}"
        f" {'yoast seo/read':>15}"
    )
    for row in rows:
        y = yoast[row["id"]]
        row["y_seo"] = color.get(y["seo"]["rating"], y["seo"]["rating"])
        row["y_read"] = color.get(y["readability"]["rating"], y["readability"]["rating"])
        row["y_misses"] = [
            f"{panel} {x['id']} ({color[x['rating']]})"
            for panel in ("seo", "readability")
            for x in y[panel]["assessments"]
            if x["rating"] in ("ok", "bad") and x["id"] not in EDITORS_CHECKS
        ]
        misses.setdefault(row["lang"], Counter()).update(row["y_misses"])
        print(
            f"{row['id']:22} {row['lang']:4} {row['src_words']:4d} {row['words']:5d}"
            f"{'' if row['min_ok'] else '*'}{' ' if row['min_ok'] else ''}"
            f"{row['repeated']:3d} {row['echoes']:4d} {row['broken']:3d} {row['invented']:3d}"
            f" {row['kept']:3d}/{row['facts']:<3d} {row['split']:3d} {row['long']:3.0f}%"
            f" {row['seo'] + '/' + row['read']:>15}"
            f" {row['y_seo'] + '/' + row['y_read']:>15}"
        )
        if "--show" in sys.argv:
            print(f"    keyphrase: {row['keyphrase']!r}   slug: {row['slug']}")
            print(f"    title: {row['seo_title']}")
            print(f"    description ({len(row['description'])}): {row['description']}")
            for h in row["headings"]:
                why = row["broken_list"].get(h)
                print(f"    {'✘' if why else '·'} {h}" + (f"   [{', '.join(why)}]" if why else ""))
    print("\n(* below the minimum of words)")
    for lang in ("fr", "en"):
        sub = [r for r in rows if r["lang"] == lang]
        if not sub:
            continue
        n = len(sub)

        def count(key: str, val: object = True, sub: list[dict] = sub) -> int:
            return sum(1 for r in sub if r[key] == val)

        print(
            f"\n{lang}: {n} articles, {sum(r['words'] for r in sub)} words"
            f" (median {statistics.median(r['words'] for r in sub):.0f});"
            f" reached {min_words} words: {count('min_ok')}/{n}"
        )
        print(
            f"  repeated sentences {sum(r['repeated'] for r in sub)}, echoes"
            f" {sum(r['echoes'] for r in sub)}, broken subheadings"
            f" {sum(r['broken'] for r in sub)} (of {sum(len(r['headings']) for r in sub)}),"
            f" invented facts {sum(r['invented'] for r in sub)},"
            f" facts kept {sum(r['kept'] for r in sub)}/{sum(r['facts'] for r in sub)}"
        )
        print(
            f"  redac: SEO green {count('seo', 'green')}/{n}, readability green"
            f" {count('read', 'green')}/{n};  Yoast: SEO green {count('y_seo', 'green')}/{n}"
            f" ({100 * count('y_seo', 'green') / n:.0f} %), readability green"
            f" {count('y_read', 'green')}/{n} ({100 * count('y_read', 'green') / n:.0f} %)"
        )
        shares = [r["long"] for r in sub]
        print(
            f"  sentences split {sum(r['split'] for r in sub)};"
            f" sentences over 20 words: median {statistics.median(shares):.0f} %"
            f" per article (min {min(shares):.0f}, max {max(shares):.0f}),"
            f" ≤ 25 % in {sum(1 for x in shares if x <= 25)}/{n},"
            f" ≤ 30 % in {sum(1 for x in shares if x <= 30)}/{n}"
        )
        print("  Yoast checks not green (articles; images and links left to the editor):")
        for miss, k in sorted(misses.get(lang, Counter()).items()):
            print(f"    {miss:45} {k:3d}")
    print(
        f"\ntime per article (warm): median {statistics.median(times):.3f} s,"
        f" max {max(times):.3f} s"
    )
    if "--json" in sys.argv:
        Path(_arg("--json")).write_text(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
