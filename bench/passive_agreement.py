"""Passive voice and the readability verdict: redac's analyser against the real Yoast engine.

Three measures, on the development corpus (../shared/corpus, French and English):

1. per sentence — every sentence of the source articles and of the offline engine's rewrites,
   one Yoast document per sentence: does each detector read it as passive? (agreement, and the
   sentences where they differ, listed with --show);
2. per article — the rewrites (body HTML + metadata, as bench/offline_corpus.py sends them),
   analysed by both: passive share and rating, each readability check's rating, the overall
   readability rating; and how often redac is *greener* than Yoast (a false "OK");
3. the readability aggregate — Yoast's overall readability recomputed from Yoast's own check
   ratings with redac's aggregation rule (must always match).

Usage: python bench/passive_agreement.py [--show] [--json FILE]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import YOAST_IDS, corpus_articles, run_yoast
from redac.analysis.assessments.readability import READABILITY_CHECKS
from redac.analysis.config import profile
from redac.analysis.research import passive_tokens  # words, and the commas between clauses
from redac.export.render import body_html
from redac.ingest import parse
from redac.jsonl import analyze_record
from redac.lang import get_language
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.text.sentences import split_sentences
from redac.write.offline import OfflineEngine

TODAY = dt.date(2026, 11, 26)
COLOR = {"good": "green", "ok": "orange", "bad": "red", "feedback": "none"}
RANK = {"green": 2, "orange": 1, "red": 0, "none": -1}
_READABILITY = {fn.__name__ for fn in READABILITY_CHECKS}
READ_IDS = {k: v for k, v in YOAST_IDS.items() if v in _READABILITY}


def _rewrites() -> list[tuple[dict, object]]:
    opts = RewriteOptions(min_words=700)
    out = []
    for rec in corpus_articles():
        src = replace(parse(rec["text"], lang=rec["lang"], origin=rec["id"]), title=rec["title"])
        out.append((rec, rewrite(src, opts, engine=OfflineEngine(), today=TODAY).article))
    return out


def _doc(a: object) -> dict:
    return {
        "id": a.source_id if hasattr(a, "source_id") else "",  # type: ignore[attr-defined]
        "text": body_html(a),  # type: ignore[arg-type]
        "keyphrase": a.keyphrase,  # type: ignore[attr-defined]
        "synonyms": ",".join(a.synonyms),  # type: ignore[attr-defined]
        "title": a.seo_title,  # type: ignore[attr-defined]
        "description": a.meta_description,  # type: ignore[attr-defined]
        "slug": a.slug,  # type: ignore[attr-defined]
        "locale": "fr_FR" if a.lang == "fr" else "en_US",  # type: ignore[attr-defined]
    }


def _sentences(rec: dict, article: object) -> list[str]:
    lang = get_language(rec["lang"])
    texts = [p for p in rec["text"].split("\n\n") if p.strip()]
    for s in article.sections:  # type: ignore[attr-defined]
        texts += list(s.paragraphs)
    return [x for t in texts for x in split_sentences(t, lang.abbreviations)]


def per_sentence(pairs: list[tuple[dict, object]], show: bool) -> dict:
    rows = []  # (lang, sentence)
    seen = set()
    for rec, art in pairs:
        for s in _sentences(rec, art):
            if (rec["lang"], s) not in seen:
                seen.add((rec["lang"], s))
                rows.append((rec["lang"], s))
    from html import escape

    docs = [
        {"id": str(i), "text": f"<p>{escape(s)}</p>", "locale": f"{lang}_{lang.upper()}"}
        for i, (lang, s) in enumerate(rows)
    ]
    for d in docs:
        d["locale"] = "fr_FR" if d["locale"].startswith("fr") else "en_US"
    yres = run_yoast(docs)
    out = {}
    for lang in ("fr", "en"):
        data = get_language(lang)
        n = agree = yo = re_ = 0
        only_yoast, only_redac = [], []
        for (lg, s), y in zip(rows, yres, strict=True):
            if lg != lang or "error" in y:
                continue
            pv = y.get("research", {}).get("passiveVoice") or {}
            ys = bool(pv.get("passives"))
            rs = bool(data.passive and data.passive(passive_tokens(s)))
            n += 1
            agree += ys == rs
            yo += ys
            re_ += rs
            if ys and not rs:
                only_yoast.append(s)
            elif rs and not ys:
                only_redac.append(s)
        out[lang] = {
            "sentences": n,
            "agreement": agree / n if n else 0.0,
            "yoast_passive": yo,
            "redac_passive": re_,
            "only_yoast": only_yoast,
            "only_redac": only_redac,
        }
        print(
            f"[{lang}] per sentence: {n} sentences, agreement {100 * agree / max(n, 1):.1f} %;"
            f" passive: Yoast {yo}, redac {re_}; Yoast only {len(only_yoast)},"
            f" redac only {len(only_redac)}"
        )
        if show:
            for s in only_yoast:
                print(f"   Y {s}")
            for s in only_redac:
                print(f"   R {s}")
    return out


def _aggregate(ratings: list[str], full_support: bool = True) -> str:
    """redac's readability aggregation rule applied to a list of check colours."""
    agg = profile()["readability_score"]
    key = "penalties" if full_support else "penalties_partial"
    pen = sum(agg.get(key, agg["penalties"]).get(r, 0) for r in ratings)
    if len(ratings) <= 1:
        return "red"
    hi, lo = (agg["bad_above"], agg["ok_above"])
    if not full_support:
        hi, lo = agg["bad_above_partial"], agg["ok_above_partial"]
    return "red" if pen > hi else "orange" if pen > lo else "green"


def per_article(pairs: list[tuple[dict, object]], show: bool) -> dict:
    docs = []
    for rec, art in pairs:
        d = _doc(art)
        d["id"] = rec["id"]
        docs.append(d)
    yres = run_yoast(docs)
    out: dict = {}
    t_redac = 0.0
    for lang in ("fr", "en"):
        c: Counter[str] = Counter()
        lines = []
        for d, y, (rec, _) in zip(docs, yres, pairs, strict=True):
            if rec["lang"] != lang:
                continue
            t0 = time.perf_counter()
            r = analyze_record(d)
            t_redac += time.perf_counter() - t0
            mine = {a["id"]: a for a in r["readability"]["assessments"]}
            theirs = {
                READ_IDS[a["id"]]: COLOR[a["rating"]]
                for a in y["readability"]["assessments"]
                if a["id"] in READ_IDS and a.get("valid", True)  # Yoast's valid results only
            }
            c["n"] += 1
            for cid, col in theirs.items():
                m = mine.get(cid, {}).get("rating", "none")
                c[f"check {cid} agree"] += m == col
                c[f"check {cid} n"] += 1
                c[f"check {cid} greener"] += RANK[m] > RANK[col]
            yr = COLOR[y["readability"]["rating"]]
            rr = r["readability"]["rating"]
            c["read agree"] += rr == yr
            c["read greener"] += RANK[rr] > RANK[yr]
            c["read green redac"] += rr == "green"
            c["read green yoast"] += yr == "green"
            c["aggregate rule ok"] += _aggregate(list(theirs.values())) == yr
            pv_y = y.get("research", {}).get("passiveVoice") or {}
            pct_y = 100 * pv_y.get("passives", 0) / max(pv_y.get("total", 0), 1)
            pct_r = mine.get("passive_voice", {}).get("figures", {}).get("percent", 0.0)
            lines.append(
                f"  {rec['id']:22} passive redac {pct_r:5.1f} % ({mine['passive_voice']['rating']:6})"
                f" Yoast {pct_y:5.1f} % ({theirs.get('passive_voice', '-'):6})"
                f"  readability redac {rr:6} Yoast {yr}"
            )
        n = c["n"]
        print(
            f"[{lang}] per article ({n}): readability agreement {c['read agree']}/{n},"
            f" redac greener {c['read greener']}/{n}; green: redac {c['read green redac']},"
            f" Yoast {c['read green yoast']}; aggregate rule reproduces Yoast's verdict from its"
            f" own check colours {c['aggregate rule ok']}/{n}"
        )
        for cid in READ_IDS.values():
            k = c[f"check {cid} n"]
            if k:
                print(
                    f"    {cid:24} agree {c[f'check {cid} agree']:2d}/{k}"
                    f"  redac greener {c[f'check {cid} greener']:2d}"
                )
        if show:
            print("\n".join(lines))
        out[lang] = dict(c)
    out["redac_analyse_s"] = t_redac
    return out


def main() -> None:
    show = "--show" in sys.argv
    pairs = _rewrites()
    res = {"sentences": per_sentence(pairs, show), "articles": per_article(pairs, show)}
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(
            json.dumps(res, ensure_ascii=False, indent=1)
        )


if __name__ == "__main__":
    main()
