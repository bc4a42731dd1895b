"""Phrasings so alike across answers that they could confuse the matcher, and phrasings
small talk takes from their answer (for ``check``).

Every phrasing is compared with every other in one ``rapidfuzz.process.cdist`` call (a
matrix computed in C, on all cores), instead of one search per phrasing.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from bot.core.assistant import Assistant
from bot.core.content import Content
from bot.core.normalise import normalise
from bot.core.reply import ReplyKind

__all__ = ["CONFUSABLE_SCORE", "Pair", "confusable_pairs", "taken_by_smalltalk"]

CONFUSABLE_SCORE = 88.0


class Pair(NamedTuple):
    """Two phrasings of different answers, and how alike they are (0 to 100)."""

    score: float
    answer_a: str
    question_a: str
    answer_b: str
    question_b: str


def confusable_pairs(content: Content, threshold: float = CONFUSABLE_SCORE,
                     within_topic: bool = True) -> list[Pair]:
    """Phrasing pairs of different answers alike enough to confuse the matcher.

    Pairs across topics always count; pairs between answers of the same topic (an
    overview and a specific answer, or two specific answers) count when
    ``within_topic``. Most alike first.
    """
    entries = [(answer.id, answer.topic, question)
               for answer in content.answers for question in answer.questions]
    texts = [normalise(question) for _, _, question in entries]
    if not texts:
        return []
    scores = cdist(texts, texts, scorer=fuzz.token_sort_ratio, score_cutoff=threshold,
                   dtype=np.uint8, workers=-1)
    pairs = []
    for i, j in zip(*np.nonzero(np.triu(scores, k=1)), strict=True):
        (answer_a, topic_a, question_a), (answer_b, topic_b, question_b) = \
            entries[i], entries[j]
        if answer_a == answer_b or (topic_a == topic_b and not within_topic):
            continue
        pairs.append(Pair(float(scores[i, j]), answer_a, question_a, answer_b, question_b))
    pairs.sort(reverse=True)
    return pairs


def taken_by_smalltalk(assistant: Assistant) -> list[tuple[str, str]]:
    """Answers' own phrasings that get a small-talk reply instead of their answer, as
    ``(answer id, phrasing)``: a small-talk phrase or rule too greedy for them."""
    return [(answer.id, question)
            for answer in assistant.content.answers for question in answer.questions
            if assistant.reply(question).kind is ReplyKind.SMALLTALK]
