"""crisis.yaml: every entry documented, every example read as its entry promises."""

from __future__ import annotations

import re

from bot.core.assistant import Assistant
from bot.tools.lexicon import check_examples


def test_every_entry_has_an_id_a_note_and_an_example(assistant: Assistant) -> None:
    lexicon = assistant.lexicon
    ids = [e.id for e in (*lexicon.entries, *lexicon.safe)]
    assert len(ids) == len(set(ids))
    for entry in (*lexicon.entries, *lexicon.safe):
        assert re.fullmatch(r"[a-z][a-z0-9_]*", entry.id), entry.id
        assert entry.note.strip() and not entry.note.upper().startswith("TODO"), entry.id
        assert entry.examples, f"{entry.id} has no example"


def test_every_example_and_not_example_holds(assistant: Assistant) -> None:
    problems = check_examples(assistant.detector)
    assert not problems, "\n".join(problems)
