"""Tolerant JSON: fences and chatter around it, and replies cut off by the token limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redac.write.llm.client import Completion, LLMOutputError, Session, parse_json, salvage
from redac.write.llm.settings import LLMSettings

from .fake_llm import FakeChat

SECTION_SCHEMA = {  # the shape of a section, without the bounds (tested on their own)
    "type": "object",
    "properties": {
        "heading": {"type": "string"},
        "paragraphs": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["heading", "paragraphs"],
}


def test_fences_and_chatter_are_tolerated() -> None:
    assert parse_json('Voici :\n```json\n{"a": "b"}\n```\nBonne lecture') == {"a": "b"}


def test_broken_json_is_an_error() -> None:
    for bad in ('{"heading": "x", "paragraphs": ["un", "deu', "{heading: oops}", "rien", "[1]"):
        with pytest.raises(ValueError):
            parse_json(bad)


def cut(text: str) -> Completion:
    return Completion(text, 10, 10, truncated=True)


def test_salvage_keeps_every_complete_value() -> None:
    cut = '{"heading": "Titre", "paragraphs": ["Un paragraphe.", "Un autre, avec \\"guillemets\\".", "Coup'
    assert salvage(cut) == {
        "heading": "Titre",
        "paragraphs": ["Un paragraphe.", 'Un autre, avec "guillemets".'],
    }
    assert salvage('{"heading": "Titre", "parag') == {"heading": "Titre"}
    assert salvage('{"he') is None and salvage("rien") is None


def test_a_cut_off_reply_is_salvaged_without_a_reask(tmp_path: Path) -> None:
    reply = json.dumps({"heading": "T", "paragraphs": ["Un.", "Deux."]})[:-8]
    fake = FakeChat([cut(reply)])
    s = Session(fake, LLMSettings(base_url="http://x", model="m", cache=False))
    obj = s.ask_json([{"role": "user", "content": "?"}], SECTION_SCHEMA)
    assert obj == {"heading": "T", "paragraphs": ["Un."]}
    assert len(fake.requests) == 1 and s.usage.salvaged == 1 and s.usage.reasks == 0


def test_a_cut_off_reply_missing_required_keys_is_an_error() -> None:
    fake = FakeChat([cut('{"heading": "T", "parag')])
    s = Session(fake, LLMSettings(base_url="http://x", model="m", cache=False))
    with pytest.raises(LLMOutputError, match="token limit"):
        s.ask_json([{"role": "user", "content": "?"}], SECTION_SCHEMA)
    assert len(fake.requests) == 1


def test_an_unclosed_reply_that_was_not_cut_gets_a_reask() -> None:
    fake = FakeChat(['{"heading": "T", "parag', '{"heading": "T", "paragraphs": ["Un."]}'])
    s = Session(fake, LLMSettings(base_url="http://x", model="m", cache=False))
    assert s.ask_json([{"role": "user", "content": "?"}], SECTION_SCHEMA)["paragraphs"] == ["Un."]
    assert s.usage.reasks == 1 and s.usage.salvaged == 0
