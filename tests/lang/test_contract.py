"""The language contract: every registered language supplies every piece redac reads.

Adding a language is its folder under ``redac/lang/`` plus one line in ``REGISTRY``; this test
is what tells the author which piece is missing.
"""

from __future__ import annotations

import re
from dataclasses import fields
from importlib.resources import files

import pytest

from redac.analysis.assessor import analyze_paper
from redac.analysis.paper import Paper
from redac.lang import REGISTRY, get_language
from redac.lang.base import FactVocabulary, LanguageData, Phrases, Rewriting, Typography

LANGS = sorted(REGISTRY)
REFERENCE = "fr"  # the most complete language: others must offer the same keys


@pytest.mark.parametrize("code", LANGS)
def test_data_is_complete(code: str) -> None:
    d = get_language(code)
    assert isinstance(d, LanguageData) and d.code == code
    assert d.name and d.locale.startswith(code)
    for name in ("function_words", "transition_words", "first_word_exceptions", "abbreviations"):
        assert getattr(d, name), f"{code}: {name} is empty"
    assert d.count_syllables("information") >= 3
    assert d.word_key("Tests") == d.word_key("test")
    assert d.colon.strip() == ":"
    det = d.detection
    assert det.english_name and det.lingua.isupper() and det.letters.islower()
    assert len(det.common_words) >= 20 and 0 < det.min_common_share < 1


@pytest.mark.parametrize("code", LANGS)
def test_fact_vocabulary_is_complete(code: str) -> None:
    v = get_language(code).facts
    assert len(v.months) == 12 and len(v.weekdays) == 7
    for f in fields(FactVocabulary):
        value = getattr(v, f.name)
        if f.name != "partitives":  # a language may have no partitive article (English)
            assert value, f"{code}: facts.{f.name} is empty"
    assert "{year}" in v.in_year


@pytest.mark.parametrize("code", LANGS)
def test_phrases_are_complete(code: str) -> None:
    p = get_language(code).phrases
    for f in fields(Phrases):
        assert getattr(p, f.name), f"{code}: phrases.{f.name} is empty"
    assert "{name}" in p.who and "{role}" in p.who_answer and "{year}" in p.year
    assert "{date}" in p.timeline_item and "{text}" in p.timeline_item


@pytest.mark.parametrize("code", LANGS)
def test_messages_cover_every_check_and_band(code: str) -> None:
    ref = get_language(REFERENCE).messages
    m = get_language(code).messages
    assert set(m.titles) == set(ref.titles)
    for check, bands in ref.messages.items():
        assert set(m.messages[check]) == set(bands), f"{code}: bands of {check}"
    # and every message the analyser can produce renders in this language
    text = "<h2>Un titre</h2><p>" + "Une phrase courte pour le test. " * 40 + "</p>"
    a = analyze_paper(Paper(text=text, keyphrase="phrase", locale=get_language(code).locale))
    assert all(c.text for c in (*a.seo, *a.readability))


@pytest.mark.parametrize("code", LANGS)
def test_prompts_are_complete(code: str) -> None:
    ref = {p.name for p in files(get_language(REFERENCE).prompts).joinpath("prompts").iterdir()}
    here = files(get_language(code).prompts).joinpath("prompts")
    names = {p.name for p in here.iterdir()}
    assert names == ref, f"{code}: prompts differ: {sorted(names ^ ref)}"
    for name in names:
        assert here.joinpath(name).read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("code", LANGS)
def test_rules_compile_and_models_load(code: str) -> None:
    d = get_language(code)
    re.compile(d.headings.reported)
    re.compile(d.headings.clause_cut)
    if d.spacy_model:
        from redac.nlp import pipeline

        assert pipeline(code) is not None


@pytest.mark.parametrize("code", LANGS)
def test_report_labels_and_page_words_are_complete(code: str) -> None:
    ref, d = get_language(REFERENCE), get_language(code)
    fields_of = re.compile(r"\{(\w+)\}")
    for name, mine, theirs in (
        ("labels", d.messages.labels, ref.messages.labels),
        ("page", d.page, ref.page),
    ):
        assert set(mine) == set(theirs), f"{code}: {name} keys differ: {set(mine) ^ set(theirs)}"
        for key, text in mine.items():
            assert text.strip(), f"{code}: {name}.{key} is empty"
            assert set(fields_of.findall(text)) == set(fields_of.findall(theirs[key])), key
    assert d.messages.decimal in ".," and d.messages.thousands
    assert d.messages.decimal != d.messages.thousands


@pytest.mark.parametrize("code", LANGS)
def test_claim_vocabulary_is_complete(code: str) -> None:
    from redac.lang.base import ClaimVocabulary, ModalWords

    c = get_language(code).claims
    empty_allowed = {"verb_plural_endings", "conditional_endings", "negation_openers"}
    for f in fields(ClaimVocabulary):
        if f.name not in empty_allowed and f.name != "modality":
            assert getattr(c, f.name), f"{code}: claims.{f.name} is empty"
    kinds = [name for name, words in c.modality.kinds() if words]
    assert len(kinds) >= len(fields(ModalWords)) - 1, kinds  # French marks one by the mood
    assert c.conditional_endings or c.modality.hypothetical
    for a, b in (*c.opposites, *c.comparatives):
        assert a and b and a != b
    import Stemmer

    assert c.stemmer in Stemmer.algorithms()


@pytest.mark.parametrize("code", LANGS)
def test_rewriting_rules_are_complete(code: str) -> None:
    r = get_language(code).rewriting
    assert isinstance(r, Rewriting)
    for name in ("split_at", "conditions", "anaphora", "negations", "event_dates", "privative"):
        assert getattr(r, name), f"{code}: rewriting.{name} is empty"
    assert r.relative_subject and r.demonstratives
    assert get_language(code).headings.cannot_start
    assert "{topic}" in get_language(code).phrases.about
    # the splitter's words: folded-comparable lower-case forms, never an attribution cue
    cues = {w.lower() for w in get_language(code).facts.according_to}
    for name in ("not_sources", "clitics"):
        for w in getattr(r, name):
            assert w == w.lower() and w not in cues, f"{code}: rewriting.{name} has {w!r}"
    if get_language(code).spacy_model:  # a parsed language splits sentences: it needs them
        assert r.not_sources and r.clitics
        assert r.subject_pronouns and r.subordinators and r.pronouns
    for name in ("subject_pronouns", "subordinators"):
        for w in getattr(r, name):
            assert w == w.lower() and w not in cues, f"{code}: rewriting.{name} has {w!r}"
    # a pronoun said again for a subject must be one the verification knows as a subject
    assert set(r.pronouns.values()) <= set(r.subject_pronouns)


@pytest.mark.parametrize("code", LANGS)
def test_typography_is_a_typed_record(code: str) -> None:
    t = get_language(code).typography
    assert isinstance(t, Typography)
    for mark, space in t.space_before:
        assert len(mark) == 1 and space in ("\u00a0", "\u202f")
    assert bool(t.units) == bool(t.unit_space)


def test_english_titles_do_not_end_a_sentence() -> None:
    from redac.text.sentences import split_sentences

    en = get_language("en")
    text = "A man threatened to kill Rep. Ilhan Omar, the office said. He faces prison."
    assert len(split_sentences(text, en.abbreviations)) == 2
