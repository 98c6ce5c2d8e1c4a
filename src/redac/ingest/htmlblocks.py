"""A fallback HTML reader for what trafilatura gives up on: pages nested deeper than lxml
allows (libxml2 stops at 256 levels, 2,048 with ``huge_tree``), bare fragments, odd markup.

A tokenizer of its own, in one pass: no tree, so no depth limit and no recursion; linear time
whatever the markup (the standard library's ``html.parser`` takes quadratic time on unclosed
tags such as ``<a<a<a…``: minutes for 1 MB); it never resolves a DTD entity (``&lol;`` stays
literal text). It keeps the text of paragraphs, headings, list items and quotes, and skips
scripts, styles, navigation, headers, footers, asides and forms.
"""

from __future__ import annotations

import html as html_lib
import re

from redac.model import SourceBlock
from redac.text.normalize import normalize_spaces

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p": "paragraph", "blockquote": "quote", "pre": "paragraph", "li": "item"}
_BLOCKS |= {"dd": "item", "figcaption": "paragraph", **{h: "heading" for h in _HEADINGS}}
_SKIP = frozenset(
    "script style noscript template nav header footer aside form svg math select button "
    "iframe object textarea".split()
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "noscript", "template"})
_CONTAINERS = frozenset({"li", "blockquote", "dd"})  # a <p> inside one is the block kept
# a tag: a name, then attributes that hold no "<" or ">". Linear over a page: a failed match
# stops at the next "<", and the runs between two "<" do not overlap.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?=[\s/>])[^<>]*>")
_WS = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _WS.sub(" ", normalize_spaces(text)).strip()


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[SourceBlock] = []
        self.title = ""
        self._skip: list[str] = []  # open elements whose content is skipped
        self._block: tuple[str, int] | None = None  # (tag, level) of the open block
        self._buf: list[str] = []

    def flush(self) -> None:
        if self._block is not None:
            text = _clean("".join(self._buf))
            tag, level = self._block
            if text:
                self.blocks.append(SourceBlock(_BLOCKS[tag], text, level))
        self._block = None
        self._buf = []

    def start(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1] or tag in _SKIP:
                self._skip.append(tag)
        elif tag in _SKIP:
            self._skip.append(tag)
        elif tag == "br":
            self.text(" ")
        elif tag in _BLOCKS:
            if self._block is not None and self._block[0] in _CONTAINERS:
                self._buf = []
            else:
                self.flush()
            self._block = (tag, _HEADINGS.get(tag, 0))

    def end(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
        elif self._block is not None and tag == self._block[0]:
            self.flush()

    def text(self, data: str) -> None:
        if not self._skip and self._block is not None:
            self._buf.append(data)


def _raw_end(page: str, tag: str, pos: int) -> tuple[int, int]:
    """(start, end) of the ``</tag>`` closing a raw-text element from ``pos``; the end of the
    page when it is never closed."""
    m = re.compile(rf"</{tag}\s*>", re.I).search(page, pos)
    return (m.start(), m.end()) if m else (len(page), len(page))


def read_blocks(page: str) -> tuple[list[SourceBlock], str]:
    """(blocks, title) of an HTML page or fragment, whatever its depth, in linear time."""
    reader = _Reader()
    title = ""
    pos, n = 0, len(page)
    while pos < n:
        lt = page.find("<", pos)
        if lt < 0:
            reader.text(html_lib.unescape(page[pos:]))
            break
        if lt > pos:
            reader.text(html_lib.unescape(page[pos:lt]))
        if page.startswith("<!--", lt):
            end = page.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        if page.startswith(("<!", "<?"), lt):  # doctype (with its internal subset), PI
            end = page.find(">", lt + 2)
            pos = n if end < 0 else end + 1
            continue
        m = _TAG.match(page, lt)
        if m is None:  # a "<" that opens no tag is text
            reader.text("<")
            pos = lt + 1
            continue
        pos = m.end()
        name = m.group(2).lower()
        if m.group(1):
            reader.end(name)
            continue
        if name in _RAW_TEXT and not m.group(0).endswith("/>"):
            start, pos = _raw_end(page, name, pos)
            if name == "title" and not title:
                title = _clean(html_lib.unescape(page[m.end() : start]))
            continue
        reader.start(name)
    reader.flush()
    blocks = reader.blocks
    if blocks and blocks[0].level == 1 and (not title or blocks[0].text == title):
        title = blocks[0].text  # the page's own h1 is its title, as trafilatura has it
        blocks = blocks[1:]
    return [SourceBlock(b.kind, b.text, max(b.level, 2)) if b.level else b for b in blocks], title
