"""redac's analyser against the real Yoast SEO engine on the same documents.

Prints (1) per-check agreement of ratings, overall and per check, and (2) warm per-document
time of each and the ratio, plus cold `redac analyze FILE` wall time against the harness's
cold single document. Usage: python bench/analyzer_vs_yoast.py [--json OUT]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import (
    ROOT,
    YOAST_SRC,
    article_to_doc,
    corpus_articles,
    run_yoast,
    yoast_harness,
)
from _corpus import (
    YOAST_IDS as ID_MAP,
)
from redac.jsonl import analyze_record

COLOR = {"good": "green", "ok": "orange", "bad": "red", "feedback": "green"}


def documents() -> list[dict]:
    docs = [article_to_doc(rec, v) for rec in corpus_articles() for v in (0, 1)]
    for name in ("input_fr.jsonl", "matching_cases.jsonl", "edge_cases.jsonl"):
        p = YOAST_SRC / "samples" / name
        if p.exists():
            docs += [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    return docs


def yoast_ratings(res: dict) -> dict[str, str]:
    out = {}
    for a in res["seo"]["assessments"] + res["readability"]["assessments"] + res.get("extras", []):
        rid = ID_MAP.get(a.get("id", ""))
        if rid and "rating" in a:
            out[rid] = COLOR[a["rating"]]
    return out


def main() -> None:
    docs = documents()
    yoast_harness()
    yres = run_yoast(docs)
    ok_docs = [(d, y) for d, y in zip(docs, yres, strict=True) if "error" not in y]
    agree: dict[str, list[bool]] = defaultdict(list)
    disagreements: list[str] = []
    redac_ms: list[float] = []
    accepted = []
    for d, y in ok_docs:
        try:
            r = analyze_record(d)
        except Exception as e:  # refused input (empty, unknown language): reported, not compared
            print(f"redac refused {d.get('id')}: {e}")
            continue
        accepted.append((d, y))
        ours = {
            a["id"]: a["rating"] for a in r["seo"]["assessments"] + r["readability"]["assessments"]
        }
        for cid, color in yoast_ratings(y).items():
            mine = ours.get(cid)
            if mine is None:
                continue  # not applicable in redac (e.g. no keyphrase): not compared
            agree[cid].append(mine == color)
            if mine != color:
                disagreements.append(f"{d.get('id')}: {cid} yoast={color} redac={mine}")
    # warm timing: redac in-process, repeated over the same documents after one warm-up pass
    for d, _ in accepted:
        analyze_record(d)
    for d, _ in accepted:
        t0 = time.perf_counter()
        analyze_record(d)
        redac_ms.append((time.perf_counter() - t0) * 1000)
    yoast_ms = [y["ms"] for _, y in accepted[1:]]
    # cold: one document, fresh processes
    sample = ROOT / "examples" / "article-fr.txt"
    cold_redac = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "redac",
                "analyze",
                str(sample),
                "-k",
                "Biélorussie",
                "-f",
                "json",
            ],
            check=True,
            capture_output=True,
        )
        cold_redac.append(time.perf_counter() - t0)
    one = (
        json.dumps(
            {"text": sample.read_text(encoding="utf-8"), "keyphrase": "Biélorussie"},
            ensure_ascii=False,
        )
        + "\n"
    )
    cold_yoast = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(
            ["node", "analyze.js"],
            cwd=yoast_harness(),
            input=one,
            text=True,
            check=True,
            capture_output=True,
        )
        cold_yoast.append(time.perf_counter() - t0)

    all_checks = [v for k, vs in agree.items() if k != "passive_voice" for v in vs]
    every = [v for vs in agree.values() for v in vs]
    passive = agree.get("passive_voice", [])
    print(
        f"documents: {len(ok_docs)} ({sum(1 for d in docs if str(d.get('id', '')).startswith('fr'))} French corpus variants)"
    )
    print(
        f"\nrating agreement, all checks except passive voice: {100 * sum(all_checks) / len(all_checks):.1f}% of {len(all_checks)} ratings"
    )
    print(
        f"rating agreement, every check: {100 * sum(every) / len(every):.1f}% of {len(every)}"
        f" ratings; passive voice alone: {100 * sum(passive) / max(len(passive), 1):.1f}%"
        f" of {len(passive)}"
    )
    print(f"{'check':32} {'agree':>7} {'n':>5}")
    for cid in sorted(agree):
        vs = agree[cid]
        print(f"{cid:32} {100 * sum(vs) / len(vs):6.1f}% {len(vs):5d}")
    wm, ym = statistics.median(redac_ms), statistics.median(yoast_ms)
    print(
        f"\nwarm per document: redac {wm:.1f} ms, Yoast {ym:.1f} ms (median) → redac is {ym / wm:.1f}× faster"
    )
    cr, cy = statistics.median(cold_redac), statistics.median(cold_yoast)
    print(
        f"cold single document: `redac analyze` {cr:.2f} s, Yoast harness {cy:.2f} s → ratio {cy / cr:.2f}"
    )
    if "--show" in sys.argv:
        print("\n".join(disagreements))
    out = {
        "agreement": {k: sum(v) / len(v) for k, v in agree.items()},
        "overall": sum(all_checks) / len(all_checks),
        "overall_every_check": sum(every) / len(every),
        "warm_ms": {"redac": wm, "yoast": ym},
        "cold_s": {"redac": cr, "yoast": cy},
        "disagreements": disagreements,
    }
    Path(tempfile.gettempdir(), "redac_analyzer_vs_yoast.json").write_text(
        json.dumps(out, indent=1)
    )


if __name__ == "__main__":
    main()
