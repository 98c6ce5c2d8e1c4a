"""Regenerate src/redac/data/title_metrics.json from Liberation Sans (metric-compatible with Arial).

Google shows titles in Arial 20 px; Yoast measures SEO title width that way. Liberation Sans has
Arial's advance widths, so its hmtx table gives the pixel width of each character at 20 px.
Usage: python tools/gen_title_metrics.py [/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x2010, 0x203A), (0x20AC, 0x20AC), (0x2122, 0x2122)]


def main() -> None:
    font = TTFont(sys.argv[1] if len(sys.argv) > 1 else FONT)
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    upem = font["head"].unitsPerEm
    widths = {}
    for lo, hi in RANGES:
        for cp in range(lo, hi + 1):
            glyph = cmap.get(cp)
            if glyph:
                widths[chr(cp)] = round(hmtx[glyph][0] * 20 / upem, 4)
    out = Path(__file__).resolve().parents[1] / "src/redac/data/title_metrics.json"
    payload = {"font": "Liberation Sans Regular", "size_px": 20, "widths": widths}
    out.write_text(json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=0) + "\n")
    print(f"{len(widths)} characters → {out}")


if __name__ == "__main__":
    main()
