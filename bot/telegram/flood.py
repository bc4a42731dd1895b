"""Per-chat flood control in bounded memory.

Each chat has a token bucket: ``burst`` messages at once, then ``rate`` a second. The
first message over the limit gets one gentle "slow down" note; later ones get nothing
until the bucket refills, and the note can come again only after the bucket has filled
right up (a real pause).

What is kept: for at most ``max_chats`` chats, a salted hash of the chat id (the salt
is random per process, so the key means nothing outside it), two floats and a flag. A
chat is forgotten once its bucket is full again, and the least recently seen chat is
dropped first when the cap is reached, so memory is bounded whatever the number of
people. Forgetting can only ever make the bot *more* willing to answer.

The caller decides what is exempt: handlers call the assistant first and never pass a
risky message through here, so crisis replies are never throttled, dropped or delayed.
"""

from __future__ import annotations

import enum
import hashlib
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["FloodControl", "Verdict"]


class Verdict(enum.Enum):
    """What to do with one message."""

    ALLOW = "allow"
    WARN = "warn"
    """Over the limit for the first time in this burst: send the "slow down" note."""
    DROP = "drop"
    """Still over the limit: send nothing."""


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class FloodControl:
    """Token buckets keyed by a salted hash of the chat id, at most ``max_chats`` of them."""

    def __init__(self, burst: int = 6, rate: float = 0.5, max_chats: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if burst < 1 or rate <= 0 or max_chats < 1:
            raise ValueError("burst and max_chats must be at least 1, rate above 0")
        self.burst = float(burst)
        self.rate = rate
        self.max_chats = max_chats
        self._clock = clock
        self._salt = os.urandom(16)
        self._buckets: OrderedDict[bytes, _Bucket] = OrderedDict()
        self._refill_seconds = self.burst / rate

    def __len__(self) -> int:
        """How many chats are remembered right now."""
        return len(self._buckets)

    def check(self, chat_id: int) -> Verdict:
        """Count one message from ``chat_id`` and say whether to answer it."""
        now = self._clock()
        self._forget_idle(now)
        key = self._key(chat_id)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = _Bucket(tokens=self.burst, updated=now)
            self._buckets[key] = bucket
            if len(self._buckets) > self.max_chats:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= self.burst:
                bucket.warned = False
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return Verdict.ALLOW
        if not bucket.warned:
            bucket.warned = True
            return Verdict.WARN
        return Verdict.DROP

    def _key(self, chat_id: int) -> bytes:
        return hashlib.blake2b(str(chat_id).encode(), key=self._salt, digest_size=12).digest()

    def _forget_idle(self, now: float) -> None:
        # The oldest entries come first; one whose bucket has refilled holds nothing we
        # need. Look at a few per call so the work per message stays constant.
        for _ in range(4):
            if not self._buckets:
                return
            key, bucket = next(iter(self._buckets.items()))
            if now - bucket.updated < self._refill_seconds:
                return
            del self._buckets[key]
