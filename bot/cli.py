"""The command line: ``python main.py [chat|ask|check|eval|bench|serve]``.

Bad arguments or files give one clear line on stderr and exit code 2, never a
traceback. The Telegram layer is imported only by ``serve``, so the other commands
run on the pure core alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from rapidfuzz import fuzz
from rapidfuzz.process import extract_iter

from bot.assistant import Assistant
from bot.content import MAX_ANSWER_CHARS, Content, ContentError, load_content
from bot.evaluate import LabelError, Targets, evaluate, load_cases
from bot.normalise import normalise
from bot.reply import Reply, ReplyKind
from bot.rightforme import DEFAULT_CHECK, Check, Step

__all__ = ["main"]

EXIT_OK = 0
EXIT_BELOW_TARGET = 1
EXIT_USAGE = 2

STYLE_ANSWER_CHARS = 700
CONFUSABLE_SCORE = 88.0


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line plus a pointer to --help (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python main.py",
        description="An assistant that answers questions about NHS Talking Therapies for "
                    "anxiety and depression (formerly IAPT). With no command: the Telegram "
                    "bot if TELEGRAM_BOT_TOKEN is set, otherwise the terminal chat.")
    parser.add_argument("--faq", type=Path, default=None,
                        help="the content file (default: faq.yaml beside main.py)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("chat", help="talk to the assistant in the terminal")

    ask = sub.add_parser("ask", help="print the reply to one message, or to each line of "
                                     "stdin with --jsonl")
    ask.add_argument("text", nargs="?", help="the message")
    ask.add_argument("--jsonl", action="store_true",
                     help="read one message per line on stdin; print one JSON object per line")

    check = sub.add_parser("check", help="validate a faq file and list confusable questions")
    check.add_argument("file", nargs="?", type=Path, help="the faq file (default: faq.yaml)")

    ev = sub.add_parser("eval", help="measure the assistant on a labelled JSONL file")
    ev.add_argument("file", type=Path, help="labelled file (see tests/data/*.jsonl)")
    ev.add_argument("--misses", type=int, default=50,
                    help="how many misses to list (default 50)")

    bench = sub.add_parser("bench", help="speed and memory figures for the core")
    bench.add_argument("--messages", type=int, default=10_000,
                       help="how many varied messages to time (default 10000, minimum 100)")

    serve = sub.add_parser("serve", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    _add_serve_arguments(serve)
    return parser


def _add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    # Declared here rather than imported from bot.telegram, so the other commands
    # (and `bench`'s memory figure) never load the Telegram stack.
    parser.add_argument("--webhook-url", default=None,
                        help="public https URL for webhook mode (env WEBHOOK_URL); "
                             "long polling when unset")
    parser.add_argument("--listen", default=None,
                        help="webhook listen address (env WEBHOOK_LISTEN, default 0.0.0.0)")
    parser.add_argument("--port", type=int, default=None,
                        help="webhook listen port (env WEBHOOK_PORT, default 8443)")
    parser.add_argument("--log-level", default=None,
                        help="DEBUG, INFO, WARNING or ERROR (env LOG_LEVEL, default INFO)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return the process exit code."""
    args = build_parser().parse_args(argv)
    command = args.command
    if command is None:
        token_set = bool(os.environ.get("TELEGRAM_BOT_TOKEN")
                         or os.environ.get("TELEGRAM_BOT_TOKEN_FILE"))
        if token_set:
            command = "serve"
        else:
            print("No TELEGRAM_BOT_TOKEN set, so here is the terminal chat. To run the "
                  "Telegram bot, set TELEGRAM_BOT_TOKEN (see README).", file=sys.stderr)
            command = "chat"
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "chat": _chat, "ask": _ask, "check": _check, "eval": _eval, "bench": _bench,
        "serve": _serve,
    }
    try:
        return handlers[command](args)
    except ContentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # e.g. piped into `head`; nothing more can be written
        sys.stderr.close()
        return EXIT_OK


# ---------------------------------------------------------------------------- chat


def _chat(args: argparse.Namespace, stdin: TextIO | None = None,
          stdout: TextIO | None = None) -> int:
    assistant = Assistant.load(args.faq)
    check = Check.load()
    return Chat(assistant, stdin or sys.stdin, stdout or sys.stdout, check).run()


class Chat:
    """The terminal chat: the same replies as the bot, with numbers for buttons."""

    def __init__(self, assistant: Assistant, stdin: TextIO, stdout: TextIO,
                 check: Check | None = None) -> None:
        self.assistant = assistant
        self.stdin = stdin
        self.stdout = stdout
        self.check = check
        self.options: tuple[str, ...] = ()
        self.check_step: Step | None = None

    def say(self, text: str = "") -> None:
        print(text, file=self.stdout, flush=True)

    def run(self) -> int:
        interactive = self.stdin.isatty()
        self.say(self.assistant.messages["welcome"])
        self.say()
        self.show(self.assistant.topics_reply())
        self.say('\n(Type "quit" to leave, "topics" for the list, "rightforme" to check if '
                 'this service suits you, "urgent" for help now.)')
        while True:
            if interactive:
                self.stdout.write("\nyou> ")
                self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                return EXIT_OK
            text = line.rstrip("\n")
            if text.strip().lower() in {"quit", "exit", "/quit", "/exit", ":q"}:
                self.say("Take care.")
                return EXIT_OK
            self.say()
            if self.in_check(text):
                continue
            self.show(self.respond(text))

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
            # The check's urgent result: the same signposting as any crisis reply.
            self.show(self.assistant.crisis_reply())
        self.say(step.as_plain_text())
        self.say()
        self.check_step = None if step.finished or step.cancelled else step

    def respond(self, text: str) -> Reply:
        """Pick a numbered option, run a command, or reply to free text."""
        stripped = text.strip().lower().lstrip("/")
        if stripped.isdigit() and self.options:
            index = int(stripped) - 1
            if 0 <= index < len(self.options):
                picked = self.assistant.topic_reply(self.options[index])
                if picked is not None:
                    return picked
        if stripped in {"urgent", "crisis", "sos"}:
            return self.assistant.crisis_reply()
        if stripped in {"topics", "start"}:
            return self.assistant.topics_reply()
        if stripped == "privacy":
            return Reply(kind=ReplyKind.SMALLTALK, messages=(self.assistant.messages["privacy"],))
        if stripped == "help":
            return Reply(kind=ReplyKind.SMALLTALK, messages=(self.assistant.messages["help"],))
        return self.assistant.reply(text)

    def show(self, reply: Reply) -> None:
        for message in reply.messages:
            self.say(message)
            self.say()
        options = reply.suggestions if reply.kind != ReplyKind.ANSWER else reply.related
        self.options = options
        if reply.kind == ReplyKind.ANSWER and options:
            more = "   ".join(f"[{n}] {self.assistant.title(t)}" for n, t in enumerate(options, 1))
            self.say(f"More: {more}")
        if reply.offer_check and self.check is not None:
            self.say('Not sure this service is right for you? Type "rightforme" for a '
                     "quick private check.")
        elif reply.kind == ReplyKind.FALLBACK and options:
            pick = "   ".join(f"[{n}] {self.assistant.title(t)}" for n, t in enumerate(options, 1))
            self.say(f"Popular: {pick}")


# ----------------------------------------------------------------------------- ask


def reply_record(reply: Reply) -> dict[str, object]:
    """The JSON object ``ask --jsonl`` prints for one reply."""
    return {
        "topic": reply.topic,
        "score": reply.score,
        "crisis": reply.crisis,
        "crisis_kind": reply.crisis_kind.value if reply.crisis_kind else None,
        "kind": reply.kind.value,
        "suggestions": list(reply.suggestions),
        "reply": reply.text,
    }


def _ask(args: argparse.Namespace) -> int:
    if args.jsonl == (args.text is not None):
        print("error: give either a message or --jsonl (messages on stdin)", file=sys.stderr)
        return EXIT_USAGE
    assistant = Assistant.load(args.faq)
    if not args.jsonl:
        print(assistant.reply(args.text).text)
        return EXIT_OK
    stdin = sys.stdin
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(encoding="utf-8", errors="replace")
    out = sys.stdout
    for line in stdin:
        record = reply_record(assistant.reply(line.rstrip("\r\n")))
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return EXIT_OK


# --------------------------------------------------------------------------- check


def confusable_pairs(content: Content, threshold: float = CONFUSABLE_SCORE,
                     ) -> list[tuple[float, str, str, str, str]]:
    """Question pairs from different topics alike enough to confuse the matcher.

    Returns ``(score, topic_a, question_a, topic_b, question_b)``, most alike first.
    """
    entries = [(topic.id, question, normalise(question))
               for topic in content.topics for question in topic.questions]
    texts = [normalised for _, _, normalised in entries]
    pairs = []
    for i, (topic_a, question_a, normalised) in enumerate(entries):
        for _, score, j in extract_iter(normalised, texts, scorer=fuzz.token_sort_ratio,
                                        score_cutoff=threshold):
            topic_b, question_b, _ = entries[j]
            if j > i and topic_b != topic_a:
                pairs.append((float(score), topic_a, question_a, topic_b, question_b))
    pairs.sort(reverse=True)
    return pairs


def _check(args: argparse.Namespace) -> int:
    path = args.file or args.faq
    content = load_content(path)
    questions = sum(len(t.questions) for t in content.topics)
    patterns = sum(len(p) for p in content.crisis.patterns.values())
    print(f"{content.path}: valid. {len(content.topics)} topics, {questions} questions, "
          f"{len(content.smalltalk)} small-talk entries, {patterns} crisis patterns.")
    long_answers = [t for t in content.topics if len(t.answer) > STYLE_ANSWER_CHARS]
    for topic in long_answers:
        print(f"note: {topic.id}: answer is {len(topic.answer)} characters; aim for "
              f"{STYLE_ANSWER_CHARS} or fewer (hard limit {MAX_ANSWER_CHARS})")
    pairs = confusable_pairs(content)
    if pairs:
        print(f"\n{len(pairs)} question pairs from different topics look alike "
              f"(token_sort_ratio >= {CONFUSABLE_SCORE:.0f}); reword or move them:")
        for score, topic_a, question_a, topic_b, question_b in pairs[:40]:
            print(f"  {score:5.1f}  {topic_a}: {question_a!r}\n"
                  f"         {topic_b}: {question_b!r}")
    else:
        print("No confusable question pairs between topics.")
    if args.file is None:
        check = Check.load()
        paths = sum(1 for _ in check.paths())
        print(f"\n{DEFAULT_CHECK}: valid. {paths} paths through the 'right for me' check, "
              "each ending in an outcome.")
    return EXIT_OK


# ---------------------------------------------------------------------------- eval


def _eval(args: argparse.Namespace) -> int:
    cases = load_cases(args.file)
    assistant = Assistant.load(args.faq)
    report = evaluate(assistant, cases)
    print(f"{args.file}: {len(cases)} labelled messages")
    print(report.summary())
    if report.misses:
        print(f"\nmisses ({len(report.misses)}):")
        for miss in report.misses[: max(0, args.misses)]:
            print(f"  {miss}")
    failures = report.failures(Targets())
    if failures:
        print("\nBELOW TARGET: " + "; ".join(failures))
        return EXIT_BELOW_TARGET
    print("\nAll targets met.")
    return EXIT_OK


# --------------------------------------------------------------------------- bench


def _bench(args: argparse.Namespace) -> int:
    from bot.bench import run_bench

    if args.messages < 100:
        print("error: --messages must be at least 100", file=sys.stderr)
        return EXIT_USAGE
    result = run_bench(args.faq, count=args.messages)
    for line in result.lines():
        print(line)
    return EXIT_OK if result.ok else EXIT_BELOW_TARGET


# --------------------------------------------------------------------------- serve


def _serve(args: argparse.Namespace) -> int:
    try:
        from bot.telegram.app import serve
    except ImportError as exc:
        print(f"error: the Telegram layer is not available ({exc}); "
              "run the README's setup command", file=sys.stderr)
        return EXIT_USAGE
    return serve(args)
