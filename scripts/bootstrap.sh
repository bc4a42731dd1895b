#!/usr/bin/env bash
# Create .venv and install the project into it (with the dev tools if --dev).
# Safe to run again: it does nothing when pyproject.toml has not changed.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
stamp=".venv/.installed"
if [ "${1:-}" = "--dev" ]; then
  extras="[dev]"
  stamp=".venv/.installed-dev"
fi

pick_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3 python; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  python=$(pick_python) || {
    echo "error: Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2
    exit 2
  }
  echo "Creating .venv with $python ..." >&2
  "$python" -m venv .venv
fi

want=$(cat pyproject.toml | cksum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing dependencies into .venv (first run takes a minute) ..." >&2
  log=.venv/install.log
  if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip &&
         .venv/bin/python -m pip install --disable-pip-version-check -e ".${extras}"; } \
       > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "error: installing the dependencies failed (full log: $log)" >&2
    exit 2
  fi
  echo "$want" > "$stamp"
fi
