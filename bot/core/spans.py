"""Postings kept flat, for the topic indexes and the answer model.

Each feature's postings (the documents that have it, with their weights) lie side by
side in shared arrays; per feature only one int is kept: where its run starts and how
long it is. A tuple and float objects per posting (about 65,000 over the two indexes and
the answer model) had cost about 8 MB resident.
"""

from __future__ import annotations

__all__ = ["MAX_RUN", "bounds", "pack"]

_BITS = 12
MAX_RUN = (1 << _BITS) - 1
"""The longest run one int holds: at most this many documents per feature."""


def pack(start: int, length: int) -> int:
    """One int for a run of ``length`` postings beginning at ``start``."""
    if length > MAX_RUN:
        raise ValueError(f"a run of {length} postings; at most {MAX_RUN} fit")
    return start << _BITS | length


def bounds(code: int) -> tuple[int, int]:
    """Where the run packed in ``code`` starts and ends (as a slice's bounds)."""
    start = code >> _BITS
    return start, start + (code & MAX_RUN)
