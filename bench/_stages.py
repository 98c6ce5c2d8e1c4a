"""Process CPU of each stage of one cold ``redac rewrite`` (the offline engine), in this fresh
process: what ``redac rewrite FILE --engine offline -f md`` does, step by step.

Usage (from bench/speed.py): python bench/_stages.py FILE
Prints one "stage seconds" line per stage, then the total (interpreter start-up excluded).
"""

from __future__ import annotations

import sys
import time

_last = [time.process_time()]
_rows: list[tuple[str, float]] = []


def mark(name: str) -> None:
    now = time.process_time()
    _rows.append((name, now - _last[0]))
    _last[0] = now


def main(path: str) -> None:
    import datetime as dt

    import redac.cli  # noqa: F401

    mark("import the CLI")
    from redac.ingest import load
    from redac.options import RewriteOptions
    from redac.pipeline import rewrite
    from redac.settings import choose_engine, load_settings

    mark("import the core (pipeline, ingest, settings)")
    import redac.nlp as nlp

    nlp._import_spacy()
    mark("import spaCy")
    nlp.pipeline("fr")
    mark("load the spaCy model")
    engine = choose_engine("offline", load_settings())
    source = load(path)
    mark("read the source, detect its language")
    names = {"facts": "facts (spaCy parse of the source)", "report": "report (checks, analysis)"}

    def on_event(event):  # type: ignore[no-untyped-def]
        if event.kind == "stage" and event.done:
            mark(names.get(event.stage, event.stage))

    result = rewrite(
        source, RewriteOptions(), engine=engine, today=dt.date.today(), on_event=on_event
    )
    result.markdown()
    mark("export (Markdown)")
    for name, seconds in _rows:
        print(f"{name}\t{seconds:.3f}")
    print(f"total\t{sum(s for _, s in _rows):.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
