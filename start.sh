#!/usr/bin/env bash
# One command to set everything up and start the assistant:
#   ./start.sh            the Telegram bot if TELEGRAM_BOT_TOKEN is set, else the terminal chat
#   ./start.sh ask "is it free"   any other command of main.py (see ./start.sh --help)
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/python main.py "$@"
