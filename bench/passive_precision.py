"""French passive voice: redac's rules and Yoast's lexical rule on sentences labelled by hand.

The labelled set is tests/fixtures/passive_fr.tsv (1 = action passive, s = passive of state,
0 = not passive). Prints precision and recall of each detector, a passive form (1 or s) counting
as positive.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import ROOT, run_yoast
from redac.analysis.research import passive_tokens
from redac.lang.fr.passive import is_passive


def main() -> None:
    rows = []
    for line in (
        (ROOT / "tests" / "fixtures" / "passive_fr.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            rows.append((int(label != "0"), sentence))
    ours = [is_passive(passive_tokens(s)) for _, s in rows]
    yoast = [
        bool(r["research"]["passiveVoice"]["passives"])
        for r in run_yoast(
            [
                {"id": str(i), "text": f"<p>{s}</p>", "locale": "fr_FR"}
                for i, (_, s) in enumerate(rows)
            ]
        )
    ]
    print(f"{len(rows)} labelled sentences, {sum(lab for lab, _ in rows)} passive")
    for name, pred in (("redac rules", ours), ("Yoast (lexical)", yoast)):
        tp = sum(1 for (lab, _), p in zip(rows, pred, strict=True) if p and lab)
        fp = sum(1 for (lab, _), p in zip(rows, pred, strict=True) if p and not lab)
        fn = sum(1 for (lab, _), p in zip(rows, pred, strict=True) if not p and lab)
        print(
            f"{name:16} precision {tp / max(tp + fp, 1):.2f}  recall {tp / max(tp + fn, 1):.2f}  (tp {tp}, fp {fp}, fn {fn})"
        )
    for (lab, s), p, y in zip(rows, ours, yoast, strict=True):
        if p != lab or y != lab:
            print(f"  label {lab} redac {int(p)} yoast {int(y)}: {s}")


if __name__ == "__main__":
    main()
