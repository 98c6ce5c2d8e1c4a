"""A queue-based fake chat model for unit tests of the LLM loop (never for integration)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from redac.write.llm.client import Completion, Message, Watch

Reply = str | Exception | Completion | Callable[[list[Message]], str]


def source_of(messages: list[Message]) -> str:
    m = re.search(r"<source>\n(.*?)\n</source>", messages[1]["content"], re.S)
    return m.group(1) if m else ""


def section_of(messages: list[Message]) -> str:
    m = re.search(r"<section>\n(.*?)\n</section>", messages[1]["content"], re.S)
    return m.group(1) if m else ""


LOWER = ("Le ", "La ", "Les ", "L'", "L’", "Un ", "Une ", "Des ", "Il ", "Elle ", "Ce ", "Cette ")


def reword(paragraph: str) -> str:
    """The paragraph as a writer would open it: its facts unchanged, its first sentence not the
    source's (a model that copies the source verbatim has written nothing)."""
    if paragraph.startswith(LOWER):
        paragraph = paragraph[0].lower() + paragraph[1:]
    return f"En résumé, {paragraph}"


def echo(messages: list[Message]) -> str:
    """A faithful writer: returns the section's source paragraphs reworded, or metadata from
    them. Asked to add to a section, it adds the source's paragraphs; asked to translate one, it
    returns the text unchanged (it knows no other language)."""
    prompt = messages[1]["content"]
    src = source_of(messages)
    if "<section>" in prompt:
        new = src if src else section_of(messages)
        return json.dumps({"paragraphs": new.split("\n\n")}, ensure_ascii=False)
    meta = {}
    if '"meta_description"' in prompt:
        kp = re.search(r"commence par « (.+?) »", prompt).group(1)  # type: ignore[union-attr]
        plain = re.sub(r"\[§\d+\] ", "", src)
        sentences = [
            x.strip() + "."
            for x in re.split(r"(?<=[.!?»])\s+", plain.replace(".", ". "))
            if x.strip()
        ]
        sentences = [x.replace(". .", ".").replace("..", ".") for x in sentences]
        desc = next(
            (x for x in sentences if kp in x and 120 <= len(x) <= 156 and x.count(kp) == 1),
            sentences[0],
        )
        title = " ".join(sentences[0].split()[:10]).rstrip(",.")
        meta = {
            "title": title,
            "seo_title": f"{kp} : {' '.join(title.split()[:4])}",
            "meta_description": desc,
        }
    if '"sections"' in prompt:  # the whole-article draft: one entry per [§n] group of the source
        groups: dict[int, list[str]] = {}
        for para in src.split("\n\n"):
            m = re.match(r"\[§(\d+)\] (.*)", para, re.S)
            if m:
                groups.setdefault(int(m.group(1)), []).append(m.group(2))
        headings = dict(re.findall(r"§(\d+) section « ([^»]+) »", prompt))
        sections = [
            {"heading": headings.get(str(n), ""), "paragraphs": [reword(p) for p in groups[n]]}
            for n in sorted(groups)
        ]
        return json.dumps({**meta, "sections": sections}, ensure_ascii=False)
    if meta:
        return json.dumps(meta, ensure_ascii=False)
    heading = re.search(r"« ([^»]+) »\. Garde", prompt)
    return json.dumps(
        {
            "heading": heading.group(1) if heading else "",
            "paragraphs": [reword(p) for p in src.split("\n\n")],
        },
        ensure_ascii=False,
    )


@dataclass
class FakeChat:
    script: list[Reply] = field(default_factory=list)
    default: Callable[[list[Message]], str] = echo
    name: str = "fake"
    requests: list[list[Message]] = field(default_factory=list)

    def complete(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any] | None,
        max_tokens: int,
        watch: Watch | None = None,
    ) -> Completion:
        self.requests.append(messages)
        item: Reply = self.script.pop(0) if self.script else self.default
        if isinstance(item, Exception):
            raise item
        if isinstance(item, Completion):
            return item
        text = item(messages) if callable(item) else item
        return Completion(
            text,
            prompt_tokens=sum(len(m["content"]) // 4 for m in messages),
            completion_tokens=len(text) // 4,
        )
