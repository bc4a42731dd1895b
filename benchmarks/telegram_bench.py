"""How fast is the Telegram layer? Updates per second and update-to-reply latency.

Runs the real ``python main.py serve`` against the stand-in Bot API on 127.0.0.1
(tests/telegram/standin.py) and pushes updates from many chats:

1. burst: all updates at once; throughput = updates / (last reply - first push)
2. paced: updates at a steady offered rate; p50/p99 time from update to reply

Telegram itself allows a bot about 30 messages a second, so the bot's own rate limiter
is switched off here (BOT_MAX_MESSAGES_PER_SECOND=0): this measures the bot, not
Telegram's limit. Metrics are recorded and served as in production (``/metrics`` on a
free port, scraped once at the end). Not a test; run it by hand:

    .venv/bin/python benchmarks/telegram_bench.py [--updates 2000] [--rate 500]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.assistant import Assistant  # noqa: E402
from tests.telegram.conftest import BotProcess, bot_env, free_port, http_get  # noqa: E402
from tests.telegram.standin import StandIn  # noqa: E402

TOKEN = "7000000001:AAHbenchTOKENnotREALxyzSECRET_012345678"

CANDIDATES = [
    "is it free", "how long is the wait", "can i refer myself", "what is cbt",
    "do i need to see my gp first", "will my gp find out", "what happens at the assessment",
    "can i get therapy online", "what if therapy is not working", "i am 16 can i use it",
    "i live in scotland", "can i change my therapist", "what is counselling",
    "what are the questionnaires for", "hello", "thanks", "what is iapt",
    "how many sessions do i get", "is it confidential", "what conditions do you treat",
    "what the weather like", "can i stay on my medication",
]


def pick_texts(faq: str | None) -> list[str]:
    """Ordinary questions whose reply is exactly one message (so replies match updates)."""
    assistant = Assistant.load(faq)
    texts = [t for t in CANDIDATES
             if len(assistant.reply(t).messages) == 1 and not assistant.reply(t).crisis]
    if not texts:
        raise SystemExit("no single-message replies among the candidates")
    return texts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def run_phase(api: StandIn, texts: list[str], updates: int, chats: int, first_chat: int,
              rate: float | None) -> tuple[float, list[float]]:
    """Push ``updates`` from ``chats`` chats; returns (elapsed seconds, latencies)."""
    plan = [(first_chat + n % chats, texts[n % len(texts)]) for n in range(updates)]
    pushed: dict[int, list[float]] = defaultdict(list)
    before = len(api.sent)
    start = time.perf_counter()
    if rate is None:
        api.push_many([{"message": api.make_message(c, t)} for c, t in plan])
        at = time.perf_counter()
        for chat_id, _ in plan:
            pushed[chat_id].append(at)
    else:
        batch = max(1, round(rate / 200))  # every 5 ms
        for index in range(0, len(plan), batch):
            due = start + index / rate
            while (now := time.perf_counter()) < due:
                time.sleep(min(0.002, due - now))
            chunk = plan[index:index + batch]
            api.push_many([{"message": api.make_message(c, t)} for c, t in chunk])
            at = time.perf_counter()
            for chat_id, _ in chunk:
                pushed[chat_id].append(at)
    deadline = time.monotonic() + 120
    while len(api.sent) - before < updates:
        if time.monotonic() > deadline:
            raise SystemExit(f"only {len(api.sent) - before} of {updates} replies arrived")
        time.sleep(0.005)
    with api.lock:
        replies = api.sent[before:]
    elapsed = max(s.at for s in replies) - start
    by_chat: dict[int, list[float]] = defaultdict(list)
    for sent in replies:
        by_chat[sent.chat_id].append(sent.at)
    latencies = []
    for chat_id, times in pushed.items():
        for push_at, reply_at in zip(times, sorted(by_chat[chat_id]), strict=True):
            latencies.append(reply_at - push_at)
    return elapsed, latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=2000, help="updates per phase")
    parser.add_argument("--chats", type=int, default=500, help="distinct chats per phase")
    parser.add_argument("--rate", type=float, default=500.0,
                        help="offered updates/second in the paced phase")
    parser.add_argument("--log-level", default="INFO", help="the bot's LOG_LEVEL")
    parser.add_argument("--faq", default=None, help="content file (default faq.yaml)")
    args = parser.parse_args()
    if args.updates < 1000:
        parser.error("--updates must be at least 1000")

    texts = pick_texts(args.faq)
    with StandIn(TOKEN) as api, tempfile.TemporaryDirectory() as tmp:
        metrics_port = free_port()
        env = bot_env(api, TELEGRAM_BOT_TOKEN=TOKEN, LOG_LEVEL=args.log_level,
                      BOT_MAX_MESSAGES_PER_SECOND="0", BOT_REQUEST_TIMEOUT="10",
                      BOT_FLOOD_BURST="100", BOT_METRICS_PORT=str(metrics_port),
                      BOT_METRICS_LISTEN="127.0.0.1",
                      BOT_UNANSWERED_DB=str(Path(tmp) / "unanswered.sqlite3"))
        faq = ["--faq", args.faq] if args.faq else []
        bot = BotProcess(Path(tmp) / "bot.log", env, [*faq, "serve"])
        try:
            bot.wait_ready()
            run_phase(api, texts, 1000, 200, 1, None)  # warm up
            burst_s, burst_lat = run_phase(api, texts, args.updates, args.chats, 10_000, None)
            paced_s, paced_lat = run_phase(api, texts, args.updates, args.chats, 20_000,
                                           args.rate)
            scraped, _ = http_get(f"http://127.0.0.1:{metrics_port}/metrics")
            code = bot.terminate()
        finally:
            bot.kill()
        errors = [line for line in bot.output.splitlines() if " ERROR " in line]

    print(f"machine: {os.cpu_count()} cores; bot LOG_LEVEL={args.log_level}; "
          f"{args.updates} updates from {args.chats} chats per phase")
    print(f"burst: {args.updates / burst_s:,.0f} updates/s "
          f"({args.updates} in {burst_s:.2f}s; p50 {statistics.median(burst_lat) * 1000:.0f} ms,"
          f" p99 {percentile(burst_lat, 99) * 1000:.0f} ms while queued)")
    print(f"paced at {args.rate:,.0f}/s offered: {args.updates / paced_s:,.0f} updates/s "
          f"achieved; update-to-reply p50 {statistics.median(paced_lat) * 1000:.1f} ms, "
          f"p99 {percentile(paced_lat, 99) * 1000:.1f} ms, "
          f"max {max(paced_lat) * 1000:.1f} ms")
    print(f"clean stop: exit {code}; errors logged: {len(errors)}; /metrics answered "
          f"{scraped}")
    target = args.updates / burst_s >= 500
    print("target (>= 500 updates/s): " + ("met" if target else "NOT met"))
    return 0 if target and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
