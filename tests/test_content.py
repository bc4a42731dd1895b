"""faq.yaml: loading validates everything, and broken files are refused clearly."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content import (
    DEFAULT_FAQ,
    REQUIRED_TOPICS,
    TOPICS_LIST,
    ContentError,
    load_content,
)
from bot.reply import CrisisKind

FACTS = Path(__file__).resolve().parent.parent.parent / "shared" / "facts.md"
FINDER = "https://www.nhs.uk/service-search/mental-health/find-an-nhs-talking-therapies-service"


def test_the_real_file_loads() -> None:
    content = load_content()
    assert [t.id for t in content.topics if t.id in REQUIRED_TOPICS] == [
        t for t in REQUIRED_TOPICS if t in {x.id for x in content.topics}]
    assert content.service_finder_url == FINDER


def test_required_topics_match_the_shared_list() -> None:
    if not TOPICS_LIST.exists():
        pytest.skip("../shared/topics.md is not beside this checkout")
    listed = re.findall(r"^\| `([a-z0-9_]+)` \|", TOPICS_LIST.read_text(), re.MULTILINE)
    assert listed, "no topic ids found in topics.md"
    assert set(listed) == set(REQUIRED_TOPICS)


def test_every_topic_is_complete_and_phone_sized() -> None:
    content = load_content()
    for topic in content.topics:
        assert len(topic.questions) >= 12, topic.id
        assert len(topic.answer) <= 700, (topic.id, len(topic.answer))
        assert len(topic.title) <= 28, topic.id
        assert topic.sources, topic.id
        assert 2 <= len(topic.related) <= 4, topic.id


def test_the_two_names_and_who_it_is_for_are_said_plainly() -> None:
    content = load_content()
    what = content.topic("what_is_iapt")
    assert what is not None
    assert "IAPT" in what.answer and "NHS Talking Therapies" in what.answer
    for topic_id in ("eligibility", "not_right_for_me"):
        topic = content.topic(topic_id)
        assert topic is not None
        assert "mild to moderate" in topic.answer.lower(), topic_id
        assert "GP" in topic.answer, topic_id


def _numbers_and_links(text: str) -> set[str]:
    """Phone numbers (digit groups split by single spaces, 3+ digits) and links."""
    groups = re.findall(r"(?<![\d/-])\d+(?: \d+)*(?![\d/])", text)
    numbers = {g for g in groups if sum(c.isdigit() for c in g) >= 3}
    links = re.findall(r"https://[^\s)]*[^\s.,)]", text)
    return numbers | set(links)


def test_every_number_and_link_is_exactly_as_in_the_facts_sheet() -> None:
    if not FACTS.exists():
        pytest.skip("../shared/facts.md is not beside this checkout")
    facts = FACTS.read_text(encoding="utf-8")
    content = load_content()
    texts = [t.answer for t in content.topics] + list(content.messages.values())
    texts += [r.text + "\n" + r.extra for r in content.crisis.replies.values()]
    texts += [s.reply for s in content.smalltalk]
    found = set()
    for text in texts:
        found |= _numbers_and_links(text)
    assert "116 123" in found and "85258" in found and "0800 1111" in found
    for item in sorted(found):
        assert item in facts, f"{item!r} is not in facts.md"


def test_crisis_replies_lead_with_the_emergency_route_and_say_the_bot_is_automated() -> None:
    content = load_content()
    for kind in CrisisKind:
        text = content.crisis.replies[kind].text
        assert "999" in text, kind
        assert "automated" in text, kind
    self_text = content.crisis.replies[CrisisKind.SELF].text
    for must in ("116 123", "85258", "111", "option 2", "A&E", "0800 1111", "GP"):
        assert must in self_text, must
    assert "0808 2000 247" in content.crisis.replies[CrisisKind.ABUSE].text
    assert "0808 800 5000" in content.crisis.replies[CrisisKind.ABUSE].text


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


def test_missing_field_names_the_entry_and_line(tmp_path: Path) -> None:
    data = _data()
    del data["topics"][3]["answer"]
    error = _refused(_write(tmp_path, data), "answer", data["topics"][3]["id"])
    assert error.line is not None


def test_unknown_field(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["anwser"] = "typo"
    _refused(_write(tmp_path, data), "unknown field 'anwser'", data["topics"][0]["id"])


def test_duplicate_id(tmp_path: Path) -> None:
    data = _data()
    data["topics"][1]["id"] = data["topics"][0]["id"]
    _refused(_write(tmp_path, data), "used twice")


def test_empty_answer(tmp_path: Path) -> None:
    data = _data()
    data["topics"][2]["answer"] = "   "
    _refused(_write(tmp_path, data), "answer is empty", data["topics"][2]["id"])


def test_missing_required_topic(tmp_path: Path) -> None:
    data = _data()
    data["topics"] = [t for t in data["topics"] if t["id"] != "cost"]
    for topic in data["topics"]:
        topic["related"] = [r for r in topic.get("related", []) if r != "cost"]
    _refused(_write(tmp_path, data), "missing the required topic ids: cost")


def test_no_crisis_section(tmp_path: Path) -> None:
    data = _data()
    del data["crisis"]
    _refused(_write(tmp_path, data), "missing 'crisis'")


def test_wrong_type(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["questions"] = "just one string"
    _refused(_write(tmp_path, data), "questions must be a list")


def test_too_few_questions(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["questions"] = data["topics"][0]["questions"][:3]
    _refused(_write(tmp_path, data), "at least 12")


def test_unknown_related_topic(tmp_path: Path) -> None:
    data = _data()
    data["topics"][0]["related"] = ["no_such_topic"]
    _refused(_write(tmp_path, data), "no_such_topic")


def test_bad_crisis_regex(tmp_path: Path) -> None:
    data = _data()
    data["crisis"]["lexicon"]["self"].append("(unclosed")
    _refused(_write(tmp_path, data), "not a valid regular expression")


def test_unknown_macro(tmp_path: Path) -> None:
    data = _data()
    data["crisis"]["lexicon"]["self"].append("{NOPE} myself")
    _refused(_write(tmp_path, data), "unknown macro {NOPE}")


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
