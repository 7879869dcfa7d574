"""Saving and exporting from the window keep the file's mode: a 0644 document stays 0644 after a
real Ctrl+S (its .bak too) whatever the umask; a new export gets the umask's mode; the recovery
sidecar of unsaved work stays private."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor.commands import SetStyle
from editor.model import load
from editor.model.atomic_files import backup_path
from tests.app.conftest import click_in_next_modal


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def opened_copy(window, example_path: Path, folder: Path, file_mode: int):  # type: ignore[no-untyped-def]
    path = folder / "cache.diagram.json"
    shutil.copyfile(example_path, path)
    path.chmod(file_mode)
    assert window.files.open_path(str(path))
    window.activateWindow()
    window.view.setFocus()
    return path


def press(window, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


@pytest.mark.parametrize("file_mode", [0o644, 0o640], ids=lambda value: f"{value:o}")
def test_ctrl_s_keeps_the_documents_mode_and_gives_it_to_the_backup(
    window, example_path: Path, tmp_path: Path, umask: Callable[[int], int], qtbot, file_mode: int
) -> None:
    path = opened_copy(window, example_path, tmp_path, file_mode)
    umask(0o077)
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)
    assert load(path).element("api").style.fill == "#ff0000"
    assert mode(path) == file_mode
    assert mode(backup_path(path)) == file_mode
    assert backup_path(path).read_bytes() == example_path.read_bytes()


def test_ctrl_s_without_changes_since_the_last_save_keeps_the_backup(
    window, example_path: Path, tmp_path: Path, qtbot
) -> None:
    path = opened_copy(window, example_path, tmp_path, 0o644)
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)
    window.push(SetStyle(["api"], {"fill": "#00ff00"}))
    window.scene.undo_stack.undo()  # back to what is on disk, though the window saved nothing
    window.files.save()
    assert backup_path(path).read_bytes() == example_path.read_bytes()  # still the version before the edit


def _export_through_the_dialog(window, qtbot) -> list:  # type: ignore[no-untyped-def]
    seen: list = []
    click_in_next_modal(lambda dialog: dialog.buttons.button(QDialogButtonBox.StandardButton.Save), seen)
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600)], ids=lambda value: f"{value:o}")
def test_a_new_export_gets_the_umask_mode(
    window, example_path: Path, tmp_path: Path, umask: Callable[[int], int], qtbot, mask: int, expected: int
) -> None:
    opened_copy(window, example_path, tmp_path, 0o644)
    umask(mask)
    seen = _export_through_the_dialog(window, qtbot)
    assert seen[0].objectName() == "dialog.export"
    picture = tmp_path / "cache.png"
    assert load(picture).element("api") is not None
    assert mode(picture) == expected


def test_an_export_over_a_picture_keeps_its_mode(
    window, example_path: Path, tmp_path: Path, umask: Callable[[int], int], qtbot
) -> None:
    opened_copy(window, example_path, tmp_path, 0o644)
    picture = tmp_path / "cache.png"
    picture.write_bytes(b"old")
    picture.chmod(0o644)
    umask(0o077)
    _export_through_the_dialog(window, qtbot)
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert mode(picture) == 0o644
    assert not backup_path(picture).exists()


def test_the_recovery_sidecar_stays_private(
    window, example_path: Path, tmp_path: Path, umask: Callable[[int], int]
) -> None:
    opened_copy(window, example_path, tmp_path, 0o644)
    umask(0o022)
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    sidecar = window.files.autosaver.sidecar
    sidecar.write(window.document, window.files.path)
    assert mode(sidecar.path) == 0o600
