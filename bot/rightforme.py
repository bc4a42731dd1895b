"""The "Is this the right service for me?" check (``/rightforme``) as a pure state machine.

The questions and results live in ``rightforme.yaml``; :meth:`Check.load` validates
them into frozen objects. Nothing about a person is stored anywhere: every button
carries the answers so far in its callback data, so any replica, or the same process
after a restart, can take the next step from the button alone.

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

import base64
import enum
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from yaml.nodes import Node, ScalarNode

from bot.content import parse_yaml_nodes
from bot.yamlread import YamlReader as _Reader

__all__ = [
    "CANCEL_DATA",
    "DEFAULT_CHECK",
    "MAX_CALLBACK_BYTES",
    "MAX_LABEL_CHARS",
    "MAX_OPTIONS",
    "PREFIX",
    "Check",
    "Choice",
    "Link",
    "Messages",
    "Option",
    "OptionKind",
    "Outcome",
    "Question",
    "Step",
    "is_check_data",
]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CHECK = ROOT / "rightforme.yaml"

PREFIX = "rf:"
CANCEL_DATA = PREFIX + "x"
DIGEST_CHARS = 4
MAX_CALLBACK_BYTES = 64
"""Telegram's limit on a button's callback data."""
MAX_OPTIONS = 9
"""Answers are one digit each, ``1`` to ``9``; more would not fit a phone screen anyway."""
MAX_LABEL_CHARS = 24
MAX_QUESTION_CHARS = 400
MAX_TITLE_CHARS = 60
MAX_OUTCOME_CHARS = 700
MAX_MESSAGE_CHARS = 600

_ANSWER_KEYS = "123456789"
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_URL = re.compile(r"^https://\S+$")
_STR_TAGS = frozenset({"tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
                       "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool"})
_BOOL_TAG = "tag:yaml.org,2002:bool"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


def is_check_data(data: str | None) -> bool:
    """Whether a button's callback data belongs to this check (starts with ``rf:``)."""
    return data is not None and data.startswith(PREFIX)


# ------------------------------------------------------------------------- content


@dataclass(frozen=True, slots=True)
class Link:
    """A link button shown with a result; its url is also in the result's text."""

    label: str
    url: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """One result of the check: where to go next, and why."""

    id: str
    title: str
    text: str
    sources: tuple[str, ...]
    crisis: bool = False
    """Urgent help: the check stops here, with no buttons to compete with the numbers."""
    link: Link | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer to a question, leading to another question or to a result."""

    label: str
    next: str | None
    """The next question's id, or ``None`` when this answer ends the check."""
    outcome: str | None
    """The result's id, or ``None`` when another question follows."""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the check, answered with a tap."""

    id: str
    text: str
    choices: tuple[Choice, ...]
    line: int = 0


@dataclass(frozen=True, slots=True)
class Messages:
    """The check's own texts and button labels."""

    intro: str
    stale_note: str
    invalid_note: str
    cancelled: str
    back_label: str
    cancel_label: str
    start_again_label: str


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


@dataclass(frozen=True, slots=True)
class Check:
    """The validated check, and the state machine that walks it."""

    path: Path
    start_id: str
    questions: Mapping[str, Question]
    outcomes: Mapping[str, Outcome]
    messages: Messages
    digest: str
    """Short hash of the questions and where they lead; part of every button's data."""

    @classmethod
    def load(cls, path: Path | str | None = None) -> Check:
        """Load and validate a check file (the repository's ``rightforme.yaml`` by default).

        Raises :class:`bot.content.ContentError` naming the file, entry and line.
        """
        return _load(Path(path) if path is not None else DEFAULT_CHECK)

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
            for key, choice in zip(_ANSWER_KEYS, self.questions[question_id].choices,
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
        if len(data) > MAX_CALLBACK_BYTES or not data.startswith(PREFIX):
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
            index = _ANSWER_KEYS.find(key)
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
                   for key, choice in zip(_ANSWER_KEYS, question.choices, strict=False)]
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


# ------------------------------------------------------------------------- loading


def _load(path: Path) -> Check:
    root = parse_yaml_nodes(path)
    r = _Reader(path)
    top = r.mapping(root, "the file",
                    required=("version", "start", "messages", "questions", "outcomes"))
    version = top["version"]
    if not (isinstance(version, ScalarNode) and version.value == "1"):
        raise r.fail(version, "version must be 1")
    start_node = top["start"]
    start = r.ident(start_node, "start")
    messages = _read_messages(r, top["messages"])

    questions: dict[str, Question] = {}
    for node in r.sequence(top["questions"], "questions"):
        r.entry = None
        question = _read_question(r, node)
        if question.id in questions:
            raise r.fail(node, f"question id {question.id!r} is used twice (first on line "
                               f"{questions[question.id].line})")
        questions[question.id] = question
    r.entry = None
    outcomes: dict[str, Outcome] = {}
    for node in r.sequence(top["outcomes"], "outcomes"):
        r.entry = None
        outcome = _read_outcome(r, node)
        if outcome.id in outcomes:
            raise r.fail(node, f"outcome id {outcome.id!r} is used twice (first on line "
                               f"{outcomes[outcome.id].line})")
        if outcome.id in questions:
            raise r.fail(node, f"{outcome.id!r} is both a question and an outcome id")
        outcomes[outcome.id] = outcome
    r.entry = None

    if start not in questions:
        raise r.fail(start_node, f"start names {start!r}, which is not a question id")
    _check_graph(r, start, questions, outcomes, messages)
    return Check(path=path, start_id=start, questions=MappingProxyType(questions),
                 outcomes=MappingProxyType(outcomes), messages=messages,
                 digest=_digest(start, questions))


def _read_messages(r: _Reader, node: Node) -> Messages:
    r.entry = "messages"
    fields = r.mapping(node, "messages", required=(
        "intro", "stale_note", "invalid_note", "cancelled", "back_label", "cancel_label",
        "start_again_label"))
    labels = ("back_label", "cancel_label", "start_again_label")
    values = {key: r.text(value, f"messages.{key}",
                          MAX_LABEL_CHARS if key in labels else MAX_MESSAGE_CHARS)
              for key, value in fields.items()}
    r.entry = None
    return Messages(**values)


def _read_question(r: _Reader, node: Node) -> Question:
    fields = r.mapping(node, "a question", required=("id", "text", "options"))
    r.entry = r.ident(fields["id"], "id")
    text = r.text(fields["text"], "text", MAX_QUESTION_CHARS)
    items = r.sequence(fields["options"], "options")
    if len(items) > MAX_OPTIONS:
        raise r.fail(fields["options"], f"options has {len(items)} items; at most "
                                        f"{MAX_OPTIONS} allowed")
    choices: list[Choice] = []
    labels: set[str] = set()
    for item in items:
        option = r.mapping(item, "an option", required=("label",),
                           optional=("next", "outcome"))
        label = r.text(option["label"], "label", MAX_LABEL_CHARS)
        if label.casefold() in labels:
            raise r.fail(option["label"], f"the label {label!r} is given twice")
        labels.add(label.casefold())
        if ("next" in option) == ("outcome" in option):
            raise r.fail(item, "an option needs exactly one of 'next' (a question id) or "
                               "'outcome' (an outcome id)")
        target = r.ident(option.get("next") or option["outcome"], "the target")
        line = item.start_mark.line + 1
        choices.append(Choice(label=label, next=target if "next" in option else None,
                              outcome=target if "outcome" in option else None, line=line))
    return Question(id=r.entry, text=text, choices=tuple(choices),
                    line=node.start_mark.line + 1)


def _read_outcome(r: _Reader, node: Node) -> Outcome:
    fields = r.mapping(node, "an outcome", required=("id", "title", "text", "sources"),
                       optional=("crisis", "link"))
    r.entry = r.ident(fields["id"], "id")
    text = r.text(fields["text"], "text", MAX_OUTCOME_CHARS)
    link = None
    if "link" in fields:
        sub = r.mapping(fields["link"], "link", required=("label", "url"))
        url = r.text(sub["url"], "link.url", 300)
        if not _URL.match(url):
            raise r.fail(sub["url"], "link.url must be an https:// link")
        if url not in text:
            raise r.fail(sub["url"], "link.url must also be written in the text, for the "
                                     "terminal and for people who copy it")
        link = Link(label=r.text(sub["label"], "link.label", MAX_LABEL_CHARS), url=url)
    return Outcome(
        id=r.entry,
        title=r.text(fields["title"], "title", MAX_TITLE_CHARS),
        text=text,
        sources=tuple(r.text(item, "an item of sources", 100)
                      for item in r.sequence(fields["sources"], "sources")),
        crisis=r.flag(fields["crisis"], "crisis") if "crisis" in fields else False,
        link=link,
        line=node.start_mark.line + 1,
    )


def _check_graph(r: _Reader, start: str, questions: Mapping[str, Question],
                 outcomes: Mapping[str, Outcome], messages: Messages) -> None:
    """Every reference resolves; no loops; everything is reachable; buttons fit 64 bytes."""
    nav = {messages.back_label.casefold(), messages.cancel_label.casefold(),
           messages.start_again_label.casefold()}
    for question in questions.values():
        r.entry = question.id
        for choice in question.choices:
            if choice.label.casefold() in nav:
                raise r.fail(None, f"the label {choice.label!r} is also a navigation "
                                   "button's label", line=choice.line)
            if choice.next is not None and choice.next not in questions:
                raise r.fail(None, f"next names {choice.next!r}, which is not a question id",
                             line=choice.line)
            if choice.outcome is not None and choice.outcome not in outcomes:
                raise r.fail(None, f"outcome names {choice.outcome!r}, which is not an "
                                   "outcome id", line=choice.line)

    # Depth-first from the start: a question met again on the current path is a loop.
    depth: dict[str, int] = {}
    on_path: list[str] = []
    used_outcomes: set[str] = set()

    def visit(question_id: str) -> int:
        """The most answers any path from this question needs."""
        if question_id in on_path:
            loop = " -> ".join([*on_path[on_path.index(question_id):], question_id])
            question = questions[on_path[-1]]
            r.entry = question.id
            raise r.fail(None, f"the questions go round in a loop: {loop}",
                         line=question.line)
        if question_id in depth:
            return depth[question_id]
        on_path.append(question_id)
        deepest = 0
        for choice in questions[question_id].choices:
            if choice.next is not None:
                deepest = max(deepest, visit(choice.next))
            else:
                assert choice.outcome is not None
                used_outcomes.add(choice.outcome)
        on_path.pop()
        depth[question_id] = deepest + 1
        return deepest + 1

    longest = visit(start)
    r.entry = None
    for question in questions.values():
        if question.id not in depth:
            r.entry = question.id
            raise r.fail(None, f"question {question.id!r} cannot be reached from the start",
                         line=question.line)
    for outcome in outcomes.values():
        if outcome.id not in used_outcomes:
            r.entry = outcome.id
            raise r.fail(None, f"outcome {outcome.id!r} is not reached by any answer",
                         line=outcome.line)
    r.entry = None
    size = len(PREFIX) + DIGEST_CHARS + longest
    if size > MAX_CALLBACK_BYTES:
        raise r.fail(None, f"the longest path has {longest} questions; buttons would need "
                           f"{size} bytes, over Telegram's {MAX_CALLBACK_BYTES}",
                     line=questions[start].line)


def _digest(start: str, questions: Mapping[str, Question]) -> str:
    """A short hash of the questions, their options and where each leads."""
    shape = [start, [[q.id, q.text, [[c.label, c.next, c.outcome] for c in q.choices]]
                     for q in questions.values()]]
    raw = hashlib.sha256(json.dumps(shape, ensure_ascii=False).encode("utf-8")).digest()
    return base64.urlsafe_b64encode(raw).decode("ascii")[:DIGEST_CHARS]
