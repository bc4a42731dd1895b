"""The literal prefilter over the crisis lexicon never skips a pattern that matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.assistant import Assistant
from bot.core.crisis.patternset import Hit, PatternSet, compile_pattern, required_literals
from tests.conftest import DATA


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"kill my ?self", {"kill my"}),
        (r"(?:took|swallowed) (?:all|loads) of (?:my|the) pills", {" pills"}),
        (r"(?<![a-z0-9])(?:jump|leap)(?! the queue)", {"jump", "leap"}),
        (r"overdos\w*|took (?:all|loads)", {"overdos", "took "}),
        (r"su+i+c+i+d\w*", None),  # nothing but single letters: always run
        (r"(?:\w+ ){0,3}pills?", {"pill"}),
        (r"(?i)kill", None),  # literals are compared exactly: always run
        (r"(?:a|b)?", None),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(pattern)
    assert (set(found) if found is not None else None) == expected


def test_patterns_without_literals_always_run() -> None:
    patterns = PatternSet([("a", compile_pattern(r"x+y+")), ("b", compile_pattern(r"bridge"))])
    assert patterns.unfiltered == 1
    assert patterns.hits("xxyy") == [Hit("a", 0, 4)]
    assert patterns.hits("a bridge") == [Hit("b", 2, 8)]
    assert patterns.hits("nothing here") == []


def test_an_empty_set_finds_nothing() -> None:
    assert PatternSet[str]([]).hits("anything at all") == []


def _texts() -> list[str]:
    import json

    out = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def test_filtered_search_equals_running_every_pattern(assistant: Assistant) -> None:
    lexicon = assistant.detector._patterns
    texts = _texts() + [q for a in assistant.answers.values() for q in a.questions]
    differ = []
    for text in texts:
        prepared = assistant.detector.prepare(text)
        if sorted(lexicon.hits(prepared), key=repr) != sorted(lexicon.search_all(prepared),
                                                              key=repr):
            differ.append(text)
    assert not differ


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_filtered_search_equals_running_every_pattern_on_generated_text(
        assistant: Assistant, data: st.DataObject) -> None:
    # Words the lexicon itself spells out, in random order: the text most likely to
    # half-match a pattern.
    words = sorted(assistant.detector._lexicon_words)
    pieces = data.draw(st.lists(st.sampled_from([*words, "i", "my", "to", "the", "a", "me"]),
                                min_size=1, max_size=25))
    text = " ".join(pieces)
    lexicon = assistant.detector._patterns
    assert sorted(lexicon.hits(text), key=repr) == sorted(lexicon.search_all(text), key=repr)


def test_compiled_once_matches_as_re_compile_does(assistant: Assistant) -> None:
    # compile_pattern compiles from its own parse (one parse, not two): it must
    # behave exactly as re.compile on the same source.
    import re

    texts = [assistant.detector.prepare(t) for t in _texts()[::20]]
    for entry in (*assistant.lexicon.entries, *assistant.lexicon.safe):
        pattern = entry.compiled
        if pattern:
            plain = re.compile(pattern.source)
            for text in texts:
                assert [m.span() for m in pattern.regex.finditer(text)] == \
                    [m.span() for m in plain.finditer(text)], (pattern.source, text)
