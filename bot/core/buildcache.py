"""What loading builds, kept between starts so a restart does not build it again.

Indexing the bank (every phrasing normalised, mended, stemmed and counted, for two
evidence indexes and the answer model) was most of the time a start took. The result
depends only on its inputs and on the code that builds it, so it is kept in a file
named by a hash of both: the content it was built from, the source of the core
package, this Python and the stemmer. Change any of them and the name changes, so a
stale index is never read; an unreadable file is built again. ``BOT_CACHE_DIR=off``
keeps nothing.

The files hold only what is built from the project's own content files, never
anything from a conversation, and live in the user's own cache folder (or
``$BOT_CACHE_DIR``), which is trusted as the code itself is: it is read with
:mod:`pickle`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TypeVar

import snowballstemmer

from bot.core.files import data_file

__all__ = ["CACHE_ENV", "BuildCache", "cache_folder"]

CACHE_ENV = "BOT_CACHE_DIR"
"""Where kept builds go; ``off`` keeps none."""

T = TypeVar("T")
_KEEP = 4
_CORE = Path(__file__).resolve().parent


def cache_folder(environ: Mapping[str, str] | None = None) -> Path | None:
    """``$BOT_CACHE_DIR``, else the user's cache folder; ``None`` when it is ``off``."""
    env = os.environ if environ is None else environ
    where = env.get(CACHE_ENV, "").strip()
    if where.lower() == "off":
        return None
    if where:
        return Path(where)
    return Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache") / \
        "nhs-talking-therapies-bot"


@cache
def code_version() -> str:
    """A hash of the core package's source, this Python and the stemmer's version."""
    digest = hashlib.sha256(sys.version.encode())
    digest.update(str(getattr(snowballstemmer, "__version__", "")).encode())
    for path in sorted(_CORE.rglob("*.py")):
        digest.update(path.relative_to(_CORE).as_posix().encode())
        digest.update(path.read_bytes())
    # The place names the matcher reads phrasings with (bot/core/places.py).
    digest.update(data_file("places.tsv").read_bytes())
    return digest.hexdigest()


class BuildCache:
    """Built values kept in files, each named by what it was built from."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.builds = 0

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None) -> BuildCache:
        return cls(cache_folder(environ))

    def get(self, name: str, inputs: object, build: Callable[[], T]) -> T:
        """The value ``build()`` makes from ``inputs``, read from its file when kept.

        ``inputs`` must pickle the same way whenever it is the same (plain tuples,
        strings, numbers and frozen dataclasses of them).
        """
        if self.folder is None:
            self.builds += 1
            return build()
        key = hashlib.sha256(code_version().encode())
        key.update(pickle.dumps(inputs, protocol=5))
        path = self.folder / f"{name}-{key.hexdigest()[:40]}.pickle"
        try:
            with path.open("rb") as kept:  # read as it goes: no second copy in memory
                value: T = pickle.load(kept)
        except FileNotFoundError:
            pass
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
                IndexError, TypeError, ValueError):
            pass  # damaged or from other code: build it again
        else:
            self.hits += 1
            return value
        value = build()
        self.builds += 1
        self._keep(name, path, value)
        return value

    @staticmethod
    def _keep(name: str, path: Path, value: object) -> None:
        """Write ``value`` (best effort: a read-only disk only means building again)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.name}.{os.getpid()}.part")
            partial.write_bytes(pickle.dumps(value, protocol=5))
            partial.replace(path)
            # A few builds of each name are kept (tests and tools load other banks);
            # older ones go.
            others = sorted(path.parent.glob(f"{name}-*.pickle"),
                            key=lambda p: p.stat().st_mtime, reverse=True)
            for old in others[_KEEP:]:
                old.unlink(missing_ok=True)
        except OSError:
            return
