"""crisis.yaml: every entry documented, every example read as its entry promises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.assistant import Assistant
from bot.core.content import ContentError
from bot.core.crisis.lexicon import load_lexicon
from bot.core.crisis.patternset import CompiledCache
from bot.core.reply import CrisisKind, CrisisLevel
from bot.tools.lexicon import check_examples

ROOT = Path(__file__).resolve().parent.parent


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


@pytest.mark.parametrize(("entry", "flag", "message"), [
    ("  - id: abuse_always_bruised\n    kind: abuse\n", "marks", "marks is for kind self only"),
    ("  - id: self_ready_to_go\n    kind: self\n", "end_of_life",
     "end_of_life is for weak entries only"),
    ("  - id: self_burden\n    kind: self\n", "sentence",
     "sentence is for patterns with \\^ or \\$ only"),
])
def test_the_lexicons_flags_are_refused_where_they_do_not_belong(
        tmp_path: Path, entry: str, flag: str, message: str) -> None:
    # marks and fear_of_self are for the writer's own risk; end_of_life for weak words.
    text = (ROOT / "crisis.yaml").read_text(encoding="utf-8")
    assert entry in text
    broken = tmp_path / "crisis.yaml"
    broken.write_text(text.replace(entry, entry + f"    {flag}: true\n"), encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        load_lexicon(broken, cache=CompiledCache(None))


def test_a_sentences_end_is_its_own_only_for_entries_that_say_so(
        assistant: Assistant) -> None:
    # The sentences are joined for the patterns, so "$" is the message's end: "chosen a
    # date" was read in a last sentence only. An entry marked `sentence` is also run on
    # each sentence alone; the rest keep "^...$" for a whole message ("im done").
    mid = assistant.detector.read("i am not in danger right now. i have chosen a date. it is"
                                  " a few weeks off, after work calms down")
    assert mid.is_crisis and mid.source == "lexicon" and mid.primary is CrisisKind.SELF
    assert not any(e.sentence for e in assistant.lexicon.entries if e.id.endswith("_short"))


def test_the_dyings_calm_words_beside_an_illness_stay_a_check_in(
        assistant: Assistant) -> None:
    # Two weak signs make a message urgent, but not the calm words of someone dying of
    # an illness; the same words with no illness, or beside stopped heart tablets,
    # still do.
    ill = assistant.detector.read("the tumour has spread. ive made my peace with it and im"
                                  " planning my funeral")
    assert ill.is_crisis and ill.level is CrisisLevel.CHECK_IN
    well = assistant.detector.read("ive made my peace with it and im planning my funeral")
    assert well.level is CrisisLevel.URGENT


def test_marks_beside_abuse_happening_are_the_abuses(assistant: Assistant) -> None:
    # Marks hidden beside abuse of the writer are what the abuse left; alone, the
    # writer's own self-harm.
    abused = assistant.detector.read(
        "he choked me again last night. wore a scarf to hide the marks at work")
    assert abused.primary is CrisisKind.ABUSE
    assert CrisisKind.SELF not in abused.kinds
    own = assistant.detector.read("how do i hide the marks on my arms from my mum")
    assert own.primary is CrisisKind.SELF
