"""A ``Source`` as an HTML body (for analysing an input article as it stands)."""

from __future__ import annotations

from html import escape

from redac.model import Source


def source_to_html(src: Source) -> str:
    out = []
    for b in src.blocks:
        if b.kind == "heading":
            level = min(max(b.level, 2), 6)
            out.append(f"<h{level}>{escape(b.text)}</h{level}>")
        elif b.kind == "item":
            out.append(f"<ul><li>{escape(b.text)}</li></ul>")
        else:
            out.append(f"<p>{escape(b.text)}</p>")
    return "\n".join(out)
