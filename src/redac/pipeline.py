"""The core call, and the one place that knows the order: facts → plan → write → report.

Everything is explicit: the source (already read), the options, the engine, the date of the
run, and where progress goes. Nothing here reads the environment, a configuration file, the
clock or the network; the adapters (CLI, server, Python API) decide those and call
:func:`rewrite`.
"""

from __future__ import annotations

import datetime as dt

from redac.events import Cancel, Event, OnEvent, Progress
from redac.facts.extract import extract
from redac.gcpause import paused
from redac.model import Source
from redac.options import RewriteOptions
from redac.plan.planner import make_plan
from redac.report import build_report
from redac.result import RewriteResult
from redac.write.assets import with_source
from redac.write.base import Engine, WriteJob


def rewrite(
    source: Source,
    options: RewriteOptions,
    *,
    engine: Engine,
    today: dt.date,
    on_event: OnEvent | None = None,
    cancel: Cancel | None = None,
) -> RewriteResult:
    """Rewrite ``source`` with ``engine``; the article, its report and every carrier between."""
    progress = Progress(on_event, cancel)

    def stage(name: str, done: bool = False) -> None:
        progress.check()
        progress.emit(Event("stage", stage=name, done=done))

    target = options.target(source.lang)
    stage("facts")
    with paused():  # the parse: a token, its annotations and a fact per word, all kept
        ledger = extract(source)
    stage("facts", True)
    stage("plan")
    with paused():  # 100,000s of objects that live on, on a long source: no walk meanwhile
        plan = make_plan(
            source, ledger, min_words=options.min_words, forced_keyphrase=options.keyphrase
        )
    stage("plan", True)
    stage("write")
    job = WriteJob(source, ledger, plan, options, target, today, progress)
    article = with_source(engine.write(job), source, plan, today)  # images, links, date…
    stage("write", True)
    stage("report")
    report = build_report(article, ledger, options.min_words, site_url=options.site_url)
    stage("report", True)
    return RewriteResult(source, ledger, plan, article, report, today, options.site_url)
