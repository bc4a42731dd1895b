"""Recall-first detection of messages that show a risk of harm.

Runs on every message before anything else. The lexicon (regular expressions over
normalised text, grouped by whose safety is at stake) lives in faq.yaml's ``crisis``
section so curators can extend it; this module compiles it once and applies it.

How a message is read:

1. Each sentence is prepared on its own, then the sentences are joined again for the
   patterns. ``deobfuscate`` then ``normalise``: "K!LL MYSELFFF", "su1c1de" and
   "k m s" become ordinary words; "i'm" becomes "i am", "dont" becomes "do not".
2. Misspellings of a short list of risk words ("sucidal", "overdoes", "paracetemol")
   are mended by edit distance, but only for words the assistant does not already know
   as ordinary vocabulary, so "willing" never turns into "killing".
3. Harmless idioms ("dying to know", "dog grooming") are blanked out.
4. Each kind's patterns are tried (only those whose required words occur: see
   :mod:`bot.patternset`); every kind that matches is reported, the most
   urgent first (the person's own safety, then abuse, then harm to others, then worry
   about someone else). Bare risk words ("suicidal", "overdose": the ``generic``
   patterns) count as the writer's own risk unless the message is about someone else.

5. If no pattern matched, the learned model (:mod:`bot.riskmodel`) scores the same
   prepared text, then each sentence of a longer message at a stricter threshold; at
   or above it, it escalates with the kind it finds most likely. It can only add
   escalations, never take one away.

Fuzzy string scores are not used as a detector on their own: they rate "skill myself"
as close to "kill myself" as the real thing (see ../shared/field-notes.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from bot.core.crisis.lexicon import Lexicon, LexiconEntry, expand_macros
from bot.core.crisis.patternset import PatternSet
from bot.core.crisis.riskmodel import RiskModel
from bot.core.normalise import deobfuscate, normalise
from bot.core.reply import CrisisKind

__all__ = ["CrisisDetector", "Detection"]

# Priority when several kinds match: the writer's own life first.
_PRIORITY: tuple[CrisisKind, ...] = (
    CrisisKind.SELF, CrisisKind.ABUSE, CrisisKind.HARM_TO_OTHERS, CrisisKind.OTHER_PERSON)

_TRAILING_DOUBLE = re.compile(r"([a-z])\1+$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
MAX_SENTENCES = 40
"""The model scores at most this many sentences one by one (the lexicon reads all)."""


@dataclass(frozen=True, slots=True)
class Detection:
    """The detector's verdict on one message."""

    kinds: tuple[CrisisKind, ...] = ()
    """Every kind of risk found, most urgent first; empty when none."""
    rest: str = ""
    """The normalised message with the risky words taken out, for matching the
    question that may come with them ("will my GP be told?")."""

    @property
    def is_crisis(self) -> bool:
        return bool(self.kinds)

    @property
    def primary(self) -> CrisisKind | None:
        return self.kinds[0] if self.kinds else None


class CrisisDetector:
    """Compiled risk lexicon. Build once at load; ``detect`` is pure and thread-safe."""

    def __init__(self, lexicon: Lexicon, known_words: Iterable[str] = (),
                 model: RiskModel | None = None) -> None:
        self.model = model
        self.lexicon = lexicon
        # Compiled once by the loader, which also names any broken pattern's line.
        self._patterns: PatternSet[LexiconEntry] = PatternSet(
            [(entry, entry.compiled) for entry in lexicon.entries])
        """Every entry's pattern, labelled with the entry (``kind`` None: generic)."""
        self._safe = lexicon.safe_compiled
        self._fuzzy_words = tuple(lexicon.fuzzy_words)
        fuzzy = frozenset(self._fuzzy_words)
        self._fuzzy_set = fuzzy
        # Every word the lexicon spells out, so "diee" can be read as "die".
        patterns = [expand_macros(e.source, lexicon.macros)
                    for e in (*lexicon.entries, *lexicon.safe)]
        self._lexicon_words = frozenset(
            w for p in patterns for w in re.findall(r"[a-z]{3,}", p)) | fuzzy
        # Ordinary words must never be "mended" into risk words.
        self.known: frozenset[str] = (
            frozenset(w for w in known_words if w not in fuzzy) | self._lexicon_words)
        """The words read as ordinary vocabulary: never mended, and the risk model's
        letter n-grams skip them."""
        self._mend = lru_cache(maxsize=8192)(self._mend_uncached)

    def read(self, text: str) -> Detection:
        """Prepare ``text`` and detect: :meth:`detect` for a message read only here."""
        return self.detect(self.sentences(text))

    def detect(self, sentences: Sequence[str]) -> Detection:
        """Every kind of risk the prepared ``sentences`` show (see :meth:`sentences`);
        an empty :class:`Detection` if none."""
        prepared = " ".join(sentences)
        hits = self._patterns.hits(prepared)
        if not hits:
            # Nothing the lexicon knows: the learned model may still recognise it.
            kind = self._model_kind(prepared, sentences)
            if kind is None:
                return Detection()
            return Detection((kind,), prepared)
        found = {hit.label.kind for hit in hits}
        # A bare risk word ("suicidal", "overdose": label None) is about the writer
        # unless the message is about someone else.
        if None in found and CrisisKind.OTHER_PERSON not in found:
            found.add(CrisisKind.SELF)
        rest = list(prepared)
        for hit in hits:
            rest[hit.start:hit.end] = " " * (hit.end - hit.start)
        return Detection(tuple(kind for kind in _PRIORITY if kind in found),
                         " ".join("".join(rest).split()))

    def _model_kind(self, prepared: str, sentences: Sequence[str]) -> CrisisKind | None:
        """The model's verdict on the whole message, then on each of its sentences.

        A long message can bury one risky sentence among questions about the service
        ("...I've booked a single night there. Can I get an urgent appointment?"), and
        the service words pull the whole message's score down. A sentence alone is
        short, and short texts score high easily, so it must reach the model's stricter
        ``sentence_threshold``.
        """
        model = self.model
        if model is None:
            return None
        kind = model.flags(prepared, self.known)
        if kind is not None or len(sentences) < 2:
            return kind
        for sentence in sentences[:MAX_SENTENCES]:
            result = model.score(sentence, self.known)
            if result.risk >= model.sentence_threshold:
                return result.kind
        return None

    def prepare(self, text: str) -> str:
        """The form the patterns and the model run on: each sentence prepared, joined."""
        return " ".join(self.sentences(text))

    def sentences(self, text: str, blank_idioms: bool = True) -> list[str]:
        """Each sentence of ``text`` normalised, mended, idioms blanked out (none empty)."""
        prepared = (self._prepare_one(s, blank_idioms)
                    for s in _SENTENCE_END.split(text) if s.strip())
        return [s for s in prepared if s]

    def _prepare_one(self, text: str, blank_idioms: bool = True) -> str:
        words = [self._mend(word) for word in normalise(deobfuscate(text)).split()]
        mended = " ".join(self._join_split_words(words))
        return self._safe.sub(" ~ ", mended) if blank_idioms else mended

    def _join_split_words(self, words: list[str]) -> list[str]:
        """Join a risk word typed in two pieces ("sui cide", "over dose")."""
        known = self.known
        if all(word in known for word in words):
            return words  # the usual case: nothing to join
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words):
                first, second = words[i], words[i + 1]
                if ((first not in known or second not in known)
                        and 6 <= len(first) + len(second) <= 14):
                    joined = self._mend(first + second)
                    if joined in self._fuzzy_set:
                        out.append(joined)
                        i += 2
                        continue
            out.append(words[i])
            i += 1
        return out

    def _mend_uncached(self, word: str) -> str:
        if word in self.known or not word.isalpha():
            return word
        squeezed = _TRAILING_DOUBLE.sub(r"\1", word)  # "diee" -> "die", "deadd" -> "dead"
        if squeezed != word and squeezed in self._lexicon_words:
            return squeezed
        if len(word) < 5:
            return word
        limit = 1 if len(word) < 8 else 2
        best = extractOne(word, self._fuzzy_words, scorer=OSA.distance,
                          score_cutoff=limit)
        return best[0] if best is not None else word
