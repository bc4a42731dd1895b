"""The /rightforme check: every path, crisis first, back, cancel, bad buttons, content.

The check keeps no state: each button's callback data carries the answers so far, so
the tests drive it only through ``Check.handle`` with the data the buttons carry.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections import deque
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram.constants import InlineKeyboardButtonLimit

from bot.core import limits
from bot.core.content import ContentError
from bot.core.rightforme.check import (
    CANCEL_DATA,
    DEFAULT_CHECK,
    PREFIX,
    Check,
    OptionKind,
    Step,
    is_check_data,
)
from tests.conftest import shared_file

ROOT = Path(__file__).resolve().parent.parent
TELEGRAM_CALLBACK_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
FINDER = "https://www.nhs.uk/service-search/mental-health/find-an-nhs-talking-therapies-service"
REQUIRED_OUTCOMES = ("self_refer", "gp_first", "young_people", "scotland", "wales",
                     "northern_ireland", "already_supported", "urgent")
SAFE = "Yes, I'm safe"


_CHECK = Check.load()


@pytest.fixture(scope="module")
def check() -> Check:
    return _CHECK


def _answers(step: Step) -> list[str]:
    return [o.data for o in step.options if o.kind is OptionKind.ANSWER]


def _option(step: Step, kind: OptionKind) -> str:
    (data,) = [o.data for o in step.options if o.kind is kind]
    return data


def _all_steps(check: Check) -> tuple[list[Step], list[Step]]:
    """Walk every button from the start: (question steps, result steps)."""
    questions: list[Step] = []
    results: list[Step] = []
    queue = deque([check.start()])
    while queue:
        step = queue.popleft()
        if step.outcome is not None:
            results.append(step)
            continue
        assert step.question is not None, step.text
        questions.append(step)
        queue.extend(check.handle(data) for data in _answers(step))
    return questions, results


def _walk(check: Check, labels: list[str]) -> Step:
    """Answer by typing each label, as in the terminal chat."""
    step = check.start()
    for label in labels:
        data = step.choose(label)
        assert data is not None, (label, step.text)
        step = check.handle(data)
        assert not step.restarted
    return step


# ----------------------------------------------------------------------- the paths


def test_the_real_file_loads_with_the_required_outcomes(check: Check) -> None:
    assert check.path == DEFAULT_CHECK
    assert set(REQUIRED_OUTCOMES) <= set(check.outcomes)
    assert [o.id for o in check.outcomes.values() if o.crisis] == ["urgent"]
    assert check.start_id == "safe"


def test_every_path_ends_in_a_result(check: Check) -> None:
    questions, results = _all_steps(check)
    assert len(results) == len(list(check.paths())) == 76
    assert {s.outcome.id for s in results if s.outcome} == set(check.outcomes)
    assert {s.question.id for s in questions if s.question} == set(check.questions)
    # The paths the graph lists are exactly the ones the buttons lead to.
    by_data = {s.data: s.outcome.id for s in results if s.outcome}
    assert by_data == {check.data_for(a): o.id for a, o in check.paths()}


def test_every_button_fits_telegram_and_every_label_fits_a_phone(check: Check) -> None:
    questions, results = _all_steps(check)
    for step in [*questions, *results, check.cancel()]:
        assert len(step.data.encode("utf-8")) <= TELEGRAM_CALLBACK_BYTES
        for option in step.options:
            assert len(option.data.encode("utf-8")) <= TELEGRAM_CALLBACK_BYTES
            assert is_check_data(option.data)
            assert len(option.label) <= limits.BUTTON_LABEL_CHARS


@pytest.mark.parametrize(("labels", "outcome"), [
    ([SAFE, "Under 16"], "young_people"),
    ([SAFE, "16 or 17"], "young_people_16_17"),
    ([SAFE, "18 or over", "Scotland"], "scotland"),
    ([SAFE, "18 or over", "Wales"], "wales"),
    ([SAFE, "18 or over", "Northern Ireland"], "northern_ireland"),
    ([SAFE, "18 or over", "England", "No"], "register_gp"),
    ([SAFE, "18 or over", "England", "Not sure"], "register_gp"),
    ([SAFE, "18 or over", "England", "Yes", "Yes"], "already_supported"),
    ([SAFE, "18 or over", "England", "Yes", "No", "Psychosis or bipolar"], "specialist"),
    ([SAFE, "18 or over", "England", "Yes", "No", "An eating disorder"], "specialist"),
    ([SAFE, "18 or over", "England", "Yes", "Not sure", "Alcohol or drugs"], "specialist"),
    ([SAFE, "18 or over", "England", "Yes", "No", "Something else"], "gp_first"),
    ([SAFE, "18 or over", "England", "Yes", "No", "Low mood or depression",
      "Hard to cope most days"], "gp_first"),
    ([SAFE, "18 or over", "England", "Yes", "No", "Anxiety, worry or panic", "Quite a lot",
      "Years; nothing helped"], "gp_first"),
    ([SAFE, "18 or over", "England", "Yes", "No", "Low mood or depression", "A little",
      "A few weeks or months"], "self_refer"),
    ([SAFE, "18 or over", "England", "Yes", "Not sure", "Phobias, OCD or PTSD",
      "Quite a lot", "A year or more"], "self_refer"),
])
def test_answers_lead_where_the_issue_says(check: Check, labels: list[str],
                                           outcome: str) -> None:
    step = _walk(check, labels)
    assert step.outcome is not None and step.outcome.id == outcome
    assert not step.crisis and step.finished
    assert [o.kind for o in step.options] == [OptionKind.BACK, OptionKind.START_AGAIN]


# ------------------------------------------------------------------------- safety


def test_safety_is_the_first_question(check: Check) -> None:
    step = check.start()
    assert step.question is not None and step.question.id == "safe"
    assert "safe" in step.text.lower()
    assert not step.can_go_back and not step.restarted


def test_each_risk_answer_escalates_at_once_and_stops(check: Check) -> None:
    start = check.start()
    risky = [o for o in start.options if o.kind is OptionKind.ANSWER and o.label != SAFE]
    assert len(risky) >= 3
    for option in risky:
        step = check.handle(option.data)
        assert step.crisis, option.label
        assert step.outcome is not None and step.outcome.id == "urgent"
        assert step.options == (), "nothing should compete with the crisis numbers"
        assert step.finished and not step.can_go_back
        for number in ("999", "116 123", "85258", "111"):
            assert number in step.text


def test_only_the_urgent_result_is_a_crisis(check: Check) -> None:
    _, results = _all_steps(check)
    for step in results:
        assert step.crisis == (step.outcome is not None and step.outcome.id == "urgent")


# --------------------------------------------------------------- back and cancel


def test_back_returns_to_the_previous_question_everywhere(check: Check) -> None:
    questions, results = _all_steps(check)
    for step in [*questions, *results]:
        answers = step.data[len(PREFIX) + len(check.digest):]
        if not answers:
            assert not step.can_go_back
            continue
        if step.crisis:
            continue
        back = check.handle(_option(step, OptionKind.BACK))
        assert back.data == check.data_for(answers[:-1])
        assert back.question is not None and not back.restarted
        # The answer just undone is one of the buttons again.
        assert step.data in _answers(back)


def test_back_from_the_second_question_shows_the_first_with_its_intro(check: Check) -> None:
    second = check.handle(_answers(check.start())[0])
    first = check.handle(_option(second, OptionKind.BACK))
    assert first == check.start()
    assert check.messages.intro in first.text


def test_back_all_the_way_from_a_result(check: Check) -> None:
    step = _walk(check, [SAFE, "18 or over", "England", "Yes", "No",
                         "Low mood or depression", "A little", "A year or more"])
    seen = []
    while step.can_go_back:
        step = check.handle(_option(step, OptionKind.BACK))
        assert step.question is not None
        seen.append(step.question.id)
    assert seen == ["duration", "impact", "main_problem", "team", "gp", "nation", "age",
                    "safe"]


def test_start_again_from_a_result(check: Check) -> None:
    step = _walk(check, [SAFE, "Under 16"])
    assert check.handle(_option(step, OptionKind.START_AGAIN)) == check.start()


def test_cancel_stops_the_check_and_says_how_to_restart(check: Check) -> None:
    questions, _ = _all_steps(check)
    for step in questions:
        assert _option(step, OptionKind.CANCEL) == CANCEL_DATA
    stopped = check.handle(CANCEL_DATA)
    assert stopped == check.cancel()
    assert stopped.cancelled and stopped.finished and stopped.options == ()
    assert "/rightforme" in stopped.text
    assert not stopped.crisis and stopped.outcome is None


# ------------------------------------------------------------ bad and old buttons


def _assert_kind_restart(check: Check, step: Step) -> None:
    start = check.start()
    assert step.restarted and not step.crisis and not step.cancelled
    assert step.question == start.question and step.options == start.options
    assert step.note is not None and step.text.startswith(step.note)
    assert "start again" in step.note


def test_forged_and_malformed_buttons_restart_kindly(check: Check) -> None:
    digest = check.digest
    good = check.data_for("131")  # a real question step (the GP one), to corrupt
    assert not check.handle(good).restarted
    bad: list[str | None] = [
        None, "", "rf", "rf:", "rf:x1", "rf:X", PREFIX + digest[:3],  # truncated
        good[:-1] + "5", good[:-1] + "9",  # out of range for the question before
        check.data_for("0"), check.data_for("a"), check.data_for("6"),  # not an answer
        check.data_for("21"),  # answers after a result
        check.data_for("2" + "1" * 10),
        check.data_for("1" * 60),  # over 64 bytes
        good + "1" * 64,
        "t:cost", "u", "rf:" + "é" * 6, "rf:dl\x00i9", "rf:" + digest + " 1",
        "rf:" + digest + "1\n", "RF:" + digest + "1",
        bytes(range(256)).decode("latin-1"), "rf:" + "\udcff" * 4,
    ]
    for data in bad:
        step = check.handle(data)
        _assert_kind_restart(check, step)
        assert step.note == check.messages.invalid_note, data


def test_a_wrong_hash_is_treated_as_an_old_button(check: Check) -> None:
    other = "AAAA" if check.digest != "AAAA" else "BBBB"
    for answers in ("", "1", "13", "9999"):
        step = check.handle(PREFIX + other + answers)
        _assert_kind_restart(check, step)
        assert step.note == check.messages.stale_note


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_CHECK.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "rightforme.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_buttons_from_before_a_change_to_the_questions_are_stale(
        check: Check, tmp_path: Path) -> None:
    changed = Check.load(_variant(tmp_path, 'text: "How old are you?"',
                                  'text: "What is your age?"'))
    assert changed.digest != check.digest
    old_button = check.data_for("13")
    step = changed.handle(old_button)
    _assert_kind_restart(changed, step)
    assert step.note == changed.messages.stale_note


def test_editing_a_result_text_keeps_buttons_working(check: Check, tmp_path: Path) -> None:
    changed = Check.load(_variant(tmp_path, "At 16 or 17 you have a few routes",
                                  "At 16 or 17 there are a few routes"))
    assert changed.digest == check.digest
    assert not changed.handle(check.data_for("13")).restarted


def test_a_new_process_or_replica_takes_the_next_step_from_the_button(check: Check) -> None:
    again = Check.load()
    for answers, _ in check.paths():
        assert again.handle(check.data_for(answers)) == check.handle(check.data_for(answers))
    code = "from bot.core.rightforme.check import Check; print(Check.load().digest)"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.strip()
    assert out == check.digest


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.text(), st.binary().map(lambda b: b.decode("latin-1")),
                      st.text(alphabet="rf:x0123456789AZaz_-é").map(lambda s: "rf:" + s)))
def test_any_callback_data_never_raises(data: str) -> None:
    check = _CHECK
    step = check.handle(data)
    assert isinstance(step, Step)
    assert step.restarted or step.cancelled or data.startswith(PREFIX + check.digest)


@settings(max_examples=300, deadline=None)
@given(answers=st.text(alphabet="0123456789abx", max_size=70))
def test_any_answer_string_with_the_right_hash_never_raises(answers: str) -> None:
    check = _CHECK
    step = check.handle(check.data_for(answers))
    assert step.restarted or step.data == check.data_for(answers)
    assert len(step.data.encode()) <= TELEGRAM_CALLBACK_BYTES


# ----------------------------------------------------------------- terminal chat


def test_typed_keys_and_labels_pick_options(check: Check) -> None:
    second = check.handle(_answers(check.start())[0])
    assert second.choose("1") == second.options[0].data
    assert second.choose(" 3 ") == second.options[2].data
    assert second.choose("under 16") == second.options[0].data
    assert second.choose("b") == second.choose("Back") == check.data_for("")
    assert second.choose("C") == second.choose("cancel") == CANCEL_DATA
    for free_text in ("", "9", "i want to die", "what is cbt", "yes"):
        assert second.choose(free_text) is None, free_text
    shown = second.as_plain_text()
    assert "1) Under 16" in shown and "b) « Back" in shown and "c to cancel" in shown


def test_the_crisis_result_is_plain_text_alone(check: Check) -> None:
    step = check.handle(_answers(check.start())[1])
    assert step.as_plain_text() == step.text
    assert step.choose("1") is None


# ------------------------------------------------------------------ the content


def _numbers(text: str) -> set[str]:
    """Phone numbers and short codes: digit groups with 3 or more digits in all."""
    runs = re.findall(r"(?<![\w/])\d+(?: \d+)*(?![\w/])", text)
    return {run for run in runs if sum(c.isdigit() for c in run) >= 3}


def _links(text: str) -> set[str]:
    return {link.rstrip(".,;:") for link in re.findall(r"https?://[^\s)]+", text)}


def _all_texts(check: Check) -> list[str]:
    texts = [o.title + "\n" + o.text for o in check.outcomes.values()]
    texts += [q.text for q in check.questions.values()]
    m = check.messages
    return [*texts, m.intro, m.stale_note, m.invalid_note, m.cancelled]


def test_every_number_and_link_is_exactly_as_in_the_facts_sheet(check: Check) -> None:
    facts = shared_file("facts.md").read_text(encoding="utf-8")
    found: set[str] = set()
    for text in _all_texts(check):
        for number in _numbers(text):
            pattern = r"(?<!\d)(?<!\d )" + re.escape(number) + r"(?! ?\d)"
            assert re.search(pattern, facts), f"{number!r} is not in facts.md"
            found.add(number)
        for link in _links(text):
            assert link in facts, f"{link!r} is not in facts.md"
            found.add(link)
    for expected in ("999", "111", "116 123", "85258", "0800 1111", "0800 83 85 87",
                     "0800 132 737", "0808 808 8000", FINDER):
        assert expected in found, expected


def test_the_number_finder_sees_what_it_should() -> None:
    text = "Call 0800 1111, 116 123 or 999 (option 2, 24/7, 6pm, ages 16 or 17)."
    assert _numbers(text) == {"0800 1111", "116 123", "999"}


@pytest.mark.parametrize("outcome_id", REQUIRED_OUTCOMES)
def test_required_results_give_the_right_route(check: Check, outcome_id: str) -> None:
    expected = {
        "self_refer": [FINDER, "refer themselves"],
        "gp_first": ["GP", "What to ask for", "community mental health team"],
        "young_people": ["0800 1111", "CAMHS"],
        "scotland": ["0800 83 85 87", "NHS 24", "GP"],
        "wales": ["0800 132 737", "press 2", "GP"],
        "northern_ireland": ["0808 808 8000", "GP"],
        "already_supported": ["care coordinator", "team"],
        "urgent": ["999", "116 123", "A&E"],
    }[outcome_id]
    text = check.outcomes[outcome_id].text
    for phrase in expected:
        assert phrase in text, (outcome_id, phrase)


def test_every_result_is_kind_signposting(check: Check) -> None:
    refusals = re.compile(
        r"\b(you )?(can ?not|can't|won't be|aren't allowed|not allowed|not eligible|"
        r"ineligible|turned away|too ill|too unwell|not (?:for|suitable for) you)\b.{0,30}"
        r"\b(help|refer|seen|see|get|access|service|therapy)", re.IGNORECASE)
    for outcome in check.outcomes.values():
        text = outcome.text
        assert len(text) <= 700, (outcome.id, len(text))
        assert _numbers(text) or _links(text), f"{outcome.id} gives no number or link"
        assert re.search(r"(isn't|is not) a diagnosis", text), outcome.id
        assert not refusals.search(text), (outcome.id, refusals.search(text))
        assert not re.search(r"[*_`<>]|\[.+\]\(", text), f"{outcome.id}: plain text only"
        assert outcome.sources
        if outcome.link is not None:
            assert outcome.link.url in text
    assert "not a diagnosis" in check.messages.intro
    assert "don't keep" in check.messages.intro


# ------------------------------------------------------------- broken files


MINI = textwrap.dedent("""\
    version: 1
    start: a
    messages:
      intro: Hello.
      stale_note: Old button, let's start again.
      invalid_note: Odd button, let's start again.
      cancelled: Stopped. Use /rightforme to start again.
      back_label: Back
      cancel_label: Cancel
      start_again_label: Start again
    questions:
      - id: a
        text: Are you safe?
        options:
          - label: Yes
            next: b
          - label: No
            outcome: urgent
      - id: b
        text: Where do you live?
        options:
          - label: England
            outcome: done
    outcomes:
      - id: urgent
        crisis: true
        title: Help now
        text: Call 999.
        sources: [urgent_help]
      - id: done
        title: Done
        text: See https://example.org/x
        sources: [self_referral]
        link: {label: Go, url: "https://example.org/x"}
    """)


def test_the_small_example_loads(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(MINI, encoding="utf-8")
    mini = Check.load(path)
    assert [o.id for _, o in mini.paths()] == ["done", "urgent"]
    assert mini.questions["a"].choices[0].label == "Yes"  # not the boolean True


BROKEN = [
    # (what is wrong, replace this, with this, the line that is blamed, message part)
    ("anchor", "  - id: b\n", "  - &x\n    id: b\n", "&x", "anchors"),
    ("alias", "        outcome: done\n", "        outcome: *x\n", "*x", "alias"),
    ("duplicate key", "    text: Where do you live?\n",
     "    text: Where do you live?\n    text: Again?\n", "text: Again?", "twice"),
    ("unknown field", "        next: b\n", "        nxt: b\n", "nxt: b", "unknown field"),
    ("missing field", "    title: Done\n", "", "  - id: done", "missing 'title'"),
    ("dangling next", "        next: b\n", "        next: nowhere\n", "- label: Yes",
     "'nowhere', which is not a question"),
    ("dangling outcome", "        outcome: done\n", "        outcome: gone\n",
     "- label: England", "'gone', which is not an outcome"),
    ("both targets", "        next: b\n", "        next: b\n        outcome: done\n",
     "- label: Yes", "exactly one of"),
    ("no target", "        next: b\n", "", "- label: Yes", "exactly one of"),
    ("unreachable question", "outcomes:\n",
     "  - id: c\n    text: Lost?\n    options:\n      - label: Hm\n        outcome: done\n"
     "outcomes:\n", "- id: c", "cannot be reached"),
    ("unused outcome", "  - id: done\n",
     "  - id: spare\n    title: Spare\n    text: Call 999.\n    sources: [x]\n"
     "  - id: done\n", "- id: spare", "not reached by any answer"),
    ("loop", "        outcome: done\n", "        next: a\n", "  - id: b", "loop: a -> b -> a"),
    ("self loop", "        next: b\n", "        next: a\n", "  - id: a", "loop: a -> a"),
    ("long label", "label: England", "label: England, Scotland, Wales or NI", "England, Scot",
     f"at most {limits.BUTTON_LABEL_CHARS}"),
    ("duplicate label", "label: No\n", "label: yes\n", "label: yes", "given twice"),
    ("nav label", "label: England", "label: Back", "- label: Back", "navigation"),
    ("start is no question", "start: a", "start: done", "start: done",
     "not a question id"),
    ("crisis not a flag", "crisis: true", "crisis: sometimes", "crisis: sometimes",
     "true or false"),
    ("link not in text", 'url: "https://example.org/x"', 'url: "https://example.org/y"',
     "url:", "also be written in the text"),
    ("http link", "See https://example.org/x", "See http://example.org/x",
     "url:", "also be written"),
    ("duplicate question id", "  - id: b\n", "  - id:  a\n", "id:  a", "used twice"),
    ("outcome id is a question id", "  - id: done", "  - id:  b", "id:  b",
     "both a question and an outcome"),
    ("bad id", "  - id: b\n", "  - id: B b\n", "id: B b", "lower-case"),
    ("empty options", "    options:\n      - label: England\n        outcome: done\n",
     "    options: []\n", "options: []", "empty"),
    ("version", "version: 1", "version: 2", "version: 2", "version must be 1"),
    ("unknown top-level", "start: a\n", "start: a\nextra: 1\n", "extra: 1", "unknown field"),
    ("bad yaml", "    text: Where do you live?\n", "    text: [Where do you live?\n",
     "text: [Where", "invalid YAML"),
    ("a tag", "text: Call 999.", "text: !!python/name:os.system x", "!!python",
     "tags (!!name) are not allowed"),
    ("text too long", "text: Call 999.", "text: " + "Call 999. " * 80, "Call 999. Call",
     "at most 700"),
]


@pytest.mark.parametrize(("why", "old", "new", "marker", "message"), BROKEN,
                         ids=[case[0] for case in BROKEN])
def test_broken_files_are_refused_with_file_and_line(
        tmp_path: Path, why: str, old: str, new: str, marker: str, message: str) -> None:
    assert old in MINI, why
    text = MINI.replace(old, new, 1)
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if marker in row)
    with pytest.raises(ContentError) as caught:
        Check.load(path)
    error = caught.value
    assert error.path == str(path)
    # The line where the parser noticed, or (for an unclosed bracket) the line the
    # construct started on, named in the message.
    assert f"{path}:{line}" in str(error) or f"line {line}" in str(error), (str(error), line)
    assert message in str(error)


def test_too_many_options_are_refused(tmp_path: Path) -> None:
    extra = "".join(f"      - label: Place {n}\n        outcome: done\n" for n in range(9))
    text = MINI.replace("        outcome: done\n", "        outcome: done\n" + extra, 1)
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"many\.yaml:\d+.*at most 9"):
        Check.load(path)


def test_a_check_too_deep_for_a_button_is_refused(tmp_path: Path) -> None:
    depth = TELEGRAM_CALLBACK_BYTES  # one answer byte each: more than the data can hold
    chain = "".join(
        f"  - id: q{n}\n    text: Q{n}?\n    options:\n      - label: On\n"
        f"        {'next: q' + str(n + 1) if n < depth else 'outcome: done'}\n"
        for n in range(1, depth + 1))
    text = MINI.replace("        outcome: done\n", "        next: q1\n", 1)
    text = text.replace("outcomes:\n", chain + "outcomes:\n", 1)
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=r"deep\.yaml:1\d.*over Telegram's 64"):
        Check.load(path)


@pytest.mark.parametrize(("content", "message"), [
    ("", "empty"), ("- a\n- b\n", "mapping"), (b"\xff\xfe", "UTF-8"),
])
def test_empty_or_odd_files_are_refused(tmp_path: Path, content: str | bytes,
                                        message: str) -> None:
    path = tmp_path / "odd.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError, match=message) as caught:
        Check.load(path)
    assert str(path) in str(caught.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="cannot read"):
        Check.load(tmp_path / "nope.yaml")
