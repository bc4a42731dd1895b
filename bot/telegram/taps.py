"""Which feedback and share buttons were tapped already, so a second tap counts nothing.

After a tap the bot also removes the button from the message, but two quick taps can
both arrive before that edit lands. What is kept, in memory only: a salted hash of the
chat id and message id for the most recent ``max_taps`` taps (the salt is random per
process, so it means nothing outside it). Forgetting can only ever let one more tap
count.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict

__all__ = ["Taps"]


class Taps:
    """Remembers the last ``max_taps`` (kind, chat, message) taps as salted hashes."""

    def __init__(self, max_taps: int = 10_000) -> None:
        if max_taps < 1:
            raise ValueError("max_taps must be at least 1")
        self.max_taps = max_taps
        self._salt = os.urandom(16)
        self._seen: OrderedDict[bytes, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def first(self, kind: str, chat_id: int, message_id: int) -> bool:
        """Whether this is the first tap of a ``kind`` button on this message (and
        remember it)."""
        key = self._key(kind, chat_id, message_id)
        if key in self._seen:
            self._seen.move_to_end(key)
            return False
        self._seen[key] = None
        if len(self._seen) > self.max_taps:
            self._seen.popitem(last=False)
        return True

    def forget(self, kind: str, chat_id: int, message_id: int) -> None:
        """Let the next tap count after all (the first one could not be acted on)."""
        self._seen.pop(self._key(kind, chat_id, message_id), None)

    def _key(self, kind: str, chat_id: int, message_id: int) -> bytes:
        return hashlib.blake2b(f"{kind}:{chat_id}:{message_id}".encode(), key=self._salt,
                               digest_size=12).digest()
