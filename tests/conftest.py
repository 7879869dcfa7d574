"""Every test runs headless: Qt's offscreen platform, set before anything imports Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
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


@pytest.fixture
def umask() -> Iterator[Callable[[int], int]]:
    """Sets the process umask for one test (``umask(0o077)``) and restores it afterwards."""
    original = os.umask(0o022)
    os.umask(original)
    yield os.umask
    os.umask(original)


@pytest.fixture
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The translation memory and other user data inside tmp_path, never in the user's folders."""
    from editor.i18n.memory import DATA_DIR_VARIABLE

    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def document(tmp_path: Path) -> Path:
    """A copy of the example to change: ``tmp_path/redis.diagram.json``."""
    path = tmp_path / "redis.diagram.json"
    path.write_bytes(EXAMPLE.read_bytes())
    return path
