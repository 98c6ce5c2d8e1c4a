"""``redac analyze --jsonl``: the yoast-peer input format in, one result per line out."""

from __future__ import annotations

import json
from typing import IO, Any

from redac.errors import RedacError


def analyze_record(doc: dict[str, Any]) -> dict[str, Any]:
    from redac.api import analyze

    locale = doc.get("locale") or None
    a = analyze(
        doc.get("text") or "",
        keyphrase=doc.get("keyphrase") or "",
        synonyms=doc.get("synonyms") or "",
        title=doc.get("title") or "",
        description=doc.get("description") or "",
        slug=doc.get("slug") or "",
        locale=locale,
        lang=None if locale else "fr",
        permalink=doc.get("permalink") or "",
        cornerstone=bool(doc.get("cornerstone")),
        id=doc.get("id"),
    )
    out = a.to_dict()
    out["id"] = doc.get("id")
    return out


def run_jsonl(inp: IO[str], out: IO[str]) -> int:
    """Analyse every line; a bad line yields an ``error`` object. Exit 2 if any line failed."""
    failed = 0
    for n, line in enumerate(inp, 1):
        line = line.strip()
        if not line:
            continue
        doc: Any = None
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict):
                raise ValueError("a line must be a JSON object")
            result = analyze_record(doc)
        except (ValueError, RedacError) as e:
            failed += 1
            result = {"line": n, "error": str(e)}
            if isinstance(doc, dict):
                result["id"] = doc.get("id")
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 2 if failed else 0
