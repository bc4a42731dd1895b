#!/usr/bin/env bash
# One command to set everything up and run every check: lint, types, then the tests.
# Extra arguments go to pytest, e.g. ./test.sh -k crisis
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh --dev
echo "== ruff" && .venv/bin/ruff check .
echo "== mypy" && .venv/bin/mypy
echo "== pytest" && .venv/bin/python -m pytest "$@"
