"""Load ``rightforme.yaml``, the "Is this the right service for me?" check, and validate it.

The file holds the check's questions (each answered with a tap), where each answer
leads (another question or a result), the results and the check's own texts. The
loader refuses a broken file with the file, the entry and the line: unknown targets,
loops, unreachable questions or results, and paths too long for a button's data.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from yaml.nodes import Node, ScalarNode

from bot.core import limits
from bot.core.content import parse_yaml_nodes
from bot.core.files import data_file
from bot.core.yamlread import YamlReader as _Reader

__all__ = ["ANSWER_KEYS", "DEFAULT_CHECK", "DIGEST_CHARS", "PREFIX", "CheckContent", "Choice",
           "Link", "Messages", "Outcome", "Question", "load_check_content"]

DEFAULT_CHECK = data_file("rightforme.yaml")

PREFIX = "rf:"
"""Every button of the check carries data starting with this."""
DIGEST_CHARS = 4
"""Characters of the check's digest in each button's data (see ``check``)."""
ANSWER_KEYS = "123456789"
"""An answer's key: its option's number, one character each."""
_URL = re.compile(r"^https://\S+$")


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


@dataclass(frozen=True, slots=True)
class CheckContent:
    """The validated check: its questions, results and texts."""

    path: Path
    start_id: str
    questions: Mapping[str, Question]
    outcomes: Mapping[str, Outcome]
    messages: Messages
    digest: str
    """Short hash of the questions and where they lead; part of every button's data."""


# ------------------------------------------------------------------------- loading


def load_check_content(path: Path | str | None = None) -> CheckContent:
    """Load and validate a check file (the repository's ``rightforme.yaml`` by default).

    Raises :class:`bot.core.content.ContentError` naming the file, entry and line.
    """
    path = Path(path) if path is not None else DEFAULT_CHECK
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
    return CheckContent(path=path, start_id=start, questions=MappingProxyType(questions),
                        outcomes=MappingProxyType(outcomes), messages=messages,
                        digest=_digest(start, questions))


def _read_messages(r: _Reader, node: Node) -> Messages:
    r.entry = "messages"
    fields = r.mapping(node, "messages", required=(
        "intro", "stale_note", "invalid_note", "cancelled", "back_label", "cancel_label",
        "start_again_label"))
    labels = ("back_label", "cancel_label", "start_again_label")
    values = {key: r.text(value, f"messages.{key}", limits.BUTTON_LABEL_CHARS if key in labels
                          else limits.CHECK_MESSAGE_CHARS)
              for key, value in fields.items()}
    r.entry = None
    return Messages(**values)


def _read_question(r: _Reader, node: Node) -> Question:
    fields = r.mapping(node, "a question", required=("id", "text", "options"))
    r.entry = r.ident(fields["id"], "id")
    text = r.text(fields["text"], "text", limits.CHECK_QUESTION_CHARS)
    items = r.sequence(fields["options"], "options")
    if len(items) > limits.CHECK_OPTIONS:
        raise r.fail(fields["options"], f"options has {len(items)} items; at most "
                                        f"{limits.CHECK_OPTIONS} allowed")
    choices: list[Choice] = []
    labels: set[str] = set()
    for item in items:
        option = r.mapping(item, "an option", required=("label",),
                           optional=("next", "outcome"))
        label = r.text(option["label"], "label", limits.BUTTON_LABEL_CHARS)
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
    text = r.text(fields["text"], "text", limits.CHECK_OUTCOME_CHARS)
    link = None
    if "link" in fields:
        sub = r.mapping(fields["link"], "link", required=("label", "url"))
        url = r.text(sub["url"], "link.url", 300)
        if not _URL.match(url):
            raise r.fail(sub["url"], "link.url must be an https:// link")
        if url not in text:
            raise r.fail(sub["url"], "link.url must also be written in the text, for the "
                                     "terminal and for people who copy it")
        link = Link(label=r.text(sub["label"], "link.label", limits.BUTTON_LABEL_CHARS), url=url)
    return Outcome(
        id=r.entry,
        title=r.text(fields["title"], "title", limits.CHECK_TITLE_CHARS),
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
    if size > limits.CALLBACK_BYTES:
        raise r.fail(None, f"the longest path has {longest} questions; buttons would need "
                           f"{size} bytes, over Telegram's {limits.CALLBACK_BYTES}",
                     line=questions[start].line)


def _digest(start: str, questions: Mapping[str, Question]) -> str:
    """A short hash of the questions, their options and where each leads."""
    shape = [start, [[q.id, q.text, [[c.label, c.next, c.outcome] for c in q.choices]]
                     for q in questions.values()]]
    raw = hashlib.sha256(json.dumps(shape, ensure_ascii=False).encode("utf-8")).digest()
    return base64.urlsafe_b64encode(raw).decode("ascii")[:DIGEST_CHARS]
