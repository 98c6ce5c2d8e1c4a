"""Speed of redac against the Yoast harness, as ratios measured in one run.

Every figure is process CPU time (user + system) of a fresh process, the median of ``--runs``
runs interleaved with the yardstick's, on the same machine in the same run:

1. cold ``redac rewrite`` of the example article (offline engine) / Yoast's cold analysis of
   the same article (``node analyze.js`` of the yoast-peer harness, one document);
2. cold ``redac analyze`` of the example article / the same Yoast run;
3. spaCy parses per rewrite: characters sent to spaCy / characters of the source and of the
   article (one parse per text means about 1.0 for the source and at most 1.0 for the article);
4. with ``--large``: rewrites of 25,000, 50,000 and 100,000 French words built from
   ``../shared/corpus`` (CPU, peak memory, and the exponent of cost against size), and the ratio
   at 100,000 words to Yoast's analysis of the same text: the median of ``--large-runs`` pairs
   (default 1; a Yoast run takes most of a minute). ``french_text`` repeats the corpus 8.4
   times and the article keeps a repeated paragraph once, so its article is 13,700 words:
   ``--text FILE`` measures the same pairs on a long French text without repeats as well;
5. the process CPU of each stage of one cold rewrite (import, spaCy import and model load,
   source, facts, plan, write, report, export), of the example and, with ``--large``, of the
   100,000 words (``bench/_stages.py``).

redac's modules are compiled to bytecode before anything is timed, as an installed package's
are (see :func:`bytecode`).

Usage: python bench/speed.py [--runs 5] [--large [--large-runs 3] [--text FILE]]
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import ROOT, corpus_articles, yoast_harness

EXAMPLE = ROOT / "examples" / "article-fr.txt"
REDAC = [sys.executable, "-m", "redac"]


def measure(
    cmd: list[str], stdin: Path | None = None, cwd: Path | None = None
) -> tuple[float, float]:
    """(CPU seconds, peak resident MB) of ``cmd`` in a fresh process."""
    probe = (
        "import resource, subprocess, sys\n"
        "inp = open(sys.argv[1], 'rb') if sys.argv[1] else None\n"
        "p = subprocess.run(sys.argv[3:], stdin=inp, stdout=subprocess.DEVNULL,"
        " stderr=subprocess.DEVNULL, cwd=sys.argv[2] or None)\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(r.ru_utime + r.ru_stime, r.ru_maxrss / 1024, p.returncode)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(stdin or ""), str(cwd or ""), *cmd],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if int(out[2]) not in (0, 3):  # 3: written, a constraint failed (too short): still a run
        raise SystemExit(f"{' '.join(cmd)} exited {out[2]}")
    return float(out[0]), float(out[1])


def bytecode() -> None:
    """Every module of redac compiled before anything is timed, as an installed package is
    (pip compiles a wheel's modules when it installs them): a run that compiles redac's ~150
    source files first (an editable install under ``PYTHONDONTWRITEBYTECODE``, set by some
    shells and CI images) spends ~0.1 s of CPU on that, which no user's run pays. Any value of
    ``PYTHONDONTWRITEBYTECODE``, "0" included, stops Python writing bytecode: the variable is
    dropped for the runs timed here, and the compiled files are written first, explicitly."""
    import compileall

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    src = ROOT / "src" / "redac"
    if src.is_dir() and not compileall.compile_dir(src, quiet=1):
        raise SystemExit(f"cannot compile {src}")


def yoast_doc(text: str, path: Path) -> Path:
    path.write_text(
        json.dumps({"text": text, "keyphrase": "Biélorussie", "locale": "fr_FR"}) + "\n",
        encoding="utf-8",
    )
    return path


def cold(runs: int, tmp: Path) -> None:
    """Two yardsticks: the harness as its README runs it (``run.sh analyze``: bash, a Node
    check of the installed version, then the analyser) and the analyser alone (``node
    analyze.js``), the stricter one."""
    harness = yoast_harness()
    doc = yoast_doc(EXAMPLE.read_text(encoding="utf-8"), tmp / "example.jsonl")
    runsh, bare, rewrite, analyze = [], [], [], []
    for _ in range(runs):
        runsh.append(measure(["bash", "run.sh", "analyze"], stdin=doc, cwd=harness)[0])
        bare.append(measure(["node", "analyze.js"], stdin=doc, cwd=harness)[0])
        rewrite.append(
            measure([*REDAC, "rewrite", str(EXAMPLE), "--engine", "offline", "-q", "-f", "md"])[0]
        )
        analyze.append(measure([*REDAC, "analyze", str(EXAMPLE), "-f", "json"])[0])
    h, y, r, a = (statistics.median(v) for v in (runsh, bare, rewrite, analyze))
    print(f"cold, median of {runs} runs (process CPU):")
    print(f"  Yoast harness (run.sh analyze)     {h:6.3f} s")
    print(f"  Yoast analyser alone (node)        {y:6.3f} s")
    for name, v, target in (("rewrite (offline)", r, "1.00"), ("analyze", a, "0.25")):
        print(
            f"  redac {name:<28} {v:6.3f} s   {v / h:5.2f}x the harness, "
            f"{v / y:5.2f}x the analyser alone   (target <= {target}x)"
        )


def stages(path: Path, label: str) -> None:
    """Process CPU per stage of one cold rewrite of ``path``, in a fresh process
    (``bench/_stages.py``)."""
    out = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("_stages.py")), str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    print(f"stages of one cold rewrite of {label} (process CPU, interpreter start-up excluded):")
    for line in out.splitlines():
        name, seconds = line.split("\t")
        print(f"  {name:<46} {float(seconds):6.3f} s")


def parses() -> None:
    """Characters spaCy parses during one rewrite, against the texts' own sizes."""
    import datetime as dt

    import redac.nlp as nlp_module
    from redac.model import Source
    from redac.options import RewriteOptions
    from redac.pipeline import rewrite
    from redac.report import article_text
    from redac.write.offline import OfflineEngine

    real = nlp_module.pipeline("fr")
    sent: list[int] = []  # parsed (every component)
    tagged: list[int] = []  # tagged only (tok2vec and morphologizer, through make_doc)

    class Counting:
        def __call__(self, text: str):  # type: ignore[no-untyped-def]
            sent.append(len(text))
            return real(text)

        def pipe(self, texts, **kw):  # type: ignore[no-untyped-def]
            texts = list(texts)
            sent.extend(len(t) for t in texts)
            return real.pipe(texts, **kw)

        def make_doc(self, text: str):  # type: ignore[no-untyped-def]
            tagged.append(len(text))
            return real.make_doc(text)

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(real, name)

    nlp_module.tag.cache_clear()
    nlp_module.parse.cache_clear()
    saved = nlp_module.pipeline
    nlp_module.pipeline = lambda lang: Counting()  # type: ignore[assignment]
    try:
        src = Source.from_path(EXAMPLE)
        r = rewrite(src, RewriteOptions(), engine=OfflineEngine(), today=dt.date.today())
    finally:
        nlp_module.pipeline = saved
    source_chars = len(r.ledger.source_text)
    article_chars = len(article_text(r.article))
    print(
        f"spaCy in one rewrite of the example: parsed {len(sent)} texts, {sum(sent):,} characters"
        f" ({sum(sent) / source_chars:.2f}x the source's {source_chars:,});"
        f" tagged only {len(tagged)} texts, {sum(tagged):,} characters"
        f" ({sum(tagged) / article_chars:.2f}x the article's {article_chars:,})"
    )


def french_text(words: int) -> str:
    recs = [r for r in corpus_articles() if r["lang"] == "fr"]
    out, n, i = [], 0, 0
    while n < words:
        text = recs[i % len(recs)]["text"]
        out.append(text)
        n += len(text.split())
        i += 1
    return "\n\n".join(out)


def large(tmp: Path, runs: int = 1, unique: Path | None = None) -> None:
    """Rewrites of 25,000, 50,000 and 100,000 words, then the ratio at 100,000 words: the
    median of ``runs`` pairs (redac's rewrite, then Yoast's analysis, one after the other, so
    that both see the same state of the machine), each pair's ratio printed too."""
    import math

    rows = []
    for size in (25_000, 50_000, 100_000):
        path = tmp / f"fr-{size}.txt"
        path.write_text(french_text(size), encoding="utf-8")
        cpu, mb = measure(_rewrite(path))
        rows.append((size, cpu, mb))
        print(f"  rewrite of {size:>7,} words: {cpu:7.2f} s CPU, peak {mb:6.0f} MB")
    (s0, c0, _), (s1, c1, _) = rows[0], rows[-1]
    print(f"  cost ~ size^{math.log(c1 / c0) / math.log(s1 / s0):.2f} (1.00 = linear)")
    big = tmp / "fr-100000.txt"
    rows_big = _pairs(big, runs, tmp, first=(rows[-1][1], rows[-1][2]))
    for k, (cpu, ycpu, _) in enumerate(rows_big):
        print(
            f"  pair {k + 1}: redac rewrite {cpu:.2f} s / Yoast analysis {ycpu:.2f} s"
            f" = {cpu / ycpu:.3f}x"
        )
    ratio = statistics.median(cpu / ycpu for cpu, ycpu, _ in rows_big)
    print(
        f"  redac rewrite / Yoast analysis at 100,000 words: {ratio:.3f}x, median of"
        f" {runs} pair(s) (target <= 0.25x)"
    )
    print(f"  peak memory {max(mb for _, _, mb in rows_big):.0f} MB at most (target <= 1024 MB)")
    stages(big, "the 100,000 words")
    if unique is not None:
        given(unique, runs, tmp)


def given(path: Path, runs: int, tmp: Path) -> None:
    """The same ratio on a text given with ``--text`` (``french_text`` repeats the corpus 8.4
    times, and the article keeps each repeated paragraph once: 13,700 of its 100,000 words)."""
    words = len(path.read_text(encoding="utf-8").split())
    rows = _pairs(path, runs, tmp)
    for k, (cpu, ycpu, mb) in enumerate(rows):
        print(
            f"  {path.name} ({words:,} words), pair {k + 1}: redac rewrite {cpu:.2f} s"
            f" / Yoast analysis {ycpu:.2f} s = {cpu / ycpu:.3f}x, peak {mb:.0f} MB"
        )
    ratio = statistics.median(cpu / ycpu for cpu, ycpu, _ in rows)
    print(f"  {path.name}: {ratio:.3f}x, median of {runs} pair(s)")
    stages(path, path.name)


def _pairs(
    path: Path, runs: int, tmp: Path, first: tuple[float, float] | None = None
) -> list[tuple[float, float, float]]:
    """``runs`` pairs (redac's rewrite CPU, Yoast's analysis CPU, redac's peak MB) of ``path``,
    one after the other so that both see the same state of the machine; ``first``: a rewrite
    of ``path`` measured already, (CPU, MB), taken as the first pair's."""
    doc = yoast_doc(path.read_text(encoding="utf-8"), tmp / f"{path.stem}.jsonl")
    out = []
    for k in range(runs):
        cpu, mb = first if k == 0 and first is not None else measure(_rewrite(path))
        ycpu, _ = measure(["node", "analyze.js"], stdin=doc, cwd=yoast_harness())
        out.append((cpu, ycpu, mb))
    return out


def blas() -> None:
    """The OpenBLAS kernels and threads redac's parse runs on, as a redac process gets them
    (``redac.nlp`` sets the threads; OpenBLAS reads ``OPENBLAS_CORETYPE`` when numpy loads it).
    Some machines set ``OPENBLAS_CORETYPE`` (and ``OPENBLAS_L2_SIZE``) for older OpenBLAS
    builds; a current one's own choice can be faster: unset both in the command that runs this
    benchmark to measure it. Printed so that every figure says which kernels it was made on."""
    probe = (
        "import redac.nlp as n; n._import_spacy()\n"
        "from threadpoolctl import threadpool_info\n"
        "print(*[(i['internal_api'], i.get('architecture'), i['num_threads'])"
        " for i in threadpool_info() if i['internal_api'] == 'openblas'])\n"
    )
    got = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    env = {k: os.environ.get(k, "unset") for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    said = got.stdout.strip() or got.stderr.strip().splitlines()[-1:]
    print(f"OpenBLAS (api, kernels, threads): {said}; environment: {env}")
    # spaCy's wheels for Python 3.11 carry Cython's profiling hooks, which slow its parse
    # (scripts/python.sh): every figure says which Python it was made on
    print(f"Python {sys.version.split()[0]} ({sys.executable})")


def _rewrite(path: Path) -> list[str]:
    return [*REDAC, "rewrite", str(path), "--engine", "offline", "-q", "-f", "md"]


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    bytecode()
    blas()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        cold(runs, tmp)
        stages(EXAMPLE, "the example")
        parses()
        if "--large" in sys.argv:
            print("large inputs (process CPU, one run each):")
            n = sys.argv.index("--large-runs") + 1 if "--large-runs" in sys.argv else 0
            t = sys.argv.index("--text") + 1 if "--text" in sys.argv else 0
            large(tmp, int(sys.argv[n]) if n else 1, Path(sys.argv[t]) if t else None)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
