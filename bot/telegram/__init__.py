"""The Telegram face of the assistant (python-telegram-bot v22).

Thin on purpose: every reply comes from :class:`bot.assistant.Assistant`; this package
only turns a :class:`bot.reply.Reply` into Telegram messages and buttons, delivers
them reliably, and keeps the logs free of anything personal.

- ``config``: settings from the environment
- ``logsafe``: logging set-up that masks the token and never shows message text
- ``formatting``: HTML escaping and splitting at Telegram's 4096-character limit
- ``keyboards``: inline buttons and their callback data
- ``flood``: per-chat flood control in bounded memory
- ``taps``: one count per tapped feedback or share button, in bounded memory
- ``delivery``: retries on 429, 5xx, network errors and timeouts
- ``transport``: HTTP to the Bot API (aiohttp when installed, else httpx)
- ``handlers``: one small handler per kind of update
- ``app``: wires the Application and runs ``python main.py serve`` (with the metrics and
  health server and the shared questions' retention from :mod:`bot.ops`)
"""
