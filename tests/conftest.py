"""Shared fixtures: one real Assistant built from the repository's faq.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.evaluate import Case, load_cases

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    return Assistant.load()


def cases(name: str) -> list[Case]:
    """Labelled cases from tests/data/NAME (JSON Lines)."""
    return load_cases(DATA / name)
