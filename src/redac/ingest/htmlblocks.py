"""A fallback HTML reader for what trafilatura gives up on: pages nested deeper than lxml
allows (libxml2 stops at 256 levels, 2,048 with ``huge_tree``), bare fragments, odd markup.

It is event-based (``html.parser``): no tree, so no depth limit and no recursion; it never
resolves a DTD entity (``&lol;`` stays literal text); it keeps the text of paragraphs,
headings, list items and quotes, and skips scripts, styles, navigation, headers, footers,
asides and forms.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from redac.model import SourceBlock
from redac.text.normalize import normalize_spaces

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p": "paragraph", "blockquote": "quote", "pre": "paragraph", "li": "item"}
_BLOCKS |= {"dd": "item", "figcaption": "paragraph", **{h: "heading" for h in _HEADINGS}}
_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "math",
    "select",
    "button",
    "iframe",
    "object",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "base", "col"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[SourceBlock] = []
        self.title = ""
        self._skip: list[str] = []  # open elements whose content is skipped
        self._block: tuple[str, int] | None = None  # (tag, level) of the open block
        self._buf: list[str] = []
        self._in_title = False

    def _flush(self) -> None:
        if self._block is not None:
            text = re.sub(r"\s+", " ", normalize_spaces("".join(self._buf))).strip()
            tag, level = self._block
            if text:
                self.blocks.append(SourceBlock(_BLOCKS[tag], text, level))
        self._block = None
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and self._block is not None:
                self._buf.append(" ")
            return
        if self._skip:
            if tag == self._skip[-1] or tag in _SKIP:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            self._skip.append(tag)
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            if self._block is not None and self._block[0] in ("li", "blockquote", "dd"):
                # a <p> inside a list item or a quote: the inner block is the one kept
                self._buf = []
            else:
                self._flush()
            self._block = (tag, _HEADINGS.get(tag, 0))

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "title":
            self._in_title = False
        elif self._block is not None and tag == self._block[0]:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title += data
        elif self._block is not None:
            self._buf.append(data)


def read_blocks(html: str) -> tuple[list[SourceBlock], str]:
    """(blocks, title) of an HTML page or fragment, whatever its depth."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader._flush()
    title = re.sub(r"\s+", " ", normalize_spaces(reader.title)).strip()
    blocks = reader.blocks
    if blocks and blocks[0].level == 1 and (not title or blocks[0].text == title):
        title = blocks[0].text  # the page's own h1 is its title, as trafilatura has it
        blocks = blocks[1:]
    return [SourceBlock(b.kind, b.text, max(b.level, 2)) if b.level else b for b in blocks], title
