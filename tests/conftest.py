"""Shared fixtures: one real Assistant built from the repository's faq.yaml."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.core.assistant import Assistant
from bot.tools.evaluate import Case, load_cases

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    return Assistant.load()


def cases(name: str) -> list[Case]:
    """Labelled cases from tests/data/NAME (JSON Lines)."""
    return load_cases(DATA / name)


SHARED = ROOT.parent / "shared"


def shared_file(name: str) -> Path:
    """A file of ``../shared`` (facts, topics). Missing: skipped on a developer's machine,
    but a failure under ``CI=true``, where ``../shared`` must be beside the checkout."""
    path = SHARED / name
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"../shared/{name} is missing: CI checks every number and topic "
                        "against it", pytrace=False)
        pytest.skip(f"../shared/{name} is not beside this checkout")
    return path


_E2E_FIXTURES = frozenset({"standin", "start_bot"})
_E2E_MODULES = frozenset({"test_cli.py"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the end-to-end tests (a real bot process against the local stand-in Bot API,
    or ``main.py`` run in a subprocess) as ``e2e``: ``pytest -m "not e2e"`` is the fast
    loop over the core, ``./test.sh`` runs everything."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & _E2E_FIXTURES or item.path.name in _E2E_MODULES:
            item.add_marker(pytest.mark.e2e)


BARE_SIGN_OFFS = frozenset({"goodbye x"})
"""Labelled risk messages that are nothing but a sign-off. By design they get the
goodbye small talk, which carries the safety line (NHS 111 option 2, Samaritans), not a
crisis reply: most people who type "goodbye x" to a chatbot are leaving the chat. A
farewell with anything more ("this is goodbye x", "goodbye all", "thanks for everything.
goodbye") escalates. Counted as missed in the README's recall figures."""
