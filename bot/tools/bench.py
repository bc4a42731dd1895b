"""In-process speed and memory figures for the core (``python main.py bench``).

Targets (issues 2 and 10), on the project's 2-core machine: one reply (normalise,
crisis check, match, compose) at most 1 ms at the 99th percentile; loading and indexing
the content at most 300 ms; at most 60 MB resident for the core alone. This is a
benchmark, not a test: timings on a shared machine vary, so CI does not gate on it.

Two loads are timed, each in a fresh process: the *first start* (nothing kept: every
pattern compiled and every index built, then kept) and a *restart* (the kept builds
read back, see :mod:`bot.core.buildcache`). A restart is what a running service does
after a crash or a deploy that leaves the content alone; the load target is judged on
it, and the first start is shown beside it.
"""

from __future__ import annotations

import gc
import json
import os
import random
import resource
import statistics
import string
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.core.assistant import Assistant
from bot.core.buildcache import CACHE_ENV
from bot.core.content import Content, load_content

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
    first_load_ms: float = 0.0
    first_rss_mb: float = 0.0
    ordinary_p99_ms: float = 0.0
    risk_p99_ms: float = 0.0

    def lines(self) -> list[str]:
        def mark(ok: bool) -> str:
            return "ok  " if ok else "OVER"

        return [
            f"messages          {self.messages:>9,}",
            f"reply p50         {self.p50_ms:9.3f} ms",
            f"reply p99         {self.p99_ms:9.3f} ms  {mark(self.p99_ms <= TARGET_P99_MS)}"
            f" (target <= {TARGET_P99_MS} ms)",
            f"  p99, no risk    {self.ordinary_p99_ms:9.3f} ms  (messages with no crisis reply)",
            f"  p99, risk       {self.risk_p99_ms:9.3f} ms  (crisis replies, most with a "
            "question)",
            f"reply max         {self.max_ms:9.3f} ms",
            f"load, restart     {self.load_ms:9.1f} ms  {mark(self.load_ms <= TARGET_LOAD_MS)}"
            f" (target <= {TARGET_LOAD_MS:.0f} ms; kept builds read back)",
            f"load, first start {self.first_load_ms:9.1f} ms        (nothing kept: all "
            "compiled and indexed)",
            f"peak resident     {self.rss_mb:9.1f} MB  {mark(self.rss_mb <= TARGET_RSS_MB)}"
            f" (target <= {TARGET_RSS_MB:.0f} MB; after a restart and the replies)",
            f"  first start     {self.first_rss_mb:9.1f} MB        (peak while building)",
        ]

    @property
    def ok(self) -> bool:
        return (self.p99_ms <= TARGET_P99_MS and self.load_ms <= TARGET_LOAD_MS
                and self.rss_mb <= TARGET_RSS_MB)


def _seed_messages(content: Content) -> list[str]:
    seeds = [q for answer in content.answers for q in answer.questions]
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


def varied_messages(content: Content | Assistant, count: int = 10_000,
                    seed: int = 7) -> list[str]:
    """``count`` different messages: real phrasings with typos, case and filler changed."""
    rng = random.Random(seed)
    seeds = _seed_messages(content.content if isinstance(content, Assistant) else content)
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


def _peak_mb() -> float:
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss_kb / 1024 if sys.platform != "darwin" else rss_kb / 1024 / 1024


def _p99(timings: list[float]) -> float:
    timings = sorted(timings)
    return timings[min(len(timings) - 1, int(len(timings) * 0.99))] if timings else 0.0


def time_load(faq: Path | str | None = None) -> tuple[float, float]:
    """Milliseconds to load and index, and the peak resident megabytes, in this process."""
    start = time.perf_counter()
    Assistant.load(faq)
    return (time.perf_counter() - start) * 1000, _peak_mb()


def _load_in_child(faq: Path | str | None, cache: Path) -> tuple[float, float]:
    """:func:`time_load` in a fresh Python with its imports done, keeping builds in
    ``cache``."""
    code = ("import sys, bot.core.assistant, bot.tools.bench as b; "
            "print(*b.time_load(sys.argv[1] or None))")
    env = {**os.environ, CACHE_ENV: str(cache)}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code, str(faq or "")], env=env, cwd=root,
                          capture_output=True, text=True, check=True)
    load_ms, rss_mb = done.stdout.split()
    return float(load_ms), float(rss_mb)


def run_bench(faq: Path | str | None = None, count: int = 10_000) -> BenchResult:
    """Time a first start and a restart (each in a fresh process), then ``count``
    replies in this process; report peak memory."""
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        first_ms, first_rss = _load_in_child(faq, Path(folder))
        load_ms, _ = _load_in_child(faq, Path(folder))
        # The messages wait in a file, not in memory: the memory figure is the core's.
        stream = Path(folder) / "messages.txt"
        stream.write_text("\n".join(varied_messages(load_content(faq), count)),
                          encoding="utf-8")
        gc.collect()
        before = os.environ.get(CACHE_ENV)
        os.environ[CACHE_ENV] = folder
        try:
            assistant = Assistant.load(faq)
        finally:
            if before is None:
                del os.environ[CACHE_ENV]
            else:
                os.environ[CACHE_ENV] = before
        gc.collect()
        gc.freeze()  # as a long-running server would: content never needs collecting
        timings: list[float] = []
        risk: list[float] = []
        ordinary: list[float] = []
        clock = time.perf_counter_ns
        with stream.open(encoding="utf-8") as lines:
            for line in lines:
                text = line.rstrip("\n")
                start = clock()
                reply = assistant.reply(text)
                elapsed = (clock() - start) / 1e6
                timings.append(elapsed)
                (risk if reply.crisis else ordinary).append(elapsed)
    timings.sort()
    return BenchResult(messages=len(timings), p50_ms=statistics.median(timings),
                       p99_ms=_p99(timings), max_ms=timings[-1], load_ms=load_ms,
                       rss_mb=_peak_mb(), first_load_ms=first_ms, first_rss_mb=first_rss,
                       ordinary_p99_ms=_p99(ordinary), risk_p99_ms=_p99(risk))
