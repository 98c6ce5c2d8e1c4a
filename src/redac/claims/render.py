"""Show a verification: a text report an editor reads in ten seconds (the unsupported
statements first, each with its reason and the source beside it), or the article as an HTML
page with each unsupported statement marked and its source shown beside it."""

from __future__ import annotations

import re
from html import escape

from redac.claims.result import Verdict
from redac.claims.run import VerifyResult

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x1b]")


def _plain(text: str) -> str:
    """Text safe for a terminal: no control characters (no escape sequences)."""
    return _CONTROL.sub("�", text)


def _cut(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def headline(r: VerifyResult) -> str:
    bad, total = len(r.claims.unsupported), len(r.claims.verdicts)
    lost = len(r.lost)
    verdict = "OK" if r.ok else "FAILED"
    parts = [f"{total - bad} of {total} statements supported"]
    if bad:
        parts.append(f"{bad} unsupported")
    parts.append(f"{lost} key fact{'s' if lost != 1 else ''} lost")
    return f"redac verify: {verdict} — " + ", ".join(parts)


def text_report(r: VerifyResult) -> str:
    out = [headline(r), ""]
    for v in r.claims.unsupported:
        out.append(f"✘ {v.reasons[0].label} — {_plain(v.reasons[0].detail)}")
        for extra in v.reasons[1:]:
            out.append(f"  also {extra.label} — {_plain(extra.detail)}")
        out.append(f"  article: {_plain(_cut(v.text))}")
        src = " / ".join(_cut(t, 200) for t in v.source_texts[:2]) or "(nothing close)"
        out.append(f"  source:  {_plain(src)}")
        out.append("")
    if r.lost:
        out.append(
            "lost: " + "; ".join(f"{f['kind']} {_plain(repr(f['text']))}" for f in r.lost[:10])
        )
    if r.facts.invented:
        out.append(
            "not in the source: "
            + "; ".join(f"{i['kind']} {_plain(repr(i['text']))}" for i in r.facts.invented[:10])
        )
    if r.analysis is not None:
        a = r.analysis
        out.append(
            f"analysis: SEO {a.seo_score}/100 ({a.seo_rating}), "
            f"readability {a.readability_score}/100 ({a.readability_rating})"
        )
    return "\n".join(out).rstrip() + "\n"


_CSS = """body{font-family:system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;
line-height:1.5}.bad{background:#fde2e1;border-bottom:2px solid #c62828}.ok{}
aside{font-size:.85rem;border-left:3px solid #c62828;margin:.3rem 0 1rem;padding:.2rem .8rem;
color:#333}aside b{color:#c62828}aside q{color:#555}.sum{padding:.6rem 1rem;border-radius:4px}
.pass{background:#e6f4ea}.fail{background:#fde2e1}"""


def _mark(v: Verdict, n: int) -> str:
    if v.supported:
        return f'<span class="ok">{escape(v.text)}</span>'
    tip = f"{v.reasons[0].label}: {v.reasons[0].detail}"
    if v.source_texts:
        tip += f" — source: {v.source_texts[0]}"
    return (
        f'<mark class="bad" id="s{n}" title="{escape(tip, quote=True)}">{escape(v.text)}'
        f"<sup>{n}</sup></mark>"
    )


def _notes(items: list[tuple[int, Verdict]]) -> str:
    out = []
    for n, v in items:
        reasons = "; ".join(f"<b>{escape(r.label)}</b>: {escape(r.detail)}" for r in v.reasons)
        src = " ".join(f"<q>{escape(t)}</q>" for t in v.source_texts[:2]) or "—"
        out.append(f"<aside><sup>{n}</sup> {reasons}<br>source: {src}</aside>")
    return "".join(out)


def html_report(r: VerifyResult, title: str = "") -> str:
    by_block: dict[int, list[Verdict]] = {}
    for v in r.claims.verdicts:
        by_block.setdefault(v.block, []).append(v)
    body: list[str] = []
    n = 0
    for b, u in enumerate(r.units):
        vs = by_block.get(b, [])
        marked, notes = [], []
        for v in vs:
            if not v.supported:
                n += 1
                notes.append((n, v))
            marked.append(_mark(v, n))
        inner = " ".join(marked) if marked else escape(u.text)
        tag = {"title": "h1", "heading": "h2", "question": "h3", "item": "li"}.get(u.kind, "p")
        if u.where == "meta description":
            inner = f"<small>meta description:</small> {inner}"
        body.append(f"<{tag}>{inner}</{tag}>{_notes(notes)}")
    lost = "".join(f"<li>{escape(f['kind'])}: {escape(f['text'])}</li>" for f in r.lost)
    analysis = ""
    if r.analysis is not None:
        a = r.analysis
        analysis = (
            f"<p>Analysis: SEO {a.seo_score}/100 ({escape(a.seo_rating)}), readability "
            f"{a.readability_score}/100 ({escape(a.readability_rating)})</p>"
        )
    cls = "pass" if r.ok else "fail"
    return f"""<!doctype html>
<html lang="{escape(r.lang)}"><head><meta charset="utf-8">
<title>redac verify — {escape(title or "article")}</title><style>{_CSS}</style></head>
<body><p class="sum {cls}">{escape(headline(r))}</p>
{"<h2>Key facts lost</h2><ul>" + lost + "</ul>" if lost else ""}{analysis}
<article>
{chr(10).join(body)}
</article></body></html>
"""
