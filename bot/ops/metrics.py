"""Prometheus metrics: how the assistant does in service, without anything about people.

Every label value comes from a closed set: reply kinds, crisis levels and kinds, the
answer and topic ids in the content (anything else is counted as ``other``), Bot API
method names and retry patience. Never message text, names, user or chat ids, or the
token. Counters carry no ``_created`` timestamps either (when an answer was first rated
is not needed): counts only. Each process has its own :class:`Metrics` (its own
registry, with the standard process and Python collectors), served at ``/metrics`` by
:mod:`bot.ops.server`.

Recording can never break a reply: every method swallows its own errors (and logs the
first of each kind once).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Collection
from typing import ParamSpec

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    disable_created_metrics,
    generate_latest,
)

from bot.core.reply import Reply, ReplyKind

__all__ = ["DEFAULT_PORT", "NONE", "OTHER", "PORT_ENV", "PREFIX", "Metrics"]

log = logging.getLogger(__name__)

PREFIX = "ttbot"
PORT_ENV = "BOT_METRICS_PORT"
DEFAULT_PORT = 9464
"""Where ``/metrics``, ``/healthz`` and ``/readyz`` listen unless ``BOT_METRICS_PORT``
says otherwise (0 turns them off)."""
NONE = "none"
"""The label for no topic or answer (small talk, a fallback)."""
OTHER = "other"
"""The label for an id not in the content (never expected; keeps labels bounded)."""

_METHOD = re.compile(r"^[A-Za-z]{1,40}$")
_CORE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                 0.25)
_API_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
                120.0, 600.0)

P = ParamSpec("P")

disable_created_metrics()  # type: ignore[no-untyped-call]


def _never_raises(method: Callable[P, None]) -> Callable[P, None]:
    """Metrics must never break a reply: log the first failure of each method, once."""
    failed = False

    @functools.wraps(method)
    def safe(*args: P.args, **kwargs: P.kwargs) -> None:
        nonlocal failed
        try:
            method(*args, **kwargs)
        except Exception as exc:
            if not failed:
                failed = True
                log.warning("metrics: %s failed (%s); the reply is unaffected",
                            method.__name__, type(exc).__name__)

    return safe


class Metrics:
    """The bot's counters and histograms, in their own registry."""

    def __init__(self, known_ids: Collection[str] = (),
                 registry: CollectorRegistry | None = None) -> None:
        self.known_ids = frozenset(known_ids)
        if registry is None:
            registry = CollectorRegistry()
            ProcessCollector(registry=registry)
            PlatformCollector(registry=registry)
            GCCollector(registry=registry)
        self.registry = registry
        p = PREFIX
        self.replies = Counter(f"{p}_replies", "Replies sent, by kind, topic and answer id",
                               ["kind", "topic", "answer"], registry=registry)
        self.crisis = Counter(f"{p}_crisis_replies", "Crisis replies sent, by level and kind",
                              ["level", "kind"], registry=registry)
        self.fallbacks = Counter(f"{p}_fallbacks", "Fallback replies sent (nothing matched)",
                                 registry=registry)
        self.feedback_votes = Counter(f"{p}_feedback", "Feedback taps under an answer",
                                      ["answer", "vote"], registry=registry)
        self.questions_shared = Counter(f"{p}_questions_shared",
                                        "Unanswered questions people chose to send",
                                        registry=registry)
        self.flood_control = Counter(f"{p}_flood_control",
                                     "Messages slowed (warn) or not answered (drop) by "
                                     "per-chat flood control", ["verdict"], registry=registry)
        self.send_retries = Counter(f"{p}_send_retries", "Bot API calls retried",
                                    ["method", "patience"], registry=registry)
        self.send_give_ups = Counter(f"{p}_send_give_ups",
                                     "Bot API calls given up after their retries",
                                     ["method", "patience"], registry=registry)
        self.send_errors = Counter(f"{p}_send_errors",
                                   "Bot API calls refused outright (not retried)",
                                   ["method", "error"], registry=registry)
        self.update_errors = Counter(f"{p}_update_errors",
                                     "Updates whose handling raised an error",
                                     registry=registry)
        self.reply_seconds = Histogram(f"{p}_reply_seconds",
                                       "Core reply time: normalise, crisis check, match, "
                                       "compose", buckets=_CORE_BUCKETS, registry=registry)
        self.api_seconds = Histogram(f"{p}_bot_api_seconds",
                                     "Bot API call time, retries included, by method",
                                     ["method"], buckets=_API_BUCKETS, registry=registry)
        self.api_last_success = Gauge(f"{p}_bot_api_last_success_timestamp_seconds",
                                      "When a Bot API call last succeeded (Unix time)",
                                      registry=registry)

    # ------------------------------------------------------------------ recording

    @_never_raises
    def replied(self, reply: Reply) -> None:
        """Count one reply sent."""
        self.replies.labels(reply.kind.value, self._id(reply.topic),
                            self._id(reply.answer)).inc()
        if reply.crisis:
            self.crisis.labels(reply.crisis_level.value if reply.crisis_level else NONE,
                               reply.crisis_kind.value if reply.crisis_kind else NONE).inc()
        if reply.kind is ReplyKind.FALLBACK:
            self.fallbacks.inc()

    @_never_raises
    def core_time(self, seconds: float) -> None:
        """How long :meth:`Assistant.reply` took for one message."""
        self.reply_seconds.observe(seconds)

    @_never_raises
    def feedback(self, answer_id: str, helpful: bool) -> None:
        """Count a 👍 (``helpful``) or 👎 on an answer."""
        self.feedback_votes.labels(self._id(answer_id),
                                   "helpful" if helpful else "not_helpful").inc()

    @_never_raises
    def shared(self) -> None:
        """Count a question sent to the team."""
        self.questions_shared.inc()

    @_never_raises
    def flood(self, verdict: str) -> None:
        """Count a message slowed (``warn``) or dropped (``drop``) by flood control."""
        self.flood_control.labels("drop" if verdict == "drop" else "warn").inc()

    @_never_raises
    def api_call(self, method: str, seconds: float, now: float) -> None:
        """A Bot API call that succeeded after ``seconds`` (retries included), at Unix
        time ``now``."""
        self.api_seconds.labels(_method(method)).observe(seconds)
        self.api_last_success.set(now)

    @_never_raises
    def retried(self, method: str, patience: str) -> None:
        self.send_retries.labels(_method(method), patience).inc()

    @_never_raises
    def gave_up(self, method: str, patience: str) -> None:
        self.send_give_ups.labels(_method(method), patience).inc()

    @_never_raises
    def refused(self, method: str, error: str) -> None:
        """A Bot API call refused outright (bad request, bot blocked...)."""
        self.send_errors.labels(_method(method), _method(error)).inc()

    @_never_raises
    def update_error(self) -> None:
        self.update_errors.inc()

    # ------------------------------------------------------------------ reading

    def exposition(self) -> bytes:
        """Everything, in Prometheus's text format."""
        return generate_latest(self.registry)

    def _id(self, value: str | None) -> str:
        if value is None:
            return NONE
        return value if value in self.known_ids else OTHER


def _method(name: str) -> str:
    return name if _METHOD.match(name) else OTHER
