"""An article's body as HTML (what a CMS receives) and as Markdown.

Both say where each part came from without showing it to readers: a ``data-origin`` attribute
in HTML, an HTML comment in Markdown (``model``: written by the model and verified;
``source``: the source's own text; ``derived``: built from the source by the engine). Both set
the language's typography (:mod:`redac.export.typography`), put the source's links back on
their anchor text and show the source's images with their caption and credit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from redac.export.typography import typeset
from redac.model import Article, Figure, Link, Origin


def _origin(o: Origin, on: bool) -> str:
    return f' data-origin="{o}"' if on else ""


class _Links:
    """The source's links, each set once on the first paragraph that holds its anchor text."""

    def __init__(self, links: tuple[Link, ...], lang: str) -> None:
        self.todo = [(typeset(lk.text, lang), lk.href) for lk in links if lk.text and lk.href]

    def apply(self, text: str, wrap: Callable[[str, str], str], esc: Callable[[str], str]) -> str:
        """``text`` already escaped with ``esc``; each link still to place wraps its anchor."""
        for k, (anchor, href) in enumerate(self.todo):
            if not anchor:
                continue
            target = esc(anchor)
            at = text.find(target)
            if at >= 0:
                text = text[:at] + wrap(target, href) + text[at + len(target) :]
                self.todo[k] = ("", href)
        return text


def _figure_html(f: Figure, lang: str, provenance: bool) -> str:
    img = (
        f'<img src="{escape(f.src, quote=True)}" alt="{escape(typeset(f.alt, lang), quote=True)}">'
    )
    caption = ""
    if f.caption or f.credit:
        credit = f" <small>{escape(typeset(f.credit, lang))}</small>" if f.credit else ""
        caption = f"<figcaption>{escape(typeset(f.caption, lang))}{credit}</figcaption>"
    return f"<figure{_origin('source', provenance)}>{img}{caption}</figure>"


def body_html(a: Article, provenance: bool = True) -> str:
    out: list[str] = []
    lang = a.lang
    links = _Links(a.links, lang)

    def text(s: str) -> str:
        return escape(typeset(s, lang))

    def linked(s: str) -> str:
        return links.apply(
            text(s), lambda t, h: f'<a href="{escape(h, quote=True)}">{t}</a>', lambda x: escape(x)
        )

    for s in a.sections:
        if s.heading:
            out.append(f"<h{s.level}{_origin(s.origin, provenance)}>{text(s.heading)}</h{s.level}>")
        out += [
            f"<p{_origin(s.origin_of(i), provenance)}>"
            f"{linked(p) if s.origin_of(i) == 'source' else text(p)}</p>"
            for i, p in enumerate(s.paragraphs)
        ]
        if s.items:
            tag = "ol" if s.kind == "timeline" else "ul"
            items = "".join(f"<li>{text(i)}</li>" for i in s.items)
            out.append(f"<{tag}{_origin(s.origin, provenance)}>{items}</{tag}>")
        out += [_figure_html(f, lang, provenance) for f in s.figures]
    if a.faq:
        out.append(f"<h2{_origin('derived', provenance)}>{text(a.faq_heading)}</h2>")
        for item in a.faq:
            out.append(f"<h3{_origin(item.origin, provenance)}>{text(item.question)}</h3>")
            out.append(f"<p{_origin(item.origin, provenance)}>{text(item.answer)}</p>")
    return "\n".join(out)


_MD_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s)|[-+*](?=\s)|>)")
_MD_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s)")


def _md_escape(text: str) -> str:
    """Prose as Markdown text: what Markdown would read as markup or raw HTML neutralised, and
    nothing else (« 1991 — … » stays as it is; « 1. » at a line start becomes « 1\\. »)."""
    text = text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "*_`[]":
        text = text.replace(ch, "\\" + ch)
    if _MD_BLOCK_START.match(text):
        return "\\" + text
    return _MD_ORDERED.sub(r"\1\\\2", text)


def _md_origin(o: Origin) -> str:
    return f"<!-- redac: {o} -->"


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _figure_md(f: Figure, lang: str) -> str:
    alt = _md_escape(typeset(f.alt, lang))
    title = typeset(f.caption, lang).replace('"', "'")
    img = f'![{alt}]({_md_url(f.src)} "{title}")' if title else f"![{alt}]({_md_url(f.src)})"
    under = " ".join(x for x in (typeset(f.caption, lang), typeset(f.credit, lang)) if x)
    return img + (f"\n*{_md_escape(under)}*" if under else "")


def body_markdown(a: Article, provenance: bool = True) -> str:
    out: list[str] = []
    lang = a.lang
    links = _Links(a.links, lang)

    def md(s: str) -> str:
        return _md_escape(typeset(s, lang))

    def linked(s: str) -> str:
        return links.apply(md(s), lambda t, h: f"[{t}]({_md_url(h)})", _md_escape)

    for s in a.sections:
        if provenance:
            out.append(_md_origin(s.origin))
        if s.heading:
            out.append(f"{'#' * s.level} {md(s.heading)}")
        for i, p in enumerate(s.paragraphs):
            if provenance and s.origin_of(i) != s.origin:
                out.append(_md_origin(s.origin_of(i)))
            out.append(linked(p) if s.origin_of(i) == "source" else md(p))
        if s.items:
            marker = "1." if s.kind == "timeline" else "-"
            out.append("\n".join(f"{marker} {md(i)}" for i in s.items))
        out += [_figure_md(f, lang) for f in s.figures]
    if a.faq:
        if provenance:
            out.append(_md_origin("derived"))
        out.append(f"## {md(a.faq_heading)}")
        for item in a.faq:
            out.append(f"### {md(item.question)}")
            out.append(md(item.answer))
    return "\n\n".join(out) + "\n"
