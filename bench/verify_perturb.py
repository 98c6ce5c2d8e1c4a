"""How well the claim checker (`redac verify`) sees a changed claim, measured on the corpus.

For every article of ../shared/corpus (French and English), the generator (bench/_perturb.py,
with its own word lists) writes
- faithful variants: the article restructured as a good rewrite would be (headings added,
  paragraphs regrouped, additive connectors, long sentences split at safe points, attributions
  moved to the front), nothing deleted;
- unfaithful variants: a restructured article with one change to one sentence, per type.
The checker (one ClaimChecker per source, as inside `redac rewrite`) judges every variant.

Printed: per type, the share detected (the changed sentence flagged), the share flagged with
the expected reason, and, for the lexical types, the share detected when the word put in is
in none of the checker's lists ("held out"); false alarms on faithful variants (per variant
and per sentence) and on the untouched sentences of unfaithful ones; the time per pair.

    .venv/bin/python bench/verify_perturb.py [--per-type 3] [--seed 1] [--show N] [--lang fr]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._corpus import corpus_articles
from bench._perturb import TYPES, names_of, perturb, restructure

EXPECTED = {
    "number": {"changed_number"},
    "date": {"changed_date", "place_time_changed"},
    "entity_swap": {"changed_entity", "place_time_changed", "speaker_changed", "role_changed"},
    "new_entity": {"new_entity"},
    "negation": {"negation_flipped"},
    "modality": {"modality_changed"},
    "comparative": {"comparison_flipped"},
    "predicate": {"different_predicate"},
    "role": {"role_changed"},
    "quote": {"altered_quote"},
    "speaker": {"speaker_changed"},
    "invented": {"no_support", "new_entity", "different_predicate"},
}
LEXICAL = ("negation", "modality", "comparative", "predicate")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _matches(verdict_text: str, sentence: str) -> bool:
    flat_v, flat_s = " ".join(verdict_text.split()), " ".join(sentence.split())
    if flat_v in flat_s or flat_s in flat_v:
        return True
    a, b = _words(verdict_text), _words(sentence)
    if not a or not b:
        return False
    return len(a & b) / len(a) >= 0.6 and len(a & b) / len(b) >= 0.3


def _diff(before: str, after: str) -> str:
    """The changed words, with a few words around them."""
    import difflib

    a, b = before.split(), after.split()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag != "equal":
            ctx = " ".join(b[max(0, j1 - 6) : j2 + 6])
            return f"{' '.join(a[i1:i2])!r} → {' '.join(b[j1:j2])!r} in: …{ctx}…"
    return after[:160]


def _known(word: str, lang: str) -> bool:
    """Whether the checker's own lists hold the word the generator put in."""
    from redac.claims.lexicon import lexicon

    lex = lexicon(lang)
    for w in word.split():
        f = w.lower()
        k = lex.stem(f)
        if (
            f in lex.modal_forms
            or k in lex.modal_stems
            or f in lex.negators
            or f in lex.comparatives
            or k in lex.comparatives
            or k in lex.opposites
            or any(f == p[0] for ps in lex.modal_phrases.values() for p, _ in ps)
        ):
            return True
    return word in ("+neg", "-neg")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-type", type=int, default=3, help="changes per type and article")
    ap.add_argument("--faithful", type=int, default=3, help="faithful variants per article")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lang", default="")
    ap.add_argument("--show", type=int, default=0, help="print N misses and N false alarms")
    args = ap.parse_args()

    from redac.claims import ClaimChecker
    from redac.claims.article import read_article
    from redac.facts.extract import extract
    from redac.ingest import parse

    rng = random.Random(args.seed)
    arts = [a for a in corpus_articles() if not args.lang or a["lang"] == args.lang]
    det: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # detected, right reason, n
    held: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # detected, n (held-out words)
    fa_variants = fa_sent = n_sent = n_variants = 0
    collateral = n_other = 0
    times: list[float] = []
    words: list[int] = []
    misses: list[str] = []
    alarms: list[str] = []
    for art in arts:
        lang = art["lang"]
        src = parse(art["title"] + "\n\n" + art["text"], fmt="text", lang=lang, origin=art["id"])
        # the source's subheadings stay subheadings; the generator moves paragraphs only
        paras = [b.text if b.kind != "heading" else "## " + b.text for b in src.blocks]
        ledger = extract(src)
        checker = ClaimChecker(ledger)
        names = names_of(art["text"])

        def judge(blocks: list[str], art: dict = art, lang: str = lang, checker=checker) -> tuple:  # type: ignore[no-untyped-def]
            md = f"# {art['title']}\n\n" + "\n\n".join(blocks)
            t = time.perf_counter()
            units = read_article(md, fmt="markdown", lang=lang)
            verdicts = checker.check_units([(u.text, u.kind, u.where) for u in units])
            times.append(time.perf_counter() - t)
            words.append(len(md.split()))
            return verdicts

        for _ in range(args.faithful):
            blocks = restructure(paras, lang, rng)
            vs = judge(blocks)
            bad = [v for v in vs if not v.supported]
            n_variants += 1
            n_sent += len(vs)
            fa_sent += len(bad)
            fa_variants += bool(bad)
            for v in bad[: args.show]:
                alarms.append(
                    f"[{art['id']}] {v.reasons[0].code}: {v.reasons[0].detail}\n   {v.text[:200]}\n   src: {v.source_texts[0][:200] if v.source_texts else '-'}"
                )
        for kind in TYPES:
            for _ in range(args.per_type):
                base = restructure(paras, lang, rng)
                ch = perturb(base, kind, lang, rng, names)
                if ch is None:
                    break
                vs = judge(ch.blocks)
                hit = [v for v in vs if _matches(v.text, ch.sentence)]
                flagged = [v for v in hit if not v.supported]
                right = any(set(v.codes) & EXPECTED[kind] for v in flagged)
                d = det[f"{lang} {kind}"]
                d[0] += bool(flagged)
                d[1] += right
                d[2] += 1
                if kind in LEXICAL and not _known(ch.word, lang):
                    held[f"{lang} {kind}"][0] += bool(flagged)
                    held[f"{lang} {kind}"][1] += 1
                others = [v for v in vs if v not in hit]
                n_other += len(others)
                collateral += sum(1 for v in others if not v.supported)
                if not flagged and len(misses) < args.show * len(TYPES):
                    misses.append(f"[{art['id']} {kind}] {_diff(ch.before, ch.sentence)}")
    print(
        f"claim checker on {len(arts)} articles ({', '.join(sorted({a['lang'] for a in arts}))})\n"
    )
    print(f"{'type':<22}{'pairs':>6}{'detected':>10}{'reason ok':>11}{'held-out':>14}")
    for lang in ("fr", "en"):
        for kind in TYPES:
            key = f"{lang} {kind}"
            if key not in det:
                continue
            d, h = det[key], held.get(key)
            ho = f"{h[0]}/{h[1]}" if h and h[1] else ""
            print(f"{key:<22}{d[2]:>6}{d[0] / d[2]:>10.0%}{d[1] / d[2]:>11.0%}{ho:>14}")
    tot = [sum(det[k][i] for k in det) for i in range(3)]
    print(f"{'all':<22}{tot[2]:>6}{tot[0] / max(tot[2], 1):>10.0%}{tot[1] / max(tot[2], 1):>11.0%}")
    print(
        f"\nfalse alarms: {fa_variants}/{n_variants} faithful variants ({fa_variants / max(n_variants, 1):.1%}) "
        f"with a flagged statement; {fa_sent}/{n_sent} statements ({fa_sent / max(n_sent, 1):.1%}); "
        f"untouched statements of unfaithful variants: {collateral}/{n_other} ({collateral / max(n_other, 1):.1%})"
    )
    times.sort()
    print(
        f"time per pair (read + tag + judge the variant; the checker built once per source): "
        f"median {times[len(times) // 2] * 1000:.0f} ms, p90 {times[int(len(times) * 0.9)] * 1000:.0f} ms, "
        f"{sum(words) / len(words):.0f} words per variant on average, {len(times)} pairs"
    )
    if args.show:
        print("\n-- misses --")
        print("\n".join(misses))
        print("\n-- false alarms --")
        print("\n".join(alarms[: args.show * 5]))


if __name__ == "__main__":
    main()
