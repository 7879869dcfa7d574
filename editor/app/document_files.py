"""Files of the one document a window holds: new, open, save, close, recent files, recovery.

Nothing here replaces the current document until the new one has loaded and validated,
so a broken or newer-version file costs the user one message box and nothing else.
Unsaved work is always asked about (Save / Discard / Cancel) before it could be lost,
and copied to a recovery sidecar while it is unsaved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from editor.app.recovery import Autosaver, RecoverySidecar, orphaned_work
from editor.app.recovery_dialog import DISCARD, RESTORE, RecoveryDialog
from editor.app.settings import AppSettings
from editor.headless.import_ import default_output, laid_out, summary
from editor.importers import ImportFormatError, ImportResult, import_path, is_importable
from editor.model import Document, DocumentError, Grid, Settings, load, save
from editor.model.templates import Template

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

SUFFIX = ".diagram.json"


class DocumentFiles(QObject):
    """The file side of a MainWindow; ``path`` is None for a diagram never saved."""

    recent_changed = Signal()
    document_opened = Signal()

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.path: str | None = None
        #: Set when restored work has no undo history yet still differs from the file.
        self.restored_unsaved = False
        self.autosaver = Autosaver(RecoverySidecar(), settings.autosave_seconds, settings.autosave_edits, self)
        # the status message of the last import, whose tooltip lists every kind of loss
        self.import_message = ""
        window.statusBar().messageChanged.connect(self._forget_losses)

    # --- state ----------------------------------------------------------------------------
    @property
    def unsaved(self) -> bool:
        return self.restored_unsaved or not self.window.scene.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path:
            name = Path(self.path).name
            return name.removesuffix(SUFFIX) if name.endswith(SUFFIX) else name
        return self.tr("Untitled")

    def note_edit(self) -> None:
        self.autosaver.note_edit(self.unsaved)

    def new_document_template(self) -> Document:
        settings = Settings(
            theme=self.settings.default_theme,
            grid=Grid(size=self.settings.grid_size, visible=self.settings.grid_visible),
        )
        return Document(settings=settings)

    # --- asking before losing work ----------------------------------------------------------
    def ask_to_save(self) -> bool:
        """Save / Discard / Cancel when there are unsaved changes; True means "go ahead"."""
        if not self.unsaved:
            return True
        box = QMessageBox(self.window)
        box.setObjectName("dialog.unsaved")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved Changes"))
        box.setText(self.tr("Save the changes to “%1” before closing?").replace("%1", self.display_name()))
        box.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.autosaver.mark_saved()  # deliberately dropped: no recovery offer next time
            return True
        return False

    # --- replacing the document -------------------------------------------------------------
    def _show(self, document: Document, path: str | None, *, unsaved: bool = False) -> None:
        self.path = path
        self.suggested_name = None  # a name proposed for the previous diagram (an import, a template) is not this one's
        self.restored_unsaved = unsaved
        self.window.show_document(document)
        self.autosaver.track(document, path)
        if unsaved:
            self.autosaver.protect_now()
        if path and not unsaved:
            self.settings.add_recent_file(path)
            self.recent_changed.emit()
        self.document_opened.emit()

    def new_document(self) -> bool:
        if not self.ask_to_save():
            return False
        self._show(self.new_document_template(), None)
        return True

    def new_from_template(self, template: Template, language: str) -> bool:
        """A new untitled diagram holding a copy of ``template``, shown in ``language`` when the
        template has it (else its source language). Saving asks for a path; the template is never written."""
        if not self.ask_to_save():
            return False
        self._show(template.new_document(), None)
        self.suggested_name = template.name
        shown = template.language_for(language)
        if shown != self.window.scene.language:
            self.window.scene.set_language(shown)
        return True

    def open_with_dialog(self) -> bool:
        folder = str(Path(self.path).parent) if self.path else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open Diagram"),
            folder,
            self.tr(
                "Diagrams (*.diagram.json *.json *.png);;"
                "draw.io, Excalidraw, Mermaid (*.drawio *.xml *.svg *.png *.excalidraw *.mmd *.mermaid *.md);;"
                "All files (*)"
            ),
        )
        return bool(chosen) and self.open_path(chosen)

    def open_path(self, path: str, *, ask: bool = True) -> bool:
        """Open ``path`` (a document, or a PNG or SVG exported with one); the current one stays on failure."""
        try:
            document = load(path)
        except DocumentError as error:
            if is_importable(Path(path)):
                return self.import_path(path, ask=ask)
            self.show_open_error(path, error)
            if error.message == "no such file":
                self.settings.remove_recent_file(str(Path(path).resolve()))
                self.recent_changed.emit()
            return False
        if ask and not self.ask_to_save():
            return False
        self.adopt(document, path)
        return True

    def import_path(self, path: str, *, ask: bool = True) -> bool:
        """Open another tool's file (draw.io, Excalidraw, Mermaid) as unsaved work; the source is
        never written. A multi-page draw.io file asks which page; what was lost goes to the status bar."""
        try:
            results = import_path(Path(path), all_pages=True)
            result = self.choose_page(results)
            if result is None:
                return False
            document = laid_out(result)
        except ImportFormatError as error:
            self.show_open_error(path, DocumentError(str(error)))
            return False
        if ask and not self.ask_to_save():
            return False
        self._show(document, None, unsaved=True)
        self.suggested_name = Path(default_output(Path(path)).name).name.removesuffix(SUFFIX)
        lines = result.report.lines()
        if lines:
            message = self.tr("Imported %1 (%2); %3 kinds of loss, for example: %4").replace("%3", str(len(lines)))
            message = message.replace("%4", lines[0].split(": ", 1)[-1])
        else:
            message = self.tr("Imported %1 (%2); nothing was lost")
        self.import_message = message.replace("%1", Path(path).name).replace("%2", summary(result))
        bar = self.window.statusBar()
        bar.showMessage(self.import_message)
        bar.setToolTip("\n".join(lines))  # the message shows one loss; the tooltip every one
        return True

    def _forget_losses(self, message: str) -> None:
        """The import's tooltip goes with its message, so it never explains another one."""
        if message != self.import_message:
            self.import_message = ""
            self.window.statusBar().setToolTip("")

    def choose_page(self, results: list[ImportResult]) -> ImportResult | None:
        """The one result of a single page, or the page the user picks (``None`` if they cancel)."""
        if len(results) == 1:
            return results[0]
        dialog = QInputDialog(self.window)
        dialog.setObjectName("dialog.import_page")
        dialog.setWindowTitle(self.tr("Import Page"))
        dialog.setLabelText(self.tr("This file has %n page(s). Which one should open?", "", len(results)))
        dialog.setComboBoxItems([f"{number}. {result.report.page}" for number, result in enumerate(results, 1)])
        if not dialog.exec():
            return None
        chosen = dialog.textValue().split(".", 1)[0]
        return results[int(chosen) - 1] if chosen.isdigit() and 0 < int(chosen) <= len(results) else results[0]

    def adopt(self, document: Document, path: str) -> None:
        """Show a document already read from ``path`` (the command line reads it first)."""
        resolved = str(Path(path).resolve())
        if Path(path).suffix.lower() in (".png", ".svg"):
            # saving must never overwrite the picture: the diagram inside becomes a new file
            self._show(document, None, unsaved=True)
            self.suggested_name = Path(path).stem
            self.settings.add_recent_file(resolved)
            self.recent_changed.emit()
        else:
            self._show(document, resolved)

    def show_open_error(self, path: str, error: DocumentError) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("dialog.open_error")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Cannot Open Diagram"))
        box.setText(self.tr("“%1” could not be opened.").replace("%1", Path(path).name))
        detail = f"{error.where}: {error.message}" if error.where else error.message
        box.setInformativeText(detail)
        box.exec()

    # --- saving -------------------------------------------------------------------------------
    suggested_name: str | None = None

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        folder = Path(self.path).parent if self.path else Path.home()
        stem = self.suggested_name or (Path(self.path).name.removesuffix(SUFFIX) if self.path else "diagram")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save Diagram"),
            str(folder / f"{stem}{SUFFIX}"),
            self.tr("Diagrams (*.diagram.json)"),
        )
        if not chosen:
            return False
        if not chosen.endswith(".json"):
            chosen += SUFFIX
        return self._write(chosen)

    def _write(self, path: str) -> bool:
        try:
            save(self.window.scene.document, path)
        except DocumentError as error:
            QMessageBox.critical(
                self.window, self.tr("Cannot Save Diagram"), self.tr("Saving failed: %1").replace("%1", error.message)
            )
            return False
        self.path = str(Path(path).resolve())
        self.suggested_name = None
        self.restored_unsaved = False
        self.window.scene.undo_stack.setClean()
        self.autosaver.track(self.window.scene.document, self.path)
        self.settings.add_recent_file(self.path)
        self.recent_changed.emit()
        self.window.update_title()
        self.window.show_status(self.tr("Saved %1").replace("%1", self.path))
        return True

    def close_document(self) -> bool:
        """Back to an empty diagram (the window stays open)."""
        return self.new_document()

    # --- after a crash --------------------------------------------------------------------------
    def offer_recovery(self) -> int:
        """Ask about every sidecar a crashed process left; returns how many were restored."""
        restored = 0
        for work in orphaned_work():
            dialog = RecoveryDialog(work, self.window)
            answer = dialog.exec()
            if answer == RESTORE and self.ask_to_save():
                self._show(work.document, work.original_path, unsaved=True)
                work.discard()  # our own sidecar now holds it
                restored += 1
            elif answer == DISCARD:
                work.discard()
        return restored
