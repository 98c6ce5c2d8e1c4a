"""What an editor checks on every article, whatever its prose: asserted on real articles.

Never exact prose: no sentence twice, no derived item restating a body sentence, subheadings
that are whole phrases, faithful derived items (their words are the source's, in one sentence
of it), facts kept and none invented, metadata within its limits.
"""

from __future__ import annotations

import re

from redac.analysis import keyphrase as kp
from redac.analysis.titlewidth import title_width
from redac.facts.normalize import frame_words
from redac.lang import get_language
from redac.nlp import parse
from redac.plan.description import leans_back
from redac.result import RewriteResult
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import words
from redac.write.clauses import quotes_balanced
from redac.write.heading_check import heading_report
from redac.write.quality import echoes, repeated_sentences


def source_sentences(r: RewriteResult) -> list[str]:
    lang = get_language(r.source.lang)
    return [s for p in r.source.paragraphs for s in split_sentences(p, lang.abbreviations)]


def _keys(text: str) -> set[str]:
    """Folded words, elisions apart (« qu'il » holds « il »)."""
    return {p for w in words(text) for p in fold(w).replace("'", " ").split()}


def assert_editor_invariants(r: RewriteResult) -> None:
    a, rep = r.article, r.report
    lang = get_language(a.lang)
    assert repeated_sentences(a) == [], "a sentence shown twice"
    assert echoes(a) == [], "a derived item restates a body sentence"
    doc = parse(a.lang, r.ledger.source_text)
    given = [b.text for b in r.source.blocks if b.kind == "heading"]
    assert heading_report(a, doc=doc, source_headings=given) == {}, "a broken subheading"
    assert rep.facts.ok, rep.facts.invented
    c = {x.id: x for x in rep.constraints}
    assert c["facts_kept"].ok, c["facts_kept"].detail
    # derived items: the source's words, each from one sentence of it (no fact glued to
    # another sentence's), plus the engine's own frame
    frame = frame_words(a.lang)
    sents = [_keys(s) for s in source_sentences(r)]
    derived = [i for s in a.sections if s.origin == "derived" for i in s.items]
    derived += [f.answer for f in a.faq]
    for item in derived:
        body = re.sub(r"^[^—:]{1,60}(?:—|:)\s*", "", item) if " — " in item else item
        have = _keys(body) - frame
        assert any(have <= s for s in sents), f"not from one source sentence: {item!r}"
    # metadata
    desc = a.meta_description
    assert len(desc) <= 156 and desc.rstrip().endswith((".", "!", "?", "»", '"')), desc
    assert _keys(desc) <= set().union(*sents) | frame
    assert "…" not in a.meta_description and "..." not in a.meta_description
    # the news first: a description never opens on a sentence that points back, unless it is
    # the source's own opening sentence
    opening = source_sentences(r)[0] if source_sentences(r) else ""
    assert not leans_back(desc, lang) or fold(desc[:30]) == fold(opening[:30]), desc
    assert a.seo_title.count(":") <= 1 and quotes_balanced(a.seo_title)
    # every statement, the SEO title and the description included, is the source's
    assert rep.claims is not None and rep.claims.ok, [
        (v.where, v.text) for v in rep.claims.verdicts if not v.supported
    ]
    assert title_width(a.seo_title) <= 600 or a.seo_title == a.title
    assert a.slug.isascii() and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", a.slug)
    topic = kp.make_topic(a.keyphrase, lang)
    assert 2 <= len(topic.content_keys) <= 4 or a.keyphrase[:1].isupper(), a.keyphrase
    # one word count: the summary's, the constraint's and the analyser's
    assert rep.analysis.figures["word_count"] == a.word_count
    assert c["min_words"].detail.startswith(f"{a.word_count} words")
    # honest about length: the minimum, or a note saying how short and why
    if not c["min_words"].ok:
        assert any(n.kind == "length" and "short" in n.text for n in a.notes)
