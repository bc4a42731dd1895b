"""What a start keeps for the next one: compiled patterns and built indexes.

A kept build must behave exactly as a fresh one, never be read when its inputs or
code changed, and never stop a start when the file is damaged or cannot be written.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from bot.core.assistant import Assistant
from bot.core.buildcache import BuildCache, cache_folder
from bot.core.content import Content, load_content
from bot.core.crisis.lexicon import Lexicon, load_lexicon
from bot.core.crisis.patternset import CompiledCache, compile_pattern
from bot.core.crisis.riskmodel import RiskModel
from bot.core.reply import ReplyKind
from tests.conftest import DATA

Parts = tuple[Content, Lexicon, RiskModel]

_SAMPLE = [json.loads(line)["text"]
           for path in ("crisis_k.jsonl", "matching_holdout.jsonl", "specific_b.jsonl")
           for line in (DATA / path).read_text(encoding="utf-8").splitlines()[::9]]


def _every_pattern(lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    return [(p.source, p.regex)
            for e in (*lexicon.entries, *lexicon.safe, *lexicon.frames) for p in e.patterns]


def test_patterns_read_back_are_the_patterns_python_compiles(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = CompiledCache(path)
    load_lexicon(cache=first)
    assert first.added > 100 and path.exists()
    again = CompiledCache(path)
    lexicon = load_lexicon(cache=again)
    assert again.added == 0  # every pattern came from the file
    for source, regex in _every_pattern(lexicon):
        # Pattern objects are equal when their text, flags and compiled code are.
        assert regex == re.compile(source), source
    fresh = load_lexicon(cache=CompiledCache(None))
    for (_, kept), (_, made) in zip(_every_pattern(lexicon), _every_pattern(fresh),
                                    strict=True):
        assert kept.flags == made.flags and kept.groupindex == made.groupindex
    assert lexicon.safe_compiled == fresh.safe_compiled


def test_the_required_literals_are_kept_too(tmp_path: Path) -> None:
    cache = CompiledCache(tmp_path / "p.marshal")
    made = compile_pattern(r"(?<![a-z])(?:kill|end) (?:my ?self|me)(?! off)", cache)
    cache.save()
    kept = CompiledCache(tmp_path / "p.marshal").get(made.source)
    assert kept is not None and kept.literals == made.literals == frozenset({"kill", "end"})
    assert kept.regex.search("i want to end myself") is not None


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\x00" * 64])
def test_a_damaged_pattern_file_means_compiling_again(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(damage)
    cache = CompiledCache(path)
    assert len(cache) == 0
    lexicon = load_lexicon(cache=cache)
    assert cache.added > 100 and len(CompiledCache(path)) == cache.added
    assert lexicon.entries


def test_damaged_code_in_the_file_is_compiled_afresh(tmp_path: Path) -> None:
    path = tmp_path / "p.marshal"
    cache = CompiledCache(path)
    source = r"\bover ?dos\w*"
    compile_pattern(source, cache)
    cache.save()
    broken = CompiledCache(path)
    flags, _code, *rest = broken._entries[source]
    broken._entries[source] = (flags, b"\xff\xff\xff\xff" * 3, *rest)  # type: ignore[assignment]
    assert broken.get(source) is None  # refused by the engine, not trusted
    assert compile_pattern(source, broken).regex.search("i took an overdose")


def test_another_pythons_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          ) -> None:
    path = tmp_path / "p.marshal"
    cache = CompiledCache(path)
    compile_pattern("abc+", cache)
    cache.save()
    monkeypatch.setattr(CompiledCache, "_header", staticmethod(lambda: (0, "other")))
    assert len(CompiledCache(path)) == 0


def test_off_keeps_nothing(tmp_path: Path) -> None:
    assert cache_folder({"BOT_CACHE_DIR": "off"}) is None
    assert cache_folder({"BOT_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache_folder({"XDG_CACHE_HOME": str(tmp_path)}) == \
        tmp_path / "nhs-talking-therapies-bot"
    assert CompiledCache.default({"BOT_CACHE_DIR": "off"}).path is None
    load_lexicon(cache=CompiledCache(None))
    build = BuildCache(None)
    assert build.get("x", (1,), lambda: 2) == 2 and build.builds == 1
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def parts() -> Parts:
    return load_content(), load_lexicon(cache=CompiledCache(None)), RiskModel.load()


def test_a_kept_build_answers_exactly_as_a_fresh_one(tmp_path: Path, parts: Parts) -> None:
    content, lexicon, model = parts
    fresh = Assistant(content, lexicon, model=model, cache=BuildCache(None))
    writing = BuildCache(tmp_path)
    Assistant(content, lexicon, model=model, cache=writing)
    # Two builds are kept: the indexes, and the small-talk phrases normalised.
    assert writing.builds == 2 and len(list(tmp_path.glob("indexes-*.pickle"))) == 1
    assert len(list(tmp_path.glob("smalltalk-*.pickle"))) == 1
    reading = BuildCache(tmp_path)
    kept = Assistant(content, lexicon, model=model, cache=reading)
    assert reading.hits == 2 and reading.builds == 0
    for text in _SAMPLE:
        assert kept.reply(text) == fresh.reply(text), text


def test_changed_content_is_never_read_from_an_old_build(tmp_path: Path, parts: Parts) -> None:
    content, lexicon, model = parts
    Assistant(content, lexicon, model=model, cache=BuildCache(tmp_path))
    topic = content.topics[0]
    overview = dataclasses.replace(topic.overview,
                                   questions=(*topic.overview.questions, "zebra crossing"))
    changed = dataclasses.replace(
        content, topics=(dataclasses.replace(topic, overview=overview), *content.topics[1:]))
    cache = BuildCache(tmp_path)
    Assistant(changed, lexicon, model=model, cache=cache)
    assert cache.builds == 1 and cache.hits == 1  # the small talk did not change
    assert len(list(tmp_path.glob("indexes-*.pickle"))) == 2


def test_a_damaged_build_is_built_again(tmp_path: Path, parts: Parts) -> None:
    content, lexicon, model = parts
    Assistant(content, lexicon, model=model, cache=BuildCache(tmp_path))
    for kept in tmp_path.glob("indexes-*.pickle"):
        kept.write_bytes(kept.read_bytes()[:1000])
    cache = BuildCache(tmp_path)
    assistant = Assistant(content, lexicon, model=model, cache=cache)
    assert cache.builds == 1 and assistant.reply("is it free").topic == "cost"
    for kept in tmp_path.glob("smalltalk-*.pickle"):
        kept.write_bytes(kept.read_bytes()[:100])
    cache = BuildCache(tmp_path)
    assistant = Assistant(content, lexicon, model=model, cache=cache)
    assert cache.builds == 1 and assistant.reply("hiya").kind is ReplyKind.SMALLTALK


def test_an_unwritable_folder_only_means_building(tmp_path: Path, parts: Parts) -> None:
    content, lexicon, model = parts
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    cache = BuildCache(blocked / "cache")
    assert Assistant(content, lexicon, model=model, cache=cache).reply("is it free").topic \
        == "cost"
    assert cache.builds == 2
