"""The command line: ``python main.py [chat|ask|check|eval|bench|serve|unanswered|stats]``.

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

from bot.core import limits
from bot.core.assistant import Assistant
from bot.core.content import ContentError, load_content
from bot.core.reply import Reply
from bot.core.rightforme.check import DEFAULT_CHECK, Check
from bot.terminal import Chat
from bot.tools.evaluate import LabelError, Targets, evaluate, load_cases

__all__ = ["main"]

EXIT_OK = 0
EXIT_BELOW_TARGET = 1
EXIT_UNREACHABLE = 1
EXIT_USAGE = 2

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


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
    bench.add_argument("--against", metavar="REV", default=None,
                       help="also measure this git revision (e.g. HEAD, main~3) on the same "
                            "messages, side by side")

    serve = sub.add_parser("serve", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    _add_serve_arguments(serve)

    unanswered = sub.add_parser("unanswered", help="list the questions people sent to the "
                                                   "team, grouped by similarity")
    unanswered.add_argument("--purge", action="store_true",
                            help="delete every stored question")
    unanswered.add_argument("--db", type=Path, default=None,
                            help="the store (env BOT_UNANSWERED_DB, default "
                                 "var/unanswered.sqlite3)")
    unanswered.add_argument("--similarity", type=float, default=None,
                            help="how alike (0-100) questions must be to share a group "
                                 "(default 70)")

    stats = sub.add_parser("stats", help="feedback and fallback figures from a running bot")
    stats.add_argument("--url", default=None,
                       help="the bot's metrics address (default "
                            "http://127.0.0.1:$BOT_METRICS_PORT/metrics, port 9464)")
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
        "serve": _serve, "unanswered": _unanswered, "stats": _stats,
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


# ----------------------------------------------------------------------------- ask


def reply_record(reply: Reply) -> dict[str, object]:
    """The JSON object ``ask --jsonl`` prints for one reply."""
    return {
        "topic": reply.topic,
        "answer": reply.answer,
        "score": reply.score,
        "crisis": reply.crisis,
        "crisis_kind": reply.crisis_kind.value if reply.crisis_kind else None,
        "crisis_level": reply.crisis_level.value if reply.crisis_level else None,
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


def _check(args: argparse.Namespace) -> int:
    # Imported here: NumPy (for cdist) is for curators' checks, not the running assistant.
    from bot.tools.confusable import CONFUSABLE_SCORE, confusable_pairs, taken_by_smalltalk
    from bot.tools.lexicon import check_examples, labelled_texts, unexercised

    path = args.file or args.faq
    content = load_content(path)
    specific = sum(len(t.specific) for t in content.topics)
    questions = sum(len(a.questions) for a in content.answers)
    print(f"{content.path}: valid. {len(content.topics)} topics, {specific} specific "
          f"answers, {questions} phrasings, {len(content.smalltalk)} small-talk entries.")
    for answer in content.answers:
        aim = limits.ANSWER_STYLE_CHARS if answer.is_overview else limits.SPECIFIC_STYLE_CHARS
        if len(answer.text) > aim:
            print(f"note: {answer.id}: answer is {len(answer.text)} characters; aim for "
                  f"{aim} or fewer")
    pairs = confusable_pairs(content)
    if pairs:
        print(f"\n{len(pairs)} phrasing pairs of different answers look alike "
              f"(token_sort_ratio >= {CONFUSABLE_SCORE:.0f}); reword or move them:")
        for pair in pairs[:40]:
            print(f"  {pair.score:5.1f}  {pair.answer_a}: {pair.question_a!r}\n"
                  f"         {pair.answer_b}: {pair.question_b!r}")
    else:
        print("No confusable phrasing pairs between answers.")
    if args.file is not None:
        return EXIT_OK
    assistant = Assistant.load(args.faq, use_model=False)
    taken = taken_by_smalltalk(assistant)
    if taken:
        print(f"\n{len(taken)} phrasings get a small-talk reply, not their answer "
              "(a small-talk phrase or rule is taking them):")
        for answer_id, question in taken[:40]:
            print(f"  {answer_id}: {question!r}")
    lexicon = assistant.lexicon
    print(f"\n{lexicon.path}: valid. {len(lexicon.entries)} patterns, "
          f"{len(lexicon.safe)} harmless idioms.")
    problems = check_examples(assistant.detector)
    for problem in problems:
        print(f"error: {problem}")
    idle = unexercised(assistant.detector, labelled_texts(sorted(DATA.glob("*.jsonl"))))
    if idle:
        print(f"{len(idle)} patterns match no labelled message in tests/data (add labelled "
              "examples for them): " + ", ".join(entry.id for entry in idle))
    check = Check.load()
    paths = sum(1 for _ in check.paths())
    print(f"\n{DEFAULT_CHECK}: valid. {paths} paths through the 'right for me' check, "
          "each ending in an outcome.")
    return EXIT_BELOW_TARGET if problems else EXIT_OK


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
    from bot.tools.bench import BenchError, run_bench, side_by_side

    if args.messages < 100:
        print("error: --messages must be at least 100", file=sys.stderr)
        return EXIT_USAGE
    try:
        result, before = run_bench(args.faq, count=args.messages, against=args.against)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for line in result.lines():
        print(line)
    if before is not None:
        print()
        for line in side_by_side(result, before, args.against):
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


# ---------------------------------------------------------------------- unanswered


def _unanswered(args: argparse.Namespace) -> int:
    import sqlite3

    from bot.ops.grouping import DEFAULT_SIMILARITY, group_questions
    from bot.ops.store import UnansweredStore, db_path

    similarity = DEFAULT_SIMILARITY if args.similarity is None else args.similarity
    if not 0 <= similarity <= 100:
        print("error: --similarity must be between 0 and 100", file=sys.stderr)
        return EXIT_USAGE
    store = UnansweredStore(args.db or db_path(os.environ))
    try:
        if args.purge:
            print(f"Deleted {store.purge()} questions from {store.path}.")
            return EXIT_OK
        store.expire()
        questions = store.questions()
    except sqlite3.Error as exc:
        print(f"error: cannot read {store.path} ({type(exc).__name__}: {exc})",
              file=sys.stderr)
        return EXIT_USAGE
    if not questions:
        print(f"No questions stored in {store.path}.")
        return EXIT_OK
    groups = group_questions(questions, similarity)
    total = sum(q.count for q in questions)
    print(f"{total} questions sent to the team ({store.path}), "
          f"{questions[0].day} to {questions[-1].day}, in {len(groups)} groups, "
          "most asked first:")
    for group in groups:
        dates = str(group.first) if group.first == group.last \
            else f"{group.first} to {group.last}"
        print(f"\n[{group.count}] {dates}")
        for text, count in group.wordings():
            print(f"  {count:>3}x {text}")
    return EXIT_OK


# --------------------------------------------------------------------------- stats


def _stats(args: argparse.Namespace) -> int:
    from bot.ops.stats import default_url, fetch, parse

    url = args.url or default_url(os.environ)
    try:
        figures = parse(fetch(url))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read the bot's metrics at {url} ({type(exc).__name__}: {exc}); "
              "is it running, with BOT_METRICS_PORT?", file=sys.stderr)
        return EXIT_UNREACHABLE
    titles = {answer.id: answer.title for answer in load_content(args.faq).answers}
    print(f"From {url} (counted since the bot last started):\n")
    for line in figures.lines(titles):
        print(line)
    return EXIT_OK
