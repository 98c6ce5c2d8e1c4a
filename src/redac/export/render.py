"""An article's body as HTML (what a CMS receives) and as Markdown.

Both say where each part came from without showing it to readers: a ``data-origin`` attribute
in HTML, an HTML comment in Markdown (``model``: written by the model and verified;
``source``: the source's own text; ``derived``: built from the fact ledger).
"""

from __future__ import annotations

from html import escape

from redac.model import Article, Origin


def _origin(o: Origin, on: bool) -> str:
    return f' data-origin="{o}"' if on else ""


def body_html(a: Article, provenance: bool = True) -> str:
    out: list[str] = []
    for s in a.sections:
        if s.heading:
            out.append(
                f"<h{s.level}{_origin(s.origin, provenance)}>{escape(s.heading)}</h{s.level}>"
            )
        out += [
            f"<p{_origin(s.origin_of(i), provenance)}>{escape(p)}</p>"
            for i, p in enumerate(s.paragraphs)
        ]
        if s.items:
            tag = "ol" if s.kind == "timeline" else "ul"
            items = "".join(f"<li>{escape(i)}</li>" for i in s.items)
            out.append(f"<{tag}{_origin(s.origin, provenance)}>{items}</{tag}>")
    if a.faq:
        out.append(f"<h2{_origin('derived', provenance)}>{escape(a.faq_heading)}</h2>")
        for item in a.faq:
            out.append(f"<h3{_origin(item.origin, provenance)}>{escape(item.question)}</h3>")
            out.append(f"<p{_origin(item.origin, provenance)}>{escape(item.answer)}</p>")
    return "\n".join(out)


def _md_escape(text: str) -> str:
    # keep prose readable; neutralise what Markdown would read as markup or raw HTML
    text = text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "*_`[]":
        text = text.replace(ch, "\\" + ch)
    if text[:1] in "#+-" or text[:2].rstrip(".").isdigit():
        text = "\\" + text
    return text


def _md_origin(o: Origin) -> str:
    return f"<!-- redac: {o} -->"


def body_markdown(a: Article, provenance: bool = True) -> str:
    out: list[str] = []
    for s in a.sections:
        if provenance:
            out.append(_md_origin(s.origin))
        if s.heading:
            out.append(f"{'#' * s.level} {_md_escape(s.heading)}")
        for i, p in enumerate(s.paragraphs):
            if provenance and s.origin_of(i) != s.origin:
                out.append(_md_origin(s.origin_of(i)))
            out.append(_md_escape(p))
        if s.items:
            marker = "1." if s.kind == "timeline" else "-"
            out.append("\n".join(f"{marker} {_md_escape(i)}" for i in s.items))
    if a.faq:
        if provenance:
            out.append(_md_origin("derived"))
        out.append(f"## {_md_escape(a.faq_heading)}")
        for item in a.faq:
            out.append(f"### {_md_escape(item.question)}")
            out.append(_md_escape(item.answer))
    return "\n\n".join(out) + "\n"
