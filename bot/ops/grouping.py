"""Shared questions grouped by similarity, for curators writing new answers.

Two questions are alike when their similarity is at least ``similarity``; a group is
every question linked to another by such a pair. Similarity is read on the words that
carry meaning (normalised, stopwords out): the mean of rapidfuzz's ``token_sort_ratio``
(same words, any order) and ``token_set_ratio`` (one wording inside the other), 0 to
100, every pair at once with ``cdist``. Within a group the most asked come first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from bot.core.normalise import content_tokens
from bot.ops.store import Shared

__all__ = ["DEFAULT_SIMILARITY", "Group", "group_questions"]

DEFAULT_SIMILARITY = 70.0


@dataclass(frozen=True, slots=True)
class Group:
    """Questions alike enough to be one gap in the content."""

    questions: tuple[Shared, ...]
    """Most asked first."""

    @property
    def count(self) -> int:
        """How many times these questions were shared."""
        return sum(q.count for q in self.questions)

    @property
    def first(self) -> dt.date:
        return min(q.day for q in self.questions)

    @property
    def last(self) -> dt.date:
        return max(q.day for q in self.questions)

    def wordings(self) -> list[tuple[str, int]]:
        """Each distinct text with how many times it was shared, most shared first."""
        counts: dict[str, int] = {}
        for q in self.questions:
            counts[q.text] = counts.get(q.text, 0) + q.count
        return sorted(counts.items(), key=lambda item: -item[1])


def group_questions(questions: Iterable[Shared],
                    similarity: float = DEFAULT_SIMILARITY) -> list[Group]:
    """``questions`` in groups, the most shared group first."""
    items = sorted(questions, key=lambda q: (-q.count, q.day, q.text))
    keys = [" ".join(content_tokens(q.text)) or q.text.casefold() for q in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if items:
        scores = (cdist(keys, keys, scorer=fuzz.token_sort_ratio, workers=-1)
                  + cdist(keys, keys, scorer=fuzz.token_set_ratio, workers=-1)) / 2
        for i, j in zip(*(scores >= similarity).nonzero(), strict=True):
            if i < j:
                parent[root(int(j))] = root(int(i))
    members: dict[int, list[Shared]] = {}
    for index, q in enumerate(items):
        members.setdefault(root(index), []).append(q)
    groups = [Group(tuple(m)) for m in members.values()]
    return sorted(groups, key=lambda g: (-g.count, -g.last.toordinal()))
