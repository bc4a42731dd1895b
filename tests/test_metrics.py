"""Metrics: bounded labels, never a person's text; the HTTP endpoints; the stats figures."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request

import pytest

from bot.core.assistant import Assistant
from bot.core.reply import Reply, ReplyKind
from bot.ops.metrics import Metrics
from bot.ops.server import OpsServer
from bot.ops.stats import default_url, parse


def sample(metrics: Metrics, name: str, **labels: str) -> float:
    value = metrics.registry.get_sample_value(name, labels)
    return 0.0 if value is None else value


def test_replies_crisis_fallbacks_and_feedback_are_counted(assistant: Assistant) -> None:
    metrics = Metrics(assistant.answers)
    answer = assistant.reply("is it free")
    metrics.replied(answer)
    metrics.replied(answer)
    metrics.replied(assistant.reply("what's the weather like in leeds tomorrow"))
    metrics.replied(assistant.reply("i want to end my life tonight"))
    metrics.feedback("cost", True)
    metrics.feedback("cost", False)
    metrics.feedback("cost", False)
    metrics.shared()
    metrics.flood("drop")
    assert sample(metrics, "ttbot_replies_total", kind="answer", topic="cost",
                  answer="cost") == 2
    assert sample(metrics, "ttbot_replies_total", kind="fallback", topic="none",
                  answer="none") == 1
    assert sample(metrics, "ttbot_fallbacks_total") == 1
    assert sample(metrics, "ttbot_crisis_replies_total", level="urgent", kind="self") == 1
    assert sample(metrics, "ttbot_feedback_total", answer="cost", vote="helpful") == 1
    assert sample(metrics, "ttbot_feedback_total", answer="cost", vote="not_helpful") == 2
    assert sample(metrics, "ttbot_questions_shared_total") == 1
    assert sample(metrics, "ttbot_flood_control_total", verdict="drop") == 1


def test_labels_stay_within_the_content(assistant: Assistant) -> None:
    metrics = Metrics(assistant.answers)
    secret = "my name is Sam and my number is 07700900123"
    metrics.feedback(secret, True)
    metrics.replied(Reply(kind=ReplyKind.ANSWER, messages=(secret,), topic=secret,
                          answer=secret))
    metrics.api_call("send message to 58000001", 0.1, 0.0)
    metrics.refused("sendMessage", "Forbidden: bot was blocked by user 58000001")
    page = metrics.exposition().decode()
    assert "Sam" not in page and "07700" not in page and "58000001" not in page
    assert sample(metrics, "ttbot_feedback_total", answer="other", vote="helpful") == 1
    assert sample(metrics, "ttbot_bot_api_seconds_count", method="other") == 1


def test_a_broken_metric_never_raises(assistant: Assistant) -> None:
    metrics = Metrics(assistant.answers)
    metrics.replies = None  # type: ignore[assignment]
    metrics.replied(assistant.reply("is it free"))  # logged once, not raised
    metrics.feedback("cost", True)
    assert sample(metrics, "ttbot_feedback_total", answer="cost", vote="helpful") == 1


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()


async def test_the_endpoints_answer(assistant: Assistant) -> None:
    metrics = Metrics(assistant.answers)
    metrics.feedback("cost", True)
    state = {"ready": False}

    async def ready() -> tuple[bool, str]:
        if state.get("broken"):
            raise RuntimeError("boom")
        return state["ready"], "ready" if state["ready"] else "not ready: starting"

    server = OpsServer(metrics, ready, "127.0.0.1", 0)
    await server.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        status, kind, body = await asyncio.to_thread(get, f"{base}/metrics")
        assert status == 200 and kind.startswith("text/plain")
        assert 'ttbot_feedback_total{answer="cost",vote="helpful"} 1.0' in body
        assert "process_resident_memory_bytes" in body or "python_info" in body
        assert (await asyncio.to_thread(get, f"{base}/healthz"))[::2] == (200, "ok\n")
        assert (await asyncio.to_thread(get, f"{base}/readyz"))[::2] == \
            (503, "not ready: starting\n")
        state["ready"] = True
        assert (await asyncio.to_thread(get, f"{base}/readyz"))[::2] == (200, "ready\n")
        state["broken"] = True
        status, _, body = await asyncio.to_thread(get, f"{base}/readyz")
        assert status == 503 and "RuntimeError" in body
        assert (await asyncio.to_thread(get, f"{base}/nope"))[0] == 404
    finally:
        await server.stop()


async def test_a_port_in_use_is_an_oserror(assistant: Assistant) -> None:
    metrics = Metrics(assistant.answers)

    async def ready() -> tuple[bool, str]:
        return True, "ready"

    first = OpsServer(metrics, ready, "127.0.0.1", 0)
    await first.start()
    try:
        with pytest.raises(OSError, match="in use"):
            await OpsServer(metrics, ready, "127.0.0.1", first.port).start()
    finally:
        await first.stop()


def test_stats_reads_the_figures_back(assistant: Assistant) -> None:
    metrics = Metrics(assistant.answers)
    for text in ("is it free", "is it free", "how long is the wait",
                 "what's the weather like in leeds tomorrow"):
        metrics.replied(assistant.reply(text))
    metrics.feedback("cost", True)
    metrics.feedback("cost", False)
    metrics.feedback("waiting_times", False)
    metrics.shared()
    figures = parse(metrics.exposition().decode())
    assert (figures.replies, figures.fallbacks, figures.shared, figures.crisis) == (4, 1, 1, 0)
    cost = figures.answers["cost"]
    assert (cost.shown, cost.helpful, cost.not_helpful) == (2, 1, 1)
    lines = figures.lines({"cost": "Is it free?"})
    assert "Fallbacks (no answer found): 1 (25.0% of replies)" in lines
    # Least helpful first: as many 👎, fewer 👍.
    table = [line for line in lines if line.startswith(("cost", "waiting_times"))]
    assert table[0].startswith("waiting_times ") and table[0].split()[-3:] == ["1", "0", "1"]
    assert table[1].startswith("cost (Is it free?)") and table[1].split()[-3:] == ["2", "1", "1"]
    assert parse("").lines()[-1] == "No feedback yet."


def test_default_stats_url() -> None:
    assert default_url({}) == "http://127.0.0.1:9464/metrics"
    assert default_url({"BOT_METRICS_PORT": "9100"}) == "http://127.0.0.1:9100/metrics"
