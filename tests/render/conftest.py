"""Helpers for render tests: a Qt application, fontconfig that sees the bundled fonts, pixel diffs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from editor.render.qt import ensure_gui_application
from editor.resources import resource_path
from tests.render.helpers import write_fontconfig


@pytest.fixture(autouse=True)
def gui_application(qapp: object) -> object:
    """pytest-qt's QApplication, made before any render code could make a bare QGuiApplication
    (which would stop later widget tests in the same process from getting a QApplication)."""
    assert ensure_gui_application() is qapp
    return qapp


@pytest.fixture(scope="session")
def fontconfig_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fontconfig setup with the system fonts plus resources/fonts, for rsvg-convert."""
    folder = tmp_path_factory.mktemp("fontconfig")
    return write_fontconfig(folder, system_fonts=True, extra_folders=(resource_path("fonts"),))


@pytest.fixture(scope="session")
def translated_example() -> object:
    """The example with the committed human translations, fitted (what docs/make_images.py exports):
    built once (about 10 s) for the Chromium and rsvg fidelity tests."""
    from tests.test_docs_translations import make_images

    return make_images.translated_example()


@pytest.fixture(scope="session")
def no_fonts_at_all(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fontconfig setup that finds no font: neither the system's nor resources/fonts."""
    config = write_fontconfig(tmp_path_factory.mktemp("no-fonts"), system_fonts=False)
    found = subprocess.run(
        ["fc-list"], capture_output=True, text=True, check=False, env={"FONTCONFIG_FILE": str(config)}
    )
    assert not found.stdout.strip(), found.stdout[:200]
    return config
