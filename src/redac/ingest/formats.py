"""Text, Markdown and HTML → source blocks (headings and paragraphs kept)."""

from __future__ import annotations

import re

from redac.ingest.decode import xml_safe
from redac.ingest.htmlblocks import read_blocks
from redac.model import SourceBlock
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
            if not content:
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
                blocks.append(SourceBlock(kind, content))
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


def parse_html(html: str, url: str | None = None) -> tuple[list[SourceBlock], str, dict[str, str]]:
    """Main text of an HTML page with trafilatura, keeping headings and paragraphs; when
    trafilatura finds none (a page nested deeper than lxml reads, a bare fragment), the
    paragraphs that ``htmlblocks`` reads with no depth limit."""
    html = xml_safe(html)
    blocks, title, meta = _trafilatura_blocks(html, url)
    if not any(b.kind != "heading" for b in blocks):
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
        include_links=False,
        include_images=False,
        favor_precision=True,
        with_metadata=True,
    )
    meta: dict[str, str] = {}
    blocks: list[SourceBlock] = []
    if xml:
        # trafilatura's own output, read with no entity resolution, no DTD, no network
        safe = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
        root = etree.fromstring(xml.encode("utf-8"), parser=safe)
        for key in ("title", "author", "date", "sitename", "url", "description"):
            v = root.get(key)
            if v:
                meta[key] = v
        main = root.find("main")
        for el in (main if main is not None else root).iter("head", "p", "item", "quote"):
            t = normalize_spaces("".join(el.itertext())).strip()
            t = re.sub(r"\s+", " ", t)
            if not t:
                continue
            if el.tag == "head":
                rend = el.get("rend", "h2")
                level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
                blocks.append(SourceBlock("heading", t, max(level, 2)))
            else:
                blocks.append(SourceBlock("item" if el.tag == "item" else "paragraph", t))
    title = meta.get("title", "")
    return blocks, title, meta
