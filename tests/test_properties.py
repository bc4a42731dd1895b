"""Property-based tests: any text at all gets a safe, well-formed reply."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.assistant import Assistant

TELEGRAM_LIMIT = 4096

_ASSISTANT = Assistant.load()

odd_text = st.one_of(
    st.text(max_size=TELEGRAM_LIMIT),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=600),
    st.text(alphabet="<>&\"'*_`[]()~|\\#", max_size=400),
    st.text(alphabet="\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u0301\u0336 abc", max_size=400),
    st.text(alphabet="مرحبا שלום ", max_size=200),
    st.builds(lambda c, n: c * n, st.characters(), st.integers(1, TELEGRAM_LIMIT)),
    st.builds(lambda a, b: a + " i want to die " + b, st.text(max_size=1500),
              st.text(max_size=1500)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_text)
def test_any_text_gets_a_reply_within_limits(text: str) -> None:
    start = time.perf_counter()
    reply = _ASSISTANT.reply(text)
    elapsed = time.perf_counter() - start
    assert reply.messages
    for message in reply.messages:
        assert 0 < len(message) <= TELEGRAM_LIMIT
    assert elapsed < 2.0  # a generous bound: the point is "bounded", not "fast"
    if " i want to die " in text:
        assert reply.crisis


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_reply_never_echoes_the_message(text: str) -> None:
    reply = _ASSISTANT.reply(text)
    if len(text.strip()) >= 12:
        assert text.strip() not in reply.text or text.strip() in _all_content_text()


def _all_content_text() -> str:
    c = _ASSISTANT.content
    parts = [a.text for a in c.answers] + [a.title for a in c.answers]
    parts += list(c.messages.values()) + [s.reply for s in c.smalltalk]
    parts += [r.text + r.extra for r in _ASSISTANT.lexicon.replies.values()]
    return "\n".join(parts)
