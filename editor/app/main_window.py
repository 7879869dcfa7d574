"""The main window: the canvas in the middle, docks around it, every action from the spec table.

The window owns one DiagramScene for its whole life; opening a file hands the scene
another document. File handling lives in ``DocumentFiles``; this class wires the
canvas, the docks, the menus and the status bar together and implements ``ActionHost``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QToolBar, QUndoView
from typing_extensions import override

from editor.actions import LANGUAGE_SUBMENU, RECENT_SUBMENU, ActionState, AlignEdge, Axis
from editor.app.action_builder import ActionSet, themed_icon
from editor.app.dialogs import SettingsDialog, ShortcutsDialog, about_text
from editor.app.document_files import DocumentFiles
from editor.app.export_dialog import ExportDialog, export_document
from editor.app.icon_picker import IconPickerDock
from editor.app.languages import language_label
from editor.app.properties_dock import PropertiesDock
from editor.app.rtl_docks import follow_layout_direction
from editor.app.settings import AppSettings
from editor.canvas import DiagramScene, DiagramView
from editor.commands import Command, SetSettings
from editor.model import Document


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or AppSettings()
        self.scene = DiagramScene(Document(), self)
        self.scene.set_snap_to_grid(self.settings.snapping)
        self.view = DiagramView(self.scene, self)
        self.view.setObjectName("canvas")
        self.setCentralWidget(self.view)
        self.files = DocumentFiles(self, self.settings)
        self.actions_ = ActionSet(self, self)

        self.properties = PropertiesDock(self)
        self.icons = IconPickerDock(self)
        self.history_view = QUndoView(self.scene.undo_stack)
        self.history_view.setObjectName("history.view")
        self.history = QDockWidget(self)
        self.history.setObjectName("dock.history")
        self.history.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.icons)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        self.tabifyDockWidget(self.icons, self.history)
        self.icons.raise_()
        self.resizeDocks([self.properties, self.icons], [600, 320], Qt.Orientation.Vertical)
        self.resizeDocks([self.properties], [340], Qt.Orientation.Horizontal)
        self.properties.command_requested.connect(self.push)
        self.icons.command_requested.connect(self.push)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar.main")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.actions_.fill_toolbar(self.toolbar)
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("menu.recent")
        self.language_group = QActionGroup(self)
        self.language_actions: list[QAction] = []
        self.menus = self.actions_.fill_menu_bar(
            self.menuBar(), {RECENT_SUBMENU: self._add_recent_menu, LANGUAGE_SUBMENU: self._add_language_section}
        )
        self.view_menu_docks = self.menus["menu.view"].addSeparator()
        for dock in (self.properties, self.icons, self.history):
            self.menus["menu.view"].addAction(dock.toggleViewAction())

        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("status.zoom")
        self.zoom_label.setMinimumWidth(64)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.selection_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        stack: QUndoStack = self.scene.undo_stack
        stack.indexChanged.connect(self._document_edited)
        stack.cleanChanged.connect(self.update_title)
        stack.undoTextChanged.connect(self._retranslate_undo)
        stack.redoTextChanged.connect(self._retranslate_undo)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.command_refused.connect(self.show_status)
        self.scene.language_changed.connect(self._refresh_language_menu)
        self.view.zoom_changed.connect(self._zoom_changed)
        self.files.recent_changed.connect(self._fill_recent_menu)

        self.setAcceptDrops(True)
        self.setWindowIcon(themed_icon("mdi6.vector-polyline"))
        self.setUnifiedTitleAndToolBarOnMac(True)
        self.retranslate()
        self._restore_layout()
        follow_layout_direction(self)  # Arabic: side docks move to the left
        self.show_document(self.files.new_document_template())

    # --- the document ---------------------------------------------------------------------
    @property
    def document(self) -> Document:
        return self.scene.document

    def show_document(self, document: Document) -> None:
        """Put ``document`` on the canvas (history starts afresh) and fit it in view."""
        self.scene.set_document(document)
        self._refresh_language_menu()
        self._selection_changed()
        self.update_title()
        self.refresh_actions()
        QTimer.singleShot(0, self.view.zoom_to_fit)

    def push(self, command: Command) -> bool:
        """Every edit from a dock goes here: one undo step on the scene's stack."""
        return self.scene.push(command)

    def _document_edited(self, _index: int = 0) -> None:
        self.files.note_edit()
        self.properties.refresh()
        self.update_title()
        self.refresh_actions()

    def update_title(self, *_args: object) -> None:
        self.setWindowTitle(self.tr("%1[*] — Diagram Editor").replace("%1", self.files.display_name()))
        self.setWindowModified(self.files.unsaved)
        self.setWindowFilePath(self.files.path or "")

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def action_state(self) -> ActionState:
        stack = self.scene.undo_stack
        settings = self.document.settings
        return ActionState(
            selection_count=len(self.scene.selected_ids()),
            element_count=len(self.document.elements),
            can_undo=stack.canUndo(),
            can_redo=stack.canRedo(),
            grid_visible=settings.grid.visible,
            snapping=self.scene.snap_to_grid,
            theme=settings.theme,
        )

    def refresh_actions(self) -> None:
        self.actions_.refresh(self.action_state())

    def _selection_changed(self) -> None:
        ids = self.scene.selected_ids()
        self.properties.show_selection(self.document, ids)
        self.icons.show_selection(self.document, ids)
        count = len(ids)
        self.selection_label.setText(self.tr("%n selected", "", count) if count else "")
        self.refresh_actions()

    def _zoom_changed(self, factor: float) -> None:
        self.zoom_label.setText(f"{factor * 100:.0f} %")

    # --- menus filled at run time -----------------------------------------------------------
    def _add_recent_menu(self, menu: QMenu) -> None:
        menu.addMenu(self.recent_menu)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number % 10}  {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, chosen=path: self.files.open_path(chosen))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear Recent Files"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._fill_recent_menu()

    def _add_language_section(self, menu: QMenu) -> None:
        self.language_menu = menu
        self.language_header = menu.addSection("")
        self.language_anchor = menu.addSeparator()  # translate and interface language go below

    def _refresh_language_menu(self, *_args: object) -> None:
        for action in self.language_actions:
            self.language_group.removeAction(action)
            self.language_menu.removeAction(action)
        self.language_actions = []
        source = self.document.settings.source_language
        for code in self.document.settings.languages:
            label = language_label(code)
            if code == source:
                label = self.tr("%1 — source").replace("%1", label)
            action = QAction(label, self)
            action.setObjectName(f"language.{code}")
            action.setCheckable(True)
            action.setChecked(code == self.scene.language)
            action.triggered.connect(lambda _checked=False, chosen=code: self.scene.set_language(chosen))
            self.language_group.addAction(action)
            self.language_menu.insertAction(self.language_anchor, action)
            self.language_actions.append(action)

    # --- ActionHost: files ------------------------------------------------------------------
    def new_document(self) -> bool:
        return self.files.new_document()

    def open_with_dialog(self) -> bool:
        return self.files.open_with_dialog()

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def close_document(self) -> bool:
        return self.files.close_document()

    def quit(self) -> None:
        self.close()

    def export_with_dialog(self) -> bool:
        base = Path(self.files.path).name.removesuffix(".diagram.json") if self.files.path else "diagram"
        folder = Path(self.files.path).parent if self.files.path else Path.home()
        dialog = ExportDialog(self.document, str(folder / f"{base}.png"), self.scene.language, self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return False
        options = dialog.options()
        try:
            size = export_document(self.document, options)
        except (OSError, ValueError) as error:
            QMessageBox.critical(self, self.tr("Export Failed"), str(error))
            return False
        self.show_status(self.tr("Exported %1 (%2 KB)").replace("%1", options.path).replace("%2", f"{size / 1024:.0f}"))
        return True

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.apply()
            self.files.autosaver.set_interval(self.settings.autosave_seconds)
            self.files.autosaver.set_every_edits(self.settings.autosave_edits)
            self.scene.set_snap_to_grid(self.settings.snapping)
            self.refresh_actions()

    # --- ActionHost: editing and arranging (the canvas does the work, one undo step each) --------
    def undo(self) -> None:
        self.scene.undo_stack.undo()

    def redo(self) -> None:
        self.scene.undo_stack.redo()

    def cut(self) -> None:
        self.scene.cut_selection()

    def copy(self) -> None:
        self.scene.copy_selection()

    def paste(self) -> None:
        self.scene.paste()

    def duplicate(self) -> None:
        self.scene.duplicate_selection()

    def delete_selection(self) -> None:
        self.scene.delete_selection()

    def select_all(self) -> None:
        self.scene.select_all()

    def align(self, edge: AlignEdge) -> None:
        self.scene.align(edge)

    def distribute(self, axis: Axis) -> None:
        self.scene.distribute(axis)

    def bring_to_front(self) -> None:
        self.scene.bring_to_front()

    def send_to_back(self) -> None:
        self.scene.send_to_back()

    # --- ActionHost: view -------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.view.zoom_in()

    def zoom_out(self) -> None:
        self.view.zoom_out()

    def zoom_fit(self) -> None:
        self.view.zoom_to_fit()

    def zoom_reset(self) -> None:
        self.view.zoom_reset()

    def toggle_grid(self) -> None:
        grid = self.document.settings.grid
        self.push(SetSettings({"grid": grid.model_copy(update={"visible": not grid.visible})}))

    def toggle_snapping(self) -> None:
        enabled = not self.scene.snap_to_grid
        self.scene.set_snap_to_grid(enabled)
        self.settings.snapping = enabled
        self.refresh_actions()

    def set_theme(self, name: str) -> None:
        if name != self.document.settings.theme:
            self.push(SetSettings({"theme": name}))
        self.refresh_actions()

    # --- ActionHost: help -------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Diagram Editor"), about_text())

    # --- translation ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.actions_.retranslate()
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.language_header.setText(self.tr("Diagram language"))
        self.history.setWindowTitle(self.tr("History"))
        self.history_view.setEmptyLabel(self.tr("Opened"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._fill_recent_menu()
        if self.language_actions:
            self._refresh_language_menu()
        self._retranslate_undo()
        self.update_title()

    def _retranslate_undo(self, *_args: object) -> None:
        stack = self.scene.undo_stack
        undo, redo = self.actions_["edit.undo"], self.actions_["edit.redo"]
        undo.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText()).strip() if stack.canUndo() else self.tr("&Undo")
        )
        redo.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText()).strip() if stack.canRedo() else self.tr("&Redo")
        )

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

    # --- window layout and closing ------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            if screen.width() <= 1680:
                self.setGeometry(screen)  # a small screen: use all of it
            else:
                self.resize(1600, 1000)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

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
    start_test_hooks(window)
    return app.exec()
