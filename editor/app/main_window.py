"""The main window: the canvas in the middle, docks around it, every action from the spec table.

The window owns one DiagramScene for its whole life; opening a file hands the scene another
document. Each side of the window lives in its own base class: ``WindowParts`` (canvas, docks,
status bar, saved layout), ``WindowMenus`` (menu bar, toolbar, run-time submenus),
``WindowActions`` and ``ContentLanguageActions`` (what the actions do). File handling lives in
``DocumentFiles``. This class builds them in order, follows the document and the selection,
and handles the window's own events.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from typing_extensions import override

from editor.app.action_builder import ActionSet
from editor.app.content_language_actions import ContentLanguageActions
from editor.app.document_files import DocumentFiles
from editor.app.rtl_docks import follow_layout_direction
from editor.app.settings import AppSettings
from editor.app.window_actions import WindowActions
from editor.app.window_menus import WindowMenus
from editor.canvas.undo import retranslate_stack
from editor.model import Document


class MainWindow(WindowMenus, WindowActions, ContentLanguageActions):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or AppSettings()
        self._build_canvas()
        self.files = DocumentFiles(self, self.settings)
        self.actions_ = ActionSet(self, self, canvas=self.view)
        self._build_docks()
        self._build_toolbar()
        self._build_tools_bar()
        self._build_menus()
        self._connect_content_languages()
        self._build_status_bar()

        stack = self.scene.undo_stack
        stack.indexChanged.connect(self._document_edited)
        stack.cleanChanged.connect(self.update_title)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.command_refused.connect(self.show_status)
        self.view.zoom_changed.connect(self._zoom_changed)

        self.setAcceptDrops(True)
        self.setUnifiedTitleAndToolBarOnMac(True)
        self.retranslate()
        self._restore_layout()
        follow_layout_direction(self)  # Arabic: side docks move to the left
        self.show_document(self.files.new_document_template())

    # --- the document and the selection -----------------------------------------------------
    def show_document(self, document: Document) -> None:
        """Put ``document`` on the canvas (history starts afresh) and fit it in view."""
        self.scene.set_document(document)
        self._refresh_language_menu()
        self._selection_changed()
        self.update_title()
        self.refresh_actions()
        QTimer.singleShot(0, self.view.zoom_to_fit)

    def _document_edited(self, _index: int = 0) -> None:
        self.files.note_edit()
        self.properties.refresh()
        self.update_title()
        self.refresh_actions()

    def update_title(self, *_args: object) -> None:
        self.setWindowTitle(self.tr("%1[*] — Diagram Editor").replace("%1", self.files.display_name()))
        self.setWindowModified(self.files.unsaved)
        self.setWindowFilePath(self.files.path or "")

    def _selection_changed(self) -> None:
        ids = self.scene.selected_ids()
        self.properties.show_selection(self.document, ids)
        self.icons.show_selection(self.document, ids)
        self._show_selection_count()
        self.refresh_actions()

    def _show_selection_count(self) -> None:
        count = len(self.scene.selected_ids())
        self.selection_label.setText(self.tr("%n selected", "", count) if count else "")

    def _zoom_changed(self, factor: float) -> None:
        self.zoom_label.setText(f"{factor * 100:.0f} %")

    # --- the interface language ---------------------------------------------------------------
    def retranslate(self) -> None:
        self._retranslate_menus()
        self._retranslate_parts()
        retranslate_stack(self.scene.undo_stack)  # the History and Edit > Undo name steps anew
        self.history_view.viewport().update()
        self._retranslate_undo()
        self._show_selection_count()
        self.update_title()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- files dropped on the window ----------------------------------------------------------
    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if not urls:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        path = urls[0].toLocalFile()
        QTimer.singleShot(0, lambda: self.files.open_path(path))  # not inside the drop: dialogs may follow

    # --- closing -----------------------------------------------------------------------------
    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.ask_to_save():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.files.autosaver.mark_saved()
        event.accept()


def run_main_window(document: Document | None, path: str | None) -> int:
    """Show the window, offer crash recovery, then show ``document`` (read from ``path``)."""
    from editor.app.launch import start_application
    from editor.app.test_hooks import start_test_hooks

    app = start_application()
    window = MainWindow()
    window.show()
    restored = window.files.offer_recovery()
    if document is not None and path is not None and not restored:
        window.files.adopt(document, path)
    elif path is not None and not restored:  # another tool's file: imported, opened unsaved
        window.files.import_path(path, ask=False)
    start_test_hooks(window)
    return app.exec()
