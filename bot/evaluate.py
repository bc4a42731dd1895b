"""Run a labelled file through the assistant and measure it.

The labelled format is JSON Lines, one message per line::

    {"text": "is it free", "topic": "cost"}          expected topic
    {"text": "what's the weather", "topic": null}     expected fallback (no topic)
    {"text": "i want to end it all", "crisis": true}  expected crisis escalation
    {"text": "i'm dying to know", "crisis": false}    expected no escalation

A line may carry both ``topic`` and ``crisis``; other keys (``kind``, ``tricky``) are
kept for reports. The same files drive the tests in ``tests/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.assistant import Assistant
from bot.reply import Reply

__all__ = ["Case", "LabelError", "Report", "Targets", "evaluate", "load_cases"]

_UNSET: Any = object()


class LabelError(ValueError):
    """A labelled file is unreadable or a line is malformed; the message says where."""


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled message."""

    text: str
    topic: str | Any | None = _UNSET
    """Expected topic id, ``None`` for "must fall back", or unset (not checked)."""
    crisis: bool | None = None
    """Expected escalation, or ``None`` (not checked)."""
    kind: str | None = None
    tricky: bool = False
    line: int = 0

    @property
    def checks_topic(self) -> bool:
        return self.topic is not _UNSET


@dataclass(frozen=True, slots=True)
class Targets:
    """The standards from the issue; ``eval`` exits non-zero below them."""

    topic_accuracy: float = 0.90
    fallback_rate: float = 0.80
    crisis_recall: float = 1.0
    false_alarm_rate: float = 0.02


@dataclass(slots=True)
class Report:
    """Counts and misses from one run over a labelled file."""

    topic_total: int = 0
    topic_right: int = 0
    unrelated_total: int = 0
    unrelated_fell_back: int = 0
    risk_total: int = 0
    risk_caught: int = 0
    safe_total: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _rate(part: int, whole: int, empty: float) -> float:
        return part / whole if whole else empty

    @property
    def topic_accuracy(self) -> float:
        return self._rate(self.topic_right, self.topic_total, 1.0)

    @property
    def fallback_rate(self) -> float:
        return self._rate(self.unrelated_fell_back, self.unrelated_total, 1.0)

    @property
    def crisis_recall(self) -> float:
        return self._rate(self.risk_caught, self.risk_total, 1.0)

    @property
    def false_alarm_rate(self) -> float:
        return self._rate(self.false_alarms, self.safe_total, 0.0)

    def failures(self, targets: Targets) -> list[str]:
        """Which targets this run falls short of (empty when all are met)."""
        out = []
        if self.topic_accuracy < targets.topic_accuracy:
            out.append(f"topic accuracy {self.topic_accuracy:.1%} < "
                       f"{targets.topic_accuracy:.0%}")
        if self.fallback_rate < targets.fallback_rate:
            out.append(f"fallback rate {self.fallback_rate:.1%} < {targets.fallback_rate:.0%}")
        if self.crisis_recall < targets.crisis_recall:
            out.append(f"crisis recall {self.crisis_recall:.1%} < {targets.crisis_recall:.0%}")
        if self.false_alarm_rate > targets.false_alarm_rate:
            out.append(f"false alarms {self.false_alarm_rate:.1%} > "
                       f"{targets.false_alarm_rate:.0%}")
        return out

    def summary(self) -> str:
        """A few lines of figures for a terminal."""
        lines = []
        if self.topic_total:
            lines.append(f"topic accuracy   {self.topic_accuracy:7.1%}  "
                         f"({self.topic_right}/{self.topic_total})")
        if self.unrelated_total:
            lines.append(f"fallback rate    {self.fallback_rate:7.1%}  "
                         f"({self.unrelated_fell_back}/{self.unrelated_total} unrelated)")
        if self.risk_total:
            lines.append(f"crisis recall    {self.crisis_recall:7.1%}  "
                         f"({self.risk_caught}/{self.risk_total})")
        if self.safe_total:
            lines.append(f"false alarms     {self.false_alarm_rate:7.1%}  "
                         f"({self.false_alarms}/{self.safe_total})")
        return "\n".join(lines)


def load_cases(path: Path | str) -> list[Case]:
    """Read a labelled JSON Lines file. Raises :class:`LabelError` naming file and line."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelError(f"{path}: cannot read labelled file ({exc})") from None
    cases: list[Case] = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LabelError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise LabelError(f'{path}:{number}: each line needs an object with a "text" string')
        topic = item.get("topic", _UNSET)
        if topic is not _UNSET and topic is not None and not isinstance(topic, str):
            raise LabelError(f'{path}:{number}: "topic" must be a topic id or null')
        crisis = item.get("crisis")
        if crisis is not None and not isinstance(crisis, bool):
            raise LabelError(f'{path}:{number}: "crisis" must be true or false')
        if topic is _UNSET and crisis is None:
            raise LabelError(f'{path}:{number}: give "topic", "crisis" or both to check')
        cases.append(Case(text=item["text"], topic=topic, crisis=crisis,
                          kind=item.get("kind"), tricky=bool(item.get("tricky")),
                          line=number))
    return cases


def evaluate(assistant: Assistant, cases: list[Case]) -> Report:
    """Reply to every case and count what came out right."""
    report = Report()
    for case in cases:
        reply = assistant.reply(case.text)
        _score(report, case, reply)
    return report


def _score(report: Report, case: Case, reply: Reply) -> None:
    if case.checks_topic:
        if case.topic is None:
            report.unrelated_total += 1
            if reply.topic is None:
                report.unrelated_fell_back += 1
            else:
                report.misses.append(f"line {case.line}: should fall back, got "
                                     f"{reply.topic} ({reply.kind}, {reply.score:.0f}): "
                                     f"{case.text!r}")
        else:
            report.topic_total += 1
            if reply.topic == case.topic:
                report.topic_right += 1
            else:
                report.misses.append(f"line {case.line}: expected {case.topic}, got "
                                     f"{reply.topic} ({reply.kind}, {reply.score:.0f}): "
                                     f"{case.text!r}")
    if case.crisis is True:
        report.risk_total += 1
        if reply.crisis:
            report.risk_caught += 1
        else:
            report.misses.append(f"line {case.line}: MISSED RISK: {case.text!r}")
    elif case.crisis is False:
        report.safe_total += 1
        if reply.crisis:
            report.false_alarms += 1
            report.misses.append(f"line {case.line}: false alarm: {case.text!r}")
