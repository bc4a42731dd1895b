"""Where the content files live.

Curators edit ``faq.yaml``, ``crisis.yaml`` and ``rightforme.yaml`` at the top of the
repository. ``bot/data/`` holds links to them, so a plain ``pip install .`` copies the
files into the package and an installed assistant finds them beside its code; in a
checkout the links lead back to the files curators edit. The risk model's weights
(``risk_model.json``) live in ``bot/data/`` itself.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DATA_DIR", "data_file"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_file(name: str) -> Path:
    """The real path of a content file (links followed, so errors name the edited file)."""
    return (DATA_DIR / name).resolve()
