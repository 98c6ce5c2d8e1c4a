"""``redac analyze --jsonl``: the yoast-peer input format in, one result per line out.

Every line is checked field by field before it is analysed; a bad line, or any failure while
analysing it, becomes that line's ``{"line", "id", "error"}`` object and the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from redac.errors import RedacError

_STRING_FIELDS = ("keyphrase", "title", "description", "slug", "locale", "permalink")


class RecordError(ValueError):
    """A field of one JSONL record has the wrong type."""


def _type_name(v: Any) -> str:
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
    }.get(type(v), type(v).__name__)


def _scrub(text: str) -> str:
    from redac.ingest.decode import xml_safe

    return xml_safe(text)


def check_record(doc: dict[str, Any]) -> dict[str, Any]:
    """The record's fields with their types checked: strings (absent or null = empty), a
    string or list of strings for ``synonyms``, a JSON boolean for ``cornerstone``."""
    text = doc.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else _type_name(text)
        raise RecordError(f'"text" must be a string, not {what}')
    out: dict[str, Any] = {"text": _scrub(text)}
    for key in _STRING_FIELDS:
        v = doc.get(key)
        if v is not None and not isinstance(v, str):
            raise RecordError(f'"{key}" must be a string, not {_type_name(v)}')
        out[key] = _scrub(v or "")
    syn = doc.get("synonyms")
    if isinstance(syn, list):
        if not all(isinstance(s, str) for s in syn):
            raise RecordError('"synonyms" must be a string or a list of strings')
        out["synonyms"] = [_scrub(s) for s in syn]
    elif syn is None or isinstance(syn, str):
        out["synonyms"] = _scrub(syn or "")
    else:
        raise RecordError(
            f'"synonyms" must be a string or a list of strings, not {_type_name(syn)}'
        )
    corner = doc.get("cornerstone")
    if corner is not None and not isinstance(corner, bool):
        raise RecordError(f'"cornerstone" must be true or false, not {json.dumps(corner)[:40]}')
    out["cornerstone"] = bool(corner)
    rid = doc.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, str | int)):
        raise RecordError(f'"id" must be a string or an integer, not {_type_name(rid)}')
    out["id"] = _scrub(rid) if isinstance(rid, str) else rid  # echoed back as given
    return out


def analyze_record(doc: dict[str, Any]) -> dict[str, Any]:
    from redac.api import analyze

    rec = check_record(doc)
    locale = rec["locale"] or None
    a = analyze(
        rec["text"],
        keyphrase=rec["keyphrase"],
        synonyms=rec["synonyms"],
        title=rec["title"],
        description=rec["description"],
        slug=rec["slug"],
        locale=locale,
        lang=None if locale else "fr",
        permalink=rec["permalink"],
        cornerstone=rec["cornerstone"],
        id=None if rec["id"] is None else str(rec["id"]),
    )
    out = a.to_dict()
    out["id"] = rec["id"]
    return out


def _record_id(doc: Any) -> Any:
    """The line's id as given, when it is a string or an integer."""
    rid = doc.get("id") if isinstance(doc, dict) else None
    if isinstance(rid, str):
        return _scrub(rid)
    return rid if isinstance(rid, int) and not isinstance(rid, bool) else None


def _load_line(raw: str | bytes) -> dict[str, Any] | None:
    """The JSON object on one line; ``None`` for a blank line."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise RecordError(f"the line is not UTF-8 (byte {e.start + 1})") from None
    line = raw.strip().lstrip("\ufeff")
    if not line:
        return None
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as e:
        raise RecordError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    except ValueError as e:  # an integer of more than 4,300 digits
        raise RecordError(f"invalid JSON: {e}") from None
    except RecursionError:
        raise RecordError("invalid JSON: nested too deeply") from None
    if not isinstance(doc, dict):
        raise RecordError("a line must be a JSON object")
    return doc


def run_jsonl(inp: Iterable[str | bytes], out: IO[str]) -> int:
    """Analyse every line; a bad line yields an ``error`` object and the others still come
    out. Exit 2 if any line failed."""
    failed = 0
    for n, raw in enumerate(inp, 1):
        doc: Any = None
        try:
            doc = _load_line(raw)
            if doc is None:
                continue
            result = analyze_record(doc)
        except (RecordError, RedacError) as e:
            failed += 1
            result = {"line": n, "id": _record_id(doc), "error": str(e)}
        except Exception as e:  # a bug on one record must not kill the batch, nor hide
            failed += 1
            result = {
                "line": n,
                "id": _record_id(doc),
                "error": f"internal error ({type(e).__name__}: {e}); please report it",
            }
        # a lone surrogate left in a message would make the write itself fail
        out.write(_scrub(json.dumps(result, ensure_ascii=False)) + "\n")
        out.flush()
    return 2 if failed else 0
