"""Speed and memory figures for the core (``python main.py bench``).

Targets (issues 2 and 10), on the project's 2-core machine: one reply (normalise,
crisis check, match, compose) at most 1 ms at the 99th percentile; loading and indexing
the content at most 300 ms; at most 60 MB resident for the core alone. This is a
benchmark, not a test: timings on a shared machine vary, so CI does not gate on it.

Every figure comes from a fresh process. Two loads are timed: the *first start*
(nothing kept: every pattern compiled and every index built, then kept) and a
*restart* (the kept builds read back, see :mod:`bot.core.buildcache`), which then
times one reply to each message. A restart is what a running service does after a
crash or a deploy that leaves the content alone; the load target is judged on it.

``--against REV`` measures a git revision of this repository the same way, on the same
messages, in the same run, and prints the two side by side: a change's cost or gain
without comparing figures from different days or machine loads. Each tree's replies
are then timed twice, in the order this, that, that, this, and each message counts at
its faster time: on a shared machine one run of either tree can be 20-30% slower than
the next for no reason in the code.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.core.assistant import Assistant
from bot.core.buildcache import CACHE_ENV
from bot.core.content import Content, load_content

__all__ = ["BenchError", "BenchResult", "run_bench", "side_by_side", "varied_messages"]

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

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


_CHILD = r"""
import gc, json, resource, sys, time
try:
    from bot.core.assistant import Assistant
except ImportError:  # an older layout
    from bot.assistant import Assistant

def peak():
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024

faq, messages = sys.argv[1] or None, sys.argv[2]
start = time.perf_counter()
assistant = Assistant.load(faq)
out = {"load_ms": (time.perf_counter() - start) * 1000, "load_rss_mb": peak()}
if messages:
    gc.collect()
    gc.freeze()  # as a long-running server would: content never needs collecting
    timings, risk = [], []
    clock = time.perf_counter_ns
    with open(messages, encoding="utf-8") as lines:
        for line in lines:
            text = line.rstrip("\n")
            begin = clock()
            reply = assistant.reply(text)
            elapsed = (clock() - begin) / 1e6
            timings.append(elapsed)
            risk.append(bool(getattr(reply, "crisis", False)))
    out.update(timings=timings, risk=risk, rss_mb=peak())
print(json.dumps(out))
"""
"""What each fresh process runs: load, then (given a file) time one reply per line.
It uses only ``Assistant.load`` and ``reply``, so it runs an older checkout too."""


def _p99(timings: list[float]) -> float:
    timings = sorted(timings)
    return timings[min(len(timings) - 1, int(len(timings) * 0.99))] if timings else 0.0


def _child(root: Path, faq: Path | str | None, cache: Path,
           messages: Path | None = None) -> dict[str, object]:
    """Run :data:`_CHILD` in a fresh Python in ``root``, keeping builds in ``cache``."""
    env = {**os.environ, CACHE_ENV: str(cache), "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(faq or ""), str(messages or "")],
        env=env, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise BenchError(f"the benchmark failed in {root}: {last}")
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


class BenchError(Exception):
    """A benchmark could not run (a checkout that does not load, a bad revision)."""


def _result(first: dict[str, object], runs: list[dict[str, object]]) -> BenchResult:
    """Figures from a first start and one or more timed restarts of the same tree.

    With several runs, each message counts at its fastest: a transient stall from
    something else on the machine is not the code's cost, and both trees of a
    side-by-side get the same treatment."""
    columns = [[float(t) for t in run["timings"]] for run in runs]  # type: ignore[attr-defined]
    timings = [min(values) for values in zip(*columns, strict=True)]
    risk = [bool(r) for r in runs[0]["risk"]]  # type: ignore[attr-defined]
    ordered = sorted(timings)
    return BenchResult(
        messages=len(timings), p50_ms=statistics.median(ordered), p99_ms=_p99(ordered),
        max_ms=ordered[-1],
        load_ms=min(float(run["load_ms"]) for run in runs),  # type: ignore[arg-type]
        rss_mb=max(float(run["rss_mb"]) for run in runs),  # type: ignore[arg-type]
        first_load_ms=float(first["load_ms"]),  # type: ignore[arg-type]
        first_rss_mb=float(first["load_rss_mb"]),  # type: ignore[arg-type]
        ordinary_p99_ms=_p99([t for t, r in zip(timings, risk, strict=True) if not r]),
        risk_p99_ms=_p99([t for t, r in zip(timings, risk, strict=True) if r]))


def _checkout(revision: str, into: Path) -> Path:
    """The files of ``revision`` of this repository, unpacked into ``into``."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision],
                                 capture_output=True, check=False)
    except OSError as exc:
        raise BenchError(f"cannot run git to check out {revision!r} ({exc})") from None
    if archive.returncode != 0:
        reason = archive.stderr.decode(errors="replace").strip().splitlines()
        raise BenchError(f"cannot check out {revision!r}: {reason[-1] if reason else 'git failed'}")
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def run_bench(faq: Path | str | None = None, count: int = 10_000,
              against: str | None = None) -> tuple[BenchResult, BenchResult | None]:
    """This tree's figures and, given a git revision ``against``, that revision's figures
    on the same messages, measured in the same run (for a change's before and after).

    Raises :class:`BenchError` when a checkout cannot be made or does not load.
    """
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        temp = Path(folder)
        # The messages wait in a file, not in memory: the memory figure is the core's.
        stream = temp / "messages.txt"
        stream.write_text("\n".join(varied_messages(load_content(faq), count)),
                          encoding="utf-8")
        here = temp / "cache"
        if against is None:
            first = _child(ROOT, faq, here)
            return _result(first, [_child(ROOT, faq, here, stream)]), None
        # Side by side: each tree timed twice, in the order this, that, that, this, so
        # neither gains from running while the machine is quieter.
        old, there = _checkout(against, temp / "against"), temp / "cache-against"
        first_here, first_there = _child(ROOT, faq, here), _child(old, faq, there)
        runs_here = [_child(ROOT, faq, here, stream)]
        runs_there = [_child(old, faq, there, stream), _child(old, faq, there, stream)]
        runs_here.append(_child(ROOT, faq, here, stream))
        return _result(first_here, runs_here), _result(first_there, runs_there)


def side_by_side(now: BenchResult, before: BenchResult, label: str) -> list[str]:
    """Two runs' figures in columns, with the change."""
    rows = [("reply p50 (ms)", now.p50_ms, before.p50_ms),
            ("reply p99 (ms)", now.p99_ms, before.p99_ms),
            ("  p99, no risk", now.ordinary_p99_ms, before.ordinary_p99_ms),
            ("  p99, risk", now.risk_p99_ms, before.risk_p99_ms),
            ("load, restart (ms)", now.load_ms, before.load_ms),
            ("load, first start (ms)", now.first_load_ms, before.first_load_ms),
            ("peak resident (MB)", now.rss_mb, before.rss_mb)]
    lines = [f"{'':24}{'this tree':>12}{label[:12]:>12}{'change':>9}"]
    for name, a, b in rows:
        change = f"{(a - b) / b * 100:+.0f}%" if b else ""
        lines.append(f"{name:24}{a:12.3f}{b:12.3f}{change:>9}")
    return lines
