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

from editor.actions import LANGUAGE_SUBMENU, RECENT_SUBMENU, ActionState, AlignEdge, Axis, FitChoice
from editor.app.action_builder import ActionSet
from editor.app.dialogs import SettingsDialog, ShortcutsDialog, about_text
from editor.app.document_files import DocumentFiles
from editor.app.export_dialog import ExportDialog, export_document
from editor.app.fit import grow_after_translation, grow_command, shrink_command
from editor.app.icon_picker import IconPickerDock
from editor.app.interface_language_menu import InterfaceLanguageMenu
from editor.app.language_switcher import LanguageSwitcher
from editor.app.languages import language_label
from editor.app.languages_dock import LanguagesDock, translation_badges
from editor.app.properties_dock import PropertiesDock
from editor.app.rtl_docks import follow_layout_direction
from editor.app.settings import AppSettings
from editor.app.translate_dialog import TranslateDialog
from editor.canvas import DiagramScene, DiagramView
from editor.canvas.undo import retranslate_stack
from editor.commands import Command, Compound, SetRects, SetSettings
from editor.i18n.service import TranslationResult, apply_translation
from editor.i18n.undo import translation_command
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
        self.languages = LanguagesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.languages)
        self.tabifyDockWidget(self.history, self.languages)
        self.icons.raise_()
        self.resizeDocks([self.properties, self.icons], [600, 320], Qt.Orientation.Vertical)
        self.resizeDocks([self.properties], [340], Qt.Orientation.Horizontal)
        self.properties.command_requested.connect(self.push)
        self.icons.command_requested.connect(self.push)
        self.languages.command_requested.connect(self.push)
        self.languages.element_requested.connect(self.show_element)
        self.languages.language_requested.connect(self.scene.set_language)
        self.languages.toggleViewAction().toggled.connect(self.refresh_actions)
        self.translate_dialog: TranslateDialog | None = None
        self._languages_refresh = QTimer(self)
        self._languages_refresh.setSingleShot(True)
        self._languages_refresh.setInterval(0)  # many signals in one event-loop turn: one refresh
        self._languages_refresh.timeout.connect(self.refresh_languages)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar.main")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.actions_.fill_toolbar(self.toolbar)
        self.toolbar.addSeparator()
        self.language_switcher = LanguageSwitcher(self.scene, self.toolbar)
        self.toolbar.addWidget(self.language_switcher)
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("menu.recent")
        self.language_group = QActionGroup(self)
        self.language_actions: list[QAction] = []
        self.menus = self.actions_.fill_menu_bar(
            self.menuBar(), {RECENT_SUBMENU: self._add_recent_menu, LANGUAGE_SUBMENU: self._add_language_section}
        )
        self.menus["menu.language"].addSeparator()
        self.menus["menu.language"].addMenu(InterfaceLanguageMenu(self))  # switches the running app, remembered
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
        for signal in (self.scene.document_changed, self.scene.document_replaced, self.scene.language_changed):
            signal.connect(self._languages_refresh.start)
        self.view.zoom_changed.connect(self._zoom_changed)
        self.files.recent_changed.connect(self._fill_recent_menu)

        self.setAcceptDrops(True)
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
            languages_panel=self.languages.toggleViewAction().isChecked(),
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
        dialog.applied.connect(self._settings_applied)  # OK and Apply both write the settings
        dialog.exec()

    def _settings_applied(self) -> None:
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

    # --- ActionHost: content languages ------------------------------------------------------
    def translate_with_dialog(self) -> None:
        """Open the Translate dialog (window-modal); its result becomes one undo step."""
        if self.translate_dialog is not None:
            self.translate_dialog.raise_()
            return
        dialog = TranslateDialog(self.document, self.settings, self)
        dialog.translation_ready.connect(self.apply_translation_result)
        dialog.finished.connect(self._translate_dialog_closed)
        self.translate_dialog = dialog
        dialog.open()

    def _translate_dialog_closed(self) -> None:
        if self.translate_dialog is not None:
            self.translate_dialog.deleteLater()
        self.translate_dialog = None

    def apply_translation_result(self, result: TranslationResult) -> bool:
        """Push a finished run as one step (boxes whose fit is "grow" grow in the same step)."""
        command = translation_command(self.document, result)
        grown = grow_after_translation(apply_translation(self.document, result))
        if grown:
            command = Compound([command, SetRects(grown, command.caption)], title=command.caption)
        if not self.push(command):
            return False
        if result.languages and self.scene.language not in result.languages:
            self.scene.set_language(result.languages[0])
        self.refresh_languages()
        overflowing = sum(state.counts()["overflow"] for state in self.languages.states.values())
        message = self.tr("Translated %1 strings into %2 (%3 requests).")
        message = message.replace("%1", str(result.total("strings"))).replace("%2", ", ".join(result.languages))
        message = message.replace("%3", str(result.requests))
        if overflowing:
            message += " " + self.tr("%n label(s) too long: see the Languages panel.", "", overflowing)
        self.show_status(message)
        self.languages.show()
        self.languages.raise_()
        return True

    def toggle_languages_panel(self) -> None:
        shown = self.languages.toggleViewAction().isChecked()
        self.languages.setVisible(not shown)
        if not shown:
            self.languages.raise_()
        self.refresh_actions()

    def fit_text(self, fit: FitChoice) -> None:
        """Shrink or grow for the selected elements, or for the whole diagram when none is selected."""
        ids = self.scene.selected_ids()
        command = shrink_command(self.document, ids) if fit == "shrink" else grow_command(self.document, ids)
        if command is None:
            self.show_status(self.tr("Nothing to fit: the selection has no text boxes."))
            return
        self.push(command)

    def show_element(self, language: str, element_id: str) -> None:
        """Show ``language`` on the canvas and select ``element_id`` (a click in the Languages panel)."""
        if language in self.document.settings.languages:
            self.scene.set_language(language)
        self.scene.select_ids([element_id])
        view = self.scene.views_by_id.get(element_id)
        if view is not None:
            self.view.ensureVisible(view.sceneBoundingRect(), 40, 40)

    def refresh_languages(self) -> None:
        self._languages_refresh.stop()
        self.languages.refresh(self.document)
        self.show_translation_badges()

    def show_translation_badges(self) -> None:
        """Mark elements whose text in the shown language is missing (source shown), stale or to review."""
        self.scene.set_translation_badges(translation_badges(self.document, self.scene.language))

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
        retranslate_stack(self.scene.undo_stack)  # the History and Edit > Undo name steps anew
        self.history_view.viewport().update()
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
