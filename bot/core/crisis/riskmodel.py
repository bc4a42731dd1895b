"""A small learned classifier that backs up the risk lexicon.

The lexicon in faq.yaml catches the ways of saying it that curators have written down;
people find thousands more ("the only thing stopping me is my dog", "sat in the bath
with a razor"). This model reads the same prepared text as the lexicon and scores it
from word stems, stem pairs and letter n-grams, so phrasings it was never shown still
score on the words they share with risk messages from many different writers.

It is a multinomial logistic regression over five classes (``none`` and the four
:class:`~bot.reply.CrisisKind` values), trained by ``scripts/train_risk_model.py`` on
the labelled sets in ``tests/data`` and every question in faq.yaml (as non-risk; see
:mod:`bot.tools.training`). The
weights are plain JSON (``bot/data/risk_model.json``); reading them needs nothing but
the standard library, so the core stays light and the model can be reviewed and diffed.

Which words it reads whole, and which by their letters, is its own: the words in at
least a few of its training texts, kept in the file (:class:`Vocabulary`). It used to
be faq.yaml's and the lexicon's words, so removing one phrasing from faq.yaml changed
the features of every training message that used its rarer words, and the model's
check-ins on the statements it is trained on swung from 19 to 41 in one retraining.

The model can only add escalations: the detector escalates if the lexicon *or* the
model says so. Its threshold is set low on purpose (recall first) and recorded in the
file with the figures it was chosen on.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import math
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.core.files import DATA_DIR
from bot.core.matcher import stem
from bot.core.reply import CrisisKind
from bot.core.yamlread import ContentError

__all__ = ["CLASSES", "MODEL_PATH", "ModelError", "RiskModel", "RiskScore", "Vocabulary",
           "feature_key", "features"]

MODEL_PATH = DATA_DIR / "risk_model.json"
CLASSES: tuple[str, ...] = ("none", *(kind.value for kind in CrisisKind))
_NGRAM = (3, 4, 5)
SENTENCE_THRESHOLD = 0.95
"""Stricter than the whole-message threshold: short texts score high easily. Chosen on
crisis_h (which it lifted from 95.9% to 98.2% recall) and the matching sets (no new
false alarms on their ordinary questions)."""
MAX_WORDS = 200
"""Only this many words are featurised; the lexicon still reads the whole message."""


class ModelError(ContentError):
    """The model file is missing, unreadable or not for this code (a kind of
    :class:`~bot.content.ContentError`, so every caller that refuses broken content
    refuses a broken model the same way)."""


@dataclass(frozen=True, slots=True)
class RiskScore:
    """The model's reading of one message."""

    risk: float
    """Probability that the message shows a risk of harm (1 - P(none))."""
    kind: CrisisKind
    """The most likely kind of risk, whatever ``risk`` is."""


def feature_key(feature: str) -> int:
    """A feature's key in the model: the CRC-32 of its UTF-8 text. The model keeps only
    these 32-bit keys, sorted, not the feature strings (about 43,000 of them, with a
    dictionary over them, cost about 6 MB resident at start)."""
    return zlib.crc32(feature.encode("utf-8"))


def features(prepared: str, known: Container[str] = frozenset()) -> Iterator[str]:
    """The features of text already prepared by the crisis detector.

    Each distinct feature once: ``w:`` word stems, ``b:`` pairs of neighbouring stems,
    ``c:`` letter n-grams within words (with ``<`` and ``>`` marking the word's ends),
    which carry typos and unseen word forms ("cuttin", "sewerslide"). Words in
    ``known`` get no letter n-grams, so a known word is read as itself: "willing" never
    looks like "killing". A model reads with its own :class:`Vocabulary` (the words in
    at least a few of its training texts), fixed when it was trained.
    """
    return iter(_distinct_features(prepared, known))


def _distinct_features(prepared: str, known: Container[str]) -> dict[str, None]:
    words = prepared.split()[:MAX_WORDS]
    stems = [stem(w) for w in words if w.isalnum()]
    found = ["w:" + s for s in stems]
    found += [f"b:{a} {b}" for a, b in itertools.pairwise(stems)]
    for word in words:
        if word not in known:
            found += _letter_ngrams(word)
    return dict.fromkeys(found)  # distinct, in first-seen order


@lru_cache(maxsize=256)
# Unknown words are mostly typos, rarely seen twice: a small cache. At 2,048 words of
# about twenty n-grams each it held about 2.5 MB after 10,000 replies.
def _letter_ngrams(word: str) -> tuple[str, ...]:
    if not word.isalpha() or len(word) < 3:
        return ()
    marked = f"<{word}>"
    return tuple("c:" + marked[i:i + n] for n in _NGRAM for i in range(len(marked) - n + 1))


class Vocabulary(Container[str]):
    """The words a model reads as themselves (no letter n-grams), kept as the sorted
    CRC-32 keys of ``"v:" + word``: the model's own, fixed when it was trained, so
    editing faq.yaml or the lexicon never changes what the model reads."""

    __slots__ = ("_keys",)

    def __init__(self, keys: array[int]) -> None:
        if any(a >= b for a, b in itertools.pairwise(keys)):
            raise ValueError("the vocabulary keys are not strictly increasing")
        self._keys = keys

    @classmethod
    def of(cls, words: Iterable[str]) -> Vocabulary:
        return cls(array("I", sorted({vocabulary_key(w) for w in words})))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = vocabulary_key(word)
        keys = self._keys
        index = bisect_left(keys, key)
        return index < len(keys) and keys[index] == key

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def keys(self) -> array[int]:
        return self._keys


def vocabulary_key(word: str) -> int:
    """A vocabulary word's key: the CRC-32 of ``"v:" + word``."""
    return zlib.crc32(("v:" + word).encode("utf-8"))


class RiskModel:
    """Weights read once at load; :meth:`score` is pure and thread-safe."""

    def __init__(self, weights: dict[str, list[float]], bias: list[float],
                 threshold: float, meta: dict[str, object] | None = None) -> None:
        for name, row in weights.items():
            if len(row) != len(CLASSES):
                raise ValueError(f"feature {name!r} has {len(row)} weights")
        model = RiskModel.packed(list(weights),
                                 array("f", (w for row in weights.values() for w in row)),
                                 bias, threshold, meta)
        self.__dict__.update(model.__dict__)

    @classmethod
    def packed(cls, features: list[str], flat: array[float], bias: list[float],
               threshold: float, meta: dict[str, object] | None = None) -> RiskModel:
        """A model from its features and their weights, row after row, as 32-bit floats
        (no Python float per weight is ever made)."""
        if len(flat) != len(features) * len(CLASSES):
            raise ValueError(f"{len(flat)} weights for {len(features)} features")
        keys, rows = sort_by_key(features)
        width = len(CLASSES)
        ordered = array("f")
        for row in rows:
            ordered.extend(flat[row * width:(row + 1) * width])
        return cls.hashed(keys, ordered, bias, threshold, meta)

    @classmethod
    def hashed(cls, keys: array[int], flat: array[float], bias: list[float],
               threshold: float, meta: dict[str, object] | None = None) -> RiskModel:
        """A model from its features' keys (:func:`feature_key`, strictly increasing) and
        their weights in the same order (the file's form)."""
        if len(flat) != len(keys) * len(CLASSES):
            raise ValueError(f"{len(flat)} weights for {len(keys)} features")
        if any(a >= b for a, b in itertools.pairwise(keys)):
            raise ValueError("the feature keys are not strictly increasing")
        model = cls.__new__(cls)
        model._setup(keys, flat, bias, threshold, meta)
        return model

    def _setup(self, keys: array[int], flat: array[float], bias: list[float],
               threshold: float, meta: dict[str, object] | None) -> None:
        if len(bias) != len(CLASSES):
            raise ValueError(f"the model has {len(bias)} classes, expected {len(CLASSES)}")
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold {threshold} is not between 0 and 1")
        # Compact: the features' 32-bit keys, sorted, and one flat array of 32-bit
        # weights in the same order (a tuple of Python floats per feature cost about
        # 10 MB resident, and a dictionary over the feature strings about 6 MB more).
        self._keys = keys
        self._flat = flat
        self._width = len(CLASSES)
        self._bias = tuple(bias)
        self.threshold = threshold
        self.sentence_threshold = SENTENCE_THRESHOLD
        """What one sentence of a longer message must score alone (see the detector)."""
        self.meta: dict[str, object] = dict(meta or {})
        self.vocabulary: Vocabulary | None = None
        """The words this model reads as themselves, when its file names them (else the
        caller's ``known`` words are used, as older files were trained with)."""

    @classmethod
    def load(cls, path: Path | str = MODEL_PATH) -> RiskModel:
        """Read a model written by ``scripts/train_risk_model.py``."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ModelError(path, f"cannot read the risk model ({exc.strerror})") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(path, f"the risk model is not valid JSON ({exc})") from None
        try:
            if data["classes"] != list(CLASSES):
                raise ValueError(f"classes {data['classes']} are not {list(CLASSES)}")
            if "weights" in data:  # the older, readable form: {feature: [w, ...]}
                return cls(data["weights"], data["bias"], float(data["threshold"]),
                           data.get("meta"))
            flat = array("f")
            flat.frombytes(base64.b64decode(data["weights_f32"], validate=True))
            if sys.byteorder != "little":  # pragma: no cover
                flat.byteswap()
            if "features" in data:  # the feature strings themselves (older files)
                return cls.packed(data["features"].split("\n"), flat, data["bias"],
                                  float(data["threshold"]), data.get("meta"))
            keys = array("I")
            if keys.itemsize != 4:  # pragma: no cover - a platform with 2-byte ints
                keys = array("L")
            keys.frombytes(base64.b64decode(data["keys_u32"], validate=True))
            if sys.byteorder != "little":  # pragma: no cover
                keys.byteswap()
            model = cls.hashed(keys, flat, data["bias"], float(data["threshold"]),
                               data.get("meta"))
            if "vocabulary_u32" in data:
                words = array("I")
                words.frombytes(base64.b64decode(data["vocabulary_u32"], validate=True))
                if sys.byteorder != "little":  # pragma: no cover
                    words.byteswap()
                model.vocabulary = Vocabulary(words)
            return model
        except KeyError as exc:
            raise ModelError(path, f"the risk model has no {exc} field") from None
        except (TypeError, ValueError, AttributeError, binascii.Error) as exc:
            raise ModelError(path, f"the risk model is malformed: {exc}") from None

    def score(self, prepared: str, known: Container[str] = frozenset()) -> RiskScore:
        """Score text prepared by :meth:`bot.crisis.CrisisDetector.prepare`."""
        keys, flat, width = self._keys, self._flat, self._width
        count = len(keys)
        totals = list(self._bias)
        if self.vocabulary is not None:
            known = self.vocabulary
        for feature in _distinct_features(prepared, known):
            key = zlib.crc32(feature.encode("utf-8"))
            index = bisect_left(keys, key)
            if index < count and keys[index] == key:
                at = index * width
                for k in range(width):
                    totals[k] += flat[at + k]
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        total = sum(exps)
        probs = [e / total for e in exps]
        best = max(range(1, len(CLASSES)), key=probs.__getitem__)
        return RiskScore(risk=1.0 - probs[0], kind=CrisisKind(CLASSES[best]))

    def flags(self, prepared: str, known: Container[str] = frozenset()) -> CrisisKind | None:
        """The kind of risk if the model's score reaches its threshold, else ``None``."""
        result = self.score(prepared, known)
        return result.kind if result.risk >= self.threshold else None


def sort_by_key(features: list[str]) -> tuple[array[int], list[int]]:
    """The features' keys in increasing order, and for each the feature's row. Two
    features with one key (a CRC-32 collision) are an error: retrain with one left out."""
    keyed = sorted((feature_key(name), row) for row, name in enumerate(features))
    for (a, row_a), (b, row_b) in itertools.pairwise(keyed):
        if a == b:
            raise ValueError(f"features {features[row_a]!r} and {features[row_b]!r} share "
                             "a key")
    keys = array("I", (key for key, _ in keyed))
    return keys, [row for _, row in keyed]
