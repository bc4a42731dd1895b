"""Load ``crisis.yaml`` (the crisis replies and the risk lexicon) and compile it once.

Each lexicon entry has an id, the kind of risk it shows, a one-line note, its pattern,
``examples`` it must match and ``not`` examples it must leave alone (checked by
:func:`bot.tools.lexicon.check_examples` in the tests and ``check``). The loader refuses
a broken file with the file, the entry and the line, like every content loader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from yaml.nodes import Node, ScalarNode

from bot.core import limits
from bot.core.content import parse_yaml_nodes
from bot.core.crisis.patternset import CompiledCache, LexPattern, alternatives, compile_pattern
from bot.core.files import data_file
from bot.core.reply import CrisisKind
from bot.core.yamlread import YamlReader

__all__ = ["DEFAULT_LEXICON", "FRAMES", "GENERIC", "HOLDER_LISTS", "CrisisReply", "Lexicon",
           "LexiconEntry", "expand_macros", "load_lexicon"]

DEFAULT_LEXICON = data_file("crisis.yaml")
GENERIC = "generic"
"""The kind of an entry for risk words said without a clear person ("suicidal thoughts")."""
KINDS: tuple[str, ...] = (*(kind.value for kind in CrisisKind), GENERIC)
FRAMES: tuple[str, ...] = ("past", "resolved", "current", "denial", "subject", "bereaved",
                           "hypothetical", "consequences", "asked", "joking", "affirmed",
                           "imminent", "soon", "illness", "asks_why", "fiction", "loss",
                           "exasperated", "recent", "unwanted", "ongoing", "routine", "own",
                           "general", "still")
"""How a message can frame its risk words (see :mod:`bot.core.crisis.context`)."""
HOLDER_LISTS: tuple[str, ...] = ("self", "other", "people", "relations", "reporting",
                                 "prepositions", "thinking", "screening",
                                 "courtesy")
"""The word lists that say who risk words are about (see :mod:`bot.core.crisis.context`)."""

_BOUNDARY_LEFT = r"(?<![a-z0-9])"
_BOUNDARY_RIGHT = r"(?![a-z0-9])"


@dataclass(frozen=True, slots=True)
class CrisisReply:
    """The signposting for one kind of risk."""

    text: str
    extra: str
    """One line added when this kind of risk comes up alongside another."""


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One pattern of the lexicon (or one harmless idiom), compiled as whole words."""

    id: str
    kind: CrisisKind | None
    """Whose safety it shows; ``None`` for ``generic`` entries and for idioms."""
    note: str
    source: str
    compiled: LexPattern | None
    """The whole pattern; ``None`` for a context entry of several alternatives, which
    keeps only its :attr:`branches` (the whole is never run)."""
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
    line: int
    frame: str = ""
    """For a context entry: the frame it shows (one of :data:`FRAMES`)."""
    weak: bool = False
    """Words that are often ordinary ("written my will", "said my goodbyes"): alone
    they are a check-in; with another sign of risk in the message, urgent."""
    marks: bool = False
    """Marks, scars or bruises hidden or shown ("covered the marks with a high neck"):
    beside abuse of the writer, the marks the abuse left, not self-harm."""
    end_of_life: bool = False
    """Weak words of calm at the end of a life ("planning my funeral", "made my peace with
    it"): beside an illness, how the dying speak of it, so a check-in however many of
    them there are; elsewhere weak words like any others."""
    fear_of_self: bool = False
    """The writer afraid of what they might do ("i don't trust myself", "terrified of
    myself"), means at hand with no one named ("gun's loaded", "got a blade on me"), or a
    plea for help now: beside harm to someone else, that is the fear, the means or the
    help it shows, not a risk to the writer ("i grabbed him so hard it left marks. i'm
    terrified of myself", "if he sets foot on my yard i'll not be responsible. gun's
    loaded", "i shook her earlier. i need help now")."""
    sentence: bool = False
    """The pattern's "^" and "$" are each sentence's start and end ("chosen a date$" in "I
    have chosen a date. It is six weeks from now"), not only the message's: the sentences
    are joined for the patterns, so it is also run on each sentence alone. Without it an
    anchored pattern is about the whole message ("^im done$")."""
    own: bool = False
    """The words are the writer's own whoever else they name ("so she can close everything
    down after", "they'll cry for a week and then be relieved", "i know what theyd do"):
    read as the writer's unless someone else is reported saying them."""
    branches: tuple[LexPattern, ...] = ()
    """For a context entry: each top-level alternative of the pattern compiled alone
    (see :func:`bot.core.crisis.patternset.alternatives`): a frame is only ever asked
    *whether* it matches, and one alternative's literals filter far better than all."""

    @property
    def patterns(self) -> tuple[LexPattern, ...]:
        """Every compiled pattern the entry runs: its branches, or its whole pattern."""
        if self.branches:
            return self.branches
        return (self.compiled,) if self.compiled is not None else ()

    def search(self, text: str) -> bool:
        """Whether the pattern matches anywhere in ``text`` (already prepared)."""
        return any(p.regex.search(text) is not None for p in self.patterns)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything in crisis.yaml, validated and compiled."""

    path: Path
    replies: Mapping[CrisisKind, CrisisReply]
    macros: Mapping[str, str]
    entries: tuple[LexiconEntry, ...]
    safe: tuple[LexiconEntry, ...]
    """Harmless idioms ("dying to know"), blanked out before the patterns run."""
    safe_compiled: re.Pattern[str]
    """All the idioms as one expression."""
    fuzzy_words: tuple[str, ...]
    check_in: Mapping[CrisisKind, str]
    """The short safety line for possible risk, by kind (see :class:`CrisisLevel`); each
    stands alone."""
    check_in_lead: str
    """Opens a check-in when the answer to the person's question follows it ("Before I
    answer:")."""
    frames: tuple[LexiconEntry, ...]
    """Context patterns: how a message frames its risk words (past, denial...)."""
    holders: Mapping[str, frozenset[str]]
    """Word lists that say who risk words are about."""

    def entry(self, entry_id: str) -> LexiconEntry | None:
        """The pattern, idiom or context entry with this id, or ``None``."""
        return next((e for e in (*self.entries, *self.safe, *self.frames)
                     if e.id == entry_id), None)


def expand_macros(pattern: str, macros: Mapping[str, str]) -> str:
    """Replace ``{NAME}`` with ``(?:macro)``; unknown names raise ``KeyError``."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{macros[m.group(1)]})", pattern)


def load_lexicon(path: Path | str | None = None,
                 cache: CompiledCache | None = None) -> Lexicon:
    """Load and validate a crisis file (the repository's ``crisis.yaml`` by default).

    Its patterns are compiled through ``cache`` (by default
    :meth:`CompiledCache.default`), which keeps their compiled form between starts.
    """
    path = Path(path) if path is not None else DEFAULT_LEXICON
    cache = cache if cache is not None else CompiledCache.default()
    root = parse_yaml_nodes(path)
    r = YamlReader(path)
    top = r.mapping(root, "the file",
                    required=("version", "replies", "check_in", "macros", "fuzzy_words",
                              "safe", "patterns", "context"))
    version = top["version"]
    if not (isinstance(version, ScalarNode) and version.value == "1"):
        raise r.fail(version, "version must be 1")
    replies = _read_replies(r, top["replies"])
    check_in, check_in_lead = _read_check_in(r, top["check_in"])
    macro_fields = r.mapping(top["macros"], "macros", required=())
    macros = {key: r.text(value, f"macro {key}") for key, value in macro_fields.items()}
    fuzzy = r.texts(top["fuzzy_words"], "fuzzy_words")
    for item, word in zip(r.sequence(top["fuzzy_words"], "fuzzy_words"), fuzzy, strict=True):
        if not re.fullmatch(r"[a-z]{5,}", word):
            raise r.fail(item, f"fuzzy word {word!r} must be one lower-case word of 5 or "
                               "more letters")
    seen: dict[str, int] = {}
    safe = tuple(r.each(top["safe"], "safe",
                        lambda n: _read_entry(r, n, macros, seen, cache, idiom=True)))
    r.entry = None
    entries = tuple(r.each(top["patterns"], "patterns",
                           lambda n: _read_entry(r, n, macros, seen, cache, idiom=False)))
    r.entry = None
    for kind in KINDS:
        if not any((e.kind.value if e.kind else GENERIC) == kind for e in entries):
            raise r.fail(top["patterns"], f"patterns has no entry of kind {kind!r}")
    context = r.mapping(top["context"], "context", required=("holders", "frames"))
    holders = _read_holders(r, context["holders"])
    frames = tuple(r.each(context["frames"], "context.frames",
                          lambda n: _read_entry(r, n, macros, seen, cache, idiom=False,
                                                      frame=True)))
    r.entry = None
    for frame in FRAMES:
        if not any(e.frame == frame for e in frames):
            raise r.fail(context["frames"], f"context.frames has no entry for {frame!r}")
    body = "|".join(f"(?:{expand_macros(e.source, macros)})" for e in safe) or "(?!)"
    safe_compiled = compile_pattern(f"{_BOUNDARY_LEFT}(?:{body}){_BOUNDARY_RIGHT}", cache)
    cache.save()
    return Lexicon(path=path, replies=MappingProxyType(replies),
                   macros=MappingProxyType(macros), entries=entries, safe=safe,
                   safe_compiled=safe_compiled.regex,
                   fuzzy_words=fuzzy, check_in=MappingProxyType(check_in),
                   check_in_lead=check_in_lead, frames=frames,
                   holders=MappingProxyType(holders))


def _read_replies(r: YamlReader, node: Node) -> dict[CrisisKind, CrisisReply]:
    r.entry = "replies"
    kinds = tuple(kind.value for kind in CrisisKind)
    fields = r.mapping(node, "replies", required=kinds)
    replies = {}
    for kind in CrisisKind:
        sub = r.mapping(fields[kind.value], f"replies.{kind.value}",
                        required=("text", "extra"))
        replies[kind] = CrisisReply(
            text=r.text(sub["text"], f"replies.{kind.value}.text",
                        max_chars=limits.CRISIS_REPLY_CHARS),
            extra=r.text(sub["extra"], f"replies.{kind.value}.extra",
                         max_chars=limits.CRISIS_EXTRA_CHARS))
    r.entry = None
    return replies


def _read_check_in(r: YamlReader, node: Node) -> tuple[dict[CrisisKind, str], str]:
    r.entry = "check_in"
    kinds = tuple(kind.value for kind in CrisisKind)
    fields = r.mapping(node, "check_in", required=(*kinds, "lead"))
    lead = r.text(fields.pop("lead"), "check_in.lead", max_chars=60)
    texts = {CrisisKind(key): r.text(value, f"check_in.{key}",
                                     max_chars=limits.CHECK_IN_CHARS)
             for key, value in fields.items()}
    for kind, text in texts.items():
        for number in ("999", "111", "116 123"):
            if number not in text:
                raise r.fail(fields[kind.value], f"check_in.{kind.value} must give {number}")
    r.entry = None
    return texts, lead


def _read_holders(r: YamlReader, node: Node) -> dict[str, frozenset[str]]:
    r.entry = "context.holders"
    fields = r.mapping(node, "context.holders", required=HOLDER_LISTS)
    holders = {}
    for key in HOLDER_LISTS:
        words = r.texts(fields[key], f"context.holders.{key}")
        for word in words:
            if not re.fullmatch(r"[a-z]+(?: [a-z]+)?", word):
                raise r.fail(fields[key], f"{word!r} in context.holders.{key} must be one or "
                                          "two lower-case words")
        holders[key] = frozenset(words)
    r.entry = None
    return holders


def _read_entry(r: YamlReader, node: Node, macros: Mapping[str, str], seen: dict[str, int],
                cache: CompiledCache, idiom: bool, frame: bool = False) -> LexiconEntry:
    what = "an idiom" if idiom else "a context entry" if frame else "a pattern"
    required = ("id", "note", "pattern", "examples") if idiom else \
        ("id", "frame", "note", "pattern", "examples") if frame else \
        ("id", "kind", "note", "pattern", "examples")
    r.entry = None
    fields = r.mapping(node, what, required=required,
                       optional=("not",) if idiom or frame
                       else ("not", "weak", "fear_of_self", "marks", "end_of_life", "sentence",
                             "own"))
    entry_id = r.ident(fields["id"], "id")
    r.entry = entry_id
    line = node.start_mark.line + 1
    if entry_id in seen:
        raise r.fail(fields["id"], f"id {entry_id!r} is used twice (first on line "
                                   f"{seen[entry_id]})")
    seen[entry_id] = line
    kind: CrisisKind | None = None
    frame_name = ""
    if frame:
        frame_name = r.text(fields["frame"], "frame")
        if frame_name not in FRAMES:
            raise r.fail(fields["frame"], f"frame must be one of {', '.join(FRAMES)}")
    elif not idiom:
        kind_name = r.text(fields["kind"], "kind")
        if kind_name not in KINDS:
            raise r.fail(fields["kind"], f"kind must be one of {', '.join(KINDS)}")
        kind = None if kind_name == GENERIC else CrisisKind(kind_name)
    source = r.text(fields["pattern"], "pattern")
    try:
        expanded = expand_macros(source, macros)
        parts = alternatives(expanded) if frame else []
        # A frame of several alternatives keeps only those (it is only asked whether
        # it matches); one alternative is the whole pattern, kept once.
        compiled: LexPattern | None = None
        if len(parts) > 1:
            branches = tuple(compile_pattern(f"{_BOUNDARY_LEFT}(?:{part}){_BOUNDARY_RIGHT}",
                                             cache) for part in parts)
        else:
            whole = compile_pattern(f"{_BOUNDARY_LEFT}(?:{expanded}){_BOUNDARY_RIGHT}", cache)
            compiled, branches = whole, ((whole,) if frame else ())
    except KeyError as exc:
        raise r.fail(fields["pattern"], f"the pattern uses an unknown macro "
                                        f"{{{exc.args[0]}}}") from None
    except re.error as exc:
        raise r.fail(fields["pattern"],
                     f"the pattern is not a valid regular expression ({exc})") from None
    examples = tuple(r.text(n, "an example")
                     for n in r.sequence(fields["examples"], "examples", allow_empty=True))
    not_examples = (tuple(r.text(n, "a not example")
                          for n in r.sequence(fields["not"], "not", allow_empty=True))
                    if "not" in fields else ())
    weak, fear_of_self, marks, end_of_life, own = (
        _flag(r, fields, key) for key in ("weak", "fear_of_self", "marks", "end_of_life",
                                          "own"))
    for key, flag in (("fear_of_self", fear_of_self), ("marks", marks),
                      ("end_of_life", end_of_life), ("own", own)):
        if flag and kind is not CrisisKind.SELF:
            raise r.fail(fields[key], f"{key} is for kind self only")
    if end_of_life and not weak:
        raise r.fail(fields["end_of_life"], "end_of_life is for weak entries only")
    sentence = _flag(r, fields, "sentence")
    if sentence and not re.search(r"(?<!\[)\^|\$", source):
        raise r.fail(fields["sentence"], "sentence is for patterns with ^ or $ only")
    return LexiconEntry(id=entry_id, kind=kind,
                        note=r.text(fields["note"], "note", max_chars=200),
                        source=source, compiled=compiled, examples=examples,
                        not_examples=not_examples, line=line, frame=frame_name, weak=weak,
                        branches=branches, fear_of_self=fear_of_self, marks=marks,
                        end_of_life=end_of_life, sentence=sentence, own=own)


def _flag(r: YamlReader, fields: Mapping[str, Node], key: str) -> bool:
    """An entry's optional true/false field (absent: false)."""
    if key not in fields:
        return False
    if fields[key].value not in ("true", "false"):
        raise r.fail(fields[key], f"{key} must be true or false")
    return bool(fields[key].value == "true")
