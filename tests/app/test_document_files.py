"""Files in the window: the unsaved prompt, recent files, broken files, PNGs, drag and drop."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.app.export_dialog import ExportOptions, export_document
from editor.commands import SetStyle
from editor.model import load
from tests.app.conftest import click_in_next_modal
from tests.model import image_samples as samples


def standard_button(which: QMessageBox.StandardButton):
    def choose(modal):
        assert isinstance(modal, QMessageBox)
        return modal.button(which)

    return choose


def copy_example(example_path: Path, folder: Path, name: str = "cache.diagram.json") -> Path:
    target = folder / name
    shutil.copyfile(example_path, target)
    return target


def test_title_shows_the_name_and_the_unsaved_mark(window, example_path, tmp_path) -> None:
    path = copy_example(example_path, tmp_path)
    assert window.files.open_path(str(path))
    assert window.windowTitle() == "cache[*] — Diagram Editor"
    assert not window.isWindowModified()
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    assert window.isWindowModified()
    window.scene.undo_stack.undo()
    assert not window.isWindowModified()  # back at the clean state


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, example_path, tmp_path, qtbot) -> None:
    path = copy_example(example_path, tmp_path)
    window.files.open_path(str(path))
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    seen: list = []

    click_in_next_modal(standard_button(QMessageBox.StandardButton.Cancel), seen)
    assert not window.close()
    assert window.isVisible()
    assert seen and seen[0].objectName() == "dialog.unsaved"
    assert "cache" in seen[0].text()

    click_in_next_modal(standard_button(QMessageBox.StandardButton.Save), seen)
    assert window.close()
    assert load(path).element("api").style.fill == "#ff0000"  # saved before closing
    assert len(seen) == 2


def test_discard_closes_without_saving_and_leaves_no_recovery_file(window, example_path, tmp_path, isolated) -> None:
    path = copy_example(example_path, tmp_path)
    window.files.open_path(str(path))
    window.files.autosaver.set_every_edits(1)
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    assert window.files.autosaver.sidecar.exists
    seen: list = []
    click_in_next_modal(standard_button(QMessageBox.StandardButton.Discard), seen)
    assert window.close()
    assert load(path).element("api").style.fill != "#ff0000"
    assert not list((isolated / "recovery").glob("*"))


def test_opening_another_file_with_unsaved_changes_asks_first(window, example_path, tmp_path) -> None:
    first = copy_example(example_path, tmp_path, "first.diagram.json")
    second = copy_example(example_path, tmp_path, "second.diagram.json")
    window.files.open_path(str(first))
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    seen: list = []
    click_in_next_modal(standard_button(QMessageBox.StandardButton.Cancel), seen)
    assert not window.files.open_path(str(second))
    assert window.files.path == str(first.resolve())
    assert window.document.element("api").style.fill == "#ff0000"


def test_open_recent_reopens_a_file(window, example_path, tmp_path) -> None:
    first = copy_example(example_path, tmp_path, "first.diagram.json")
    second = copy_example(example_path, tmp_path, "second.diagram.json")
    window.files.open_path(str(first))
    window.files.open_path(str(second))
    recent = [action for action in window.recent_menu.actions() if action.data()]
    assert [action.data() for action in recent] == [str(second.resolve()), str(first.resolve())]
    assert window.settings.recent_files()[:2] == [str(second.resolve()), str(first.resolve())]

    recent[1].trigger()
    assert window.files.path == str(first.resolve())
    assert window.windowTitle().startswith("first")
    assert next(action.data() for action in window.recent_menu.actions() if action.data()) == str(first.resolve())


def test_recent_files_survive_a_restart(make_window, example_path, tmp_path) -> None:
    path = copy_example(example_path, tmp_path)
    make_window().files.open_path(str(path))
    again = make_window()
    assert [action.data() for action in again.recent_menu.actions() if action.data()] == [str(path.resolve())]


def test_broken_file_shows_one_message_and_keeps_the_current_document(window, example_path, tmp_path) -> None:
    good = copy_example(example_path, tmp_path)
    window.files.open_path(str(good))
    window.push(SetStyle(["api"], {"fill": "#ff0000"}))
    broken = tmp_path / "broken.diagram.json"
    broken.write_text('{"format": "diagram-editor", "schema_version": 2, "elements": [', encoding="utf-8")
    newer = tmp_path / "newer.diagram.json"
    data = json.loads(example_path.read_text(encoding="utf-8"))
    data["schema_version"] = 99
    newer.write_text(json.dumps(data), encoding="utf-8")

    stranger = tmp_path / "stranger.diagram.json"
    image = samples.image_element(samples.svg('<image href="../secret.png"/>'), "image/svg+xml")
    stranger.write_text(samples.document_json(image), encoding="utf-8")
    refers = "elements[7] (id \"logo\").data: SVG <image href> refers to '../secret.png'; only #fragments"

    for path, expected in ((broken, "invalid JSON"), (newer, "newer version"), (stranger, refers)):
        seen: list = []
        click_in_next_modal(standard_button(QMessageBox.StandardButton.Ok), seen)
        assert not window.files.open_path(str(path))
        assert len(seen) == 1 and seen[0].objectName() == "dialog.open_error"
        assert expected in seen[0].informativeText()
        assert QApplication.activeModalWidget() is None
        assert window.files.path == str(good.resolve())
        assert window.document.element("api").style.fill == "#ff0000"
        assert window.isWindowModified()


@pytest.mark.parametrize(
    ("kind", "options"),
    [("png", {"scale": 0.5}), ("svg", {}), ("svg", {"text_as_paths": True})],
    ids=["png", "svg", "svg-paths"],
)
def test_exported_picture_opens_as_its_document(kind, options, window, example_path, tmp_path) -> None:
    picture = tmp_path / f"picture.{kind}"
    export_document(load(example_path), ExportOptions(path=str(picture), format=kind, **options))
    if kind == "svg":  # the dialog's defaults: fonts embedded, unless the text is outlines
        assert ("@font-face" in picture.read_text(encoding="utf-8")) != bool(options)
    assert window.files.open_path(str(picture))
    assert len(window.document.elements) == len(load(example_path).elements)
    assert window.files.path is None  # saving never overwrites the picture
    assert window.isWindowModified()
    assert window.files.suggested_name == "picture"


def test_dropping_a_file_on_the_window_opens_it(window, example_path, tmp_path, qtbot) -> None:
    path = copy_example(example_path, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    assert QApplication.sendEvent(window, drop) and drop.isAccepted()
    qtbot.waitUntil(lambda: window.files.path == str(path.resolve()), timeout=3000)
    assert len(window.document.elements) > 10
