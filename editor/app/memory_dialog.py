"""Settings > Translation memory…: what the memory holds, TMX export and import, clearing.

The same operations as ``diagram-editor memory`` (one memory file for the app and the command
line). Each action opens the memory, does its work and closes it again, so a translation running
in the background never waits on this dialog for long.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.i18n.memory import NO_PROVIDER, TranslationMemory
from editor.i18n.tmx import export_tmx, read_tmx
from editor.model import DocumentError
from editor.model.atomic_files import write_atomically

TMX_FILTER = "TMX (*.tmx)"


class TranslationMemoryDialog(QDialog):
    """Counts per language pair and provider; Export TMX…, Import TMX…, Clear… for the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.translation_memory")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("memory.counts")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.total = QLabel(self)
        self.language = QComboBox(self)
        self.language.setObjectName("memory.language")
        self.provider = QComboBox(self)
        self.provider.setObjectName("memory.provider")
        self.status = QLabel(self)
        self.status.setObjectName("memory.status")
        self.status.setWordWrap(True)
        self.language_caption, self.provider_caption = QLabel(self), QLabel(self)
        selection = QFormLayout()
        selection.addRow(self.language_caption, self.language)
        selection.addRow(self.provider_caption, self.provider)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.export_button = self._button(buttons, "memory.export", self.export_tmx)
        self.import_button = self._button(buttons, "memory.import", self.import_tmx)
        self.clear_button = self._button(buttons, "memory.clear", self.clear_selection)
        column = QVBoxLayout(self)
        for widget in (self.table, self.total):
            column.addWidget(widget)
        column.addLayout(selection)
        column.addWidget(self.status)
        column.addWidget(buttons)
        self.resize(560, 420)
        self.retranslate()
        self.refresh()

    def _button(self, box: QDialogButtonBox, name: str, slot: object) -> QPushButton:
        button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Translation memory"))
        self.table.setHorizontalHeaderLabels([self.tr("Languages"), self.tr("Provider"), self.tr("Entries")])
        self.language_caption.setText(self.tr("Language"))
        self.provider_caption.setText(self.tr("Provider"))
        self.export_button.setText(self.tr("Export TMX…"))
        self.import_button.setText(self.tr("Import TMX…"))
        self.clear_button.setText(self.tr("Clear…"))
        if self.language.count():
            self.language.setItemText(0, self.tr("All languages"))
            self.provider.setItemText(0, self.tr("All providers"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the counts again and rebuild the table and the two selection lists."""
        with TranslationMemory() as memory:
            counts = memory.counts()
        self.table.setRowCount(len(counts))
        for row, count in enumerate(counts):
            provider = count.provider or self.tr("people, imports")
            cells = (f"{count.source_language} → {count.target_language}", provider, str(count.entries))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.total.setText(self.tr("%n entries in all", "", sum(count.entries for count in counts)))
        for combo, values, everything in (
            (self.language, sorted({count.target_language for count in counts}), self.tr("All languages")),
            (self.provider, sorted({count.provider or NO_PROVIDER for count in counts}), self.tr("All providers")),
        ):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(self.tr("people, imports") if value == NO_PROVIDER else value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        empty = not counts
        self.export_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)

    def _selection(self) -> tuple[str | None, str | None]:
        language, provider = self.language.currentData(), self.provider.currentData()
        return (str(language) if language else None), (str(provider) if provider else None)

    def _choose_file(self, title: str, *, saving: bool) -> str | None:
        dialog = QFileDialog(self, title, "", TMX_FILTER)
        dialog.setObjectName("memory.file_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        if saving:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("tmx")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0]

    def export_tmx(self) -> None:
        path = self._choose_file(self.tr("Export TMX"), saving=True)
        if path is None:
            return
        language, _ = self._selection()
        with TranslationMemory() as memory:
            exported = export_tmx(memory.entries(language))
        try:
            write_atomically(path, exported.data, keep_backup=False)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export TMX"), self.tr("Cannot write %1: %2").replace("%1", path)
                                .replace("%2", error.strerror or str(error)))  # fmt: skip
            return
        self.status.setText(self.tr("Exported %n entries to %1.", "", exported.written).replace("%1", path))

    def import_tmx(self) -> None:
        path = self._choose_file(self.tr("Import TMX"), saving=False)
        if path is None:
            return
        try:
            with open(path, "rb") as stream:
                imported = read_tmx(stream.read(), source=path)
        except (OSError, DocumentError) as error:
            QMessageBox.warning(self, self.tr("Import TMX"), str(error))
            return
        with TranslationMemory() as memory:
            written = memory.store(imported.entries)
        self.refresh()
        self.status.setText(self.tr("Imported %n entries from %1.", "", written).replace("%1", path))

    def clear_selection(self) -> None:
        """Delete the entries of the chosen language and provider (all of them by default), after asking."""
        language, provider = self._selection()
        with TranslationMemory() as memory:
            matching = sum(
                count.entries
                for count in memory.counts()
                if language in (None, count.target_language) and provider in (None, count.provider or NO_PROVIDER)
            )
        question = self.tr("Delete %n entries from the translation memory? This cannot be undone.", "", matching)
        answer = QMessageBox.question(self, self.tr("Clear translation memory"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with TranslationMemory() as memory:
            removed = memory.clear(target_language=language, provider=provider)
        self.refresh()
        self.status.setText(self.tr("Deleted %n entries.", "", removed))
