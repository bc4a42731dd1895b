"""Checks on the crisis lexicon, for ``check`` and the tests.

:func:`check_examples` reads every entry's ``examples`` and ``not`` examples through the
detector's own preparation (so an example is read exactly as a person's message would
be) and reports each one its pattern does not match, or matches when it must not.
:func:`unexercised` lists the patterns that no labelled message in ``tests/data``
matches: candidates for more labelled examples, never for quiet deletion.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from bot.core.crisis.detector import CrisisDetector
from bot.core.crisis.lexicon import LexiconEntry

__all__ = ["check_examples", "labelled_texts", "unexercised"]


def _prepared_without_idioms(detector: CrisisDetector, text: str) -> str:
    return " ".join(detector.sentences(text, blank_idioms=False))


def check_examples(detector: CrisisDetector) -> list[str]:
    """One line per example its entry reads wrongly (empty when every example holds)."""
    problems = []
    lexicon = detector.lexicon
    for entry in (*lexicon.entries, *lexicon.frames):
        for text in entry.examples:
            if not _matches(detector, entry, text):
                problems.append(_where(lexicon.path, entry, f"does not match its example "
                                                           f"{text!r}"))
        for text in entry.not_examples:
            if _matches(detector, entry, text):
                problems.append(_where(lexicon.path, entry, f"matches {text!r}, listed "
                                                           "under not"))
    for idiom in lexicon.safe:
        for text in idiom.examples:
            if not idiom.search(_prepared_without_idioms(detector, text)):
                problems.append(_where(lexicon.path, idiom, f"does not match its example "
                                                           f"{text!r}"))
        for text in idiom.not_examples:
            if idiom.search(_prepared_without_idioms(detector, text)):
                problems.append(_where(lexicon.path, idiom, f"matches {text!r}, listed "
                                                           "under not"))
    return problems


def _matches(detector: CrisisDetector, entry: LexiconEntry, text: str) -> bool:
    """Whether ``entry`` matches ``text`` as the detector runs it: on the sentences
    joined, and on each alone for an entry whose anchors are a sentence's."""
    if entry.search(detector.prepare(text)):
        return True
    return entry.sentence and any(entry.search(s) for s in detector.sentences(text))


def labelled_texts(paths: Iterable[Path]) -> list[str]:
    """Every risk message (``"crisis": true``) in the labelled files."""
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item.get("crisis") is True:
                    texts.append(item["text"])
    return texts


def unexercised(detector: CrisisDetector, texts: Iterable[str]) -> list[LexiconEntry]:
    """The lexicon's patterns that none of ``texts`` matches."""
    texts = list(texts)
    prepared = [detector.prepare(text) for text in texts]
    return [entry for entry in detector.lexicon.entries
            if not any(entry.search(p) for p in prepared)
            and not (entry.sentence and any(_matches(detector, entry, t) for t in texts))]


def _where(path: Path, entry: LexiconEntry, message: str) -> str:
    return f"{path}:{entry.line} ({entry.id}): {message}"
