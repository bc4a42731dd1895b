"""In-process speed and memory figures for the core (``python main.py bench``).

Targets (issue 2), on the project's 2-core machine: one reply (normalise, crisis
check, match, compose) at most 1 ms at the 99th percentile; loading and indexing
faq.yaml at most 300 ms; at most 60 MB resident for the core alone. This is a
benchmark, not a test: timings on a shared machine vary, so CI does not gate on it.
"""

from __future__ import annotations

import gc
import json
import random
import resource
import statistics
import string
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bot.core.assistant import Assistant

__all__ = ["BenchResult", "run_bench", "varied_messages"]

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"

TARGET_P99_MS = 1.0
TARGET_LOAD_MS = 300.0
TARGET_RSS_MB = 60.0

_FILLERS = ("", "", "", "please", "hi", "thanks", "?", "!!", "asap", "tbh", "honestly",
            "sorry to bother you", "quick question", "🙏", "😔", "x")


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Figures from one benchmark run (milliseconds and megabytes)."""

    messages: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    load_ms: float
    rss_mb: float

    def lines(self) -> list[str]:
        def mark(ok: bool) -> str:
            return "ok  " if ok else "OVER"

        return [
            f"messages          {self.messages:>9,}",
            f"reply p50         {self.p50_ms:9.3f} ms",
            f"reply p99         {self.p99_ms:9.3f} ms  {mark(self.p99_ms <= TARGET_P99_MS)}"
            f" (target <= {TARGET_P99_MS} ms)",
            f"reply max         {self.max_ms:9.3f} ms",
            f"load + index      {self.load_ms:9.1f} ms  {mark(self.load_ms <= TARGET_LOAD_MS)}"
            f" (target <= {TARGET_LOAD_MS:.0f} ms; the first, cold load)",
            f"peak resident     {self.rss_mb:9.1f} MB  {mark(self.rss_mb <= TARGET_RSS_MB)}"
            f" (target <= {TARGET_RSS_MB:.0f} MB)",
        ]

    @property
    def ok(self) -> bool:
        return (self.p99_ms <= TARGET_P99_MS and self.load_ms <= TARGET_LOAD_MS
                and self.rss_mb <= TARGET_RSS_MB)


def _seed_messages(assistant: Assistant) -> list[str]:
    seeds = [q for answer in assistant.answers.values() for q in answer.questions]
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                seeds.append(item["text"])
    return seeds


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    choice = rng.randrange(4)
    if choice == 0:
        return word[:i] + word[i + 1:]
    if choice == 1:
        return word[:i] + word[i] + word[i:]
    if choice == 2:
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def varied_messages(assistant: Assistant, count: int = 10_000, seed: int = 7) -> list[str]:
    """``count`` different messages: real phrasings with typos, case and filler changed."""
    rng = random.Random(seed)
    seeds = _seed_messages(assistant)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        words = rng.choice(seeds).split()
        words = [_typo(w, rng) if rng.random() < 0.15 else w for w in words]
        text = " ".join(words)
        style = rng.randrange(4)
        if style == 1:
            text = text.lower()
        elif style == 2:
            text = text.upper() if rng.random() < 0.1 else text.capitalize()
        text = f"{rng.choice(_FILLERS)} {text} {rng.choice(_FILLERS)}".strip()
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def run_bench(faq: Path | str | None = None, count: int = 10_000) -> BenchResult:
    """Time loading and ``count`` replies in this process; report peak memory."""
    start = time.perf_counter()
    assistant = Assistant.load(faq)
    load_ms = (time.perf_counter() - start) * 1000
    messages = varied_messages(assistant, count)
    gc.collect()
    gc.freeze()  # as a long-running server would: content never needs collecting
    timings = []
    clock = time.perf_counter_ns
    for text in messages:
        start = clock()
        assistant.reply(text)
        timings.append((clock() - start) / 1e6)
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss_kb / 1024 if sys.platform != "darwin" else rss_kb / 1024 / 1024
    return BenchResult(messages=len(timings), p50_ms=statistics.median(timings),
                       p99_ms=p99, max_ms=timings[-1], load_ms=load_ms,
                       rss_mb=rss_mb)
