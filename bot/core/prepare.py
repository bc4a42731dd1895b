"""One message, read once.

:meth:`bot.core.assistant.Assistant.prepare` turns the text a person sent into a
:class:`Prepared` value, and every later step (crisis detection, ranking, the
in-domain check, small talk) reads that value; none of them normalises the text again.
Data flows one way: text, then ``Prepared``, then a ``Detection`` and matches, then a
``Reply``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QUESTION_WORDS", "Prepared", "Terms", "question_sentences", "split_sentences"]

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
"""Where a message splits into sentences (the crisis detector reads each too)."""
QUESTION_WORDS = frozenset({
    "can", "could", "do", "does", "did", "is", "are", "am", "will", "would", "should", "how",
    "what", "where", "when", "who", "why", "which", "any", "anyone", "has", "have", "wat",
    "wot", "hw", "cn"
})


def split_sentences(text: str) -> list[str]:
    """The sentences of a message as written (none empty)."""
    return [piece for piece in SENTENCE_END.split(text) if piece.strip()]


def question_sentences(text: str) -> list[str]:
    """The sentences that ask something: ending with "?" or starting with a question
    word ("can", "will", "how")."""
    out = []
    for piece in split_sentences(text):
        stripped = piece.strip()
        first = stripped.split(maxsplit=1)[0].lower().strip("\"'(") if stripped else ""
        if "?" in stripped or first in QUESTION_WORDS:
            out.append(stripped)
    return out


@dataclass(frozen=True, slots=True)
class Terms:
    """The matcher's reading of some words: meaningful words, mended and stemmed."""

    words: tuple[str, ...]
    """Content words (no stopwords), misspellings mended to known words, capped in number."""
    stems: tuple[str, ...]
    """The Snowball stem of each of ``words``."""
    every: tuple[str, ...]
    """All the words, stopwords included (for messages made only of stopwords)."""
    truncated: bool = False
    """The message had more meaningful words than are matched."""

    @property
    def empty(self) -> bool:
        return not self.every


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything the core needs from one message, computed once."""

    raw: str
    """The text as sent (never logged)."""
    text: str
    """The normalised text: lower case, folded, punctuation gone, text-speak spelt out."""
    terms: Terms
    """The matcher's reading of ``text``."""
    risk_sentences: tuple[str, ...]
    """The crisis detector's reading: each sentence with obfuscation undone, risk words
    mended and harmless idioms blanked."""

    @property
    def risk_text(self) -> str:
        """The sentences joined: what the lexicon and the risk model read."""
        return " ".join(self.risk_sentences)

    @property
    def empty(self) -> bool:
        """Nothing readable (only emoji, punctuation or spaces)."""
        return not self.text
