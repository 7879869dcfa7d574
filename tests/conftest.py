"""Every test runs headless: Qt's offscreen platform, set before anything imports Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(autouse=True)
def empty_clipboard_after_test() -> Iterator[None]:
    """Leave no data on the clipboard: Qt's offscreen platform crashes at exit (SIGSEGV after the
    test summary, failing the run) when the process ends still owning clipboard data."""
    yield
    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
