"""The scrubber: what could identify someone is gone before a question is kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ops.scrub import MAX_CHARS, scrub


@pytest.mark.parametrize(("text", "expected"), [
    # phone numbers, however written
    ("ring me on 07700 900123", "ring me on [phone]"),
    # an address whose domain starts "www." (found by the property test below)
    ("mail me at sam@www.example.com please", "mail me at [email] please"),
    ("a@www.com", "[email]"),
    ("07700900123", "[phone]"),
    ("my mobile is 07700-900-123.", "my mobile is [phone]."),
    ("+44 7700 900123 anytime", "[phone] anytime"),
    ("+44 (0)20 7946 0018", "[phone]"),
    ("(020) 7946 0018", "[phone]"),
    ("0 7 7 0 0 9 0 0 1 2 3", "[phone]"),
    ("００７７００９００１２３", "[phone]"),  # full-width digits
    # e-mail addresses, also spelt out or with an invisible character inside
    ("email sam.jones+nhs@example.co.uk please", "email [email] please"),
    ("sam\u200b@example.com", "[email]"),
    ("sam at gmail dot com", "[email]"),
    ("sam(at)gmail(dot)com", "[email]"),
    ("sam [at] outlook [dot] co [dot] uk", "[email]"),
    # links
    ("see https://example.com/a?b=c#d", "see [link]"),
    ("www.example.org/page is where", "[link] is where"),
    ("t.me/someone or nhs.uk/mental-health", "[link] or [link]"),
    ("HTTP://EXAMPLE.COM", "[link]"),
    # @handles
    ("message @sam_jones on insta", "message [username] on insta"),
    ("@sam.jones99", "[username]"),
    # UK postcodes, with or without the space, any case
    ("I live at LS6 2AB", "I live at [postcode]"),
    ("sw1a1aa", "[postcode]"),
    ("postcode m1 1ae?", "postcode [postcode]?"),
    ("EC1A 1BB and B33 8TH", "[postcode] and [postcode]"),
    # long digit runs: NHS numbers, references
    ("my nhs number is 943 476 5919", "my nhs number is [number]"),
    ("reference 123456", "reference [number]"),
    ("9434765919", "[number]"),
    # a name given outright
    ("my name is Sarah Jones and I'm 34", "my name is [name] and I'm 34"),
    ("im called sam", "im called [name]"),
    # left alone: what carries the question, not the person
    ("is it free", "is it free"),
    ("I waited 18 weeks from 2019-2024, is that normal", "I waited 18 weeks from 2019-2024, "
                                                         "is that normal"),
    ("I called 111 and 116 123", "I called 111 and 116 123"),
    ("I live in LS6, is there a service", "I live in LS6, is there a service"),
    ("does B12 help with anxiety", "does B12 help with anxiety"),
    ("i am 16 and in year 11", "i am 16 and in year 11"),
    ("therapy.Is it free", "therapy.Is it free"),
    ("", ""),
])
def test_scrub(text: str, expected: str) -> None:
    assert scrub(text) == expected


def test_one_line_and_capped() -> None:
    assert scrub("  is it\nfree\r\n\tfor me  ") == "is it free for me"
    long = scrub("word " * 1000)
    assert len(long) == MAX_CHARS and long.endswith("…")


PERSONAL = st.one_of(
    st.from_regex(r"07[0-9]{3} ?[0-9]{3} ?[0-9]{3}", fullmatch=True),
    st.from_regex(r"\+44 ?7[0-9]{3} ?[0-9]{6}", fullmatch=True),
    st.from_regex(r"[a-z]{1,10}(\.[a-z]{1,8})?@[a-z]{2,10}\.(com|org|co\.uk|nhs\.net)",
                  fullmatch=True),
    st.from_regex(r"@[A-Za-z][A-Za-z0-9_]{3,15}", fullmatch=True),
    st.from_regex(r"https?://[a-z]{2,12}\.(com|org|uk)(/[a-z0-9]{0,10})?", fullmatch=True),
    st.from_regex(r"[A-Z]{1,2}[0-9][0-9]? ?[0-9][A-Z]{2}", fullmatch=True),
    st.from_regex(r"[1-9][0-9]{4,12}", fullmatch=True),
)
WORDS = st.lists(st.sampled_from(["is", "it", "free", "my", "therapist", "can", "I", "and",
                                  "call", "on", "at", "please", "help", "GP", "?", ","]),
                 max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(before=WORDS, detail=PERSONAL, after=WORDS)
def test_a_detail_anywhere_in_a_question_is_gone(before: str, detail: str,
                                                 after: str) -> None:
    scrubbed = scrub(f"{before} {detail} {after}")
    assert detail not in scrubbed
    assert not re.search(r"\d{5}", scrubbed)
    assert "@" not in scrubbed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_scrubbed_to_one_line_and_scrubbing_again_changes_nothing(
        text: str) -> None:
    once = scrub(text)
    assert "\n" not in once and len(once) <= MAX_CHARS
    assert scrub(once) == once
