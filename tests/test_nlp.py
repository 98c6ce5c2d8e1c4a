"""The spaCy loader: the model's tokenizer restored with a cheap token_match, and long texts
parsed in pieces into one Doc with the original offsets."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import srsly

from redac.nlp import _model_path, chunks, parse, pipeline

ROOT = Path(__file__).resolve().parents[1]


def test_fast_tokenizer_matches_the_models_own(fixtures_dir: Path) -> None:
    nlp = pipeline("fr")
    data = srsly.msgpack_loads((_model_path("fr_core_news_sm") / "tokenizer").read_bytes())
    original = re.compile(data["token_match"]).match  # the 1.45-million-character pattern
    texts = [
        (ROOT / "examples" / "article-fr.txt").read_text(encoding="utf-8"),
        (fixtures_dir / "article-fr-long.txt").read_text(encoding="utf-8"),
        "Aujourd'hui, le porte-parole a-t-il dit que les États-Unis, peut-être, "
        "c'est-à-dire vis-à-vis de l'arc-en-ciel, entr'ouvrent la porte-fenêtre ?",
    ]
    fast = [[t.text for t in nlp.tokenizer(x)] for x in texts]
    saved = nlp.tokenizer.token_match
    try:
        nlp.tokenizer.token_match = original
        slow = [[t.text for t in nlp.tokenizer(x)] for x in texts]
    finally:
        nlp.tokenizer.token_match = saved
    assert fast == slow


def test_chunks_rebuild_the_text() -> None:
    text = ("Une phrase. " * 30 + "\n\n") * 20 + "x" * 500
    parts = list(chunks(text, size=400))
    assert "".join(parts) == text
    assert all(len(p) <= 400 for p in parts)
    assert parts[0].endswith("\n\n")  # cut at a paragraph break where one fits
    assert list(chunks("")) == [""]


def test_long_text_parses_into_one_doc_with_original_offsets() -> None:
    para = (
        "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin le 3 mars. "
        "Ils ont parlé d'énergie pendant deux heures.\n\n"
    )
    text = para * 250  # about 30,000 characters: more than one chunk
    doc = parse("fr", text)
    assert doc.text == text
    berlin = [e for e in doc.ents if e.text == "Berlin"]
    assert len(berlin) >= 200
    assert all(text[e.start_char : e.end_char] == "Berlin" for e in berlin)


def test_parses_match_spacys_plain_load(fixtures_dir: Path) -> None:
    """The trimmed start-up (no lemmatizer, senter, attribute ruler or CLI; the model's
    tokenizer with a cheap token_match) gives the parse spaCy's own ``load`` gives."""
    import spacy

    plain = spacy.load(_model_path("fr_core_news_sm"))
    ours = pipeline("fr")
    text = (ROOT / "examples" / "article-fr.txt").read_text(encoding="utf-8")
    text += "\n\n" + (fixtures_dir / "article-fr-long.txt").read_text(encoding="utf-8")

    def view(doc):  # type: ignore[no-untyped-def]
        return (
            [(t.text, t.pos_, str(t.morph), t.dep_, t.head.i) for t in doc],
            [(e.text, e.label_, e.start_char) for e in doc.ents],
        )

    assert view(ours(text)) == view(plain(text))


def test_text_over_spacys_limit_is_parsed_in_pieces() -> None:
    """spaCy refuses a text over ``max_length`` (E088); redac's pieces never reach it."""
    nlp = pipeline("fr")
    saved = nlp.max_length
    text = "Le maire de Lyon a présenté le budget de la ville mardi soir. " * 400  # 25,000 chars
    try:
        nlp.max_length = 8_000
        parse.cache_clear()
        doc = parse("fr", text)
    finally:
        nlp.max_length = saved
        parse.cache_clear()
    assert doc.text == text and len(list(doc.sents)) >= 400


def test_a_missing_model_is_a_clear_error() -> None:
    import pytest

    from redac.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="not installed"):
        _model_path("xx_no_such_model_sm")


def test_the_models_layers_multiply_with_numpy_and_the_rest_of_thinc_is_untouched() -> None:
    """The model's layers run their matrix products on numpy (OpenBLAS), not BLIS; thinc's
    current backend, for anything else in the process, is left as it was. (That the
    annotations are spaCy's own is test_parses_match_spacys_plain_load: spaCy's plain load
    uses BLIS.)"""
    from thinc.api import get_current_ops

    nlp = pipeline("fr")
    used = {getattr(node.ops, "use_blis", None) for _, p in nlp.pipeline for node in p.model.walk()}
    assert used == {False}
    assert getattr(get_current_ops(), "use_blis", True) is True


def test_pydantic_v1_stays_importable_after_spacy() -> None:
    """spaCy is imported without pydantic's v1 package (confection only probes for it); an
    explicit import later still gets it."""
    import importlib

    pipeline("fr")
    assert importlib.import_module("pydantic.v1").BaseModel is not None


def test_texts_tagged_together_get_the_tags_each_gets_alone(fixtures_dir: Path) -> None:
    """tag_each runs the tagger over many texts in batches: each text's parts of speech and
    morphology are the ones it gets tagged on its own (the claim checker's verdicts rest on
    them), short sentences and long pieces alike."""
    from redac.nlp import TAGGER, tag_each
    from redac.text.sentences import split_sentences

    text = (fixtures_dir / "article-fr-long.txt").read_text(encoding="utf-8")
    texts = [s for p in text.split("\n\n") for s in split_sentences(p)]
    texts += [" ".join(t.split()[:6]) for t in texts] + list(chunks(text * 3, 2_000))
    nlp = pipeline("fr")
    steps = [proc for name, proc in nlp.pipeline if name in TAGGER]
    together = tag_each("fr", texts)
    assert together is not None and len(together) == len(texts) > 40
    for t, doc in zip(texts, together, strict=True):
        alone = nlp.make_doc(t)
        for proc in steps:
            alone = proc(alone)
        assert doc.text == t
        assert [(x.pos_, str(x.morph)) for x in doc] == [(x.pos_, str(x.morph)) for x in alone]
    assert tag_each("en", ["The mayor opened the line."]) is None


def _numpy_settings_after_redac_loads_spacy(env: dict[str, str]) -> list[str]:
    probe = (
        "import redac.cli, redac.nlp as n; n._import_spacy()\n"
        "import numpy._core.multiarray as m\n"
        "from threadpoolctl import threadpool_info\n"
        "blas = [i['num_threads'] for i in threadpool_info() if i['internal_api'] == 'openblas']\n"
        "print(m._get_madvise_hugepage(), *blas)\n"
    )
    unset = ("OPENBLAS_NUM_THREADS", "NUMPY_MADVISE_HUGEPAGE")
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    out = subprocess.run(
        [sys.executable, "-c", probe], env={**clean, **env}, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_numpy_gets_one_blas_thread_and_no_huge_pages_unless_the_user_says() -> None:
    """Started the way the CLI starts, redac has numpy load with one OpenBLAS thread and without
    asking for huge pages (both cost CPU on a parse: :func:`redac.nlp._import_spacy`); a value
    the user set is kept."""
    assert _numpy_settings_after_redac_loads_spacy({}) == ["False", "1"]
    chosen = {"NUMPY_MADVISE_HUGEPAGE": "1", "OPENBLAS_NUM_THREADS": "2"}
    assert _numpy_settings_after_redac_loads_spacy(chosen) == ["True", "2"]
