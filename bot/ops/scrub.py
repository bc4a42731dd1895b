"""Take what could identify someone out of a question before it is kept.

:func:`scrub` replaces links, e-mail addresses (also spelt out, "sam at gmail dot
com"), @handles, UK postcodes, phone numbers, long runs of digits (NHS numbers, account
and reference numbers) and a name given as "my name is ..." with placeholders such as
``[phone]``. It errs towards removing too much: a date written ``01.02.2024`` may go too.
Names written any other way and other details in words cannot be found this way, which
is why a question is kept only when the person chooses to send it.

Pure and total: any string in, a string out, the same every time.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_CHARS", "PLACEHOLDERS", "scrub"]

MAX_CHARS = 1000
"""Longer questions are cut here (the matcher reads only the start of a message too)."""

PLACEHOLDERS = ("[link]", "[email]", "[username]", "[postcode]", "[phone]", "[number]",
                "[name]")

# Top-level domains worth recognising without "http" or "www" (bare "nhs.uk/xyz",
# "t.me/someone"): a closed list, so "therapy.Is it free" is not taken for a link.
_TLDS = ("com|org|net|uk|co|io|me|info|biz|gov|nhs|ac|edu|app|dev|ly|gl|to|tv|us|eu|ie|"
         "de|fr|es|it|nl|ai|link|online|site|xyz|page|chat")

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # Links with a scheme or www., before e-mail (a link may hold an @).
    # Not "www." just after an "@": "a@www.com" is an e-mail address, read next.
    (re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|(?<!@)\bwww\.)\S+", re.IGNORECASE), "[link]"),
    (re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"\b[\w.+-]+(?:\s*[(\[]at[)\]]\s*|\s+at\s+)"
                r"(?:[\w-]+(?:\s*(?:\.|[(\[]dot[)\]])\s*|\s+dot\s+))+(?:com|org|net|uk|co)\b",
                re.IGNORECASE), "[email]"),
    (re.compile(rf"\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})\b(?:/\S*)?",
                re.IGNORECASE), "[link]"),
    (re.compile(r"(?<![\w@\]])@\w+(?:\.\w+)*"), "[username]"),
    # UK postcodes in full ("LS6 2AB", "sw1a1aa"); the district alone ("LS6") stays.
    (re.compile(r"\b(?:[a-z]{1,2}\d[a-z\d]?|gir)\s*\d[a-z]{2}\b", re.IGNORECASE),
     "[postcode]"),
    # Phone numbers: seven or more digits starting 0 or +, spaced or punctuated any way
    # ("07700 900 123", "+44 (0)20 7946-0018").
    (re.compile(r"(?<![\w+])(?:\+|\(?0)[\s().-]{0,2}\d(?:[\s().-]{0,2}\d){5,}(?!\w)"),
     "[phone]"),
    # Ten or more digits however grouped ("943 476 5919", an NHS number), then any
    # unbroken run of five or more.
    (re.compile(r"(?<!\w)\d(?:[\s.-]?\d){9,}(?!\w)"), "[number]"),
    (re.compile(r"\d{5,}"), "[number]"),
    # "My name is Sam", "I'm called sam Jones": the name and a capitalised surname.
    (re.compile(r"\b((?i:my\s+name\s+is|my\s+names|my\s+name's|i\s+am\s+called|"
                r"i'?m\s+called)\s+)[^\W\d_]+(?:[\s-]+[A-Z][^\W\d_]*)?"),
     r"\1[name]"),
)
_SPACE = re.compile(r"\s+")


def scrub(text: str) -> str:
    """``text`` with personal details replaced by placeholders, on one line, at most
    :data:`MAX_CHARS` characters."""
    # Fold look-alike characters (full-width digits and @) and drop invisible ones
    # (zero-width spaces hidden inside an address), so the patterns see plain text.
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                   for c in text if unicodedata.category(c) != "Cf")
    text = _SPACE.sub(" ", text).strip()
    for pattern, placeholder in _RULES:
        text = pattern.sub(placeholder, text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS - 1].rstrip() + "…"
    return text
