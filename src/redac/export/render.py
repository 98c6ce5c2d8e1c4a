"""An article's body as HTML (what a CMS receives) and as Markdown."""

from __future__ import annotations

from html import escape

from redac.model import Article


def body_html(a: Article) -> str:
    out: list[str] = []
    for s in a.sections:
        if s.heading:
            out.append(f"<h{s.level}>{escape(s.heading)}</h{s.level}>")
        out += [f"<p>{escape(p)}</p>" for p in s.paragraphs]
        if s.items:
            tag = "ol" if s.kind == "timeline" else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in s.items) + f"</{tag}>")
    if a.faq:
        out.append(f"<h2>{escape(a.faq_heading)}</h2>")
        for item in a.faq:
            out.append(f"<h3>{escape(item.question)}</h3>")
            out.append(f"<p>{escape(item.answer)}</p>")
    return "\n".join(out)


def _md_escape(text: str) -> str:
    # keep prose readable; neutralise what Markdown would read as markup or raw HTML
    text = text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "*_`[]":
        text = text.replace(ch, "\\" + ch)
    if text[:1] in "#+-" or text[:2].rstrip(".").isdigit():
        text = "\\" + text
    return text


def body_markdown(a: Article) -> str:
    out: list[str] = []
    for s in a.sections:
        if s.heading:
            out.append(f"{'#' * s.level} {_md_escape(s.heading)}")
        out += [_md_escape(p) for p in s.paragraphs]
        if s.items:
            marker = "1." if s.kind == "timeline" else "-"
            out.append("\n".join(f"{marker} {_md_escape(i)}" for i in s.items))
    if a.faq:
        out.append(f"## {_md_escape(a.faq_heading)}")
        for item in a.faq:
            out.append(f"### {_md_escape(item.question)}")
            out.append(_md_escape(item.answer))
    return "\n\n".join(out) + "\n"
