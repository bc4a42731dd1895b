"""faq.yaml: loading validates everything, and broken files are refused clearly."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core import limits
from bot.core.content import DEFAULT_FAQ, REQUIRED_TOPICS, ContentError, load_content
from bot.core.crisis.lexicon import load_lexicon
from bot.core.rightforme.content import load_check_content
from tests.conftest import shared_file

FINDER = "https://www.nhs.uk/service-search/mental-health/find-an-nhs-talking-therapies-service"


def test_the_real_file_loads() -> None:
    content = load_content()
    assert {t.id for t in content.topics} >= set(REQUIRED_TOPICS)
    assert content.service_finder_url == FINDER


def test_required_topics_match_the_shared_list() -> None:
    text = shared_file("topics.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([a-z0-9_]+)` \|", text, re.MULTILINE)
    assert listed, "no topic ids found in topics.md"
    assert set(listed) == set(REQUIRED_TOPICS)


def test_every_overview_is_complete_and_phone_sized() -> None:
    for topic in load_content().topics:
        overview = topic.overview
        assert len(overview.questions) >= limits.TOPIC_QUESTIONS, topic.id
        assert len(overview.text) <= limits.ANSWER_STYLE_CHARS, (topic.id, len(overview.text))
        assert len(overview.title) <= limits.BUTTON_LABEL_CHARS, topic.id
        assert overview.sources, topic.id
        assert 2 <= len(overview.related) <= 4, topic.id


def test_every_topic_has_specific_answers_and_each_is_complete() -> None:
    content = load_content()
    specific = [a for t in content.topics for a in t.specific]
    assert len(specific) >= 100
    for topic in content.topics:
        assert len(topic.specific) >= 2, topic.id
    for answer in specific:
        assert len(answer.questions) >= limits.SPECIFIC_QUESTIONS, answer.id
        assert len(answer.text) <= limits.SPECIFIC_ANSWER_CHARS, answer.id
        assert len(answer.title) <= limits.BUTTON_LABEL_CHARS, answer.id
        assert all(s.startswith("http") for s in answer.sources), answer.id
        assert answer.last_reviewed.year >= 2026, answer.id


def test_the_answers_about_telling_them_exist_for_each_kind_that_has_one() -> None:
    # The crisis reply swaps "what happens if I tell them" for the answer that fits whose
    # safety it is (bot.core.assistant._TELLING); renaming one must not break that.
    from bot.core.assistant import _FOR_16_AND_17, _FOR_A_CHILD, _TELLING, _UNDER_16, _WHO_FOR
    content = load_content()
    ids = {a.id for t in content.topics for a in t.specific}
    assert set(_TELLING.values()) <= ids
    # ... and the answers an age said in the message picks between
    assert {_FOR_16_AND_17, _FOR_A_CHILD} <= ids
    assert {_UNDER_16, _WHO_FOR} <= {t.id for t in content.topics}


def test_the_two_names_and_who_it_is_for_are_said_plainly() -> None:
    content = load_content()
    what = content.answer("what_is_iapt")
    assert what is not None
    assert "IAPT" in what.text and "NHS Talking Therapies" in what.text
    for topic_id in ("eligibility", "not_right_for_me"):
        answer = content.answer(topic_id)
        assert answer is not None
        assert "mild to moderate" in answer.text.lower(), topic_id
        assert "GP" in answer.text, topic_id


def _numbers_and_links(text: str) -> set[str]:
    """Phone numbers (digit groups split by single spaces, 3+ digits) and links."""
    # Not phone numbers: years, and proportions ("6 in 100").
    groups = re.findall(r"(?<![\d/-])(?<!\d in )\d+(?: \d+)*(?![\d/])", text)
    numbers = {g for g in groups if sum(c.isdigit() for c in g) >= 3 and
               not re.fullmatch(r"(?:19|20)\d\d", g)}
    links = re.findall(r"https://[^\s)]*[^\s.,)]", text)
    return numbers | set(links)


def test_every_number_and_link_is_exactly_as_in_the_facts_sheet() -> None:
    facts = shared_file("facts.md").read_text(encoding="utf-8")
    content = load_content()
    lexicon = load_lexicon()
    check = load_check_content()
    texts = [a.text for a in content.answers] + list(content.messages.values())
    texts += [r.text + "\n" + r.extra for r in lexicon.replies.values()]
    texts += [s.reply for s in content.smalltalk]
    texts += [o.text for o in check.outcomes.values()]
    found = set()
    for text in texts:
        found |= _numbers_and_links(text)
    assert "116 123" in found and "85258" in found and "0800 1111" in found
    for item in sorted(found):
        assert item in facts, f"{item!r} is not in facts.md"


# ----------------------------------------------------------------- broken files


def _data() -> dict[str, Any]:
    loaded = yaml.safe_load(DEFAULT_FAQ.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "faq.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _refused(path: Path, *needles: str) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(path)
    message = str(info.value)
    assert str(path) in message
    for needle in needles:
        assert needle in message, message
    return info.value


def _first_specific(data: dict[str, Any]) -> dict[str, Any]:
    topic = next(t for t in data["topics"] if t.get("specific"))
    specific: dict[str, Any] = topic["specific"][0]
    return specific


def test_missing_field_names_the_entry_and_line(tmp_path: Path) -> None:
    data = _data()
    del data["topics"][3]["answer"]
    error = _refused(_write(tmp_path, data), "answer", data["topics"][3]["id"])
    assert error.line is not None


def test_a_broken_specific_answer_is_named(tmp_path: Path) -> None:
    data = _data()
    specific = _first_specific(data)
    del specific["sources"]
    error = _refused(_write(tmp_path, data), "sources", specific["id"])
    assert error.line is not None


def test_a_specific_answer_needs_links_as_sources(tmp_path: Path) -> None:
    data = _data()
    specific = _first_specific(data)
    specific["sources"] = ["a leaflet I saw"]
    _refused(_write(tmp_path, data), "must be links", specific["id"])


def test_a_specific_answer_over_the_limit(tmp_path: Path) -> None:
    data = _data()
    specific = _first_specific(data)
    specific["answer"] = "x" * (limits.SPECIFIC_ANSWER_CHARS + 1)
    _refused(_write(tmp_path, data), "answer", specific["id"])


def test_a_phrasing_given_to_two_answers(tmp_path: Path) -> None:
    data = _data()
    specific = _first_specific(data)
    specific["questions"].append(data["topics"][0]["questions"][0].upper() + "?")
    _refused(_write(tmp_path, data), "also given to")


def test_unknown_field(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["anwser"] = "typo"
    _refused(_write(tmp_path, data), "unknown field 'anwser'", data["topics"][0]["id"])


def test_duplicate_id(tmp_path: Path) -> None:
    data = _data()
    data["topics"][1]["id"] = data["topics"][0]["id"]
    _refused(_write(tmp_path, data), "used twice")


def test_a_specific_answer_may_not_reuse_a_topic_id(tmp_path: Path) -> None:
    data = _data()
    _first_specific(data)["id"] = "cost"
    _refused(_write(tmp_path, data), "used twice")


def test_empty_answer(tmp_path: Path) -> None:
    data = _data()
    data["topics"][2]["answer"] = "   "
    _refused(_write(tmp_path, data), "answer is empty", data["topics"][2]["id"])


def test_missing_required_topic(tmp_path: Path) -> None:
    data = _data()
    cost = {a["id"] for t in data["topics"] if t["id"] == "cost"
            for a in [t, *t.get("specific", [])]}
    data["topics"] = [t for t in data["topics"] if t["id"] != "cost"]
    for topic in data["topics"]:
        for answer in [topic, *topic.get("specific", [])]:
            answer["related"] = [r for r in answer.get("related", []) if r not in cost]
    _refused(_write(tmp_path, data), "missing the required topic ids: cost")


def test_wrong_type(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["questions"] = "just one string"
    _refused(_write(tmp_path, data), "questions must be a list")


def test_too_few_questions(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["questions"] = data["topics"][0]["questions"][:3]
    _refused(_write(tmp_path, data), f"at least {limits.TOPIC_QUESTIONS}")


def test_unknown_related_answer(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["related"] = ["no_such_topic"]
    _refused(_write(tmp_path, data), "no_such_topic")


def test_a_button_label_over_the_limit(tmp_path: Path) -> None:
    data = _data()
    data["messages"]["button_menu"] = "x" * (limits.BUTTON_LABEL_CHARS + 1)
    _refused(_write(tmp_path, data), "button_menu")


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text("version: 1\ntopics: [\n  - id: x\n", encoding="utf-8")
    error = _refused(path, "invalid YAML")
    assert error.line is not None


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    text = DEFAULT_FAQ.read_text(encoding="utf-8")
    text = text.replace("version: 1\n", "version: 1\nversion: 1\n", 1)
    path = tmp_path / "faq.yaml"
    path.write_text(text, encoding="utf-8")
    _refused(path, "'version' twice", ":")


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev = chr(ord("a") + n - 1)
        cur = chr(ord("a") + n)
        bomb.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    path = tmp_path / "faq.yaml"
    path.write_text("\n".join(bomb) + "\n", encoding="utf-8")
    _refused(path, "not allowed")


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_bytes(b"version: 1\nmessages:\n  welcome: caf\xe9\n")
    error = _refused(path, "not valid UTF-8")
    assert error.line == 3


def test_huge_file(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_bytes(b"# " + b"x" * 3_000_000 + b"\n")
    _refused(path, "bytes")


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "nope.yaml", "cannot read")


def test_python_tags_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text("version: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    _refused(path, "invalid YAML")


@pytest.mark.parametrize("text", [
    "version: &v 1\n",
    "version:\t&v 1\n",
    "a: 1\nb: [x, *a]\n",
    "a: {b: *c}\n",
    "a: [x,*b]\n",
    "a: !x 1\n",
    "a: ! 1\n",
    "- ! one\n- two\n",
    "--- !tag\na: 1\n",
    "a:\n  - &x one\n  - *x\n",
    "a: [!!str 1]\n",
])
def test_anchors_aliases_and_tags_are_refused_wherever_they_sit(
        tmp_path: Path, text: str) -> None:
    # Files with none of them skip the slow event-by-event check; one that has any,
    # anywhere it may start, is still read event by event and refused.
    path = tmp_path / "faq.yaml"
    path.write_text(text, encoding="utf-8")
    _refused(path, "not allowed")


def test_prose_with_marks_in_it_still_loads() -> None:
    # The real files' prose ("wait!", "5 * 2", "A&E") is no node property.
    from bot.core.content import _PROPERTY
    for path in (DEFAULT_FAQ, load_lexicon().path):
        assert _PROPERTY.search(path.read_text(encoding="utf-8")) is None, path
