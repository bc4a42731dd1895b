"""Escaping and splitting: every part fits Telegram, nothing is lost, nothing unescaped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.telegram.formatting import MAX_MESSAGE, escape, html_length, render, split_text
from tests.telegram.standin import parse_html, utf16_len


def words(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("text", "html"), [
    ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
    ("A&E", "A&amp;E"),
    ("5 > 3", "5 &gt; 3"),
    ('"quoted"', '"quoted"'),
    ("&amp;", "&amp;amp;"),
])
def test_escape(text: str, html: str) -> None:
    assert escape(text) == html
    assert parse_html(escape(text)) == text


def test_short_text_is_one_part() -> None:
    assert split_text("  hello there \n") == ["hello there"]
    assert split_text("   \n ") == []


def test_prefers_paragraphs_then_lines_then_sentences_then_words() -> None:
    para = "a" * 30
    assert split_text(f"{para}\n\n{para}", limit=40) == [para, para]
    assert split_text(f"{para}\n{para}", limit=40) == [para, para]
    assert split_text("one two. three four", limit=12) == ["one two.", "three four"]
    assert split_text("alpha beta gamma delta", limit=12) == ["alpha beta", "gamma delta"]


def test_a_word_longer_than_the_limit_is_broken_inside() -> None:
    assert split_text("x" * 25, limit=10) == ["x" * 10, "x" * 10, "x" * 5]


def test_escaping_counts_towards_the_limit() -> None:
    parts = render("<" * 5000)
    assert all(len(part) <= MAX_MESSAGE for part in parts)
    assert "".join(parse_html(p) for p in parts) == "<" * 5000


def test_astral_characters_count_twice() -> None:
    parts = split_text("😀" * 3000)
    assert [utf16_len(p) for p in parts] == [4096, 1904]


def test_combining_marks_stay_with_their_letter() -> None:
    text = "e\u0301" * 10
    for part in split_text(text, limit=9):
        assert not part.startswith("\u0301")


def test_zwj_sequences_are_not_split_at_the_joiner() -> None:
    family = "👨\u200d👩\u200d👧"
    for part in split_text(family * 10, limit=9):
        assert not part.startswith("\u200d") and not part.endswith("\u200d")


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=0, max_size=9000), st.integers(min_value=8, max_value=MAX_MESSAGE))
def test_every_part_fits_and_nothing_is_lost(text: str, limit: int) -> None:
    parts = split_text(text, limit)
    assert all(part and part == part.strip() for part in parts)
    assert all(html_length(part) <= limit for part in parts)
    assert words("".join(parts)) == words(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("<>&;#x\"' \n😀é\u0301abc"), max_size=6000))
def test_rendered_parts_parse_back_to_the_text(text: str) -> None:
    parts = render(text)
    assert all(utf16_len(parse_html(part)) <= MAX_MESSAGE for part in parts)
    assert words("".join(parse_html(part) for part in parts)) == words(text)
