#!/usr/bin/env bash
# Install redac into .venv (Python deps, the French spaCy model) and run the main job on the
# example article with the offline engine. Usage: bash scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python.sh  # which Python: $PYTHON, else the newest of 3.13 and 3.12, else python3
PY="$(redac_python)"
redac_venv_note "$PY"
[ -d .venv ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
mkdir -p out
# exit 3: the article and its report are written, a hard constraint (the length) is not met
.venv/bin/redac rewrite examples/article-fr.txt --engine offline --out out --format md,html,json || [ $? -eq 3 ]
