"""The menu bar and toolbar built from the action table, and the parts of them filled at run time.

The table lays out every fixed entry; this side of the window adds what only the running app
knows: the recent files, the document's languages as radio items, the dock toggles in View,
the interface-language submenu, the toolbar's language switcher, and undo titles that name
the step ("Undo Move").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QWidget
from typing_extensions import override

from editor.actions import LANGUAGE_SUBMENU, RECENT_SUBMENU
from editor.app.canvas_menu import CanvasMenu
from editor.app.diagram_languages import LanguageSwitcher, language_choice_label
from editor.app.element_actions import ElementActions
from editor.app.style_quick_bar import StyleActions, StyleQuickBar
from editor.app.tools_bar import build_tools_bar
from editor.app.window_parts import WindowParts
from editor.i18n.ui_locale import UiCatalogueMissing, available_ui_languages, current_ui_language, set_ui_language


class InterfaceLanguageMenu(QMenu):
    """Language > Interface Language: the interface languages by their native names, checked one current.

    Picking one switches the running app at once (every window, menu, dock and dialog retranslates
    on ``QEvent.LanguageChange``) and remembers the choice for the next start. The names stay
    untranslated, so a user who cannot read the current language still finds their own.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("menu.interface_language")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for language in available_ui_languages():
            action = self.addAction(language.native_name)
            action.setObjectName(f"interface_language.{language.code}")
            action.setData(language.code)
            action.setCheckable(True)
            action.setToolTip(language.english_name)
            action.triggered.connect(lambda _checked=False, code=language.code: self.choose(code))
            self.group.addAction(action)
        self.aboutToShow.connect(self.show_current)
        self.retranslate()
        self.show_current()

    def show_current(self) -> None:
        current = current_ui_language().code
        for action in self.group.actions():
            action.setChecked(action.data() == current)

    def choose(self, code: str) -> None:
        try:
            set_ui_language(code)
        except UiCatalogueMissing as error:
            QMessageBox.warning(self.parentWidget(), self.tr("Interface Language"), str(error))
        self.show_current()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Interface Language"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WindowMenus(WindowParts):
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar.main")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.actions_.fill_toolbar(self.toolbar)
        self.toolbar.addSeparator()
        self.language_switcher = LanguageSwitcher(self.scene, self.toolbar)
        self.toolbar.addWidget(self.language_switcher)

    def _build_tools_bar(self) -> None:
        """The canvas tools and the arrows' routing, in a toolbar of their own (``tools_bar``)."""
        self.tools_bar = build_tools_bar(self.actions_, self.scene)
        self.addToolBar(self.tools_bar)
        self.scene.tool_changed.connect(lambda _name: self.refresh_actions())

    def _build_menus(self) -> None:
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
        for dock in (self.shapes, self.properties, self.icons, self.history):
            self.menus["menu.view"].addAction(dock.toggleViewAction())
        self.canvas_menu = CanvasMenu(self.view, self.actions_)  # right-click on the canvas
        self.element_actions = ElementActions(self.view, self.canvas_menu)
        self.shapes.shape_requested.connect(self.element_actions.insert_shape)
        self.style_actions = StyleActions(self.scene, self)  # copy and paste style, the quick bar
        self.style_actions.style_copied.connect(self.refresh_actions)
        self.quick_bar = StyleQuickBar(self.view, self.style_actions, self.actions_, self.properties.value_labels)
        self.files.recent_changed.connect(self._fill_recent_menu)
        self.scene.language_changed.connect(self._refresh_language_menu)
        stack = self.scene.undo_stack
        stack.undoTextChanged.connect(self._retranslate_undo)
        stack.redoTextChanged.connect(self._retranslate_undo)

    # --- File > Open Recent -----------------------------------------------------------------
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

    # --- Language > the document's languages ----------------------------------------------------
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
            action = QAction(language_choice_label(code, source), self)
            action.setObjectName(f"language.{code}")
            action.setCheckable(True)
            action.setChecked(code == self.scene.language)
            action.triggered.connect(lambda _checked=False, chosen=code: self.scene.set_language(chosen))
            self.language_group.addAction(action)
            self.language_menu.insertAction(self.language_anchor, action)
            self.language_actions.append(action)

    # --- titles in the interface language -------------------------------------------------------
    def _retranslate_menus(self) -> None:
        self.actions_.retranslate()
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.language_header.setText(self.tr("Diagram language"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.tools_bar.setWindowTitle(self.tr("Tools"))
        self._fill_recent_menu()
        if self.language_actions:
            self._refresh_language_menu()

    def _retranslate_undo(self, *_args: object) -> None:
        """Edit > Undo and Redo name the step they would undo or redo."""
        stack = self.scene.undo_stack
        undo, redo = self.actions_["edit.undo"], self.actions_["edit.redo"]
        undo.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText()).strip() if stack.canUndo() else self.tr("&Undo")
        )
        redo.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText()).strip() if stack.canRedo() else self.tr("&Redo")
        )
