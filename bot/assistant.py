"""The assistant: text in, :class:`~bot.reply.Reply` out.

One object holds the validated content, the compiled crisis detector and the matcher
index, all built once at load. The terminal chat, ``ask --jsonl`` and the Telegram bot
all call :meth:`Assistant.reply`, so they always answer alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.process import extractOne

from bot.content import Content, SmallTalk, Topic, load_content
from bot.crisis import CrisisDetector, Detection
from bot.matcher import OUT_OF_SCOPE, Match, Matcher
from bot.normalise import normalise
from bot.reply import CrisisKind, Reply, ReplyKind
from bot.riskmodel import RiskModel

__all__ = ["Assistant", "Thresholds"]

URGENT_TOPIC = "urgent_help"
MAX_SMALLTALK_WORDS = 8
FALLBACK_TOPICS = ("what_is_iapt", "self_referral", "eligibility", "waiting_times",
                   "cost", "urgent_help")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Where a score turns into an answer, a "did you mean", or a fallback.

    Chosen on ``tests/data/matching_dev.jsonl`` and checked on the held-out set; see
    the README for how to re-tune them with ``python main.py eval``.
    """

    answer: float = 50.0
    """At or above this, with a clear lead over the next topic, answer outright."""
    margin: float = 6.0
    """The lead the best topic needs over the second to be answered outright."""
    sure: float = 95.0
    """At or above this, answer even when another topic is close behind."""
    suggest: float = 48.0
    """At or above this (but not an answer): "did you mean" with the nearest topics."""
    outside_margin: float = 12.0
    """A best topic this close to the out-of-scope reading is not trusted (no domain words)."""
    domain_suggest: float = 30.0
    """The "did you mean" floor for messages that use the service's own words."""
    smalltalk: float = 88.0
    """How close a short message must be to a small-talk phrase (rapidfuzz ratio)."""


class Assistant:
    """Answers messages from validated content. Build with :meth:`load`."""

    def __init__(self, content: Content, thresholds: Thresholds | None = None,
                 model: RiskModel | None = None) -> None:
        self.content = content
        self.thresholds = thresholds or Thresholds()
        self.matcher = Matcher(content.topics, content.out_of_scope, content.domain_words)
        known = set(self.matcher.vocabulary)
        for topic in content.topics:
            known.update(normalise(topic.answer).split())
        self.detector = CrisisDetector(content.crisis, known_words=known, model=model)
        self._topics = {topic.id: topic for topic in content.topics}
        self._smalltalk_phrases: list[str] = []
        self._smalltalk_entry: list[SmallTalk] = []
        for entry in content.smalltalk:
            for phrase in entry.phrases:
                self._smalltalk_phrases.append(normalise(phrase))
                self._smalltalk_entry.append(entry)

    @classmethod
    def load(cls, path: Path | str | None = None, use_model: bool = True) -> Assistant:
        """Load ``faq.yaml`` (or ``path``) and the risk model, and build the assistant.

        Raises :class:`bot.content.ContentError` if the file (or the model) is not fully
        valid. ``use_model=False`` runs the lexicon alone (for training the model).
        """
        model = RiskModel.load() if use_model else None
        return cls(load_content(path), model=model)

    # ------------------------------------------------------------------ accessors

    @property
    def topics(self) -> tuple[Topic, ...]:
        """All topics, in file order."""
        return self.content.topics

    @property
    def messages(self) -> Mapping[str, str]:
        """Canned texts (welcome, help, privacy, ...) by key."""
        return self.content.messages

    @property
    def service_finder_url(self) -> str:
        """The nhs.uk page that finds the local NHS Talking Therapies service."""
        return self.content.service_finder_url

    def title(self, topic_id: str) -> str:
        """The short title of a topic (its button label)."""
        return self._topics[topic_id].title

    # --------------------------------------------------------------------- replies

    def reply(self, text: str) -> Reply:
        """The reply to one message. Never raises for any string."""
        if not isinstance(text, str):
            text = ""
        detection = self.detector.detect(text)
        if detection.is_crisis:
            # Match the question around the risk, without the risk words themselves.
            return self._crisis(detection, self._rank(detection.rest))
        matches = self._rank(text)
        smalltalk = self._smalltalk(text, matches)
        if smalltalk is not None:
            return smalltalk
        return self._answer_or_suggest(text, matches)

    def topic_reply(self, topic_id: str) -> Reply | None:
        """A topic's answer, as when its button is pressed; ``None`` for an unknown id."""
        topic = self._topics.get(topic_id)
        if topic is None:
            return None
        return Reply(kind=ReplyKind.ANSWER, messages=(topic.answer,), topic=topic.id,
                     score=100.0, related=topic.related, offer_check=topic.offer_check)

    def crisis_reply(self, kind: CrisisKind = CrisisKind.SELF) -> Reply:
        """Crisis signposting on its own, as for ``/urgent``."""
        return self._crisis(Detection((kind,)), [])

    def topics_reply(self) -> Reply:
        """The list of everything the assistant can answer."""
        lines = [self.messages["topics_intro"], ""]
        lines += [f"{n}. {topic.title}" for n, topic in enumerate(self.topics, 1)]
        return Reply(kind=ReplyKind.SMALLTALK, messages=("\n".join(lines),),
                     suggestions=tuple(topic.id for topic in self.topics))

    # -------------------------------------------------------------------- internals

    def _rank(self, text: str) -> list[Match]:
        """Real topics only; empty when the message is best read as out of scope."""
        if not normalise(text):
            return []
        matches = self.matcher.rank(text, limit=4)
        if not matches or matches[0].topic == OUT_OF_SCOPE:
            return []
        outside = next((m.score for m in matches if m.topic == OUT_OF_SCOPE), 0.0)
        if matches[0].score - outside < self.thresholds.outside_margin and \
                not self.matcher.in_domain(text):
            return []  # as much about something else ("the wait for a hip operation")
        return [m for m in matches if m.topic != OUT_OF_SCOPE][:3]

    def _crisis(self, detection: Detection, matches: list[Match]) -> Reply:
        replies = self.content.crisis.replies
        primary = detection.primary or CrisisKind.SELF
        parts = [replies[primary].text]
        parts += [replies[kind].extra for kind in detection.kinds[1:]]
        messages = ["\n\n".join(parts)]
        # Risk words carry no topic, so the question around them scores lower than it
        # would alone: a clear lead over the next topic is enough to answer it too.
        best = self._confident(matches, floor=self.thresholds.suggest)
        if best is not None and best.topic != URGENT_TOPIC:
            topic = self._topics[best.topic]
            messages.append(f"{self.messages['crisis_then_answer']}\n\n{topic.answer}")
            return Reply(kind=ReplyKind.ANSWER, messages=tuple(messages), topic=topic.id,
                         score=best.score, crisis=True, crisis_kind=primary,
                         related=topic.related)
        return Reply(kind=ReplyKind.CRISIS, messages=tuple(messages), topic=URGENT_TOPIC,
                     score=best.score if best else 0.0, crisis=True, crisis_kind=primary)

    def _confident(self, matches: list[Match], floor: float | None = None) -> Match | None:
        if not matches or matches[0].score < (floor or self.thresholds.answer):
            return None
        if (len(matches) > 1 and matches[0].score < self.thresholds.sure
                and matches[0].score - matches[1].score < self.thresholds.margin):
            return None
        return matches[0]

    def _smalltalk(self, text: str, matches: list[Match]) -> Reply | None:
        normalised = normalise(text)
        if not normalised:
            return Reply(kind=ReplyKind.SMALLTALK, messages=(self.messages["help"],))
        if len(normalised.split()) > MAX_SMALLTALK_WORDS or not self._smalltalk_phrases:
            return None
        best = extractOne(normalised, self._smalltalk_phrases, scorer=fuzz.ratio,
                          score_cutoff=self.thresholds.smalltalk)
        if best is None:
            return None
        # "hi is it free" is a question, not a greeting: let a confident topic win.
        if self._confident(matches) is not None and best[1] < 100:
            return None
        entry = self._smalltalk_entry[best[2]]
        if entry.id == "topics":  # "list topics": the menu itself, not a canned text
            return self.topics_reply()
        return Reply(kind=ReplyKind.SMALLTALK, messages=(entry.reply,), score=float(best[1]))

    def _answer_or_suggest(self, text: str, matches: list[Match]) -> Reply:
        best = self._confident(matches)
        if best is not None:
            topic = self._topics[best.topic]
            return Reply(kind=ReplyKind.ANSWER, messages=(topic.answer,), topic=topic.id,
                         score=best.score, related=topic.related,
                         offer_check=topic.offer_check)
        floor = self.thresholds.suggest
        if matches and matches[0].score >= self.thresholds.domain_suggest and \
                self.matcher.in_domain(text):
            floor = self.thresholds.domain_suggest
        close = [m for m in matches if m.score >= floor]
        if close:
            lines = [self.messages["did_you_mean"], ""]
            lines += [f"{n}. {self._topics[m.topic].title}" for n, m in enumerate(close, 1)]
            return Reply(kind=ReplyKind.SUGGEST, messages=("\n".join(lines),),
                         topic=close[0].topic, score=close[0].score,
                         suggestions=tuple(m.topic for m in close))
        score = matches[0].score if matches else 0.0
        return Reply(kind=ReplyKind.FALLBACK, messages=(self.messages["fallback"],),
                     score=score, suggestions=FALLBACK_TOPICS)
