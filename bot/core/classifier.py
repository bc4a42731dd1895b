"""Which answer a message asks for, read from every curated phrasing at once.

A multinomial Naive Bayes model over word stems and pairs of neighbouring stems. It
is built at load from the phrasings in faq.yaml (counts, no training step and no file
to keep in step with the content), so a curator's new phrasing counts the moment the
assistant starts. It complements :mod:`bot.core.matcher`: the matcher scores how much
of a message one answer's words explain (and so knows when a message is about
something else); this model weighs every answer against every other, which is what
tells apart answers that share most of their words ("will my GP be told" and "will my
employer be told").

Scoring touches only the answers that share a feature with the message:

    log P(answer | features) = log prior - n * log(N + alpha * V)
                               + sum over features f the answer has seen: log(1 + N_f / alpha)
                               + a term the same for every answer

where ``N_f`` counts the answer's phrasings with ``f``, ``N`` all its feature counts,
``V`` the number of features, ``n`` the message's known features.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from sys import intern

from bot.core.spans import bounds, pack

__all__ = ["AnswerModel", "Reading", "features"]

_FEW_WORDS = 2
"""A message of this many meaningful words or fewer says too little to prefer a
specific answer over its topic's overview on the fine reading alone."""
_LEAN = 0.5
"""How far the choice within a topic leans on the smoothed reading (chosen on the
specific sets' answer labels: 92.3% fine alone, 92.6% with this lean)."""


def features(stems: Sequence[str]) -> set[str]:
    """The model's features for stemmed words: each stem, and each pair of neighbours."""
    found = set(stems)
    found.update(f"{a} {b}" for a, b in itertools.pairwise(stems))
    return found


@dataclass(frozen=True, slots=True)
class Reading:
    """The model's reading of one message."""

    probabilities: Mapping[str, float]
    """Each answer's probability (smoothed for telling topics apart), summing to 1."""
    fine: Mapping[str, float]
    """Each answer's log score with light smoothing and equal priors, for choosing
    between the answers of one topic (higher is better; only differences matter)."""
    known: int
    """How many of the message's features the model has seen."""
    words: int = 0
    """How many stems the message has."""

    def best(self, among: Sequence[str]) -> str | None:
        """The answer among ``among`` that fits best: the fine reading, leaning towards
        the answers the smoothed reading also favours. Light smoothing alone favours a
        short specific answer that shares a message's few words ("can i self refer" is
        not "i self referred and heard nothing"); a message of one or two words says too
        little to choose a specific answer over the topic's overview on those terms, so
        the smoothed reading (with each answer's prior) decides."""
        scored = [a for a in among if a in self.fine]
        if not scored:
            return None
        probabilities = self.probabilities
        if self.words <= _FEW_WORDS:
            return max(scored, key=lambda a: probabilities.get(a, 0.0))
        return max(scored, key=lambda a: self.fine[a] + _LEAN * math.log(
            probabilities.get(a, 0.0) + 1e-12))


class AnswerModel:
    """Counts of features by answer, with two smoothings; :meth:`read` is pure."""

    def __init__(self, phrasings: Mapping[str, Sequence[Sequence[str]]],
                 coarse: float = 0.05, fine: float = 0.01, temperature: float = 0.5) -> None:
        """``phrasings``: for each answer id, its phrasings as lists of stems."""
        self.ids = tuple(phrasings)
        counts: dict[str, Counter[str]] = {}
        for answer_id, items in phrasings.items():
            counter: Counter[str] = Counter()
            for stems in items:
                counter.update(features(stems))
            counts[answer_id] = counter
        vocabulary = {f for counter in counts.values() for f in counter}
        size = len(vocabulary)
        total = sum(len(items) for items in phrasings.values()) or 1
        self._temperature = temperature
        # Lists in the order of ``ids`` and postings by position: a reading adds up a
        # few hundred floats, and list arithmetic is several times faster than dicts.
        self._prior = [math.log(max(len(phrasings[a]), 1) / total) for a in self.ids]
        self._norm_coarse = [math.log(sum(counts[a].values()) + coarse * size) for a in self.ids]
        self._norm_fine = [math.log(sum(counts[a].values()) + fine * size) for a in self.ids]
        position = {a: i for i, a in enumerate(self.ids)}
        postings: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
        for answer_id, counter in counts.items():
            for feature, n in counter.items():
                postings[feature].append((position[answer_id], math.log1p(n / coarse),
                                          math.log1p(n / fine)))
        # Flat, as the matcher keeps its postings (see bot.core.spans): each feature's
        # run of answers side by side in three arrays.
        span: dict[str, int] = {}
        at, weights_coarse, weights_fine = array("H"), array("d"), array("d")
        for feature, run in postings.items():
            span[intern(feature)] = pack(len(at), len(run))
            for index, weight_coarse, weight_fine in run:
                at.append(index)
                weights_coarse.append(weight_coarse)
                weights_fine.append(weight_fine)
        self._span = span
        self._at = at
        self._coarse = weights_coarse
        self._fine = weights_fine

    @property
    def vocabulary_size(self) -> int:
        return len(self._span)

    def read(self, stems: Sequence[str]) -> Reading | None:
        """The model's reading of a message's stems; ``None`` if it knows none of them."""
        span = self._span
        found = [code for code in (span.get(f) for f in features(stems)) if code is not None]
        if not found:
            return None
        n = len(found)
        coarse = [p - n * c for p, c in zip(self._prior, self._norm_coarse, strict=True)]
        fine = [-n * c for c in self._norm_fine]
        at, weights_coarse, weights_fine = self._at, self._coarse, self._fine
        for code in found:
            start, end = bounds(code)
            for index, weight_coarse, weight_fine in zip(
                    at[start:end], weights_coarse[start:end], weights_fine[start:end],
                    strict=True):
                coarse[index] += weight_coarse
                fine[index] += weight_fine
        # Per feature and at a temperature: the raw posterior of a Naive Bayes model
        # is far too sure of itself, and more so the longer the message.
        scale = 1.0 / (n * self._temperature)
        top = max(coarse)
        exps = [math.exp((s - top) * scale) for s in coarse]
        total = sum(exps)
        ids = self.ids
        return Reading(probabilities=dict(zip(ids, [e / total for e in exps], strict=True)),
                       fine=dict(zip(ids, fine, strict=True)),
                       known=n, words=len(stems))
