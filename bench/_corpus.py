"""Shared helpers for benchmarks: the development corpus in ../shared, and the Yoast harness."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REDAC_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
YOAST_SRC = SHARED / "tools" / "yoast-peer"
YOAST_DIR = Path(os.environ.get("REDAC_YOAST_DIR", ROOT / ".tools" / "yoast-peer"))


# the yoast-peer harness's assessment ids and redac's check ids for the same checks
YOAST_IDS = {
    "introductionKeyword": "keyphrase_in_introduction",
    "keyphraseLength": "keyphrase_length",
    "keyphraseDensity": "keyphrase_density",
    "metaDescriptionKeyword": "keyphrase_in_meta_description",
    "metaDescriptionLength": "meta_description_length",
    "subheadingsKeyword": "keyphrase_in_subheadings",
    "textCompetingLinks": "competing_links",
    "imageKeyphrase": "image_keyphrase",
    "images": "images",
    "textLength": "text_length",
    "externalLinks": "outbound_links",
    "keyphraseInSEOTitle": "keyphrase_in_seo_title",
    "internalLinks": "internal_links",
    "titleWidth": "seo_title_width",
    "slugKeyword": "keyphrase_in_slug",
    "functionWordsInKeyphrase": "function_words_in_keyphrase",
    "singleH1": "single_h1",
    "keyphraseDistribution": "keyphrase_distribution",
    "subheadingsTooLong": "subheading_distribution",
    "textParagraphTooLong": "paragraph_length",
    "textSentenceLength": "sentence_length",
    "textTransitionWords": "transition_words",
    "passiveVoice": "passive_voice",
    "textPresence": "text_presence",
    "sentenceBeginnings": "consecutive_sentences",
}


def corpus_articles() -> list[dict]:
    """Every article of ../shared/corpus (French, then English); refuses an empty corpus."""
    out = []
    for name in ("articles_fr.jsonl", "articles_en.jsonl"):
        path = CORPUS / name
        if path.exists():
            out += [
                json.loads(line)
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
    if not out:
        raise SystemExit(f"no corpus articles under {CORPUS}: nothing to measure")
    return out


def yoast_harness() -> Path:
    """A writable copy of the yoast-peer harness with its npm packages installed."""
    if not (YOAST_DIR / "node_modules" / "yoastseo").exists():
        YOAST_DIR.mkdir(parents=True, exist_ok=True)
        for f in YOAST_SRC.iterdir():
            if f.is_file():
                shutil.copy2(f, YOAST_DIR / f.name)
        subprocess.run(
            ["bash", "run.sh", "install"], cwd=YOAST_DIR, check=True, capture_output=True
        )
    return YOAST_DIR


def run_yoast(docs: list[dict], *args: str) -> list[dict]:
    d = yoast_harness()
    inp = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
    res = subprocess.run(
        ["node", "analyze.js", *args], cwd=d, input=inp, capture_output=True, text=True, check=True
    )
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def _frequent_content_words(text: str, lang: str, n: int = 2) -> str:
    from redac.lang import get_language
    from redac.text.words import words

    data = get_language(lang)
    counts = Counter(
        w.lower()
        for w in words(text)
        if w.lower() not in data.function_words
        and len(w) > 3
        and not w[0].isdigit()
        and "'" not in w
    )
    return " ".join(w for w, _ in counts.most_common(n))


def article_to_doc(rec: dict, variant: int = 0) -> dict:
    """A corpus article as HTML with subheadings and SEO metadata, in yoast-peer's input format."""
    from redac.text.words import words

    paras = [p.strip() for p in rec["text"].split("\n\n") if p.strip()]
    lang = rec.get("lang", "fr")
    html, since = [], 0
    for i, p in enumerate(paras):
        if p.startswith("- ") and p.endswith(" -"):
            html.append(f"<h2>{escape(p[2:-2])}</h2>")
            since = 0
            continue
        if i and since >= 3 and variant % 2 == 0:
            html.append(f"<h2>{escape(' '.join(words(p)[:7]))}</h2>")
            since = 0
        html.append(f"<p>{escape(p)}</p>")
        since += 1
    kp = _frequent_content_words(rec["text"], lang, 1 + variant % 2)
    title = rec.get("title") or ""
    first = paras[0] if paras else ""
    return {
        "id": f"{rec['id']}#{variant}",
        "text": "\n".join(html),
        "keyphrase": kp,
        "title": f"{kp.capitalize()} : {title}" if variant % 2 else title,
        "description": first[: 150 - 10 * variant],
        "slug": "-".join(words(title.lower())[:6]),
        "locale": "fr_FR" if lang == "fr" else "en_US",
        "permalink": rec.get("url", ""),
    }
