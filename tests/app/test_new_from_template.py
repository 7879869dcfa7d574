"""File > New from Template…, used as a person would: the menu by keyboard, a click on a row, Enter.

The template opens as a new untitled diagram in the interface language (or English when the
template lacks it), and saving it asks for a path instead of writing over the template.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from editor.app import template_dialog
from editor.app.template_dialog import TemplateDialog
from editor.i18n.ui_locale import set_ui_language
from editor.model import dumps, load
from editor.model.templates import load_templates


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    set_ui_language("ja", remember=False)
    yield
    set_ui_language("en", remember=False)


def open_file_menu(window: Any, qtbot: Any) -> QMenu:
    """A click on File in the menu bar. (Alt+F would be ambiguous: the Properties panel's
    "When text does not &fit:" label claims it too.)"""
    window.resize(1400, 900)
    QApplication.processEvents()
    menu: QMenu = window.menus["menu.file"]
    bar = window.menuBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    return menu


def in_next_template_dialog(act: Callable[[TemplateDialog], None], seen: list[TemplateDialog]) -> None:
    """When the template dialog shows (modal), hand it to ``act``, which must close it with real events."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, TemplateDialog) or not modal.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(modal)
        act(modal)

    QTimer.singleShot(0, poll)


def click_row_then_enter(row: int) -> Callable[[TemplateDialog], None]:
    def act(dialog: TemplateDialog) -> None:
        item = dialog.list.item(row)
        QTest.mouseClick(
            dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=dialog.list.visualItemRect(item).center()
        )
        assert dialog.list.currentRow() == row
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)

    return act


def choose_by_menu(window: Any, qtbot: Any, act: Callable[[TemplateDialog], None]) -> TemplateDialog:
    seen: list[TemplateDialog] = []
    in_next_template_dialog(act, seen)
    menu = open_file_menu(window, qtbot)
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_M)  # New from Te&mplate… (テンプレートから新規作成(&M)…)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    return seen[0]


def test_the_second_template_opens_untitled_in_the_interface_language(
    window: Any, qtbot: Any, japanese: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = load_templates()[1]
    template_bytes = second.path.read_bytes()
    dialog = choose_by_menu(window, qtbot, click_row_then_enter(1))

    assert dialog.windowTitle() == "テンプレートから新規作成"
    assert dialog.list.item(1).text() == second.document.settings.title.variants["ja"].text
    assert window.files.path is None and not window.files.unsaved
    assert window.scene.language == "ja"
    assert dumps(window.document) == dumps(second.document)  # a copy: the private lookup index differs

    # Save on a diagram from a template asks where to save (Save As), proposing the template's name.
    asked: list[str] = []
    target = tmp_path / "mine.diagram.json"

    def save_dialog(_parent: object, _caption: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr("editor.app.document_files.QFileDialog.getSaveFileName", save_dialog)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists)
    assert [Path(proposed).name for proposed in asked] == [f"{second.name}.diagram.json"]
    assert window.files.path == str(target.resolve())
    assert second.path.read_bytes() == template_bytes
    saved = load(target)
    assert saved.settings.languages == second.document.settings.languages
    assert saved.elements == second.document.elements


def test_a_template_without_the_interface_language_opens_in_english(window: Any, qtbot: Any, japanese: None) -> None:
    templates = load_templates()
    last = len(templates) - 1  # the bundled example, English only
    assert "ja" not in templates[last].document.settings.languages
    choose_by_menu(window, qtbot, click_row_then_enter(last))
    assert window.scene.language == "en"
    assert dumps(window.document) == dumps(templates[last].document)
    assert window.files.path is None


def test_cancel_keeps_the_current_diagram(window: Any, qtbot: Any) -> None:
    before = window.document

    def cancel(dialog: TemplateDialog) -> None:
        QTest.mouseClick(
            dialog.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.list.visualItemRect(dialog.list.item(2)).center(),
        )
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    choose_by_menu(window, qtbot, cancel)
    assert window.document is before and window.scene.language == "en"


def test_rows_show_a_rendered_preview_and_the_texts_in_the_dialog_language(qtbot: Any) -> None:
    dialog = TemplateDialog("de")
    qtbot.addWidget(dialog)
    first = dialog.templates[0]
    assert dialog.list.item(0).text() == first.document.settings.title.variants["de"].text
    assert (
        dialog.list.item(0).data(template_dialog.DESCRIPTION_ROLE) == first.description("de") != first.description("en")
    )
    image = template_dialog.thumbnail(first, "de")
    assert image.size() == template_dialog.THUMBNAIL_SIZE
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert len(colours) > 20  # a drawing, not an empty or single-colour square
    # Cached: the next dialog shows the very same images instead of rendering again.
    again = TemplateDialog("de")
    qtbot.addWidget(again)
    assert template_dialog.thumbnail(first, "de").cacheKey() == image.cacheKey()


def test_a_damaged_template_gives_one_status_message_and_no_dialog(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.diagram.json"
    broken.write_text('{"format": "diagram-editor", "schema_version": 3, "elements": [{"type": "box"}]}')
    monkeypatch.setattr("editor.model.templates.template_paths", lambda: [broken])
    before = window.document
    menu = open_file_menu(window, qtbot)
    QTest.keyClick(menu.windowHandle(), Qt.Key.Key_M)
    qtbot.waitUntil(lambda: "broken.diagram.json" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("The templates could not be read: ")
    assert QApplication.activeModalWidget() is None and window.document is before
