"""``main.py stats``: feedback and fallback figures from a running bot's ``/metrics``.

The figures are the bot process's counters, so they count from when it last started.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field

from prometheus_client.parser import text_string_to_metric_families

from bot.ops.metrics import DEFAULT_PORT, NONE, PORT_ENV, PREFIX

__all__ = ["AnswerFigures", "Figures", "default_url", "fetch", "parse"]

MAX_BYTES = 10_000_000


@dataclass(slots=True)
class AnswerFigures:
    """One answer: how often it was given, and the feedback on it."""

    answer: str
    shown: int = 0
    helpful: int = 0
    not_helpful: int = 0


@dataclass(slots=True)
class Figures:
    """What ``stats`` prints."""

    answers: dict[str, AnswerFigures] = field(default_factory=dict)
    replies: int = 0
    fallbacks: int = 0
    shared: int = 0
    crisis: int = 0

    def answer(self, answer_id: str) -> AnswerFigures:
        return self.answers.setdefault(answer_id, AnswerFigures(answer_id))

    def lines(self, titles: Mapping[str, str] | None = None) -> list[str]:
        """The figures as lines of text: answers with feedback, least helpful first."""
        titles = titles or {}
        rated = [a for a in self.answers.values() if a.helpful or a.not_helpful]
        rated.sort(key=lambda a: (-a.not_helpful, a.helpful, a.answer))
        out = [f"Replies: {self.replies}   crisis replies: {self.crisis}"]
        share = f" ({100 * self.fallbacks / self.replies:.1f}% of replies)" \
            if self.replies else ""
        out.append(f"Fallbacks (no answer found): {self.fallbacks}{share}")
        out.append(f"Questions sent to the team: {self.shared}"
                   + (f" (after {self.fallbacks} fallbacks)" if self.fallbacks else ""))
        out.append("")
        if not rated:
            out.append("No feedback yet.")
            return out
        width = max(len(_name(a.answer, titles)) for a in rated)
        out.append(f"{'answer':<{width}}  {'given':>6}  {'helpful':>7}  "
                   f"{'not helpful':>11}")
        for a in rated:
            out.append(f"{_name(a.answer, titles):<{width}}  {a.shown:>6}  {a.helpful:>7}  "
                       f"{a.not_helpful:>11}")
        return out


def default_url(env: Mapping[str, str]) -> str:
    """The local bot's metrics address, on ``BOT_METRICS_PORT`` (default 9464)."""
    port = env.get(PORT_ENV, "").strip() or str(DEFAULT_PORT)
    return f"http://127.0.0.1:{port}/metrics"


def fetch(url: str, timeout: float = 5.0) -> str:
    """The text at ``url``. Raises ``OSError`` (``URLError`` included) if unreachable."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        body: bytes = response.read(MAX_BYTES)
    return body.decode("utf-8", errors="replace")


def parse(text: str) -> Figures:
    """The figures from a ``/metrics`` page. Raises ``ValueError`` if it is not one."""
    figures = Figures()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if not sample.name.endswith("_total"):
                continue
            name = sample.name.removeprefix(f"{PREFIX}_").removesuffix("_total")
            labels, value = sample.labels, int(sample.value)
            if name == "replies":
                figures.replies += value
                if labels.get("kind") == "answer" and labels.get("answer", NONE) != NONE:
                    figures.answer(labels["answer"]).shown += value
            elif name == "feedback":
                entry = figures.answer(labels.get("answer", NONE))
                if labels.get("vote") == "helpful":
                    entry.helpful += value
                else:
                    entry.not_helpful += value
            elif name == "fallbacks":
                figures.fallbacks += value
            elif name == "questions_shared":
                figures.shared += value
            elif name == "crisis_replies":
                figures.crisis += value
    return figures


def _name(answer_id: str, titles: Mapping[str, str]) -> str:
    title = titles.get(answer_id)
    return f"{answer_id} ({title})" if title else answer_id
