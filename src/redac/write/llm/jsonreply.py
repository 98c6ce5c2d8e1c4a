"""Structured replies: the JSON object in a model's reply (tolerating fences and chatter), the
complete part of one cut off by its token limit, and the subset of JSON Schema redac's requests
use, checked on the reply whether or not the server enforced it."""

from __future__ import annotations

import json
import re
from typing import Any


def parse_json(text: str) -> dict[str, Any]:
    """The JSON object in a reply, tolerating code fences and chatter around it."""
    t = re.sub(r"^```(?:json)?\s*|\s*```$", "", text.strip(), flags=re.M)
    start, end = t.find("{"), t.rfind("}")
    if start < 0:
        raise ValueError("no JSON object found")
    if end <= start:
        raise ValueError("the JSON object is not closed")
    try:
        obj = json.loads(t[start : end + 1])
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg}") from None
    if not isinstance(obj, dict):
        raise ValueError("the JSON is not an object")
    return obj


def _open_brackets(t: str) -> tuple[list[str], list[int]]:
    """The closers still owed at the end of ``t``, and the offsets where a complete value ends
    (after a string, an array or an object) in the order met."""
    stack: list[str] = []
    ends: list[int] = []
    in_str = escaped = False
    for i, ch in enumerate(t):
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
                ends.append(i + 1)
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            stack.append("]" if ch == "[" else "}")
        elif ch in "]}" and stack:
            stack.pop()
            ends.append(i + 1)
    return stack, ends


def salvage(text: str) -> dict[str, Any] | None:
    """The complete part of a JSON object cut off by the token limit: every string, array and
    object finished before the cut, closed as the text had opened them; ``None`` when nothing
    complete is there. The caller's checks then judge the salvaged content like any other."""
    t = text[text.find("{") :] if "{" in text else ""
    if not t:
        return None
    _stack, ends = _open_brackets(t)
    for cut in reversed(ends):
        owed, _ = _open_brackets(t[:cut])
        try:
            obj = json.loads(t[:cut] + "".join(reversed(owed)))
        except json.JSONDecodeError:
            continue
        return obj if isinstance(obj, dict) else None
    return None


def validate(obj: dict[str, Any], schema: dict[str, Any]) -> None:
    """The subset of JSON Schema redac's requests use: required keys; strings with
    ``minLength``/``maxLength``; arrays of strings or objects with ``minItems``/``maxItems``.
    Bounds are checked here too: a server may ignore the schema, a model may ignore the prompt."""
    for key in schema.get("required", []):
        if key not in obj:
            raise ValueError(f"missing key {key!r}")
    for key, spec in schema.get("properties", {}).items():
        if key in obj:
            _check(key, obj[key], spec)


def _check(key: str, v: Any, spec: dict[str, Any]) -> None:
    kind = spec.get("type")
    if kind == "string":
        if not isinstance(v, str):
            raise ValueError(f"{key!r} must be a string")
        n = len(v.strip())
        if n < spec.get("minLength", 0):
            raise ValueError(f"{key!r} is too short ({n} characters, at least {spec['minLength']})")
        if "maxLength" in spec and len(v) > spec["maxLength"]:
            raise ValueError(
                f"{key!r} is too long ({len(v)} characters, at most {spec['maxLength']})"
            )
    elif kind == "array":
        if not isinstance(v, list):
            raise ValueError(f"{key!r} must be a list")
        if len(v) < spec.get("minItems", 0):
            raise ValueError(f"{key!r} has {len(v)} items, at least {spec['minItems']} wanted")
        if "maxItems" in spec and len(v) > spec["maxItems"]:
            raise ValueError(f"{key!r} has {len(v)} items, at most {spec['maxItems']} wanted")
        items = spec.get("items", {})
        for x in v:
            if items.get("type") == "object":
                if not isinstance(x, dict):
                    raise ValueError(f"{key!r} must be a list of objects")
                validate(x, items)
            else:
                _check(key, x, items)
