"""Plain text to Telegram HTML: escaped, and split at the 4096-character limit.

Every text the bot sends (curated answers, canned messages, anything derived from what
a person wrote) goes through :func:`render`, so nothing is ever sent unescaped.
Telegram counts a message's length in UTF-16 code units after parsing the HTML; we
count the escaped source instead, which is never shorter, so every part fits.
"""

from __future__ import annotations

import html
import unicodedata

__all__ = ["MAX_MESSAGE", "escape", "html_length", "render", "split_text"]

MAX_MESSAGE = 4096
"""Telegram's limit for one text message."""

_ESCAPED_COST = {"<": 4, ">": 4, "&": 5}  # &lt; &gt; &amp;
# Where to prefer a break, best first: a paragraph, a line, a sentence, a word.
_BREAKS = ("\n\n", "\n", ". ", "! ", "? ", "; ", ", ", " ")
_JOINERS = {"\u200d", "\u2060", "\ufe0e", "\ufe0f"}  # ZWJ, word joiner, variation selectors


def escape(text: str) -> str:
    """``text`` made safe for ``parse_mode=HTML`` (``<``, ``>`` and ``&`` escaped)."""
    return html.escape(text, quote=False)


def _cost(char: str) -> int:
    if char in _ESCAPED_COST:
        return _ESCAPED_COST[char]
    return 2 if ord(char) > 0xFFFF else 1


def html_length(text: str) -> int:
    """Length of ``escape(text)`` in UTF-16 code units, as Telegram counts it at most."""
    return sum(_cost(char) for char in text)


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split plain ``text`` into parts whose escaped length is at most ``limit``.

    Breaks at a paragraph, else a line, a sentence or a word; only a single "word"
    longer than the limit is broken inside, and never between a character and the
    combining marks or joiners that belong to it. Nothing is dropped but the whitespace
    at each break; parts that would be only whitespace are left out (Telegram refuses
    empty messages).
    """
    if limit < 8:
        raise ValueError("limit must be at least 8")
    rest = text.strip()
    if len(rest) * 5 <= limit:  # fits even if every character escaped to "&amp;"
        return [rest] if rest else []
    parts: list[str] = []
    while rest:
        if html_length(rest) <= limit:
            parts.append(rest)
            break
        end = _fit(rest, limit)
        cut = _best_break(rest, end)
        head, rest = rest[:cut].rstrip(), rest[cut:].lstrip()
        if head:
            parts.append(head)
    return parts


def render(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """``text`` as HTML message bodies, escaped and split to fit Telegram."""
    return [escape(part) for part in split_text(text, limit)]


def _fit(text: str, limit: int) -> int:
    """The largest ``n`` such that ``text[:n]`` escaped fits in ``limit``."""
    total = 0
    for index, char in enumerate(text):
        total += _cost(char)
        if total > limit:
            return index
    return len(text)


def _best_break(text: str, end: int) -> int:
    """Where to cut ``text`` at or before ``end``: after the best separator found in
    the second half of the window, else at a safe character boundary."""
    floor = end // 2
    for separator in _BREAKS:
        at = text.rfind(separator, floor, end)
        if at > 0:
            return at + len(separator)
    cut = end
    while cut > 1 and (_belongs_to_previous(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    if cut <= 1:  # a pathological run of combining marks: cut where we must
        cut = end
    return max(cut, 1)


def _belongs_to_previous(char: str) -> bool:
    return (unicodedata.combining(char) != 0 or char in _JOINERS
            or unicodedata.category(char) in ("Mn", "Me")
            or 0xE0020 <= ord(char) <= 0xE007F)  # emoji tag characters
