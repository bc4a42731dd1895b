"""Flood control: a burst, one "slow down", silence, then answers again; bounded memory."""

from __future__ import annotations

import sys

import pytest

from bot.telegram.flood import FloodControl, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_one_warning_then_silence() -> None:
    clock = Clock()
    flood = FloodControl(burst=6, rate=0.5, clock=clock)
    verdicts = [flood.check(1) for _ in range(30)]
    assert verdicts[:6] == [Verdict.ALLOW] * 6
    assert verdicts[6] == Verdict.WARN
    assert verdicts[7:] == [Verdict.DROP] * 23


def test_answers_again_after_calming_down() -> None:
    clock = Clock()
    flood = FloodControl(burst=3, rate=0.5, clock=clock)
    for _ in range(5):
        flood.check(1)
    clock.now += 2.0  # one message's worth refilled
    assert flood.check(1) == Verdict.ALLOW
    assert flood.check(1) == Verdict.DROP  # still the same episode: no second warning
    clock.now += 6.0  # a real pause: the bucket is full again
    assert [flood.check(1) for _ in range(4)] == [Verdict.ALLOW] * 3 + [Verdict.WARN]


def test_people_do_not_affect_each_other() -> None:
    flood = FloodControl(burst=2, rate=0.1, clock=Clock())
    assert [flood.check(1) for _ in range(3)][-1] == Verdict.WARN
    assert flood.check(2) == Verdict.ALLOW


def test_a_steady_writer_is_never_throttled() -> None:
    clock = Clock()
    flood = FloodControl(burst=6, rate=0.5, clock=clock)
    for _ in range(200):
        assert flood.check(7) == Verdict.ALLOW
        clock.now += 2.5


def test_memory_is_capped_whatever_the_number_of_people() -> None:
    flood = FloodControl(burst=6, rate=0.5, max_chats=1000, clock=Clock())
    for chat_id in range(50_000):
        flood.check(chat_id)
    assert len(flood) == 1000
    per_entry = sys.getsizeof(next(iter(flood._buckets.values())))
    assert per_entry < 200


def test_idle_chats_are_forgotten() -> None:
    clock = Clock()
    flood = FloodControl(burst=6, rate=0.5, clock=clock)
    for chat_id in range(3):
        flood.check(chat_id)
    clock.now += 13  # burst / rate = 12 s: every bucket is full again
    flood.check(99)
    assert len(flood) == 1


def test_keys_are_salted_hashes_not_ids() -> None:
    flood = FloodControl()
    flood.check(123456789)
    [key] = flood._buckets
    assert b"123456789" not in key and len(key) == 12
    assert FloodControl()._key(123456789) != key  # a fresh salt per process


@pytest.mark.parametrize("kwargs", [{"burst": 0}, {"rate": 0}, {"max_chats": 0}])
def test_bad_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="at least"):
        FloodControl(**kwargs)  # type: ignore[arg-type]
