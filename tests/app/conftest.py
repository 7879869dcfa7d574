"""App tests: every window gets private settings and a private data folder under tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from editor.app.recovery import DATA_DIR_VARIABLE
from editor.app.settings import AppSettings, identify_application


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Path:
    """QSettings and the recovery folder inside tmp_path; returns the data folder."""
    identify_application()
    config = tmp_path / "config"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(config))
    data = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(data))
    return data


@pytest.fixture
def make_window(isolated: Path, qtbot) -> Iterator[Callable[[], object]]:
    from editor.app.main_window import MainWindow

    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(AppSettings())  # not qtbot.addWidget: its close would come before ours
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:  # no prompt at teardown: nothing of the test's work is worth asking about
        window.files.restored_unsaved = False
        window.scene.undo_stack.setClean()
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window):
    return make_window()


def click_in_next_modal(choose: Callable[[QWidget], QAbstractButton | None], seen: list[QWidget]) -> None:
    """When the next modal dialog shows, click the button ``choose`` picks (a real mouse click)."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(modal)
        button = choose(modal)
        assert button is not None, f"no such button in {modal.objectName()}"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, poll)
