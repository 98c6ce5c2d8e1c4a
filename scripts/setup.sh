#!/usr/bin/env bash
# Install redac into .venv (Python deps, the French spaCy model) and run the main job on the
# example article with the offline engine. Usage: bash scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -d .venv ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
mkdir -p out
# exit 3: the article and its report are written, a hard constraint (the length) is not met
.venv/bin/redac rewrite examples/article-fr.txt --engine offline --out out --format md,html,json || [ $? -eq 3 ]
