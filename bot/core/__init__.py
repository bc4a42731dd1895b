"""The pure core: content, text preparation, crisis detection, matching and the Reply.

Nothing here imports Telegram; the faces (``bot.telegram``, ``bot.terminal``) and the
tools (``bot.tools``) are built on it.
"""
