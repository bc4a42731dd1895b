"""Load ``faq.yaml`` and validate all of it into typed, frozen objects.

The assistant never runs on half-valid content: any problem raises
:class:`ContentError`, whose message names the file, the entry and the line. Only
safe YAML is read (no tags, no anchors or aliases, no duplicate keys), and the file
size is capped before parsing so a hostile file fails fast.

``faq.yaml`` holds the 24 topics, each with its broad overview answer and the specific
answers under it, the bot's own messages, small talk, out-of-scope questions and the
words of the service's domain. The crisis replies and the risk lexicon live in
``crisis.yaml`` (see :mod:`bot.core.crisis.lexicon`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from bot.core import limits
from bot.core.files import data_file
from bot.core.yamlread import ContentError, YamlReader

__all__ = [
    "DEFAULT_FAQ",
    "REQUIRED_MESSAGES",
    "REQUIRED_TOPICS",
    "Answer",
    "Content",
    "ContentError",
    "SmallTalk",
    "Topic",
    "load_content",
    "parse_yaml_nodes",
]

DEFAULT_FAQ = data_file("faq.yaml")

# The topic ids from ../shared/topics.md; every one must be in faq.yaml. Kept here as
# well so the assistant can be checked where ../shared is not beside the checkout.
REQUIRED_TOPICS: tuple[str, ...] = (
    "what_is_iapt", "conditions_treated", "cbt", "other_therapies", "self_referral",
    "gp_referral", "assessment", "questionnaires", "stepped_care", "low_intensity",
    "high_intensity", "cost", "waiting_times", "confidentiality", "eligibility",
    "not_right_for_me", "change_therapist", "making_the_most", "under_18",
    "outside_england", "medication", "session_format", "after_treatment", "urgent_help",
)

REQUIRED_MESSAGES: tuple[str, ...] = (
    "welcome", "help", "privacy", "topics_intro", "fallback", "did_you_mean",
    "crisis_then_answer", "non_text", "group_note", "slow_down", "stale_button", "error",
    "too_long", "button_urgent", "button_menu", "button_finder", "button_check",
    "button_helpful", "button_not_helpful", "button_share", "feedback_thanks",
    "feedback_sorry", "share_thanks", "share_failed",
)
BUTTON_MESSAGES = frozenset(key for key in REQUIRED_MESSAGES if key.startswith("button_"))
TOAST_MESSAGES = frozenset({"feedback_thanks"})
"""Shown as a brief notice over the chat (Telegram's callback answer), not a message."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One curated answer: a topic's overview, or a specific answer under a topic."""

    id: str
    topic: str
    """The parent topic's id (the overview's own id)."""
    title: str
    """A short label that fits a button."""
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    text: str
    sources: tuple[str, ...]
    related: tuple[str, ...]
    """Ids of other answers (overviews or specific) worth offering next."""
    last_reviewed: dt.date
    line: int
    offer_check: bool = False
    """Offer the "right for me" check after this answer (who it is for, and the like)."""

    @property
    def is_overview(self) -> bool:
        """Whether this is a topic's broad overview (its id is the topic id)."""
        return self.id == self.topic


@dataclass(frozen=True, slots=True)
class Topic:
    """One of the 24 topics: its overview answer and the specific answers under it."""

    overview: Answer
    specific: tuple[Answer, ...] = ()
    names: tuple[str, ...] = ()
    """Everyday names of the topic itself ("waiting list", "the forms"): a message that
    names only these, maybe with words of asking broadly, gets the overview."""

    @property
    def id(self) -> str:
        return self.overview.id

    @property
    def title(self) -> str:
        return self.overview.title

    @property
    def answers(self) -> tuple[Answer, ...]:
        """The overview first, then the specific answers in file order."""
        return (self.overview, *self.specific)


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """A greeting, thanks, goodbye or question about the bot itself, and its reply."""

    id: str
    phrases: tuple[str, ...]
    reply: str


@dataclass(frozen=True, slots=True)
class Content:
    """Everything in faq.yaml, validated."""

    path: Path
    service_finder_url: str
    topics: tuple[Topic, ...]
    smalltalk: tuple[SmallTalk, ...]
    messages: Mapping[str, str]
    out_of_scope: tuple[str, ...] = ()
    """Questions about things the assistant does not cover; matching them means fallback."""
    domain_words: tuple[str, ...] = ()
    """Words that show a message is about this service, even when no topic fits well."""

    @property
    def answers(self) -> tuple[Answer, ...]:
        """Every answer, overviews and specific, in file order."""
        return tuple(answer for topic in self.topics for answer in topic.answers)

    def topic(self, topic_id: str) -> Topic | None:
        """Return the topic with this id, or ``None``."""
        return next((topic for topic in self.topics if topic.id == topic_id), None)

    def answer(self, answer_id: str) -> Answer | None:
        """Return the answer (overview or specific) with this id, or ``None``."""
        return next((a for a in self.answers if a.id == answer_id), None)


# --------------------------------------------------------------------------- YAML


class _StrictComposer(yaml.SafeLoader):
    """A safe loader that refuses anchors, aliases and tags of its own."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(
                None, None, "aliases (*name) are not allowed in content files",
                event.start_mark)
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if getattr(event, "tag", None) is not None:
            raise yaml.MarkedYAMLError(
                None, None, "tags (!!name) are not allowed in content files",
                event.start_mark)
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise yaml.MarkedYAMLError(
                None, None, "anchors (&name) are not allowed in content files",
                event.start_mark)
        return super().compose_node(parent, index)


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


_PROPERTY = re.compile(r"(?:^|[\s\[{,:])(?:[&*]\S|!)", re.MULTILINE)
"""Where an anchor (``&a``), an alias (``*a``) or a tag (``!t``, ``!!str``, ``!``) could
start: each begins a node, so after a line's start, a space or a flow indicator. Prose
rarely has one ("wait!" does not); a file with none cannot hold any, and the slow
event-by-event check is skipped (it was a quarter of a restart)."""


def _compose(text: str) -> Node | None:
    """Compose the node tree, refusing anchors, aliases and tags.

    With libyaml (PyYAML's C extension) the events are checked first and the tree
    composed in C, several times faster than the pure-Python loader used otherwise.
    """
    if _FAST_LOADER is None:
        loader = _StrictComposer(text)
        try:
            return loader.get_single_node()
        finally:
            loader.dispose()
    if _PROPERTY.search(text) is None:  # no anchor, alias or tag can be there
        return yaml.compose(text, Loader=_FAST_LOADER)
    for event in yaml.parse(text, Loader=_FAST_LOADER):
        problem = None
        if isinstance(event, yaml.AliasEvent):
            problem = "aliases (*name) are not allowed in content files"
        elif getattr(event, "anchor", None) is not None:
            problem = "anchors (&name) are not allowed in content files"
        elif getattr(event, "tag", None) is not None:
            problem = "tags (!!name) are not allowed in content files"
        if problem:
            raise yaml.MarkedYAMLError(None, None, problem,
                                       event.start_mark)  # type: ignore[arg-type]
    return yaml.compose(text, Loader=_FAST_LOADER)


def parse_yaml_nodes(path: Path) -> MappingNode:
    """Read ``path`` safely and return its top-level mapping node.

    Raises :class:`ContentError` for a missing, huge, non-UTF-8 or malformed file.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ContentError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if size > limits.CONTENT_FILE_BYTES:
        raise ContentError(
            path, f"the file is {size:,} bytes; content files must be under "
            f"{limits.CONTENT_FILE_BYTES:,}")
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(path, "the file is not valid UTF-8", line=line) from None
    except OSError as exc:
        raise ContentError(path, f"cannot read the file ({exc.strerror or exc})") from None
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.context_mark and mark is not exc.context_mark:
            problem += f" ({exc.context} that starts on line {exc.context_mark.line + 1})"
        raise ContentError(path, f"invalid YAML: {problem}",
                           line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise ContentError(path, f"invalid YAML: {exc}") from None
    if node is None:
        raise ContentError(path, "the file is empty")
    if not isinstance(node, MappingNode):
        raise ContentError(path, "the top level must be a mapping of sections",
                           line=node.start_mark.line + 1)
    return node


# ------------------------------------------------------------------------- loading


def load_content(path: Path | str | None = None,
                 required_topics: tuple[str, ...] | None = None) -> Content:
    """Load and validate a faq file (the repository's ``faq.yaml`` by default).

    ``required_topics`` defaults to :data:`REQUIRED_TOPICS`. Raises
    :class:`ContentError` naming the file, entry and line of the first problem.
    """
    path = Path(path) if path is not None else DEFAULT_FAQ
    root = parse_yaml_nodes(path)
    r = YamlReader(path)
    top = r.mapping(root, "the file",
                    required=("version", "service_finder_url", "messages", "smalltalk",
                              "topics"), optional=("out_of_scope", "domain_words"))
    version_node = top["version"]
    if not (isinstance(version_node, ScalarNode) and version_node.value == "1"):
        raise r.fail(version_node, "version must be 1")
    finder = r.url(top["service_finder_url"], "service_finder_url")
    messages = _read_messages(r, top["messages"])
    smalltalk = tuple(r.each(top["smalltalk"], "smalltalk",
                             lambda n: _read_smalltalk(r, n)))
    r.entry = None
    topics_node = top["topics"]
    topics = tuple(r.each(topics_node, "topics", lambda n: _read_topic(r, n)))
    r.entry = None
    _check_answers(r, topics_node, topics, required_topics or REQUIRED_TOPICS)
    out_of_scope = (r.texts(top["out_of_scope"], "out_of_scope")
                    if "out_of_scope" in top else ())
    domain_words = (r.texts(top["domain_words"], "domain_words")
                    if "domain_words" in top else ())
    return Content(path=path, service_finder_url=finder, topics=topics,
                   smalltalk=smalltalk, messages=MappingProxyType(messages),
                   out_of_scope=out_of_scope, domain_words=domain_words)


def _read_messages(r: YamlReader, node: Node) -> dict[str, str]:
    fields = r.mapping(node, "messages", required=REQUIRED_MESSAGES)
    return {key: r.text(value, f"messages.{key}",
                        max_chars=limits.BUTTON_LABEL_CHARS if key in BUTTON_MESSAGES
                        else limits.TOAST_CHARS if key in TOAST_MESSAGES
                        else limits.CANNED_CHARS)
            for key, value in fields.items()}


def _read_smalltalk(r: YamlReader, node: Node) -> SmallTalk:
    r.entry = _peek_id(node)
    fields = r.mapping(node, "a smalltalk entry", required=("id", "phrases", "reply"))
    r.entry = r.ident(fields["id"], "id")
    return SmallTalk(id=r.entry, phrases=r.texts(fields["phrases"], "phrases"),
                     reply=r.text(fields["reply"], "reply", max_chars=limits.ANSWER_CHARS))


_ANSWER_FIELDS = ("id", "title", "questions", "answer", "sources", "last_reviewed")
_ANSWER_OPTIONAL = ("keywords", "related", "offer_check")


def _read_topic(r: YamlReader, node: Node) -> Topic:
    overview = _read_answer(r, node, topic=None)
    fields = r.mapping(node, "a topic", required=_ANSWER_FIELDS,
                       optional=(*_ANSWER_OPTIONAL, "specific", "names"))
    specific: tuple[Answer, ...] = ()
    if "specific" in fields:
        specific = tuple(_read_answer(r, item, topic=overview.id)
                         for item in r.sequence(fields["specific"], "specific"))
    r.entry = overview.id
    names = r.texts(fields["names"], "names") if "names" in fields else ()
    return Topic(overview=overview, specific=specific, names=names)


def _read_answer(r: YamlReader, node: Node, topic: str | None) -> Answer:
    """A topic's overview (``topic`` is ``None``) or one specific answer under ``topic``."""
    r.entry = _peek_id(node)
    overview = topic is None
    fields = r.mapping(node, "a topic" if overview else "a specific answer",
                       required=_ANSWER_FIELDS,
                       optional=(*_ANSWER_OPTIONAL, "specific", "names") if overview
                       else _ANSWER_OPTIONAL)
    r.entry = r.ident(fields["id"], "id")
    questions = r.texts(fields["questions"], "questions",
                        min_items=limits.TOPIC_QUESTIONS if overview
                        else limits.SPECIFIC_QUESTIONS)
    seen: set[str] = set()
    for item, question in zip(fields["questions"].value, questions, strict=True):
        key = question.casefold()
        if key in seen:
            raise r.fail(item, f"question {question!r} is given twice")
        seen.add(key)
    sources = r.texts(fields["sources"], "sources")
    if not overview:
        for item, source in zip(fields["sources"].value, sources, strict=True):
            if not re.match(r"^https?://\S+$", source):
                raise r.fail(item, "a specific answer's sources must be links (https://...)")
    return Answer(
        id=r.entry,
        topic=r.entry if overview else str(topic),
        title=r.text(fields["title"], "title", max_chars=limits.BUTTON_LABEL_CHARS),
        questions=questions,
        keywords=r.texts(fields["keywords"], "keywords") if "keywords" in fields else (),
        text=r.text(fields["answer"], "answer",
                    max_chars=limits.ANSWER_CHARS if overview
                    else limits.SPECIFIC_ANSWER_CHARS),
        sources=sources,
        related=(tuple(r.ident(n, "a related answer id")
                       for n in _seq(r, fields["related"], "related"))
                 if "related" in fields else ()),
        last_reviewed=r.date(fields["last_reviewed"], "last_reviewed"),
        line=node.start_mark.line + 1,
        offer_check=(r.flag(fields["offer_check"], "offer_check")
                     if "offer_check" in fields else False),
    )


def _peek_id(node: Node) -> str | None:
    """The entry's id, if it has one, so errors about its other fields can name it."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if (isinstance(key, ScalarNode) and key.value == "id"
                    and isinstance(value, ScalarNode)):
                return str(value.value)
    return None


def _seq(r: YamlReader, node: Node, what: str) -> list[Node]:
    return r.sequence(node, what, allow_empty=True)


def _check_answers(r: YamlReader, node: Node, topics: tuple[Topic, ...],
                   required: tuple[str, ...]) -> None:
    """Ids unique across every answer, every required topic present, related ids real,
    and no phrasing given to two answers (the matcher could not tell them apart)."""
    ids: dict[str, Answer] = {}
    for answer in (a for topic in topics for a in topic.answers):
        if answer.id in ids:
            raise ContentError(r.path, f"answer id {answer.id!r} is used twice (first on "
                                       f"line {ids[answer.id].line})",
                               line=answer.line, entry=answer.id)
        ids[answer.id] = answer
    topic_ids = {topic.id for topic in topics}
    missing = [topic_id for topic_id in required if topic_id not in topic_ids]
    if missing:
        raise r.fail(node, f"topics is missing the required topic ids: {', '.join(missing)}")
    phrasings: dict[str, str] = {}
    for answer in ids.values():
        for other in answer.related:
            if other not in ids or other == answer.id:
                raise ContentError(r.path, f"related names {other!r}, which is not another "
                                           "answer's id", line=answer.line, entry=answer.id)
        for question in answer.questions:
            key = " ".join(re.sub(r"[^\w ]+", " ", question.casefold()).split())
            if phrasings.setdefault(key, answer.id) != answer.id:
                raise ContentError(r.path, f"question {question!r} is also given to "
                                           f"{phrasings[key]!r}", line=answer.line,
                                   entry=answer.id)
