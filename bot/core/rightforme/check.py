"""The "Is this the right service for me?" check (``/rightforme``) as a pure state machine.

The questions and results live in ``rightforme.yaml``; :mod:`.content` loads and
validates them into frozen objects, and :class:`Check` walks them. Nothing about a
person is stored anywhere: every button carries the answers so far in its callback
data, so any replica, or the same process after a restart, can take the next step from
the button alone.

Callback data (at most 64 bytes, as Telegram allows):

``rf:`` + 4-character digest of the check's questions + one character per answer
    The state after those answers. Each answer is the option's number, ``1`` to ``9``.
    ``rf:Ab3x`` is the first question; ``rf:Ab3x13`` means "option 1, then option 3".
    "Back" is simply the same data without its last answer.
``rf:x``
    Cancel.

The digest covers the questions, their options and where each leads (not the result
texts, so fixing a typo in a result keeps buttons working). A button whose digest does
not match, or that is malformed, forged, out of range or too long, gives the first
question again with a kind note (``Step.restarted``): never an error.

This is signposting, never triage or diagnosis; the texts say so.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.core import limits
from bot.core.rightforme.content import (
    ANSWER_KEYS,
    DEFAULT_CHECK,
    DIGEST_CHARS,
    PREFIX,
    CheckContent,
    Link,
    Outcome,
    Question,
    load_check_content,
)

__all__ = ["CANCEL_DATA", "DEFAULT_CHECK", "PREFIX", "Check", "Option", "OptionKind", "Step",
           "is_check_data"]

CANCEL_DATA = PREFIX + "x"


def is_check_data(data: str | None) -> bool:
    """Whether a button's callback data belongs to this check (starts with ``rf:``)."""
    return data is not None and data.startswith(PREFIX)


# --------------------------------------------------------------------------- steps


class OptionKind(enum.StrEnum):
    """What a button does, so a front end can lay answers and navigation out apart."""

    ANSWER = "answer"
    BACK = "back"
    CANCEL = "cancel"
    START_AGAIN = "start_again"


@dataclass(frozen=True, slots=True)
class Option:
    """A button: its label, its callback data, and the key to type in the terminal."""

    label: str
    data: str
    kind: OptionKind
    key: str
    """``1`` to ``9`` for an answer, ``b`` back, ``c`` cancel, ``s`` start again."""


@dataclass(frozen=True, slots=True)
class Step:
    """What to show now: a question with its buttons, a result, or "stopped".

    ``text`` is the whole plain-text message, including any note and intro.
    """

    text: str
    options: tuple[Option, ...]
    data: str
    """The callback data that brings back this very step."""
    question: Question | None = None
    outcome: Outcome | None = None
    crisis: bool = False
    """True for urgent help: show the text alone, with nothing competing with it."""
    restarted: bool = False
    """The button pressed was stale or unreadable, so the check started again."""
    cancelled: bool = False
    note: str | None = None
    """The gentle note at the top of ``text`` after a restart, if any."""

    @property
    def can_go_back(self) -> bool:
        """Whether there is a "Back" option."""
        return any(option.kind is OptionKind.BACK for option in self.options)

    @property
    def finished(self) -> bool:
        """Whether the check is over (a result, or cancelled)."""
        return self.outcome is not None or self.cancelled

    @property
    def link(self) -> Link | None:
        """The result's link button, if it has one."""
        return self.outcome.link if self.outcome is not None else None

    def choose(self, typed: str) -> str | None:
        """The callback data for what someone typed in the terminal, or ``None``.

        Accepts an option's key (``1``, ``2``, ..., ``b``, ``c``, ``s``) or its label,
        in any case. Anything else returns ``None``: treat it as a message (and so run
        crisis detection on it), not as an answer.
        """
        wanted = _loose(typed)
        if not wanted:
            return None
        for option in self.options:
            if wanted in (option.key, _loose(option.label)):
                return option.data
        return None

    def as_plain_text(self) -> str:
        """The step for a terminal: the text, then the options with their keys and a hint."""
        if not self.options:
            return self.text
        lines = [self.text, ""]
        lines += [f"  {option.key}) {option.label}" for option in self.options]
        hints = ["the number of your answer"] if self.question is not None else []
        hints += [_KEY_HINTS[o.kind] for o in self.options if o.kind in _KEY_HINTS]
        joined = hints[0] if len(hints) == 1 else ", ".join(hints[:-1]) + " or " + hints[-1]
        lines += ["", f"(Type {joined}.)"]
        return "\n".join(lines)


def _loose(text: str) -> str:
    """Text compared loosely: case, spaces and symbols such as "«" ignored."""
    return " ".join(re.sub(r"[^\w']+", " ", text).split()).casefold()


_KEY_HINTS = {OptionKind.BACK: "b to go back", OptionKind.CANCEL: "c to cancel",
              OptionKind.START_AGAIN: "s to start again"}


# --------------------------------------------------------------------------- check


class Check:
    """The state machine that walks a validated check. Pure: it keeps no state."""

    def __init__(self, content: CheckContent) -> None:
        self.content = content
        self.path: Path = content.path
        self.start_id = content.start_id
        self.questions = content.questions
        self.outcomes = content.outcomes
        self.messages = content.messages
        self.digest = content.digest

    @classmethod
    def load(cls, path: Path | str | None = None) -> Check:
        """Load and validate a check file (the repository's ``rightforme.yaml`` by default).

        Raises :class:`bot.core.content.ContentError` naming the file, entry and line.
        """
        return cls(load_check_content(path))

    # ------------------------------------------------------------------ steps

    def start(self) -> Step:
        """The first question, with the short introduction."""
        return self._step("")

    def cancel(self) -> Step:
        """The check stopped (the ``Cancel`` button, or ``/cancel``)."""
        return Step(text=self.messages.cancelled, options=(), data=CANCEL_DATA,
                    cancelled=True)

    def handle(self, data: str | None) -> Step:
        """The step for a button's callback data; never raises.

        Stale, forged or malformed data gives the first question again with a kind
        note and ``restarted=True``.
        """
        if data == CANCEL_DATA:
            return self.cancel()
        answers = self._parse(data)
        if answers is None:
            return self._restart(self.messages.invalid_note)
        if isinstance(answers, _Stale):
            return self._restart(self.messages.stale_note)
        return self._step(answers)

    def data_for(self, answers: str) -> str:
        """The callback data for a string of answer keys (``"1"``, ``"13"``, ...)."""
        return f"{PREFIX}{self.digest}{answers}"

    def paths(self) -> Iterator[tuple[str, Outcome]]:
        """Every way through the check, in answer order: (answer keys, its result)."""

        def walk(answers: str, question_id: str) -> Iterator[tuple[str, Outcome]]:
            for key, choice in zip(ANSWER_KEYS, self.questions[question_id].choices,
                                   strict=False):
                if choice.outcome is not None:
                    yield answers + key, self.outcomes[choice.outcome]
                else:
                    assert choice.next is not None
                    yield from walk(answers + key, choice.next)

        return walk("", self.start_id)

    # ---------------------------------------------------------------- internals

    def _parse(self, data: str | None) -> str | _Stale | None:
        """The answer keys in ``data``; ``_STALE`` for another version; ``None`` if bad."""
        if not isinstance(data, str) or not data.isascii():
            return None
        if len(data) > limits.CALLBACK_BYTES or not data.startswith(PREFIX):
            return None
        body = data[len(PREFIX):]
        if len(body) < DIGEST_CHARS:
            return None
        digest, answers = body[:DIGEST_CHARS], body[DIGEST_CHARS:]
        if not re.fullmatch(r"[A-Za-z0-9_-]+", digest):
            return None
        if digest != self.digest:
            return _STALE
        if self._walk(answers) is None:
            return None
        return answers

    def _walk(self, answers: str) -> tuple[list[Question], Outcome | None] | None:
        """Follow ``answers`` from the start: the questions passed, and the result if any.

        ``None`` if an answer is not one of the question's options, or answers go on
        after a result.
        """
        question = self.questions[self.start_id]
        passed: list[Question] = []
        for position, key in enumerate(answers):
            index = ANSWER_KEYS.find(key)
            if index < 0 or index >= len(question.choices):
                return None
            passed.append(question)
            choice = question.choices[index]
            if choice.outcome is not None:
                if position != len(answers) - 1:
                    return None
                return passed, self.outcomes[choice.outcome]
            assert choice.next is not None
            question = self.questions[choice.next]
        passed.append(question)
        return passed, None

    def _step(self, answers: str) -> Step:
        walked = self._walk(answers)
        if walked is None:  # only reachable through a bug: _parse checked the path
            return self._restart(self.messages.invalid_note)
        passed, outcome = walked
        data = self.data_for(answers)
        back = Option(self.messages.back_label, self.data_for(answers[:-1]),
                      OptionKind.BACK, "b")
        if outcome is not None:
            text = f"{outcome.title}\n\n{outcome.text}"
            if outcome.crisis:
                return Step(text=text, options=(), data=data, outcome=outcome, crisis=True)
            again = Option(self.messages.start_again_label, self.data_for(""),
                           OptionKind.START_AGAIN, "s")
            return Step(text=text, options=(back, again), data=data, outcome=outcome)
        question = passed[-1]
        options = [Option(choice.label, self.data_for(answers + key), OptionKind.ANSWER, key)
                   for key, choice in zip(ANSWER_KEYS, question.choices, strict=False)]
        if answers:
            options.append(back)
        options.append(Option(self.messages.cancel_label, CANCEL_DATA, OptionKind.CANCEL, "c"))
        text = question.text if answers else f"{self.messages.intro}\n\n{question.text}"
        return Step(text=text, options=tuple(options), data=data, question=question)

    def _restart(self, note: str) -> Step:
        first = self._step("")
        question = self.questions[self.start_id]
        return Step(text=f"{note}\n\n{question.text}", options=first.options, data=first.data,
                    question=question, restarted=True, note=note)


class _Stale:
    """Marker: well-formed data from another version of the check."""


_STALE = _Stale()
