"""An assistant for the public's questions about NHS Talking Therapies (formerly IAPT).

The core (content, normalising, crisis detection, matching, replies) is pure Python and
imports nothing from Telegram; ``bot.telegram`` is the thin Telegram layer on top.
"""

__version__ = "0.1.0"
