"""Place names in a message, read for matching: a town in England says where the writer
is, not what they ask; one in Scotland, Wales or Northern Ireland says which nation's
services apply.

"how long is the wait in Newcastle" asks what "how long is the wait" asks: the town's
name is no word any answer uses, and had counted against every answer (with the
out-of-scope "how long is the wait for X" close behind, the question fell back).
"my sister lives in Edinburgh, can she use this" asks about Scotland. So, for the
matcher only, an English place is dropped and a devolved nation's place is read as the
nation's name. The crisis check reads every word as written.

The names come from ``places.tsv`` (see ``scripts/make_places.py``): towns and cities of
5,000 people or more and the UK's counties and council areas, leaving out names that
are everyday words ("reading", "bath", "bury").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from bot.core.files import data_file

__all__ = ["PLACES_FILE", "Places", "load_places"]

PLACES_FILE = data_file("places.tsv")
_ENGLAND = "england"
_NATIONS = frozenset({_ENGLAND, "scotland", "wales", "northern ireland"})
_ABROAD = frozenset((country,) for country in (
    "australia", "canada", "america", "usa", "us", "tasmania", "ontario", "texas",
    "ireland", "zealand", "jamaica", "scotland", "wales"))
"""Words after a name that say it is another place of that name ("Perth, Australia",
"Newport, Wales" is still read as Wales through "wales" itself)."""


class Places:
    """A gazetteer of multi-word names, read longest first."""

    def __init__(self, places: dict[tuple[str, ...], str]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, nation in sorted(places.items(), key=lambda item: -len(item[0])):
            self._by_first.setdefault(name[0], []).append((name, nation))

    def read(self, words: Sequence[str]) -> list[str]:
        """``words`` with each place in England left out and each place elsewhere in the
        UK read as its nation ("edinburgh" -> "scotland"); other words as they are."""
        by_first = self._by_first
        if not any(word in by_first for word in words):
            return list(words)  # the usual case: no place named
        out: list[str] = []
        i = 0
        while i < len(words):
            for name, nation in by_first.get(words[i], ()):
                if tuple(words[i:i + len(name)]) == name and \
                        tuple(words[i + len(name):i + len(name) + 1]) not in _ABROAD:
                    if nation != _ENGLAND:
                        out.extend(nation.split())
                    i += len(name)
                    break
            else:
                out.append(words[i])
                i += 1
        return out


def _parse(path: Path) -> dict[tuple[str, ...], str]:
    places: dict[tuple[str, ...], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, nation = line.partition("\t")
        if not name.strip() or nation not in _NATIONS:
            raise ValueError(f"{path}:{number}: expected 'place<TAB>nation', got {line!r}")
        places[tuple(name.split())] = nation
    return places


@cache
def load_places(path: Path = PLACES_FILE) -> Places:
    """The gazetteer in ``path`` (read once); a missing or broken file is an error
    naming it."""
    return Places(_parse(path))
