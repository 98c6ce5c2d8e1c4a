"""Property-based tests: whatever the input, redac answers with a result or a ``RedacError``,
never another exception; and the exporters never let markup from the input through."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from redac.analysis import Analysis
from redac.api import analyze
from redac.errors import RedacError
from redac.export.html import jsonld, to_html
from redac.export.render import body_html, body_markdown
from redac.ingest import parse
from redac.jsonl import run_jsonl
from redac.model import Article, FaqItem, Section, Source

BOUNDED = settings(
    max_examples=int(__import__("os").environ.get("REDAC_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# pieces that hostile input is made of: markup, entities, controls, lone surrogates, prose
HOSTILE = [
    "<script>alert(1)</script>",
    "</script>",
    "<script",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<h2>",
    "</h2>",
    "<li>",
    "<br>",
    "<table><tr><td>",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    "&a;",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "\x00",
    "\x0b",
    "\x1b[31m",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\ufffe",
    "\r\n",
    "\n\n",
    "# ",
    "## Titre\n",
    "- ",
    "1. ",
    "* ",
    "> ",
    "```",
    "[x](javascript:alert(1))",
    "![i](x.png)",
    "    ",
    "Le conseil municipal a adopté le budget. ",
    "The council approved the budget. ",
    "北京市政府宣布了新的交通计划。",
    "Городской совет утвердил бюджет. ",
]

pieces = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30))
TAGS = ["p", "div", "h1", "h2", "h3", "ul", "li", "blockquote", "article", "nav", "script", "a"]


def _element(tag_children: tuple[str, list[str]]) -> str:
    tag, children = tag_children
    return f"<{tag}>{''.join(children)}</{tag}>"


# nested markup: elements holding text pieces or more elements, sometimes in a whole page
markup = st.recursive(
    pieces,
    lambda inner: st.tuples(st.sampled_from(TAGS), st.lists(inner, max_size=4)).map(_element),
    max_leaves=20,
)
pages = st.tuples(st.booleans(), st.lists(markup, max_size=6)).map(
    lambda p: ("<html><body>{}</body></html>" if p[0] else "{}").format("".join(p[1]))
)
hostile_text = st.one_of(st.lists(pieces, max_size=25).map("".join), pages)
plain_text = st.text(max_size=80)
# what an Article can hold: ingest scrubs lone surrogates from the source (xml_safe), and the
# CLI scrubs its outputs; the exporters themselves are given text without them
_no_surrogate = [h for h in HOSTILE if not any(0xD800 <= ord(c) <= 0xDFFF for c in h)]
article_text = st.lists(
    st.one_of(st.sampled_from(_no_surrogate), st.text(max_size=30)), max_size=25
).map("".join)


@BOUNDED
@given(text=hostile_text, fmt=st.sampled_from([None, "text", "markdown", "html"]))
def test_parse_gives_a_source_or_a_redac_error(text: str, fmt: str | None) -> None:
    try:
        src = parse(text, fmt=fmt, lang="fr")
    except RedacError as e:
        event(f"refused: {e.code}")
        return
    event("parsed")
    assert isinstance(src, Source) and src.blocks
    for b in src.blocks:
        assert b.text.strip()
        assert not any(0xD800 <= ord(c) <= 0xDFFF for c in b.text)


@BOUNDED
@given(text=hostile_text)
def test_parse_with_detection_gives_a_source_or_a_redac_error(text: str) -> None:
    try:
        src = parse(text)
    except RedacError as e:
        event(f"refused: {e.code}")
        return
    event(f"parsed: {src.lang}")
    assert src.lang in ("fr", "en")


@BOUNDED
@given(
    body=hostile_text,
    keyphrase=st.one_of(plain_text, st.sampled_from(HOSTILE)),
    synonyms=st.one_of(plain_text, st.lists(plain_text, max_size=3)),
    title=plain_text,
    description=plain_text,
    slug=plain_text,
    lang=st.sampled_from([None, "fr", "en", "fr_FR", "de", ""]),
    cornerstone=st.booleans(),
)
def test_analyze_gives_an_analysis_or_a_redac_error(
    body: str,
    keyphrase: str,
    synonyms: str | list[str],
    title: str,
    description: str,
    slug: str,
    lang: str | None,
    cornerstone: bool,
) -> None:
    try:
        result = analyze(
            body,
            keyphrase=keyphrase,
            synonyms=synonyms,
            title=title,
            description=description,
            slug=slug,
            lang=lang or None,
            cornerstone=cornerstone,
        )
    except RedacError as e:
        event(f"refused: {e.code}")
        return
    event("analysed")
    assert isinstance(result, Analysis)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # serialisable as UTF-8


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), plain_text
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(plain_text, inner, max_size=3)
    ),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": st.one_of(hostile_text, json_values),
        "keyphrase": st.one_of(plain_text, json_values),
        "synonyms": st.one_of(plain_text, st.lists(plain_text, max_size=3), json_values),
        "locale": st.sampled_from(["fr_FR", "en_US", "de_DE", "", "x"]),
        "cornerstone": json_values,
        "title": json_values,
    },
)


@BOUNDED
@given(lines=st.lists(st.one_of(records.map(json.dumps), plain_text), max_size=6))
def test_jsonl_answers_every_line(lines: list[str]) -> None:
    lines = [x.replace("\n", " ").replace("\r", " ") for x in lines]
    out = io.StringIO()
    code = run_jsonl(io.StringIO("\n".join(lines) + "\n"), out)
    results = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(results) == sum(1 for x in lines if x.strip())
    assert code == (2 if any("error" in r for r in results) else 0)
    for r in results:
        assert "error" in r or "seo" in r
        if "error" in r:
            assert "internal error" not in r["error"], r


sections = st.builds(
    Section,
    heading=article_text,
    paragraphs=st.lists(article_text, max_size=3).map(tuple),
    level=st.integers(2, 3),
    kind=st.sampled_from(["intro", "body", "timeline", "people"]),
    items=st.lists(article_text, max_size=3).map(tuple),
)
articles = st.builds(
    Article,
    lang=st.sampled_from(["fr", "en"]),
    title=article_text,
    seo_title=article_text,
    meta_description=article_text,
    slug=st.text(alphabet="abcdefghijklmnopqrstuvwxyz-0123456789<>\"'&", max_size=20),
    keyphrase=article_text,
    synonyms=st.lists(plain_text, max_size=2).map(tuple),
    sections=st.lists(sections, min_size=1, max_size=3).map(tuple),
    faq=st.lists(st.builds(FaqItem, question=article_text, answer=article_text), max_size=2).map(
        tuple
    ),
    faq_heading=article_text,
)

BODY_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li"}


def _tags(html: str) -> set[str]:
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    return {el.tag for el in root.iter() if isinstance(el.tag, str)} - {"div"}


@BOUNDED
@given(a=articles)
def test_body_html_holds_only_its_own_tags(a: Article) -> None:
    out = body_html(a)
    assert "<script" not in out.lower()
    if out.strip():
        assert _tags(out) <= BODY_TAGS


@BOUNDED
@given(a=articles)
def test_body_markdown_renders_no_markup_from_the_input(a: Article) -> None:
    out = body_markdown(a)
    rendered = MarkdownIt("commonmark").render(out)  # raw HTML allowed: the worst reader
    assert "<script" not in rendered.lower()
    if rendered.strip():
        assert _tags(rendered) <= BODY_TAGS | {"pre", "code", "hr", "br", "blockquote"}


@BOUNDED
@given(a=articles, site=st.sampled_from(["", "https://example.org", 'https://x.org/"><script>']))
def test_html_page_has_only_its_json_ld_scripts(a: Article, site: str) -> None:
    import datetime as dt

    day = dt.date(2025, 1, 2)
    page = to_html(a, site_url=site, date=day)
    root = lxml_html.document_fromstring(page)
    scripts = root.xpath("//script")
    assert len(scripts) == len(jsonld(a, "x", day))
    for s in scripts:
        assert s.get("type") == "application/ld+json"
        json.loads(s.text)
    assert not root.xpath("//body//*[@onerror or @onload or @onclick]")
    assert not root.xpath("//img|//iframe|//object|//embed")
