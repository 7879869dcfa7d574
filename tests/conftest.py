"""Every test runs headless: Qt's offscreen platform, set before anything imports Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE
