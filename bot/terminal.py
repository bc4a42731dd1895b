"""The terminal chat (``python main.py chat``): the same replies as the Telegram bot.

A reply's buttons are shown as numbered choices (type the number, as you would tap the
button) and its links as addresses; the "right for me" check keeps its own keys
(``1``-``9``, ``b`` back, ``c`` cancel, ``s`` start again). Any other line goes to the
assistant, so crisis detection runs on everything a person types.

👍 / 👎 under an answer are numbered too and print the acknowledgement (nothing is
counted here). Sending a question to the team is the Telegram bot's: its button is not
shown here, and nothing typed here is kept.
"""

from __future__ import annotations

from typing import TextIO

from bot.core.assistant import Assistant
from bot.core.reply import Action, Button, Reply
from bot.core.rightforme.check import Check, Step

__all__ = ["Chat"]

QUIT = frozenset({"quit", "exit", "/quit", "/exit", ":q"})


class Chat:
    """One terminal conversation."""

    def __init__(self, assistant: Assistant, stdin: TextIO, stdout: TextIO,
                 check: Check | None = None) -> None:
        self.assistant = assistant
        self.stdin = stdin
        self.stdout = stdout
        self.check = check
        self.choices: tuple[Button, ...] = ()
        """The numbered buttons of the last reply (links are not numbered)."""
        self.check_step: Step | None = None

    def say(self, text: str = "") -> None:
        print(text, file=self.stdout, flush=True)

    def run(self) -> int:
        """Talk until end of input or "quit"; returns the exit code (0)."""
        interactive = self.stdin.isatty()
        self.show(self.assistant.welcome_reply())
        self.say('(Type "quit" to leave, "topics" for the list, "rightforme" to check if '
                 'this service suits you, "urgent" for help now.)')
        while True:
            if interactive:
                self.stdout.write("\nyou> ")
                self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                return 0
            text = line.rstrip("\n")
            if text.strip().lower() in QUIT:
                self.say("Take care.")
                return 0
            self.say()
            if self.in_check(text):
                continue
            reply = self.respond(text)
            if reply is not None:
                self.show(reply)

    def in_check(self, text: str) -> bool:
        """Start or continue the "right for me" check; False if the text is for the assistant.

        A line that is not one of the check's options goes to the assistant as usual,
        so crisis detection always runs on what a person types.
        """
        if self.check is None:
            return False
        command = text.strip().lower().lstrip("/")
        if command in {"rightforme", "right for me"}:
            self.show_step(self.check.start())
            return True
        if self.check_step is None:
            return False
        if command == "cancel":
            self.show_step(self.check.cancel())
            return True
        data = self.check_step.choose(text)
        if data is None:
            return False
        self.show_step(self.check.handle(data))
        return True

    def show_step(self, step: Step) -> None:
        if step.crisis:
            self.show(self.assistant.step_reply(step))
        else:
            self.say(step.as_plain_text())
            self.say()
        self.check_step = None if step.finished or step.cancelled else step

    def respond(self, text: str) -> Reply | None:
        """Pick a numbered choice, run a command, or reply to free text."""
        stripped = text.strip().lower().lstrip("/")
        if stripped.isdigit() and self.choices:
            index = int(stripped) - 1
            if 0 <= index < len(self.choices):
                return self.press(self.choices[index])
        if stripped in {"urgent", "crisis", "sos"}:
            return self.assistant.crisis_reply()
        if stripped in {"topics", "start", "menu"}:
            return self.assistant.topics_reply()
        if stripped in {"privacy", "help"}:
            return self.assistant.canned(stripped)
        return self.assistant.reply(text)

    def press(self, button: Button) -> Reply | None:
        """What choosing a numbered button does (the same as tapping it in Telegram)."""
        if button.action is Action.ANSWER:
            return self.assistant.answer_reply(button.target)
        if button.action is Action.URGENT:
            return self.assistant.crisis_reply()
        if button.action is Action.MENU:
            return self.assistant.topics_reply()
        if button.action in (Action.HELPFUL, Action.NOT_HELPFUL):
            return self.assistant.feedback_reply(button.action is Action.HELPFUL)
        if button.action is Action.CHECK and self.check is not None:
            self.show_step(self.check.start())
        return None

    def show(self, reply: Reply) -> None:
        """Print the messages, then the choices: numbered buttons, then links."""
        for message in reply.messages:
            self.say(message)
            self.say()
        numbered = tuple(b for b in reply.choices
                         if b.action not in (Action.LINK, Action.CHECK_STEP, Action.SHARE))
        if reply.choices:  # a reply without buttons keeps the previous numbers
            self.choices = numbered
        if numbered:
            self.say("   ".join(f"[{n}] {b.label}" for n, b in enumerate(numbered, 1)))
        for button in reply.choices:
            if button.action is Action.LINK:
                self.say(f"{button.label}: {button.target}")
