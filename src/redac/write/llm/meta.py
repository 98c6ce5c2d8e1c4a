"""The article's metadata from the model (H1, SEO title, meta description), each field checked on
its own; a field that keeps failing is replaced by the planner's, and the notes say which."""

from __future__ import annotations

import json
from typing import Any

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.analysis.titlewidth import title_width
from redac.errors import BackendError, ConfigurationError
from redac.model import Note
from redac.write.llm import prompts
from redac.write.llm.review import changed_claims, short_text_problems
from redac.write.llm.schemas import META_FIELDS as FIELDS
from redac.write.llm.verify import Problem
from redac.write.llm.writer import Writer, delimit

META_SCHEMA = {
    "type": "object",
    "properties": {k: {"type": "string", "minLength": 10, "maxLength": 200} for k in FIELDS},
    "required": list(FIELDS),
    "additionalProperties": False,
}
OPENING_CHARS = 1200  # the article's opening is enough to write its metadata from


def field_problems(w: Writer, name: str, value: str) -> list[Problem]:
    """What is wrong with one metadata field (facts and refusals for all; lengths, width and
    keyphrase for the SEO title and the description)."""
    # a description is long enough to tell its language; the other fields are not
    found = short_text_problems(w, value, language=name == "meta_description")
    topic = kp.make_topic(w.keyphrase, w.lang)
    if name == "meta_description":
        lo, hi = targets().description_chars
        if not lo <= len(value) <= hi:
            found.append(Problem("meta_length", (("length", str(len(value))),)))
        if kp.count_in(topic, value, w.lang) != 1:
            found.append(Problem("meta_keyphrase", (("keyphrase", w.keyphrase),)))
    elif name == "seo_title":
        if title_width(value) > targets().title_px[1]:
            found.append(Problem("title_width", (("width", str(round(title_width(value)))),)))
        if kp.exact_position(topic, value, w.lang) != 0:
            found.append(Problem("title_start", (("keyphrase", w.keyphrase),)))
    # the claim checker, as the report judges these fields (a title is a label: "L'article
    # suivant" claims a thing the source does not say)
    kind = "sentence" if name == "meta_description" else "title"
    bad = changed_claims(w, value, kind)
    if bad:
        found.append(Problem("changed_claim", (("items", "; ".join(repr(b) for b in bad)),)))
    return found


def write_meta(w: Writer, body: str, first: dict[str, Any] | None = None) -> tuple[str, str, str]:
    """H1, SEO title and meta description: the model's where they pass, else the planner's.
    ``first`` holds the fields the article draft already wrote: they are checked first, and
    only what fails is asked for again."""
    user = prompts.fill(
        prompts.text(w.target, "meta"),
        language=w.lang.name,
        keyphrase=w.keyphrase,
        source=delimit(body[:OPENING_CHARS]),
    )
    messages = w.messages(user)
    planned = dict(
        zip(FIELDS, (w.plan.title, w.plan.seo_title, w.plan.meta_description), strict=True)
    )
    good: dict[str, str] = {}
    stage = "meta"
    rounds = min(
        1, w.session.settings.repair_rounds
    )  # the planner's fields pass: cheap to fall back on
    # the metadata's repairs have their own budget, a share of what writing it cost (the
    # draft's average per piece when the draft wrote it)
    write_tokens = sum(w.write_cost.values()) // max(len(w.write_cost), 1) if first else 0
    repair_tokens = 0
    for round_ in range(rounds + 1):
        before = w.tokens
        try:
            if first is not None and round_ == 0:
                reply = first
            else:
                if stage != "meta":
                    w.check_budget(write_tokens, repair_tokens, "the metadata's")
                reply = w.session.ask_json(messages, META_SCHEMA, max_tokens=300, stage=stage)
        except ConfigurationError:  # misconfiguration is the user's to fix: never hidden
            raise
        except BackendError:
            break
        finally:
            if stage == "meta":
                write_tokens += w.tokens - before
            else:
                repair_tokens += w.tokens - before
        values = {k: str(reply.get(k, "")).strip() for k in FIELDS}
        found: list[Problem] = []
        for name in FIELDS:
            if name in good:
                continue
            issues = field_problems(w, name, values[name]) if values[name] else [Problem("empty")]
            if issues:
                found += issues
            else:
                good[name] = values[name]
        if len(good) == len(FIELDS) or round_ == rounds:
            break
        body_lines = "\n".join(f"- {p.phrase(w.target)}" for p in found)
        messages = [
            *messages[:2],
            {"role": "assistant", "content": json.dumps(values, ensure_ascii=False)},
            {
                "role": "user",
                "content": f"{w.labels['meta_fix']}\n{body_lines}\n{w.labels['meta_fix_outro']}",
            },
        ]
        stage = "meta-repair"
        first = None
    failed = [k for k in FIELDS if k not in good]
    if failed:
        w.notes.append(
            Note(
                "meta",
                "meta: the model's "
                + ", ".join(failed)
                + " kept failing its checks; the planner's is used"
                + (" (in the source language: the report's checks show it)" if w.cross else ""),
            )
        )
    title, seo, desc = (good.get(k, planned[k]) for k in FIELDS)
    return title, seo, desc
