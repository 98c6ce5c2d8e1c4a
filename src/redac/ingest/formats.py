"""Text, Markdown and HTML → source blocks (headings and paragraphs kept)."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin

from redac.ingest.decode import xml_safe
from redac.ingest.htmlblocks import read_blocks
from redac.model import Figure, Link, SourceBlock
from redac.text.normalize import normalize_spaces

_AFP_HEADING = re.compile(r"^[-–—]\s+(.{2,120}?)\s+[-–—]$")
_END_PUNCT = tuple('.!?:;…»"”,')
_HTML_HINT = re.compile(r"<(html|body|p|div|h[1-6]|article|br)[\s>/]", re.I)
# a link's text and target hold no bracket of their kind: a failed match stops at the next
# "[" or "(", so "[[[[…" costs linear time, not quadratic
_MD_STRONG = re.compile(r"^#{1,6}\s+\S|\[[^\[\]\n]+\]\([^()\s]+\)|^```", re.M)
_MD_LIST = re.compile(r"^(?:[-*+]|\d+\.)\s+\S.*[^-–—\s]$", re.M)


def sniff(text: str) -> str:
    head = text.lstrip()[:4096]
    if _HTML_HINT.search(head) and head.startswith("<"):
        return "html"
    sample = text[:65536]  # the start tells the format; a 10 MB scan tells nothing more
    if _MD_STRONG.search(sample) or len(_MD_LIST.findall(sample)) >= 2:
        return "markdown"
    return "text"


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and not line.rstrip().endswith(_END_PUNCT) and line[:1].isupper()


def parse_text(text: str) -> tuple[list[SourceBlock], str]:
    """Plain text: blank line = paragraph (or one paragraph a line when no blank line
    exists); short unpunctuated lines, and AFP ``- Titre -`` lines, are headings."""
    text = normalize_spaces(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if re.search(r"\n\s*\n", text):
        chunks = [re.sub(r"\s*\n\s*", " ", c).strip() for c in re.split(r"\n\s*\n", text)]
    else:
        chunks = [line.strip() for line in text.split("\n")]
    chunks = [c for c in chunks if c]
    blocks: list[SourceBlock] = []
    for i, c in enumerate(chunks):
        m = _AFP_HEADING.match(c)
        if m:
            blocks.append(SourceBlock("heading", m.group(1).strip(), 2))
        elif _looks_like_heading(c) and i + 1 < len(chunks):
            blocks.append(SourceBlock("heading", c, 1 if i == 0 else 2))
        else:
            blocks.append(SourceBlock("paragraph", c))
    title = ""
    if blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        title = blocks[0].text
        blocks = blocks[1:]
    return blocks, title


def parse_markdown(text: str) -> tuple[list[SourceBlock], str]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[SourceBlock] = []
    title = ""
    in_list = in_quote = 0
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
        elif tok.type == "blockquote_open":
            in_quote += 1
        elif tok.type == "blockquote_close":
            in_quote -= 1
        elif tok.type == "inline" and i > 0:
            content = _md_inline_text(tok)
            images = _md_images(tok)
            if not content:
                blocks += images
                continue
            opener = tokens[i - 1]
            if opener.type == "heading_open":
                level = int(opener.tag[1])
                if level == 1 and not title and not blocks:
                    title = content
                else:
                    blocks.append(SourceBlock("heading", content, level))
            else:
                kind = "item" if in_list else "quote" if in_quote else "paragraph"
                blocks.append(SourceBlock(kind, content, links=_md_links(tok)))
            blocks += images
    return blocks, title


def _md_inline_text(tok: object) -> str:
    children = getattr(tok, "children", None) or []
    parts = []
    for ch in children:
        if ch.type in ("text", "code_inline"):
            parts.append(ch.content)
        elif ch.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return normalize_spaces("".join(parts)).strip()


def _md_links(tok: object) -> tuple[Link, ...]:
    """``[text](href)`` links of an inline token, web addresses only."""
    out: list[Link] = []
    href, text = "", list[str]()
    for ch in getattr(tok, "children", None) or []:
        if ch.type == "link_open":
            href, text = str(ch.attrs.get("href") or ""), []
        elif ch.type == "link_close":
            anchor = normalize_spaces("".join(text)).strip()
            if anchor and _web(href):
                out.append(Link(anchor, href))
            href = ""
        elif href and ch.type in ("text", "code_inline"):
            text.append(ch.content)
    return tuple(out)


def _md_images(tok: object) -> list[SourceBlock]:
    """``![alt](src "caption")`` images of an inline token, as figure blocks."""
    out = []
    for ch in getattr(tok, "children", None) or []:
        if ch.type == "image" and _web(str(ch.attrs.get("src") or "")):
            alt = normalize_spaces(ch.content or "").strip()
            caption = normalize_spaces(str(ch.attrs.get("title") or "")).strip()
            out.append(_figure_block(Figure(str(ch.attrs["src"]), alt, caption)))
    return out


def _web(href: str) -> bool:
    return href.startswith(("http://", "https://"))


@dataclass(frozen=True)
class _FigureBlock(SourceBlock):
    """An image, carried among the blocks in reading order until :func:`take_figures`."""

    figure: Figure = field(default_factory=lambda: Figure(""))


def _figure_block(figure: Figure) -> SourceBlock:
    return _FigureBlock("figure", figure.src, figure=figure)


def take_figures(blocks: list[SourceBlock]) -> tuple[list[SourceBlock], tuple[Figure, ...]]:
    """The text blocks, and the figures with the index of the paragraph each follows. Images
    after the last paragraph (related-article thumbnails, more often than not) are dropped."""
    text: list[SourceBlock] = []
    figures: list[Figure] = []
    paragraphs = 0
    for b in blocks:
        if isinstance(b, _FigureBlock):
            figures.append(replace(b.figure, after=paragraphs - 1))
        elif b.text.strip():
            text.append(b)
            paragraphs += b.kind != "heading"
    return text, tuple(f for f in figures if f.after < paragraphs - 1)


def parse_html(html: str, url: str | None = None) -> tuple[list[SourceBlock], str, dict[str, str]]:
    """Main text of an HTML page with trafilatura, keeping headings, paragraphs, their links
    and the images among them (with the caption and credit the page gives them); when
    trafilatura finds no text (a page nested deeper than lxml reads, a bare fragment), the
    paragraphs that ``htmlblocks`` reads with no depth limit."""
    html = xml_safe(html)
    blocks, title, meta = _trafilatura_blocks(html, url)
    if not any(b.kind in ("paragraph", "item", "quote") for b in blocks):
        fallback, fallback_title = read_blocks(html)
        if any(b.kind in ("paragraph", "quote") for b in fallback):
            blocks, title = fallback, title or fallback_title
    return blocks, title, meta


def _trafilatura_blocks(
    html: str, url: str | None
) -> tuple[list[SourceBlock], str, dict[str, str]]:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_formatting=False,
        include_links=True,
        include_images=True,
        favor_precision=True,
        with_metadata=True,
    )
    meta: dict[str, str] = {}
    blocks: list[SourceBlock] = []
    if xml:
        # trafilatura's own output, read with no entity resolution, no DTD, no network
        safe = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
        root = etree.fromstring(xml.encode("utf-8"), parser=safe)
        for key in ("title", "author", "date", "sitename", "url", "description", "image"):
            v = root.get(key)
            if v:
                meta[key] = v
        base = url or meta.get("url", "")
        captions = _captions(html)
        main = root.find("main")
        for el in (main if main is not None else root).iter(
            "head", "p", "item", "quote", "graphic"
        ):
            if el.tag == "graphic":
                src = urljoin(base, el.get("src", "")) if base else el.get("src", "")
                if _web(src):
                    caption, credit = captions.get(el.get("src", ""), ("", ""))
                    alt = normalize_spaces(el.get("alt") or "").strip()
                    blocks.append(_figure_block(Figure(src, alt, caption, credit)))
                continue
            t = normalize_spaces("".join(el.itertext())).strip()
            t = re.sub(r"\s+", " ", t)
            if not t:
                continue
            if el.tag == "head":
                rend = el.get("rend", "h2")
                if rend == "h1" and not any(b.kind != "figure" for b in blocks):
                    meta["headline"] = t  # the page's H1 is the article's title, not its text
                    continue
                level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
                blocks.append(SourceBlock("heading", t, max(level, 2)))
            else:
                kind = "item" if el.tag == "item" else "paragraph"
                blocks.append(SourceBlock(kind, t, links=_html_links(el, base)))
        image = meta.get("image") or _og_image(html)
        if image:
            image = urljoin(base, image) if base else image
            if _web(image):
                meta["image"] = image
    title = meta.pop("headline", "") or meta.get("title", "")
    return blocks, title, meta


_OG_IMAGE = (
    re.compile(r"<meta\s[^>]*property=[\"']og:image[\"'][^>]*content=[\"']([^\"']+)", re.I),
    re.compile(r"<meta\s[^>]*content=[\"']([^\"']+)[\"'][^>]*property=[\"']og:image[\"']", re.I),
)


def _og_image(html: str) -> str:
    """The page's Open Graph image (its lead image), read from the head."""
    head = html[: html.lower().find("</head>")] if "</head>" in html.lower() else html[:200_000]
    for pattern in _OG_IMAGE:
        m = pattern.search(head)
        if m:
            return html_lib.unescape(m.group(1).strip())
    return ""


def _html_links(el: Any, base: str) -> tuple[Link, ...]:
    out = []
    for ref in el.iter("ref"):
        href = urljoin(base, ref.get("target", "")) if base else ref.get("target", "")
        anchor = re.sub(r"\s+", " ", normalize_spaces("".join(ref.itertext()))).strip()
        if anchor and _web(href):
            out.append(Link(anchor, href))
    return tuple(out)


def _captions(html: str) -> dict[str, tuple[str, str]]:
    """(caption, credit) of every ``<figure>`` image of the page, by the image's ``src``."""
    if "<figure" not in html.lower():
        return {}
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return {}
    out: dict[str, tuple[str, str]] = {}
    for fig in root.iter("figure"):
        imgs = [i for i in fig.iter("img") if i.get("src")]
        caps = list(fig.iter("figcaption"))
        if not imgs or not caps:
            continue
        cap = caps[0]
        credit_els = [
            e
            for e in cap.iter()
            if isinstance(e.tag, str)
            and (
                e.tag in ("small", "cite")
                or any(w in (e.get("class") or "").lower() for w in ("credit", "copyright"))
            )
        ]
        credit = " ".join(_clean(e.text_content()) for e in credit_els).strip()
        for e in credit_els:
            e.drop_tree()
        caption = _clean(cap.text_content())
        out[imgs[0].get("src", "")] = (caption, credit)
    return out


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", normalize_spaces(text)).strip()
