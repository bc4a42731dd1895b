"""Run a labelled file through the assistant and measure it.

The labelled format is JSON Lines, one message per line::

    {"text": "is it free", "topic": "cost"}                     expected topic
    {"text": "fined for missing?", "topic": "cost",
     "answer": "missed_appointment_charge"}                      expected specific answer
    {"text": "what's the weather", "topic": null}               expected fallback
    {"text": "cheers mate", "topic": null, "smalltalk": true}   expected small talk
    {"text": "i want to end it all", "crisis": true}            expected escalation
    {"text": "i'm dying to know", "crisis": false}              expected no escalation

A line may carry both ``topic`` and ``crisis``; ``kind`` (whose safety), ``clear``,
``tricky`` and ``family`` refine the crisis figures. The same files drive the tests.

A topic counts as right only when it is **answered outright**; a "did you mean" whose
suggestions include it is counted apart ("suggested"), never as right.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.assistant import URGENT_TOPIC, Assistant
from bot.core.reply import CrisisLevel, Reply, ReplyKind

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
    answer: str | None = None
    """Expected answer id (a specific answer, or the topic id for its overview)."""
    crisis: bool | None = None
    """Expected escalation, or ``None`` (not checked)."""
    kind: str | None = None
    clear: bool = False
    tricky: bool = False
    family: str | None = None
    smalltalk: bool = False
    line: int = 0

    @property
    def checks_topic(self) -> bool:
        return self.topic is not _UNSET


@dataclass(frozen=True, slots=True)
class Targets:
    """The standards ``eval`` holds a file to; it exits non-zero below them."""

    topic_accuracy: float = 0.90
    fallback_rate: float = 0.80
    crisis_recall: float = 1.0
    false_alarm_rate: float = 0.02


@dataclass(slots=True)
class Report:
    """Counts and misses from one run over a labelled file."""

    topic_total: int = 0
    topic_right: int = 0
    """Answered outright with the expected topic."""
    topic_suggested: int = 0
    """Not answered, but "did you mean" offered the expected topic."""
    answer_total: int = 0
    answer_right: int = 0
    answer_suggested: int = 0
    unrelated_total: int = 0
    unrelated_fell_back: int = 0
    smalltalk_total: int = 0
    smalltalk_right: int = 0
    risk_total: int = 0
    risk_caught: int = 0
    kind_total: int = 0
    kind_right: int = 0
    question_total: int = 0
    """Risk messages that also ask a question (they carry a topic)."""
    question_answered: int = 0
    safe_total: int = 0
    false_alarms: int = 0
    tricky_total: int = 0
    tricky_alarms: int = 0
    tricky_urgent: int = 0
    """Tricky messages sent the urgent reply (not only a check-in)."""
    clear_total: int = 0
    clear_urgent: int = 0
    """Clear risks (labelled ``clear``) sent the urgent reply."""
    families: Counter[str] = field(default_factory=Counter)
    """False alarms among tricky messages, by family."""
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _rate(part: int, whole: int, empty: float) -> float:
        return part / whole if whole else empty

    @property
    def topic_accuracy(self) -> float:
        return self._rate(self.topic_right, self.topic_total, 1.0)

    @property
    def answer_accuracy(self) -> float:
        return self._rate(self.answer_right, self.answer_total, 1.0)

    @property
    def fallback_rate(self) -> float:
        return self._rate(self.unrelated_fell_back, self.unrelated_total, 1.0)

    @property
    def smalltalk_rate(self) -> float:
        return self._rate(self.smalltalk_right, self.smalltalk_total, 1.0)

    @property
    def crisis_recall(self) -> float:
        return self._rate(self.risk_caught, self.risk_total, 1.0)

    @property
    def false_alarm_rate(self) -> float:
        """Escalations among messages without risk that are not marked tricky."""
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

        def line(name: str, part: int, whole: int, note: str = "") -> None:
            if whole:
                lines.append(f"{name:<22} {part / whole:7.1%}  ({part}/{whole}{note})")

        line("topic, answered", self.topic_right, self.topic_total)
        if self.topic_total:
            lines.append(f"{'  + only suggested':<22} {self.topic_suggested:>7}  "
                         "(did you mean: not counted as right)")
        line("answer, answered", self.answer_right, self.answer_total)
        if self.answer_total:
            lines.append(f"{'  + only suggested':<22} {self.answer_suggested:>7}")
        line("fallback", self.unrelated_fell_back, self.unrelated_total, " unrelated")
        line("small talk", self.smalltalk_right, self.smalltalk_total)
        line("crisis recall", self.risk_caught, self.risk_total)
        line("clear risk, urgent", self.clear_urgent, self.clear_total)
        line("whose safety (kind)", self.kind_right, self.kind_total)
        line("question also answered", self.question_answered, self.question_total)
        line("false alarms, ordinary", self.false_alarms, self.safe_total)
        line("escalated, tricky", self.tricky_alarms, self.tricky_total)
        line("  urgent reply", self.tricky_urgent, self.tricky_total)
        if self.families:
            lines.append("  tricky escalated by family: " + ", ".join(
                f"{name} {n}" for name, n in self.families.most_common()))
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
        answer = item.get("answer")
        if answer is not None and not isinstance(answer, str):
            raise LabelError(f'{path}:{number}: "answer" must be an answer id')
        crisis = item.get("crisis")
        if crisis is not None and not isinstance(crisis, bool):
            raise LabelError(f'{path}:{number}: "crisis" must be true or false')
        if topic is _UNSET and crisis is None:
            raise LabelError(f'{path}:{number}: give "topic", "crisis" or both to check')
        cases.append(Case(text=item["text"], topic=topic, answer=answer, crisis=crisis,
                          kind=item.get("kind"), clear=bool(item.get("clear")),
                          tricky=bool(item.get("tricky")), family=item.get("family"),
                          smalltalk=bool(item.get("smalltalk")), line=number))
    return cases


def evaluate(assistant: Assistant, cases: list[Case]) -> Report:
    """Reply to every case and count what came out right."""
    report = Report()
    for case in cases:
        _score(report, case, assistant.reply(case.text), assistant)
    return report


def _suggested_topics(reply: Reply, assistant: Assistant) -> set[str]:
    return {assistant.answers[a].topic for a in reply.suggestions if a in assistant.answers}


def _score(report: Report, case: Case, reply: Reply, assistant: Assistant) -> None:
    got = f"{reply.answer or reply.topic} ({reply.kind}, {reply.score:.0f})"
    if case.checks_topic and case.crisis is not True:
        _score_topic(report, case, reply, assistant, got)
    if case.crisis is True:
        _score_risk(report, case, reply, got)
    elif case.crisis is False:
        if reply.crisis:
            report.misses.append(f"line {case.line}: false alarm"
                                 f"{' (' + (case.family or 'tricky') + ')' if case.tricky else ''}"
                                 f": {case.text!r}")
        if case.tricky:
            report.tricky_total += 1
            if reply.crisis:
                report.tricky_alarms += 1
                report.tricky_urgent += reply.crisis_level is CrisisLevel.URGENT
                report.families[case.family or "tricky"] += 1
        else:
            report.safe_total += 1
            report.false_alarms += reply.crisis


def _score_topic(report: Report, case: Case, reply: Reply, assistant: Assistant,
                 got: str) -> None:
    if case.topic is None:
        if case.smalltalk:
            report.smalltalk_total += 1
            if reply.kind is ReplyKind.SMALLTALK:
                report.smalltalk_right += 1
                return
            report.misses.append(f"line {case.line}: should be small talk, got {got}: "
                                 f"{case.text!r}")
            return
        report.unrelated_total += 1
        if reply.topic is None:
            report.unrelated_fell_back += 1
        else:
            report.misses.append(f"line {case.line}: should fall back, got {got}: "
                                 f"{case.text!r}")
        return
    report.topic_total += 1
    answered = reply.kind is ReplyKind.ANSWER
    if answered and reply.topic == case.topic:
        report.topic_right += 1
    elif reply.kind is ReplyKind.SUGGEST and case.topic in _suggested_topics(reply, assistant):
        report.topic_suggested += 1
        report.misses.append(f"line {case.line}: expected {case.topic}, only suggested, "
                             f"got {got}: {case.text!r}")
    else:
        report.misses.append(f"line {case.line}: expected {case.topic}, got {got}: "
                             f"{case.text!r}")
    if case.answer is not None:
        report.answer_total += 1
        if answered and reply.answer == case.answer:
            report.answer_right += 1
        elif reply.kind is ReplyKind.SUGGEST and case.answer in reply.suggestions:
            report.answer_suggested += 1
        elif reply.topic == case.topic:
            report.misses.append(f"line {case.line}: expected answer {case.answer}, got "
                                 f"{got}: {case.text!r}")


def _score_risk(report: Report, case: Case, reply: Reply, got: str) -> None:
    report.risk_total += 1
    report.clear_total += case.clear
    if not reply.crisis:
        report.misses.append(f"line {case.line}: MISSED RISK: {case.text!r}")
        return
    report.risk_caught += 1
    report.clear_urgent += case.clear and reply.crisis_level is CrisisLevel.URGENT
    if case.kind is not None:
        report.kind_total += 1
        if reply.crisis_kind is not None and reply.crisis_kind.value == case.kind:
            report.kind_right += 1
        else:
            kind = reply.crisis_kind.value if reply.crisis_kind else None
            report.misses.append(f"line {case.line}: kind {case.kind} read as {kind}: "
                                 f"{case.text!r}")
    if isinstance(case.topic, str):
        report.question_total += 1
        # "what number do i ring": the crisis reply is itself the answer (the numbers).
        asked_for_numbers = case.topic == URGENT_TOPIC and reply.crisis
        if (reply.kind is ReplyKind.ANSWER and len(reply.messages) > 1
                and reply.topic == case.topic) or asked_for_numbers:
            report.question_answered += 1
        else:
            report.misses.append(f"line {case.line}: question dropped ({case.topic}), got "
                                 f"{got}: {case.text!r}")
