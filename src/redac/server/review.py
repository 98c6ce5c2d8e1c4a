"""What the page shows beside a rewrite's JSON, computed once when the job ends (in the worker):
the report view (the same panels and labels as ``redac analyze``), the article's blocks as the
analyser read them with where each came from, the facts panel (each fact of the source with its
sentence, kept or lost; each invented one with the article's sentence that holds it), and the
claim check the rewrite already made."""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml import html as lxml_html

from redac.analysis.document import Block, parse_body
from redac.analysis.view import report_view
from redac.export.render import body_html
from redac.lang import get_language
from redac.result import RewriteResult
from redac.text.sentences import split_sentences

log = logging.getLogger("redac.server")
_BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li"}


def _origins(html: str) -> list[str]:
    """``data-origin`` of each block element, in document order (a list item takes its list's)."""
    if not html.strip():
        return []
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    out = []
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            holder = el if el.get("data-origin") else el.getparent()
            out.append((holder.get("data-origin") if holder is not None else "") or "")
    return out


def blocks_with_origin(blocks: tuple[Block, ...], html: str) -> list[dict[str, Any]]:
    """The analyser's blocks of ``html`` (so that marks index them) with their origin."""
    origins = _origins(html)
    if len(origins) != len(
        blocks
    ):  # never for redac's own body; then no origin rather than a wrong one
        origins = [""] * len(blocks)
    return [
        {"kind": b.kind, "level": b.level, "text": b.text, "shown": b.shown or b.text, "origin": o}
        for b, o in zip(blocks, origins, strict=True)
    ]


def document_blocks(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    return [
        {"kind": b.kind, "level": b.level, "text": b.text, "shown": b.shown or b.text, "origin": ""}
        for b in blocks
    ]


def _sentence_at(text: str, offset: int, abbreviations: frozenset[str]) -> str:
    """The sentence of ``text`` that holds character ``offset``."""
    start = text.rfind("\n\n", 0, max(offset, 0)) + 1
    end = text.find("\n\n", offset)
    block = text[start : end if end >= 0 else len(text)]
    pos = offset - start
    at = 0
    for s in split_sentences(block, abbreviations):
        found = block.find(s[:20], at)
        if found < 0:
            continue
        if found <= pos < found + len(s) + 1:
            return s
        at = found + 1
    return block.strip()


def _sentence_with(sentences: list[str], needle: str) -> str:
    low = needle.lower()
    return next((s for s in sentences if low in s.lower()), "")


def facts_panel(r: RewriteResult) -> dict[str, Any]:
    ledger, check = r.ledger, r.report.facts
    abbr = get_language(ledger.lang).abbreviations
    lost = {(f.kind, f.key) for f in check.missing}
    seen: set[tuple[str, str]] = set()
    facts = []
    for f in ledger.facts:
        ident = (f.kind, f.key)
        if ident in seen:
            continue
        seen.add(ident)
        facts.append(
            {
                "kind": f.kind,
                "text": f.text,
                "label": f.label,
                "role": f.role,
                "status": "lost" if ident in lost else "kept",
                "sentence": _sentence_at(ledger.source_text, f.start, abbr),
            }
        )
    from redac.report import article_text

    art = [
        s for block in article_text(r.article).split("\n\n") for s in split_sentences(block, abbr)
    ]
    invented = [{**i, "sentence": _sentence_with(art, i["text"])} for i in check.invented]
    return {"facts": facts, "invented": invented}


def review(r: RewriteResult) -> dict[str, Any]:
    html = body_html(r.article)
    body = parse_body(html)
    claims = None
    if r.report.claims is not None:  # the rewrite already judged every statement
        claims = {
            **r.report.claims.to_dict(),
            "source_sentences": list(r.report.claims.source_sentences),
        }
    return {
        "view": report_view(r.report.analysis).to_dict(),
        "blocks": blocks_with_origin(body.blocks, html),
        "facts": facts_panel(r),
        "claims": claims,
        "site_url": r.site_url,
    }


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
