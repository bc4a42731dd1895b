"""Every size limit in one place: what content may hold, and what Telegram allows.

The loaders, the faces and the tests all read these; a test checks the Telegram ones
against python-telegram-bot's own ``telegram.constants``.
"""

from __future__ import annotations

# Telegram's own limits (the core never imports telegram; tests compare).
MESSAGE_CHARS = 4096
"""One chat message (``telegram.constants.MessageLimit.MAX_TEXT_LENGTH``)."""
CALLBACK_BYTES = 64
"""A button's callback data (``telegram.constants.InlineKeyboardButtonLimit``)."""
TOAST_CHARS = 200
"""A notice shown when a button is tapped
(``telegram.constants.CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH``)."""

# Buttons: every label a person taps (topic and answer titles, the check's options).
BUTTON_LABEL_CHARS = 28
"""Fits one button on a phone screen without being cut."""

# Curated answers.
ANSWER_CHARS = 1000
"""Hard limit for a topic's overview answer."""
ANSWER_STYLE_CHARS = 700
"""What ``check`` advises for an overview answer."""
SPECIFIC_ANSWER_CHARS = 700
"""Hard limit for a specific answer."""
SPECIFIC_STYLE_CHARS = 500
"""What ``check`` advises for a specific answer."""
TOPIC_QUESTIONS = 12
"""At least this many phrasings for a topic's overview."""
SPECIFIC_QUESTIONS = 8
"""At least this many phrasings for a specific answer."""
CANNED_CHARS = 3000
"""The bot's own messages (welcome, help, privacy...)."""
CRISIS_REPLY_CHARS = 1500
CRISIS_EXTRA_CHARS = 300
CHECK_IN_CHARS = 450
"""The short safety line for possible risk: short on purpose."""

# The "right for me" check.
CHECK_OPTIONS = 9
"""Answers are one digit each in the callback data, 1 to 9."""
CHECK_QUESTION_CHARS = 400
CHECK_TITLE_CHARS = 60
CHECK_OUTCOME_CHARS = 700
CHECK_MESSAGE_CHARS = 600

# Reading messages.
MATCH_WORDS = 60
"""Only the first this-many meaningful words are matched; crisis detection reads all."""
CONTENT_FILE_BYTES = 2_000_000
"""Content files larger than this are refused before parsing."""
