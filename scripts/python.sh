# Sourced by setup.sh and test.sh: `redac_python` prints the interpreter .venv is made with.
#
# $PYTHON if set; else the newest of Python 3.13 and 3.12 that is found (on PATH, or installed
# by pyenv without being its selected version) and can make a venv; else python3 (redac needs
# 3.11 or newer).
#
# Why a newer Python when one is there: spaCy builds its wheels for Python 3.11 and older with
# Cython's profiling hooks (its setup.py: "profile": sys.version_info < (3, 12)). In the parser's
# and the entity recogniser's inner loops, which run without the GIL, every hook takes the GIL
# back and gives it up again. A 100,000-word source costs ~1.5 s more CPU to parse on 3.11 than
# on 3.13 (spaCy alone: 6.1-6.3 s against 4.4-5.0 s; README, "Which Python"), with the same
# annotations and the same outputs (bench/outputs.py all, byte for byte).

redac_python() {
  if [ -n "${PYTHON:-}" ]; then
    echo "$PYTHON"
    return
  fi
  local v found
  for v in 3.13 3.12; do
    found="$(redac_find_python "$v")"
    if [ -n "$found" ]; then
      echo "$found"
      return
    fi
  done
  echo python3
}

# An interpreter of Python $1 (e.g. 3.11) that can make a venv, or nothing.
redac_find_python() {
  local cand
  for cand in "python$1" "$(_redac_pyenv_python "$1")"; do
    if [ -n "$cand" ] && "$cand" -c "import ensurepip, venv" >/dev/null 2>&1; then
      echo "$cand"
      return 0
    fi
  done
  return 0
}

# pyenv's newest installed $1.x, when pyenv is there (its shim for a version that is installed
# but not selected fails, so the interpreter is named by its path)
_redac_pyenv_python() {
  command -v pyenv >/dev/null 2>&1 || return 0
  local root version
  root="$(pyenv root 2>/dev/null)" || return 0
  version="$(pyenv latest "$1" 2>/dev/null)" || return 0
  [ -x "$root/versions/$version/bin/python$1" ] && echo "$root/versions/$version/bin/python$1"
  return 0
}

# The version of the Python $1 ("3.13"), or nothing when it does not start.
redac_python_version() {
  "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || return 0
}

# A .venv made earlier with an older Python is kept as it is; say what a newer one would give.
redac_venv_note() {
  local have want
  [ -x .venv/bin/python ] || return 0
  have="$(redac_python_version .venv/bin/python)"
  want="$(redac_python_version "$1")"
  if [ "$have" = 3.11 ] && [ -n "$want" ] && [ "$want" != 3.11 ]; then
    echo "note: .venv is Python $have; Python $want is here too and parses ~20 % faster" \
      "(scripts/python.sh): remove .venv and run this again to use it" >&2
  fi
  return 0
}
