"""The repair rounds of one section: verify, fix without the model what can be
(:func:`~redac.write.llm.review.review`), then one targeted request for the rest, carrying only
what that repair needs (the text to translate, the opening to rewrite, or the source to expand
from). Each section's repairs draw on that section's own budget."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from redac.model import Note
from redac.text.words import word_count
from redac.write.llm import prompts
from redac.write.llm.review import review, severity
from redac.write.llm.schemas import paragraphs_schema, section_schema
from redac.write.llm.verify import Problem

if TYPE_CHECKING:
    from redac.write.llm.writer import Job, Writer

MIN_PROGRESS = 0.75  # a repair must leave at most this share of the distance to passing


def settle(
    w: Writer, job: Job, paragraphs: tuple[str, ...]
) -> tuple[tuple[str, ...], list[Problem]]:
    """The last paragraphs and what is still wrong with them (nothing when they pass). A repair
    that does not take at least a quarter off the distance to passing ends the rounds: the next
    would cost as much for as little."""
    found: list[Problem] = []
    before = None
    rounds = w.session.settings.repair_rounds
    for round_ in range(rounds + 1):
        paragraphs, found, fixed = review(w, job, paragraphs)
        if not found:
            if fixed:
                w.notes.append(Note("repair", f"section {job.index}: {fixed}", job.index))
            return paragraphs, []
        now = severity(found)
        if round_ == rounds or (before is not None and now > MIN_PROGRESS * before):
            break
        before = now
        spent = w.tokens
        try:
            paragraphs = model_repair(w, job, paragraphs, found)
        finally:
            job.repair_tokens += w.tokens - spent
    return paragraphs, found


def _paragraphs(reply: dict[str, Any]) -> tuple[str, ...]:
    return tuple(p.strip() for p in reply.get("paragraphs", []) if isinstance(p, str) and p.strip())


def model_repair(
    w: Writer, job: Job, paragraphs: tuple[str, ...], found: list[Problem]
) -> tuple[str, ...]:
    """One targeted request for what the checks found, carrying only what it needs."""
    from redac.write.llm.writer import delimit, tokens_for

    w.check_repair_budget(job)
    keys = {p.key for p in found}
    text = delimit("\n\n".join(paragraphs))
    if "language" in keys and not keys & {"refusal", "empty"}:
        # a translation of the text itself, no source needed (its facts are checked after)
        user = prompts.fill(
            prompts.text(w.target, "rewrite"),
            language=w.lang.name,
            text=text,
            translation=w.translation,
        )
        reply = w.ask(
            user, paragraphs_schema(job.budget, len(job.source)), tokens_for(job.budget), "repair"
        )
        return _paragraphs(reply)
    if keys & {"refusal", "empty", "invented", "repetitive", "changed_claim"}:
        # the first request again, with the reasons
        table = prompts.table(w.target, "problems")
        body = "\n".join(f"- {p.phrase(w.target)}" for p in found)
        messages = [
            *job.messages,
            {
                "role": "assistant",
                "content": json.dumps({"paragraphs": list(paragraphs)}, ensure_ascii=False),
            },
            {"role": "user", "content": f"{table['intro']}\n{body}\n{table['outro']}"},
        ]
        reply = w.session.ask_json(
            messages,
            section_schema(job.budget, heading=job.index > 0, sources=len(job.source)),
            max_tokens=tokens_for(job.budget),
            stage="repair",
        )
        return _paragraphs(reply)
    if keys == {"keyphrase_intro"}:  # the opening paragraph alone, rewritten
        user = prompts.fill(
            prompts.text(w.target, "intro"),
            language=w.lang.name,
            keyphrase=w.keyphrase,
            text=delimit(paragraphs[0]),
        )
        n = word_count(paragraphs[0])
        reply = w.ask(user, paragraphs_schema(n), tokens_for(n), "repair")
        return (" ".join(_paragraphs(reply)), *paragraphs[1:])
    # too short, or facts lost in translation: new paragraphs to add, from the source
    have = word_count("\n\n".join(paragraphs))
    missing = max(job.min_words - have, 40)
    lost = next((p for p in found if p.key == "missing"), None)
    user = prompts.fill(
        prompts.text(w.target, "add"),
        title=w.plan.title,
        language=w.lang.name,
        words=have,
        min_words=job.min_words,
        missing=missing,
        facts=(
            "\n" + prompts.fill(w.labels["add_facts"], items=dict(lost.values)["items"])
            if lost
            else ""
        ),
        translation=w.translation,
        text=text,
        source=delimit("\n\n".join(job.source)),
    )
    reply = w.ask(user, paragraphs_schema(missing), tokens_for(missing + 40), "repair")
    return (*paragraphs, *_paragraphs(reply))
