"""The JSON schemas of redac's requests, sized to each piece: a small model held by a grammar
(llama.cpp turns the schema into one) cannot answer with an empty list, one endless paragraph,
or a heading that is a paragraph. :func:`~redac.write.llm.jsonreply.validate` checks the same
bounds on every reply, for servers that ignore the schema."""

from __future__ import annotations

from typing import Any

HEADING_MAX_CHARS = 90
PARAGRAPH_CHARS = (20, 1200)  # a paragraph: at least a short sentence, at most ~150 words


def paragraphs_spec(budget: int, sources: int = 0) -> dict[str, Any]:
    """A list of paragraphs for about ``budget`` words, from ``sources`` source paragraphs:
    bounds a small model can be held to, loose enough for any good answer."""
    most = max(3, min(8, budget // 40 + 2), sources + 1)
    return {
        "type": "array",
        "items": {
            "type": "string",
            "minLength": PARAGRAPH_CHARS[0],
            "maxLength": PARAGRAPH_CHARS[1],
        },
        "minItems": 1 if budget < 100 else 2,
        "maxItems": most,
    }


def section_schema(budget: int, heading: bool = True, sources: int = 0) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            # the introduction has none (the prompt says so; a heading given anyway is ignored)
            "heading": {
                "type": "string",
                "minLength": 3 if heading else 0,
                "maxLength": HEADING_MAX_CHARS,
            },
            "paragraphs": paragraphs_spec(budget, sources),
        },
        "required": ["heading", "paragraphs"],
        "additionalProperties": False,
    }


def paragraphs_schema(budget: int, sources: int = 0) -> dict[str, Any]:
    spec = paragraphs_spec(budget, sources)
    return {
        "type": "object",
        "properties": {"paragraphs": {**spec, "minItems": 1}},
        "required": ["paragraphs"],
        "additionalProperties": False,
    }


SECTION_SCHEMA = section_schema(200)
PARAGRAPHS_SCHEMA = paragraphs_schema(200)
META_FIELDS = ("title", "seo_title", "meta_description")
ARTICLE_SCHEMA = {  # metadata first: a reply cut off by its token limit loses sections, not them
    "type": "object",
    "properties": {
        **{k: {"type": "string", "minLength": 10, "maxLength": 200} for k in META_FIELDS},
        "sections": {
            "type": "array",
            "items": {  # the introduction's heading is empty, the others' are not
                **section_schema(150),
                "properties": {
                    "heading": {"type": "string", "maxLength": HEADING_MAX_CHARS},
                    "paragraphs": paragraphs_spec(150, 12),
                },
            },
            "minItems": 1,
        },
    },
    "required": [*META_FIELDS, "sections"],
    "additionalProperties": False,
}
