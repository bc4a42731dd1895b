"""What the risk model is trained on, assembled from the labelled sets and faq.yaml.

Used by ``scripts/train_risk_model.py`` and by the test that checks the shipped model
was trained on the current data. The running assistant never imports this.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.core.content import Content
from bot.core.reply import CrisisKind

__all__ = ["training_digest", "training_examples"]


def training_examples(content: Content, labelled: Iterable[Path],
                      flagged: Callable[[str], bool] | None = None) -> list[tuple[str, str]]:
    """What the model is trained on: ``(text, class)`` pairs.

    Risk messages from the labelled files by their ``kind``; their non-risk messages
    (``crisis: false``, and the matching sets' questions) as ``none``; and every
    title, question, out-of-scope phrase and small-talk phrase in faq.yaml as
    ``none``, except those ``flagged`` (the lexicon's verdict) shows as risky.
    """
    out: list[tuple[str, str]] = []
    for path in sorted(labelled, key=lambda p: p.name):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("crisis") is True:
                out.append((item["text"], item.get("kind") or CrisisKind.SELF.value))
            elif item.get("crisis") is False or "topic" in item:
                out.append((item["text"], "none"))
    texts = [q for answer in content.answers for q in (answer.title, *answer.questions)]
    texts += list(content.out_of_scope)
    texts += [p for entry in content.smalltalk for p in entry.phrases]
    # Phrasings the lexicon flags ("if I tell them I've had suicidal thoughts...") are
    # not taught as "no risk": the model must not learn that risk words are safe.
    out += [(text, "none") for text in texts if flagged is None or not flagged(text)]
    return out


def training_digest(examples: Iterable[tuple[str, str]]) -> str:
    """A digest of the training examples (a test checks the model file is current)."""
    digest = hashlib.sha256()
    for text, label in examples:
        digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()[:16]
