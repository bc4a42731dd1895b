"""Place names, read for matching (bot/core/places.py): a town in England says where the
writer is, not what they ask; a place in Scotland, Wales or Northern Ireland says which
nation's services apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.assistant import Assistant
from bot.core.places import PLACES_FILE, load_places


def test_the_gazetteer_loads_and_knows_each_nation() -> None:
    places = load_places()
    assert places.read(["i", "live", "in", "newcastle", "upon", "tyne"]) == ["i", "live", "in"]
    assert places.read(["edinburgh"]) == ["scotland"]
    assert places.read(["swansea"]) == ["wales"]
    assert places.read(["belfast"]) == ["northern", "ireland"]
    # Everyday words that are also towns stay words.
    for word in ("reading", "bath", "bury", "march", "sale", "deal", "street", "scone"):
        assert places.read([word]) == [word]
    # A name shared by towns of a like size in two nations says no nation (specific_am:
    # a student "at uni in bangor" had the Northern Ireland answer).
    for shared in ("bangor", "whitchurch", "holywell"):
        assert places.read(["in", shared]) == ["in", shared], shared


def test_a_broken_gazetteer_is_an_error_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "places.tsv"
    broken.write_text("leeds\tyorkshire\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"places\.tsv:1"):
        load_places.__wrapped__(broken)


def test_the_gazetteer_file_is_the_one_the_bot_reads() -> None:
    assert PLACES_FILE.name == "places.tsv" and PLACES_FILE.is_file()


# Towns named as people name them; none of them appears in faq.yaml's phrasings.
WAIT_IN_A_TOWN = ["Newcastle", "Wolverhampton", "Stoke", "Milton Keynes", "Huddersfield",
                  "Middlesbrough", "Peterborough", "Doncaster", "Ipswich", "Gloucestershire"]


@pytest.mark.parametrize("town", WAIT_IN_A_TOWN)
def test_a_town_does_not_stop_a_question_being_answered(assistant: Assistant,
                                                        town: str) -> None:
    # Before: "how long is the wait in Newcastle" fell back (63 of the 150 largest UK
    # towns did), the town's name counting against every answer.
    reply = assistant.reply(f"how long is the wait in {town}?")
    assert reply.answer == "waiting_times", town


@pytest.mark.parametrize(("text", "answer"), [
    ("my sister lives in Aberdeen, can she use this", "scotland"),
    ("my dad is in Wrexham and struggling, can he get this there", "wales"),
    ("im moving to Lisburn next month, is there the same thing there", "northern_ireland"),
])
def test_a_place_in_another_nation_gets_that_nations_answer(assistant: Assistant, text: str,
                                                            answer: str) -> None:
    assert assistant.reply(text).answer == answer


def test_places_are_read_for_matching_only_not_for_the_crisis_check(
        assistant: Assistant) -> None:
    reply = assistant.reply("im on the bridge in Newcastle and i am going to jump")
    assert reply.crisis
