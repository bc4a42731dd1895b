"""Load ``faq.yaml`` and validate all of it into typed, frozen objects.

The assistant never runs on half-valid content: any problem raises
:class:`ContentError`, whose message names the file, the entry and the line. Only
safe YAML is read (no tags, no anchors or aliases, no duplicate keys), and the file
size is capped before parsing so a hostile file fails fast.
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

from bot.patternset import LexPattern, compile_pattern
from bot.reply import CrisisKind
from bot.yamlread import ContentError, YamlReader

__all__ = [
    "DEFAULT_FAQ",
    "MAX_ANSWER_CHARS",
    "REQUIRED_MESSAGES",
    "REQUIRED_TOPICS",
    "Content",
    "ContentError",
    "CrisisContent",
    "SmallTalk",
    "Topic",
    "load_content",
    "parse_yaml_nodes",
]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FAQ = ROOT / "faq.yaml"
TOPICS_LIST = ROOT.parent / "shared" / "topics.md"

MAX_FILE_BYTES = 2_000_000
MAX_ANSWER_CHARS = 1000
"""Hard limit; the style aim is about 700. Telegram's own limit is 4096."""
MAX_TITLE_CHARS = 32
MIN_QUESTIONS = 12

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
    "too_long",
)

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
GENERIC = "generic"
"""Lexicon category for risk words said without a clear person ("suicidal thoughts")."""


@dataclass(frozen=True, slots=True)
class Topic:
    """One curated answer and the ways people ask for it."""

    id: str
    title: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str
    sources: tuple[str, ...]
    related: tuple[str, ...]
    last_reviewed: dt.date
    line: int
    offer_check: bool = False
    """Offer the "right for me" check after this answer (who it is for, and the like)."""


@dataclass(frozen=True, slots=True)
class SmallTalk:
    """A greeting, thanks, goodbye or question about the bot itself, and its reply."""

    id: str
    phrases: tuple[str, ...]
    reply: str


@dataclass(frozen=True, slots=True)
class CrisisReply:
    """The signposting for one kind of risk."""

    text: str
    extra: str
    """One line added when this kind of risk comes up alongside another."""


@dataclass(frozen=True, slots=True)
class CrisisContent:
    """Crisis replies and the risk lexicon the detector compiles."""

    replies: Mapping[CrisisKind, CrisisReply]
    macros: Mapping[str, str]
    patterns: Mapping[str, tuple[str, ...]]
    """Regular expressions by category: each :class:`CrisisKind` value, and ``generic``."""
    safe: tuple[str, ...]
    fuzzy_words: tuple[str, ...]
    line: int
    compiled: Mapping[str, tuple[LexPattern, ...]]
    """Each category's patterns compiled once, one by one, as whole words."""
    safe_compiled: re.Pattern[str]
    """The ``safe`` idioms compiled once into one expression."""


@dataclass(frozen=True, slots=True)
class Content:
    """Everything in faq.yaml, validated."""

    path: Path
    service_finder_url: str
    topics: tuple[Topic, ...]
    smalltalk: tuple[SmallTalk, ...]
    messages: Mapping[str, str]
    crisis: CrisisContent
    out_of_scope: tuple[str, ...] = ()
    """Questions about things the assistant does not cover; matching them means fallback."""
    domain_words: tuple[str, ...] = ()
    """Words that show a message is about this service, even when no topic fits well."""

    def topic(self, topic_id: str) -> Topic | None:
        """Return the topic with this id, or ``None``."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        return None


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
    if size > MAX_FILE_BYTES:
        raise ContentError(
            path, f"the file is {size:,} bytes; content files must be under "
            f"{MAX_FILE_BYTES:,}")
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
                              "topics", "crisis"), optional=("out_of_scope", "domain_words"))
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
    _check_topics(r, topics_node, topics, required_topics or REQUIRED_TOPICS)
    crisis = _read_crisis(r, top["crisis"])
    r.entry = None
    out_of_scope = (r.texts(top["out_of_scope"], "out_of_scope")
                    if "out_of_scope" in top else ())
    domain_words = (r.texts(top["domain_words"], "domain_words")
                    if "domain_words" in top else ())
    return Content(path=path, service_finder_url=finder, topics=topics,
                   smalltalk=smalltalk, messages=MappingProxyType(messages), crisis=crisis,
                   out_of_scope=out_of_scope, domain_words=domain_words)


def _read_messages(r: YamlReader, node: Node) -> dict[str, str]:
    fields = r.mapping(node, "messages", required=REQUIRED_MESSAGES)
    return {key: r.text(value, f"messages.{key}", max_chars=3000)
            for key, value in fields.items()}


def _read_smalltalk(r: YamlReader, node: Node) -> SmallTalk:
    r.entry = _peek_id(node)
    fields = r.mapping(node, "a smalltalk entry", required=("id", "phrases", "reply"))
    r.entry = r.ident(fields["id"], "id")
    return SmallTalk(id=r.entry, phrases=r.texts(fields["phrases"], "phrases"),
                     reply=r.text(fields["reply"], "reply", max_chars=MAX_ANSWER_CHARS))


def _read_topic(r: YamlReader, node: Node) -> Topic:
    r.entry = _peek_id(node)
    fields = r.mapping(node, "a topic",
                       required=("id", "title", "questions", "answer", "sources",
                                 "last_reviewed"),
                       optional=("keywords", "related", "offer_check"))
    r.entry = r.ident(fields["id"], "id")
    questions = r.texts(fields["questions"], "questions", min_items=MIN_QUESTIONS)
    seen: set[str] = set()
    for item, question in zip(fields["questions"].value, questions, strict=True):
        key = question.casefold()
        if key in seen:
            raise r.fail(item, f"question {question!r} is given twice")
        seen.add(key)
    keywords = r.texts(fields["keywords"], "keywords") if "keywords" in fields else ()
    related = (tuple(r.ident(n, "a related topic id")
                     for n in _seq(r, fields["related"], "related"))
               if "related" in fields else ())
    return Topic(
        id=r.entry,
        title=r.text(fields["title"], "title", max_chars=MAX_TITLE_CHARS),
        questions=questions,
        keywords=keywords,
        answer=r.text(fields["answer"], "answer", max_chars=MAX_ANSWER_CHARS),
        sources=r.texts(fields["sources"], "sources"),
        related=related,
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


def _check_topics(r: YamlReader, node: Node, topics: tuple[Topic, ...],
                  required: tuple[str, ...]) -> None:
    ids: dict[str, Topic] = {}
    for topic in topics:
        if topic.id in ids:
            r.entry = topic.id
            raise ContentError(r.path, f"topic id {topic.id!r} is used twice (first on "
                                       f"line {ids[topic.id].line})",
                               line=topic.line, entry=topic.id)
        ids[topic.id] = topic
    missing = [topic_id for topic_id in required if topic_id not in ids]
    if missing:
        raise r.fail(node, f"topics is missing the required topic ids: {', '.join(missing)}")
    for topic in topics:
        for other in topic.related:
            if other not in ids or other == topic.id:
                raise ContentError(r.path, f"related names {other!r}, which is not another "
                                           "topic's id", line=topic.line, entry=topic.id)


def _read_crisis(r: YamlReader, node: Node) -> CrisisContent:
    r.entry = "crisis"
    fields = r.mapping(node, "crisis", required=("replies", "lexicon"))
    kinds = tuple(kind.value for kind in CrisisKind)
    reply_fields = r.mapping(fields["replies"], "crisis.replies", required=kinds)
    replies: dict[CrisisKind, CrisisReply] = {}
    for kind in CrisisKind:
        sub = r.mapping(reply_fields[kind.value], f"crisis.replies.{kind.value}",
                        required=("text", "extra"))
        replies[kind] = CrisisReply(
            text=r.text(sub["text"], f"crisis.replies.{kind.value}.text", max_chars=1500),
            extra=r.text(sub["extra"], f"crisis.replies.{kind.value}.extra",
                         max_chars=300))
    categories = (*kinds, GENERIC)
    lex = r.mapping(fields["lexicon"], "crisis.lexicon",
                    required=(*categories, "macros", "safe", "fuzzy_words"))
    macro_fields = r.mapping(lex["macros"], "crisis.lexicon.macros", required=())
    macros = {key: r.text(value, f"macro {key}") for key, value in macro_fields.items()}
    patterns: dict[str, tuple[str, ...]] = {}
    compiled: dict[str, tuple[LexPattern, ...]] = {}
    for category in (*categories, "safe"):
        value_node = lex[category]
        items = _seq(r, value_node, f"crisis.lexicon.{category}")
        texts = tuple(r.text(item, f"a {category} pattern") for item in items)
        if not texts and category != "safe":
            raise r.fail(value_node, f"crisis.lexicon.{category} has no patterns")
        compiled[category] = tuple(
            _compile_pattern(r, item, text, macros, f"a {category} pattern")
            for item, text in zip(items, texts, strict=True))
        patterns[category] = texts
    safe = patterns.pop("safe")
    del compiled["safe"]
    fuzzy = r.texts(lex["fuzzy_words"], "crisis.lexicon.fuzzy_words")
    for item, word in zip(_seq(r, lex["fuzzy_words"], "fuzzy_words"), fuzzy, strict=True):
        if not re.fullmatch(r"[a-z]{5,}", word):
            raise r.fail(item, f"fuzzy word {word!r} must be one lower-case word of 5 or "
                               "more letters")
    return CrisisContent(replies=MappingProxyType(replies), macros=MappingProxyType(macros),
                         patterns=MappingProxyType(patterns), safe=safe, fuzzy_words=fuzzy,
                         line=node.start_mark.line + 1,
                         compiled=MappingProxyType(compiled),
                         safe_compiled=compile_patterns(safe, macros))


def expand_macros(pattern: str, macros: Mapping[str, str]) -> str:
    """Replace ``{NAME}`` with ``(?:macro)``; unknown names raise ``KeyError``."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{macros[m.group(1)]})", pattern)


_BOUNDARY_LEFT = r"(?<![a-z0-9])"
_BOUNDARY_RIGHT = r"(?![a-z0-9])"


def compile_patterns(patterns: tuple[str, ...], macros: Mapping[str, str]) -> re.Pattern[str]:
    """One regular expression matching any of ``patterns`` as whole words."""
    body = "|".join(f"(?:{expand_macros(p, macros)})" for p in patterns) or "(?!)"
    return re.compile(f"{_BOUNDARY_LEFT}(?:{body}){_BOUNDARY_RIGHT}")


def _compile_pattern(r: YamlReader, node: Node, pattern: str, macros: Mapping[str, str],
                     what: str) -> LexPattern:
    """One lexicon pattern compiled as whole words, or an error naming its line."""
    try:
        return compile_pattern(
            f"{_BOUNDARY_LEFT}(?:{expand_macros(pattern, macros)}){_BOUNDARY_RIGHT}")
    except KeyError as exc:
        raise r.fail(node, f"{what} uses an unknown macro {{{exc.args[0]}}}") from None
    except re.error as exc:
        raise r.fail(node, f"{what} is not a valid regular expression ({exc})") from None
