"""The body of an article as the analyser sees it: blocks, links and images.

Accepts HTML (what a CMS stores), Markdown, or plain text (blank line = paragraph,
``## `` line = subheading), and returns one immutable ``Body``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from lxml import html as lxml_html

from redac.errors import InputError
from redac.ingest.decode import check_text_size, xml_safe
from redac.text.normalize import normalize_text

_BLOCK_TAG = re.compile(
    r"<(p|h[1-6]|ul|ol|li|div|table|blockquote|figure|section|article|pre)[\s>]", re.I
)
# no bracket of its kind inside a link's text or target: linear time on "[[[[…" (it was
# quadratic: seconds for 200 KB)
_MD_HINT = re.compile(r"^(#{1,6}\s|[-*+]\s|\d+\.\s|>\s)|\[[^\[\]]+\]\([^()]+\)|!\[", re.M)
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PARAGRAPH_TAGS = {"p", "li", "blockquote", "td", "th", "dd", "dt", "figcaption", "pre"}


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" | "paragraph" | "item"
    text: str  # normalised: the form every count and match reads
    level: int = 0
    shown: str = field(default="", compare=False)  # as written (typographic apostrophes and
    # no-break spaces kept), when it has ``text``'s length so that offsets in one are offsets
    # in the other; "" otherwise


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    rel: tuple[str, ...] = ()

    @property
    def nofollow(self) -> bool:
        return "nofollow" in self.rel


@dataclass(frozen=True)
class Image:
    src: str
    alt: str


@dataclass(frozen=True)
class Body:
    blocks: tuple[Block, ...]
    links: tuple[Link, ...]
    images: tuple[Image, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def headings(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "heading")


def plain_to_html(text: str) -> str:
    """Plain text with blank-line paragraphs and ``## `` subheadings → HTML blocks."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        para = para.strip()
        if not para:
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", para)
        if m and "\n" not in para:
            level = len(m.group(1))
            out.append(f"<h{level}>{escape(m.group(2))}</h{level}>")
        else:
            out.append("<p>" + escape(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def markdown_to_html(text: str) -> str:
    from markdown_it import MarkdownIt

    return str(MarkdownIt("commonmark", {"html": False}).enable("table").render(text))


def to_html(text: str) -> str:
    """Whatever the body's format, its HTML."""
    if _BLOCK_TAG.search(text):
        return text
    if _MD_HINT.search(text):
        return markdown_to_html(text)
    return plain_to_html(text)


def _text_of(el: lxml_html.HtmlElement) -> str:
    # runs of white space made one space, none around: what re.sub(r"\s+", " ", …).strip()
    # gives (``\s`` and ``str.split`` know the same white space), without a regex per block
    return " ".join(normalize_text(el.text_content()).split())


def _shown(el: lxml_html.HtmlElement, text: str) -> str:
    raw = re.sub(r"[ \t\n\r\f\v]+", " ", el.text_content()).strip()
    return raw if len(raw) == len(text) and raw != text else ""


# tags that only group or style text: the analyser's blocks, links and images do not need them
_CONTAINERS = re.compile(
    r"</?(?:div|section|article|main|span|font|center|b|i|em|strong|u|s|small|big|mark|"
    r"del|ins|sup|sub|abbr|cite|q|code|time|label|nobr)\b[^<>]*>",
    re.I,
)


def _fragment(source: str) -> lxml_html.HtmlElement:
    """The HTML fragment as one tree, or an error; never a silently truncated tree. libxml2
    stops reading at 256 levels of nesting and keeps what it had: a page nested deeper is
    read again without its grouping and styling tags, which leaves the text whole."""
    for attempt in (1, 2):
        parser = lxml_html.HTMLParser()
        root = lxml_html.fragment_fromstring(source, create_parent="div", parser=parser)
        fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
        if not fatal:
            return root
        too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in fatal)
        if attempt == 1 and too_deep:
            source = _CONTAINERS.sub(" ", source)
            continue
        if too_deep:
            raise InputError(
                "the HTML nests lists, tables or quotes more than 255 levels deep, past what "
                "its parser reads (grouping and styling tags aside)",
                hint="nest the article's HTML less deeply",
            )
        raise InputError(
            f"the HTML cannot be read past line {fatal[0].line}: {fatal[0].message.strip()}"
        )
    raise AssertionError("unreachable")


def parse_body(text: str) -> Body:
    """Parse an article body (HTML, Markdown or plain text)."""
    text = xml_safe(text)
    if _BLOCK_TAG.search(text) is None:  # plain text or Markdown: it is its text, near enough
        check_text_size(text, "the article body")
    source = to_html(text).strip()
    if not source:
        return Body((), (), ())
    root = _fragment(source)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks: list[Block] = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADING_TAGS:
            t = _text_of(el)
            if t:
                blocks.append(Block("heading", t, _HEADING_TAGS[tag], _shown(el, t)))
        elif tag in _PARAGRAPH_TAGS:
            # a <li> or <blockquote> that holds <p> children is counted through them
            if any(
                isinstance(c.tag, str) and c.tag in _PARAGRAPH_TAGS for c in el.iterdescendants()
            ):
                continue
            t = _text_of(el)
            if t:
                kind = "item" if tag in ("li", "dd", "dt") else "paragraph"
                blocks.append(Block(kind, t, 0, _shown(el, t)))
    if not blocks:  # bare text inside divs
        t = _text_of(root)
        if t:
            blocks.append(Block("paragraph", t))
    links = tuple(
        Link(a.get("href", ""), _text_of(a), tuple((a.get("rel") or "").lower().split()))
        for a in root.iter("a")
        if a.get("href")
    )
    images = tuple(
        Image(i.get("src", ""), normalize_text(i.get("alt") or "")) for i in root.iter("img")
    )
    body = Body(tuple(blocks), links, images)
    check_text_size(body.text, "the article body")
    return body
