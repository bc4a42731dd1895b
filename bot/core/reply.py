"""The assistant's answer to one message, as plain data.

The core returns a :class:`Reply`; the terminal chat prints it and the Telegram layer
turns it into messages and buttons. The buttons are described here once, channel-
neutral (a label and an action), so both faces offer the same choices. Nothing here
knows about Telegram.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ReplyKind(enum.StrEnum):
    """What sort of reply this is."""

    ANSWER = "answer"
    """A confident match: a curated answer (a topic's overview or a specific answer)."""
    SUGGEST = "suggest"
    """Not sure: "did you mean" with the nearest answers in ``suggestions``."""
    FALLBACK = "fallback"
    """Nothing matched well: what the assistant can answer and how to reach the service."""
    SMALLTALK = "smalltalk"
    """A greeting, thanks, "are you a real person", the topic list and the like."""
    CRISIS = "crisis"
    """Crisis signposting only (no question to answer, or ``/urgent``)."""


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


class CrisisLevel(enum.StrEnum):
    """How sure the risk is; both levels give the numbers, neither is ever throttled."""

    URGENT = "urgent"
    """Clear risk (intent, plans, means, acts, goodbyes, abuse happening, a child at
    risk): the full crisis reply, first and alone."""
    CHECK_IN = "check_in"
    """Possible risk: a short, warm safety line with the numbers, then the answer."""


class Action(enum.StrEnum):
    """What pressing a button (or typing its number in the terminal) does."""

    ANSWER = "answer"
    """Show the answer whose id is the button's ``target``."""
    URGENT = "urgent"
    """Crisis signposting."""
    MENU = "menu"
    """The list of every topic."""
    CHECK = "check"
    """Start the "Is this the right service for me?" check."""
    CHECK_STEP = "check_step"
    """Take a step of the check; ``target`` carries the check's state."""
    LINK = "link"
    """Open the web page in ``target``."""
    HELPFUL = "helpful"
    """Feedback: the answer whose id is ``target`` helped (only a count is kept)."""
    NOT_HELPFUL = "not_helpful"
    """Feedback: the answer whose id is ``target`` did not help."""
    SHARE = "share"
    """Send the question a fallback could not answer to the team, scrubbed and without a
    name. Only a front end that keeps the store offers it; nothing is kept before the tap."""


@dataclass(frozen=True, slots=True)
class Button:
    """One choice offered under a reply."""

    label: str
    action: Action
    target: str = ""
    """The answer id (``ANSWER``, ``HELPFUL``, ``NOT_HELPFUL``), the check's state
    (``CHECK_STEP``) or a URL (``LINK``)."""


Row = tuple[Button, ...]


@dataclass(frozen=True, slots=True)
class Reply:
    """Everything a front end needs to answer one message.

    ``messages`` are sent in order, each as its own chat message. When ``crisis`` is
    true the first message is the crisis signposting and nothing comes before it.
    ``buttons`` go under the last message, row by row.
    """

    kind: ReplyKind
    messages: tuple[str, ...]
    topic: str | None = None
    """The topic id of the answer given (or first suggested); ``None`` for a fallback or
    small talk."""
    answer: str | None = None
    """The id of the answer given: a specific answer's id, or the topic id for its
    overview; for "did you mean", the first suggestion."""
    score: float = 0.0
    """Confidence of the best match, 0 to 100."""
    crisis: bool = False
    crisis_kind: CrisisKind | None = None
    crisis_level: CrisisLevel | None = None
    """``URGENT`` or ``CHECK_IN`` when ``crisis``; ``None`` otherwise."""
    suggestions: tuple[str, ...] = ()
    """Answer ids offered as "did you mean" (``SUGGEST``) or to pick from (``FALLBACK``)."""
    buttons: tuple[Row, ...] = ()

    @property
    def text(self) -> str:
        """The whole reply as one string, messages separated by a blank line."""
        return "\n\n".join(self.messages)

    @property
    def choices(self) -> tuple[Button, ...]:
        """Every button, row by row, left to right (the terminal numbers these)."""
        return tuple(button for row in self.buttons for button in row)
