"""The assistant's answer to one message, as plain data.

The core returns a :class:`Reply`; the terminal chat prints it and the Telegram layer
turns it into messages and buttons. Nothing here knows about Telegram.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ReplyKind(enum.StrEnum):
    """What sort of reply this is."""

    ANSWER = "answer"
    """A confident match: the topic's curated answer."""
    SUGGEST = "suggest"
    """Not sure: "did you mean" with the nearest topics in ``suggestions``."""
    FALLBACK = "fallback"
    """Nothing matched well: what the assistant can answer and how to reach the service."""
    SMALLTALK = "smalltalk"
    """A greeting, thanks, "are you a real person" and the like."""
    CRISIS = "crisis"
    """Crisis signposting only (no other topic matched, or ``/urgent``)."""


class CrisisKind(enum.StrEnum):
    """Whose safety a risky message is about; each gets its own signposting text."""

    SELF = "self"
    """The person writing may be at risk (suicidal thoughts, self-harm, overdose)."""
    OTHER_PERSON = "other_person"
    """They are worried about someone else's safety."""
    HARM_TO_OTHERS = "harm_to_others"
    """They may harm someone else."""
    ABUSE = "abuse"
    """They, or a child, are being hurt or threatened by someone."""


@dataclass(frozen=True, slots=True)
class Reply:
    """Everything a front end needs to answer one message.

    ``messages`` are sent in order, each as its own chat message. When ``crisis`` is
    true the first message is the crisis signposting and nothing comes before it.
    """

    kind: ReplyKind
    messages: tuple[str, ...]
    topic: str | None = None
    """The matched topic id; ``None`` for a fallback or small talk."""
    score: float = 0.0
    """Confidence of the best match, 0 to 100."""
    crisis: bool = False
    crisis_kind: CrisisKind | None = None
    suggestions: tuple[str, ...] = ()
    """Topic ids offered as "did you mean" (``SUGGEST``) or to pick from (``FALLBACK``)."""
    related: tuple[str, ...] = field(default=())
    """Topic ids worth offering next, after an answer."""
    offer_check: bool = False
    """Offer the "Is this the right service for me?" check after this reply."""

    @property
    def text(self) -> str:
        """The whole reply as one string, messages separated by a blank line."""
        return "\n\n".join(self.messages)
