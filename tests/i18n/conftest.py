"""Shared fixtures for translation tests: a private data folder and the fake LibreTranslate server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from editor.i18n.memory import DATA_DIR_VARIABLE, TranslationMemory
from editor.model import Document, load
from tests.i18n.fake_libretranslate import FakeLibreTranslate

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own translation memory, never the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def memory(private_data_dir: Path) -> Iterator[TranslationMemory]:
    with TranslationMemory() as opened:
        yield opened


@pytest.fixture
def example() -> Document:
    return load(EXAMPLE)


@pytest.fixture
def libre_server() -> Iterator[Callable[[str], FakeLibreTranslate]]:
    """A factory: ``libre_server("mangle")`` starts a fake server in that mode; all stop after the test."""
    started: list[FakeLibreTranslate] = []

    def _start(mode: str = "good") -> FakeLibreTranslate:
        server = FakeLibreTranslate(mode).start()
        started.append(server)
        return server

    yield _start
    for server in started:
        server.stop()
