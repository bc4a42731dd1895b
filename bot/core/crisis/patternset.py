"""Many regular expressions searched at once, fast, with Python's own semantics.

The crisis lexicon is a few hundred regular expressions, and every message is checked
against all of them. Tried one after another (or as one big alternation), Python's
``re`` walks every pattern at every word of the message, which was most of the cost of
a reply to a long message. Yet nearly every pattern needs some literal text to be
present ("myself", "overdos", "bridge"), and a message holds the literals of very few.

So, at load, each pattern's *required literals* are read off Python's own parse of it
(:func:`required_literals`): a set of strings at least one of which occurs in every
text the pattern matches. One Aho-Corasick automaton (``pyahocorasick``) over all of
them finds, in a single pass over a message, which literals occur, and so which few
patterns could match. Only those are run, with Python's ``re``: what matches is
exactly what Python's ``re`` would match. A pattern with no literal to require is run
on every message.

``tests/test_patternset.py`` checks the filtered search against running every pattern,
over every labelled message and over generated text.

Parsing and compiling a few hundred large patterns was half of every start (about half
a second). :class:`CompiledCache` keeps what the parse produces (Python's compiled code
for each pattern, and its required literals) in a small file between starts, keyed by
the pattern's own text and this Python's regular-expression engine: a pattern found
there is rebuilt in microseconds, a changed or new one is compiled as before, and any
doubt about the file (another Python, a damaged file) means compiling everything.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import ahocorasick

from bot.core.buildcache import cache_folder
from bot.core.normalise import STOPWORDS

try:  # Python's own regular expression parser, its opcodes and its code generator
    import _sre  # type: ignore[import-not-found]
    import re._compiler as _compiler  # type: ignore[import-not-found]
    import re._constants as sre  # type: ignore[import-not-found]
    import re._parser as _parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - a Python without them: every pattern always runs
    sre = _parser = _compiler = _sre = None

__all__ = ["CompiledCache", "Hit", "LexPattern", "PatternSet", "alternatives", "compile_pattern",
           "required_literals"]

Label = TypeVar("Label")

MIN_LITERAL = 3
"""Literals shorter than this are kept only when a pattern has nothing better."""


@dataclass(frozen=True, slots=True)
class Hit(Generic[Label]):
    """One match of one pattern: the pattern's label and where it matched."""

    label: Label
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LexPattern:
    """One compiled pattern and the literals every match of it contains."""

    source: str
    regex: re.Pattern[str]
    literals: frozenset[str] | None
    """See :func:`required_literals`; ``None``: the pattern runs on every text."""


_CACHE_FORMAT = 1
_Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...],
                  tuple[str, ...] | None]
"""flags, code (32-bit words), groups, group index, index group, required literals."""


class CompiledCache:
    """Compiled patterns kept between starts (see the module's notes).

    Holds nothing about anyone: only the lexicon's own patterns, compiled. ``path``
    ``None``: nothing is read or written, every pattern is compiled.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, _Compiled] = {}
        self._used: set[str] = set()
        self._added = 0
        self._unsaved = False
        if path is not None and _sre is not None:
            self._read(path)

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None) -> CompiledCache:
        """The cache in :func:`bot.core.buildcache.cache_folder` (none when ``off``)."""
        folder = cache_folder(environ)
        if folder is None or _sre is None or array("I").itemsize != _sre.CODESIZE:
            return cls(None)
        tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
        return cls(folder / f"patterns-{tag}.marshal")

    @staticmethod
    def _header() -> tuple[int, str, str, int, int, str]:
        return (_CACHE_FORMAT, str(sys.implementation.cache_tag), sys.version.split()[0],
                int(getattr(_sre, "MAGIC", 0)), int(getattr(_sre, "CODESIZE", 0)),
                sys.byteorder)

    def _read(self, path: Path) -> None:
        try:
            with path.open("rb") as kept:  # read as it goes: no second copy in memory
                header, entries = marshal.load(kept)
        except (OSError, EOFError, ValueError, TypeError):
            return  # absent or unreadable: compile everything, write a new one
        if header == self._header() and isinstance(entries, dict):
            self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def added(self) -> int:
        """Patterns compiled afresh since this cache was read."""
        return self._added

    def get(self, source: str) -> LexPattern | None:
        """The pattern rebuilt from its kept code, or ``None`` (compile it)."""
        entry = self._entries.get(source)
        if entry is None or _sre is None:
            return None
        try:
            flags, packed, groups, groupindex, indexgroup, literals = entry
            code = array("I")
            code.frombytes(packed)
            regex = _sre.compile(source, flags, code.tolist(), groups, groupindex,
                                 indexgroup)
        except (ValueError, TypeError, RuntimeError, OverflowError):
            del self._entries[source]  # damaged: compiled afresh and kept again
            return None
        self._used.add(source)
        return LexPattern(source, regex,
                          frozenset(literals) if literals is not None else None)

    def put(self, source: str, entry: _Compiled) -> None:
        self._entries[source] = entry
        self._used.add(source)
        self._added += 1
        self._unsaved = True

    def save(self) -> None:
        """Write the patterns used since reading, if any were new (best effort: a
        read-only disk only means compiling at the next start too)."""
        if self.path is None or not self._unsaved:
            return
        kept = {source: self._entries[source] for source in self._used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(marshal.dumps((self._header(), kept)))
            partial.replace(self.path)
        except OSError:
            return
        self._unsaved = False


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source: ``"a|b(?:c|d)|[|]"`` gives
    ``["a", "b(?:c|d)", "[|]"]``. Bars inside groups, character classes or escapes do
    not split.

    A text has a match of ``a|b|c`` exactly when it has a match of one of ``a``, ``b``
    or ``c``, and each alternative alone usually requires far rarer literals than the
    whole (whose requirement is the union of theirs), so a :class:`PatternSet` that only
    asks *whether* a pattern matches skips most of them (see :meth:`PatternSet.labels`).
    """
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(source)
    while i < n:
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: "]" first (or after "^") is a literal bracket
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def compile_pattern(source: str, cache: CompiledCache | None = None) -> LexPattern:
    """Compile ``source`` and read its required literals off the same parse.

    Parsing is most of the cost of compiling a regular expression, and a lexicon of
    hundreds of them is compiled at every start: one parse, not two, and none at all
    for a pattern ``cache`` already holds. Raises :class:`re.error` for a broken
    pattern, as :func:`re.compile` does.
    """
    if _parser is None or _compiler is None or _sre is None:  # pragma: no cover
        return LexPattern(source, re.compile(source), None)
    if cache is not None:
        found = cache.get(source)
        if found is not None:
            return found
    tree = _parser.parse(source)
    literals = _literals_of(tree)
    # What re._compiler.compile does, keeping the code it hands to the engine.
    code = [int(op) for op in _compiler._code(tree, 0)]
    state = tree.state
    groupindex = dict(state.groupdict)
    indexgroup: list[str | None] = [None] * state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    regex = _sre.compile(source, int(state.flags), code, state.groups - 1, groupindex,
                         tuple(indexgroup))
    if cache is None or cache.path is None:
        return LexPattern(source, regex, literals)
    cache.put(source, (int(state.flags), array("I", code).tobytes(), state.groups - 1,
                       groupindex, tuple(indexgroup),
                       tuple(sorted(literals)) if literals is not None else None))
    return LexPattern(source, regex, literals)


def required_literals(pattern: str | re.Pattern[str]) -> frozenset[str] | None:
    """Strings at least one of which occurs in every match of ``pattern``.

    ``None`` when there is no such set worth using (the pattern must always be run).

    >>> sorted(required_literals(r"(?<![a-z])(?:kill|end) (?:my ?self|me)(?! off)"))
    ['end', 'kill']
    >>> sorted(required_literals(r"overdos\\w*|took (?:all|loads)"))
    ['overdos', 'took ']
    """
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    if _parser is None:  # pragma: no cover
        return None
    try:
        parsed = _parser.parse(source)
    except (re.error, RecursionError):
        return None
    return _literals_of(parsed)


def _literals_of(parsed: Any) -> frozenset[str] | None:
    if parsed.state.flags & re.IGNORECASE:
        return None  # literals are compared exactly
    found = _required(parsed.data)
    if not found or min(map(len, found)) < 2:
        return None  # one letter occurs in nearly every message: run it always
    return found


def _quality(literals: frozenset[str]) -> tuple[bool, int, int]:
    """Which requirement filters better: no literal made only of everyday words
    (" and ", " to the "), then a longer shortest literal, then fewer literals."""
    rare = all(any(len(word) >= MIN_LITERAL and word not in STOPWORDS
                   for word in literal.split()) for literal in literals)
    return (rare, min(MIN_LITERAL + 2, min(map(len, literals))), -len(literals))


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best requirement a sequence of parsed items offers (``None``: none)."""
    best: frozenset[str] | None = None
    best_quality = (False, 0, 0)
    run: list[str] = []

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best, best_quality
        if candidate:
            quality = _quality(candidate)
            if best is None or quality > best_quality:
                best, best_quality = candidate, quality

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(("".join(run),)))
            run = []
        if op is sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # (?i:...) would need case-folded literals
                consider(_required(av[-1].data))
        elif op is sre.ATOMIC_GROUP:
            consider(_required(av.data))
        elif op is sre.BRANCH:
            branches = [_required(branch.data) for branch in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(av[2].data))
        # Anything else (classes, any character, anchors, lookarounds, repeats that
        # may match nothing) requires no literal, and ends the literal run.
    if run:
        consider(frozenset(("".join(run),)))
    return best


class PatternSet(Generic[Label]):
    """Labelled, compiled patterns; :meth:`hits` finds every match of every pattern.

    Built once at load; :meth:`hits` is pure and safe to share between threads.
    """

    def __init__(self, patterns: Sequence[tuple[Label, LexPattern]]) -> None:
        self._patterns = tuple((label, pattern.regex) for label, pattern in patterns)
        by_literal: dict[str, list[int]] = defaultdict(list)
        always: list[int] = []
        for index, (_, pattern) in enumerate(patterns):
            if pattern.literals is None:
                always.append(index)
                continue
            for literal in pattern.literals:
                by_literal[literal].append(index)
        self._always = frozenset(always)
        self._automaton = ahocorasick.Automaton()
        for literal, indices in by_literal.items():
            self._automaton.add_word(literal, tuple(indices))
        if by_literal:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._patterns)

    @property
    def unfiltered(self) -> int:
        """How many patterns have no required literal and run on every text."""
        return len(self._always)

    def candidates(self, text: str) -> list[int]:
        """Indices of the patterns that could match ``text``, in order."""
        found = set(self._always)
        if self._automaton.kind == ahocorasick.AHOCORASICK:
            for _, indices in self._automaton.iter(text):
                found.update(indices)
        return sorted(found)

    def hits(self, text: str) -> list[Hit[Label]]:
        """Every non-overlapping match of every pattern in ``text``."""
        out: list[Hit[Label]] = []
        for index in self.candidates(text):
            label, compiled = self._patterns[index]
            out += [Hit(label, m.start(), m.end()) for m in compiled.finditer(text)]
        return out

    def labels(self, text: str) -> set[Label]:
        """The labels of the patterns that match somewhere in ``text``: the same as the
        labels of :meth:`hits`, found with one search per label at most."""
        found: set[Label] = set()
        for index in self.candidates(text):
            label, compiled = self._patterns[index]
            if label not in found and compiled.search(text) is not None:
                found.add(label)
        return found

    def search_all(self, text: str) -> list[Hit[Label]]:
        """The same as :meth:`hits`, without the filter: every pattern is run (for tests)."""
        out: list[Hit[Label]] = []
        for label, compiled in self._patterns:
            out += [Hit(label, m.start(), m.end()) for m in compiled.finditer(text)]
        return out
