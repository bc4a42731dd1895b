"""Feedback and sharing buttons in the core: under answers and fallbacks, never under a
crisis reply (a check-in included)."""

from __future__ import annotations

from bot.core import limits
from bot.core.assistant import Assistant
from bot.core.reply import Action, ReplyKind
from tests.conftest import DATA, cases

REPORTING = {Action.HELPFUL, Action.NOT_HELPFUL, Action.SHARE}
# Every fourth labelled message (about 1,400, all kinds of reply), to stay quick.
MESSAGES = [c.text for path in sorted(DATA.glob("*.jsonl")) for c in cases(path.name)][::4]


def test_every_answer_ends_with_helpful_and_not_helpful(assistant: Assistant) -> None:
    for answer_id, answer in assistant.answers.items():
        reply = assistant.answer_reply(answer_id)
        assert reply is not None
        helpful, not_helpful = reply.buttons[-1]
        assert (helpful.action, helpful.target) == (Action.HELPFUL, answer_id)
        assert (not_helpful.action, not_helpful.target) == (Action.NOT_HELPFUL, answer_id)
        assert answer.title  # the id is all a button carries; nothing about the person


def test_buttons_follow_the_kind_of_reply_over_the_labelled_messages(
        assistant: Assistant) -> None:
    """Over messages from tests/data: feedback only under a non-crisis answer (for
    that answer), share only under a non-crisis fallback, nothing under a crisis reply."""
    kinds = set()
    for text in MESSAGES:
        reply = assistant.reply(text)
        actions = [b.action for b in reply.choices]
        kinds.add((reply.kind, reply.crisis))
        if reply.crisis:
            assert not REPORTING & set(actions), text
        elif reply.kind is ReplyKind.ANSWER:
            assert actions[-2:] == [Action.HELPFUL, Action.NOT_HELPFUL], text
            assert {b.target for b in reply.buttons[-1]} == {reply.answer}
            assert Action.SHARE not in actions
        elif reply.kind is ReplyKind.FALLBACK:
            assert actions[-1] is Action.SHARE and actions.count(Action.SHARE) == 1, text
            assert not {Action.HELPFUL, Action.NOT_HELPFUL} & set(actions)
        else:
            assert not REPORTING & set(actions), text
    assert {(ReplyKind.ANSWER, False), (ReplyKind.ANSWER, True), (ReplyKind.FALLBACK, False),
            (ReplyKind.CRISIS, True)} <= kinds


def test_urgent_and_the_check_never_offer_feedback(assistant: Assistant) -> None:
    assert not assistant.crisis_reply().buttons
    for reply in (assistant.topics_reply(), assistant.welcome_reply(),
                  assistant.stale_reply(), assistant.canned("privacy")):
        assert not REPORTING & {b.action for b in reply.choices}


def test_feedback_replies(assistant: Assistant) -> None:
    thanks = assistant.feedback_reply(True)
    assert thanks.messages == (assistant.messages["feedback_thanks"],) and not thanks.buttons
    assert len(thanks.messages[0]) <= limits.TOAST_CHARS
    sorry = assistant.feedback_reply(False)
    assert sorry.messages == (assistant.messages["feedback_sorry"],)
    # Another way in: crisis numbers first, every topic, the local-service finder.
    assert sorry.buttons == assistant.topics_reply().buttons
    assert sorry.choices[-1].target == assistant.service_finder_url


def test_privacy_says_what_is_kept_and_for_how_long(assistant: Assistant) -> None:
    privacy = assistant.messages["privacy"]
    for needle in ("👍", "👎", assistant.messages["button_share"], "90 days",
                   "Nothing is kept unless you tap"):
        assert needle in privacy
    assert "90 days" in assistant.messages["share_thanks"]
