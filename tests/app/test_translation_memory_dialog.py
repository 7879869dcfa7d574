"""Settings > Translation memory…: counts, Export TMX…, Clear…, Import TMX… with real clicks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from editor.app.dialogs import SettingsDialog
from editor.app.memory_dialog import TranslationMemoryDialog
from editor.app.settings import AppSettings
from editor.i18n.memory import MemoryEntry, TranslationMemory
from tests.app.conftest import click_in_next_modal


def _fill(isolated: Path) -> None:
    with TranslationMemory() as memory:
        memory.store(
            MemoryEntry("en", language, f"Text {number}", f"{language} {number}", "machine", provider)
            for language in ("de", "ja")
            for number, provider in enumerate(["libre", "libre", "pseudo"])
        )


def _file(path: Path, button: QDialogButtonBox.StandardButton):
    def choose(modal: QWidget):
        assert isinstance(modal, QFileDialog)
        modal.selectFile(str(path))
        return modal.findChild(QDialogButtonBox).button(button)

    return choose


def _yes(asked: list[str]):
    def choose(modal: QWidget):
        assert isinstance(modal, QMessageBox)
        asked.append(modal.text())
        return modal.button(QMessageBox.StandardButton.Yes)

    return choose


def _rows(dialog: TranslationMemoryDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]


def test_counts_export_clear_by_language_and_import(isolated: Path, qtbot, tmp_path: Path) -> None:
    _fill(isolated)
    dialog = TranslationMemoryDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert _rows(dialog) == [("en → de", "libre", "2"), ("en → de", "pseudo", "1"),
                             ("en → ja", "libre", "2"), ("en → ja", "pseudo", "1")]  # fmt: skip
    assert dialog.total.text() == "6 entries in all"
    tmx = tmp_path / "exported.tmx"
    seen: list[QWidget] = []
    click_in_next_modal(_file(tmx, QDialogButtonBox.StandardButton.Save), seen)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert tmx.read_bytes().count(b"<tu ") == 6
    assert dialog.status.text() == f"Exported 6 entries to {tmx}."
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    asked: list[str] = []
    click_in_next_modal(_yes(asked), seen)
    QTest.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete 3 entries from the translation memory? This cannot be undone."]
    assert _rows(dialog) == [("en → de", "libre", "2"), ("en → de", "pseudo", "1")]
    click_in_next_modal(_file(tmx, QDialogButtonBox.StandardButton.Open), seen)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == f"Imported 6 entries from {tmx}."
    assert dialog.total.text() == "6 entries in all"


def test_settings_opens_the_memory_dialog(isolated: Path, qtbot) -> None:
    _fill(isolated)
    settings = SettingsDialog(AppSettings())
    qtbot.addWidget(settings)
    settings.show()
    seen: list[QWidget] = []
    close = QDialogButtonBox.StandardButton.Close
    click_in_next_modal(lambda modal: modal.findChild(QDialogButtonBox).button(close), seen)
    QTest.mouseClick(settings.memory_button, Qt.MouseButton.LeftButton)
    assert isinstance(seen[0], TranslationMemoryDialog) and seen[0].table.rowCount() == 4
