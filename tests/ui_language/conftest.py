"""Interface-language tests: preferences in a temporary folder, English restored after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editor.i18n.ui_locale import set_ui_language


@pytest.fixture
def settings_folder(tmp_path: Path, qapp: QApplication) -> Path:
    """Points every QSettings made from now on at ``tmp_path`` instead of the user's home."""
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def settings(settings_folder: Path) -> QSettings:
    return QSettings(str(settings_folder / "ui-language-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def english_afterwards(settings_folder: Path) -> Iterator[None]:
    yield
    set_ui_language("en", remember=False)


@pytest.fixture
def make_main_window(
    settings_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> Iterator[Callable[[], Any]]:
    """Builds the real main window, shown, with private settings and recovery folder."""
    from editor.app.main_window import MainWindow
    from editor.app.recovery import DATA_DIR_VARIABLE
    from editor.app.settings import AppSettings, identify_application

    identify_application()
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(AppSettings())  # not qtbot.addWidget: its close would come before ours and prompt
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.files.restored_unsaved = False
        window.scene.undo_stack.setClean()
        window.close()
        window.deleteLater()


@pytest.fixture
def main_window(make_main_window: Callable[[], Any]) -> Any:
    return make_main_window()
