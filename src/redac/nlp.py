"""spaCy pipelines: loaded once, fast to start, and able to parse texts of any length.

**Start-up.** A spaCy model carries its own tokenizer (rules, exceptions and its ``token_match``
pattern) and restores it when it loads. spaCy first builds the same rules from the language's
Python module, though, and for French that module compiles a 1.45-million-character regular
expression at import: about 1.8 s of CPU, on every start, for a result the model then replaces.
redac skips that rebuild (a placeholder stands in for the module while the model loads) and
restores the model's tokenizer itself, with one change: in ``token_match`` the expanded Unicode
letter classes become ``\\w``, which the regular-expression engine compiles at once. The
tokenization is the same on the whole development corpus (31 articles, 19,649 tokens; checked by
``tests/test_nlp.py`` on fixtures and by ``bench/speed.py`` on the corpus); the one difference
known is that ``\\w`` also admits digits and "_" inside a hyphenated word.

**What is loaded.** Only what redac reads: tokens, part of speech and morphology, dependencies
and entities. The lemmatizer (+0.45 s to load its tables), the disabled sentence recogniser,
the attribute ruler (it only copies the part of speech into ``tag_``) and the vocabulary's
string table (2.2 MB of JSON, 0.1 s: spaCy adds each string it meets anyway) are not loaded. spaCy's
own command-line package, which ``import spacy`` pulls in for ``spacy.info`` (typer, weasel and
every CLI command: ~0.1 s), is replaced by a stand-in while spaCy is imported here, unless it
is already loaded; ``tests/test_nlp.py`` checks the parses are the same as spaCy's plain load.

**Speed.** The model's layers multiply their matrices with numpy (OpenBLAS) rather than BLIS,
three times faster on this CPU (BLIS 1.3 does not recognise AMD's Zen 5 and runs its generic
code: flame/blis issue #912), same annotations (:func:`_load`); the regular expressions that
importing spaCy and loading the model compile are kept compiled between runs
(:mod:`redac.regexcache`); pydantic's v1 package, which confection only probes for, is not
imported, and catalogue's entry points are grouped once (:func:`_import_spacy`).

**Length.** spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters) and its memory
grows with the length of one text. :func:`parse` cuts a long text at paragraph breaks (then at
sentence ends, then at spaces) into pieces of at most ``CHUNK_CHARS`` and parses them as a stream;
:func:`parsed` reads the pieces as one parse whose text and offsets are the original's
(:func:`parse` joins them into one spaCy ``Doc``).
"""

from __future__ import annotations

import os
import re
import sys
import types
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from redac import regexcache
from redac.errors import ConfigurationError
from redac.lang import get_language
from redac.regexguard import guarded

CHUNK_CHARS = 5_000
EXCLUDED = ["lemmatizer", "senter", "attribute_ruler"]
JOINERS = "-–—‐‑'’"  # hyphens, apostrophes: what joins the words of a compound or an elision


def _import_spacy() -> Any:
    """``import spacy`` without its command-line package (redac never runs spaCy's CLI).

    Two settings numpy reads when it loads, made here only when numpy is not loaded yet and
    each variable is unset:

    - OpenBLAS, under numpy, defaults to one thread per core; on the small matrices of a spaCy
      model its threads mostly spin: one thread costs about 15 % less CPU for the same parse
      (``bench/speed.py``).
    - numpy asks Linux for 2 MB pages for its large arrays (``madvise``, which the kernel
      follows where transparent huge pages are set to "madvise", as on this machine). The
      kernel zeroes each one when it is first touched, and a long parse allocates its layers'
      outputs afresh for every batch: with them, the 100,000-word parse took 0.62 s of system
      time (page zeroing, mostly) and 4.80 s of user time; without, 0.28 s and 4.86 s (medians
      of 5 alternated runs, Python 3.13). The same annotations, the same peak memory.
    """
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that ``spacy.cli.info`` resolves to the stand-in below
    info = types.ModuleType("spacy.cli.info")
    info.info = _no_cli  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    # confection (under thinc) imports pydantic's v1 compatibility package only to recognise
    # pydantic-v1 schemas; spaCy's and thinc's are v2. Not importing it saves ~0.02 s.
    no_v1 = "pydantic.v1" not in sys.modules
    if no_v1:
        sys.modules["pydantic.v1"] = None  # type: ignore[assignment]
    try:
        import spacy
    finally:  # an explicit ``import spacy.cli`` (or ``pydantic.v1``) later gets the real one
        del sys.modules["spacy.cli"], sys.modules["spacy.cli.info"]
        if no_v1 and sys.modules.get("pydantic.v1", 0) is None:
            del sys.modules["pydantic.v1"]
    _index_entry_points()
    return spacy


def _index_entry_points() -> None:
    """Loading a model looks up about 170 registered functions, and catalogue (spaCy's
    registry) scans every installed entry point for each: ~0.02 s. The same entry points,
    grouped once (catalogue reads a mapping of group to entry points as well)."""
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if not hasattr(found, "select"):
        return
    groups: dict[str, list[Any]] = {}
    if isinstance(found, dict):  # Python 3.11: entry points by group already, and ``select``
        groups = {group: list(eps) for group, eps in found.items()}
    else:
        for ep in found:
            groups.setdefault(ep.group, []).append(ep)
    catalogue.AVAILABLE_ENTRY_POINTS = groups


def _no_cli(*args: object, **kwargs: object) -> None:
    raise RuntimeError("spaCy's command line is not loaded inside redac; run `python -m spacy`")


def _fast_token_match(pattern: str) -> str:
    from spacy.lang import char_classes as cc

    # longest first: ALPHA contains ALPHA_LOWER's text
    for cls in sorted({cc.ALPHA, cc.ALPHA_LOWER, cc.ALPHA_UPPER}, key=len, reverse=True):
        pattern = pattern.replace(cls, r"\w")
    return pattern


def _model_path(name: str) -> Path:
    """The model's data directory, found without importing its package (whose ``__init__``
    imports spaCy, CLI included)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(
            f"the spaCy model {name} is not installed", hint=f"pip install {name.replace('_', '-')}"
        )
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(p for p in root.glob(f"{name}-*") if (p / "config.cfg").exists())
    return found[-1] if found else root


@cache
def pipeline(lang: str) -> Any | None:
    """The spaCy pipeline for ``lang``, or ``None`` where redac uses rules instead."""
    name = get_language(lang).spacy_model
    if name is None:
        return None
    path = _model_path(name)
    tokenizer_file = path / "tokenizer"
    raw = tokenizer_file.read_bytes() if tokenizer_file.exists() else b""
    # the regular expressions importing spaCy and loading this model compile, kept compiled
    # between runs (``redac.regexcache``): no text has been read yet, none holds any
    tag = str(path).encode() + b"\0" + raw
    known = regexcache.compiled()
    loaded = regexcache.preload(tag)
    nlp = _pipeline(lang, path, raw)
    regexcache.save(tag, regexcache.compiled() - known, loaded)
    return nlp


def _pipeline(lang: str, path: Path, raw: bytes) -> Any:
    spacy = _import_spacy()
    import srsly

    module = f"spacy.lang.{lang}.tokenizer_exceptions"
    if not raw or module in sys.modules:
        return _load(spacy, path, EXCLUDED)
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS

    placeholder = types.ModuleType(module)
    placeholder.TOKENIZER_EXCEPTIONS = BASE_EXCEPTIONS  # type: ignore[attr-defined]
    placeholder.TOKEN_MATCH = None  # type: ignore[attr-defined]
    sys.modules[module] = placeholder  # the model's own tokenizer replaces these just below
    nlp = _load(spacy, path, [*EXCLUDED, "vocab", "tokenizer"])
    data = srsly.msgpack_loads(raw)
    if isinstance(data.get("token_match"), str):
        data["token_match"] = _fast_token_match(data["token_match"])
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data))
    if isinstance(data.get("token_match"), str) and nlp.tokenizer.token_match is not None:
        # a word without a hyphen or an apostrophe is not asked about (:mod:`redac.regexguard`)
        nlp.tokenizer.token_match = guarded(nlp.tokenizer.token_match, data["token_match"], JOINERS)
    return nlp


def _load(spacy: Any, path: Path, exclude: list[str]) -> Any:
    """``spacy.load``, every layer of the model on thinc's numpy backend with its matrix
    products done by numpy (OpenBLAS) rather than by BLIS. BLIS's kernels are about three
    times slower on this machine's CPU (11.3 ms against 3.7 ms for a 1000×288 by 288×864
    product, one thread), and those products are most of a parse: the French corpus and 25,000
    words more parse in 2.6 s instead of 4.6 s, with the same parts of speech, morphology,
    dependencies and entities on all 45,521 tokens. (The two libraries may round the last bit
    of a float differently: an annotation could change only where two choices tie to that
    bit.) thinc's current backend, elsewhere in the process, is left as it was."""
    from srsly.msgpack import msgpack_decoders
    from thinc.api import NumpyOps, use_ops

    # srsly asks its registry for its decoders on each of the ~90 reads of the model's weights
    # (a scan of every registered function, ~8 ms in all): asked once here
    decoders = msgpack_decoders.get_all()
    msgpack_decoders.get_all = lambda: decoders
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(path, exclude=exclude)
    finally:
        del msgpack_decoders.get_all
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:  # layers built later than the load (a parser's output layer)
        model: Any = getattr(proc, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            node.ops = ops
    return nlp


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?…»])\s+"), re.compile(r"\s+"))


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Consecutive pieces of ``text`` of at most ``size`` characters whose concatenation is
    ``text``: cut after a paragraph break where possible, else after a sentence end, else after
    a space, else anywhere."""
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = 0
        for brk in _BREAKS:
            ends = [m.end() for m in brk.finditer(window) if m.end() < len(window)]
            if ends and ends[-1] > size // 4:
                cut = ends[-1]
                break
        cut = cut or size
        yield text[start : start + cut]
        start += cut
    if start < len(text) or not text:
        yield text[start:]


# Pieces per batch: 16 (``nlp.pipe``'s) for the shared tok2vec, whose layers' arrays grow with
# the batch and fall out of the CPU's cache (64 costs twice the time), and for the parser; 32
# for the recogniser. The parser and the recogniser precompute their first layer for every
# token of a batch (the parser: 8 features x 64 units x 2 pieces, ~250 MB for 64 pieces of
# 5,000 characters): with 64 pieces each, a 100,000-word parse cost ~0.3 s more CPU, most of it
# the system's, zeroing those pages (9 alternated runs, 6.13 s against 6.46 s, medians). The
# batch does not change an annotation (same arrays on that text); ``bench/speed.py`` times it.
_BATCHES = {"ner": {"batch_size": 32}}


@lru_cache(maxsize=4)
def parse(lang: str, text: str) -> Any | None:
    """A parsed spaCy ``Doc`` of ``text`` (cached). Long texts are parsed in pieces and joined;
    the ``Doc``'s text is ``text``. redac's stages read :func:`parsed` instead."""
    docs = _pieces(lang, text)
    if docs is None:
        return None
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False)


def _pieces(lang: str, text: str) -> list[Any] | None:
    """``text`` parsed as one ``Doc``, or as consecutive pieces of at most ``CHUNK_CHARS``."""
    nlp = pipeline(lang)
    if nlp is None:
        return None
    if len(text) <= CHUNK_CHARS:
        return [nlp(text)]
    return list(nlp.pipe(chunks(text), batch_size=16, component_cfg=_BATCHES))


TAGGER = ("tok2vec", "morphologizer", "attribute_ruler")  # what parts of speech need


@lru_cache(maxsize=4)
def tag(lang: str, text: str) -> Any | None:
    """A ``Doc`` of ``text`` with parts of speech and morphology only (no dependency parse, no
    named entities): about a third of :func:`parse`'s time, for readers that need no more
    (the claim checker on an article). The tags are those :func:`parse` gives, since parser
    and recogniser come after them. Cached and cut like :func:`parse`."""
    docs = tag_each(lang, list(chunks(text)))
    if docs is None:
        return None
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False)


def tag_each(lang: str, texts: list[str]) -> list[Any] | None:
    """Each text tagged on its own (its own ``Doc``, as :func:`tag` of a short text gives it),
    in one pass through the tagger: its layers take the texts in batches, a third of the time
    of one pass per text for short ones. A text's tags do not depend on the others of its batch
    (the tests compare them, text by text). ``None`` where redac uses rules instead."""
    nlp = pipeline(lang)
    if nlp is None:
        return None
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        if name in TAGGER:
            docs = list(proc.pipe(docs, batch_size=16))
    return docs


@lru_cache(maxsize=4)
def parsed(lang: str, text: str) -> Any | None:
    """``text`` parsed and read into plain objects (:func:`redac.parsed.read`): the tokens and
    annotations :func:`parse` gives, read many times faster. A long text's pieces are read
    as they are, never joined into one spaCy ``Doc``. Cached: the planner, the claim checker
    and the writer share one."""
    docs = _pieces(lang, text)
    if docs is None:
        return None
    from redac.parsed import read

    return read(docs, text)
