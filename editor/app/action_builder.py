"""QActions, menus and the toolbar, built from the action specs.

Titles are translated here (context "Actions") so ``retranslate`` after a UI language
change re-sets every title, menu and tooltip; icons come from qtawesome, tinted with the
palette's text colour so they read well in light and dark styles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import qtawesome
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMenuBar, QToolBar, QWidget

from editor.actions import (
    ACTIONS,
    CONTEXT,
    MENUS,
    TOOLBAR,
    ActionHost,
    ActionSpec,
    ActionState,
    MenuEntries,
    key_sequences,
    shortcut_text,
)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def themed_icon(name: str) -> QIcon:
    """A qtawesome icon in the palette's text colour; an empty icon for an unknown name."""
    app = QApplication.instance()
    color = (
        app.palette().color(QPalette.ColorRole.WindowText) if isinstance(app, QApplication) else Qt.GlobalColor.black
    )
    try:
        icon: QIcon = qtawesome.icon(name, color=color, color_disabled="#a0a8b0")
        return icon
    except Exception:  # qtawesome raises a bare Exception for unknown names
        return QIcon()


class ActionSet(QObject):
    """Every QAction of one window, keyed by spec id."""

    def __init__(self, host: ActionHost, parent: QWidget, canvas: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        #: Where ``canvas_only`` shortcuts listen (the window itself when there is no canvas).
        self.canvas = canvas or parent
        self.actions: dict[str, QAction] = {}
        self.groups: dict[str, QActionGroup] = {}
        self.menus: list[tuple[str, QMenu]] = []
        for spec in ACTIONS:
            self.actions[spec.id] = self._build(spec, parent)
        self.retranslate()

    def _build(self, spec: ActionSpec, parent: QWidget) -> QAction:
        action = QAction(parent)
        action.setObjectName(spec.id)
        if spec.icon:
            action.setIcon(themed_icon(spec.icon))
        if spec.canvas_only:
            self._canvas_keys(spec, action)
        else:
            action.setShortcuts(key_sequences(spec))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.checkable:
            action.setCheckable(True)
        if spec.group:
            group = self.groups.get(spec.group)
            if group is None:
                group = self.groups[spec.group] = QActionGroup(self)
                group.setExclusive(True)
            group.addAction(action)
        action.triggered.connect(self._runner(spec))
        parent.addAction(action)  # shortcuts work even for actions in no visible menu
        return action

    def _canvas_keys(self, spec: ActionSpec, action: QAction) -> None:
        """Single-letter keys (the tools) listen on the canvas only: not in a text field, a dock or an
        open menu, where a QAction's own shortcut would still fire (a menu counts as part of the
        menu bar it drops from, so T would pick the Text tool instead of Insert > Title). The menus
        show the key beside the title (``retranslate``)."""
        for sequence in key_sequences(spec):
            shortcut = QShortcut(sequence, self.canvas)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action.trigger)

    def _runner(self, spec: ActionSpec) -> Callable[[], None]:
        def run() -> None:
            try:
                spec.run(self.host)
            except Exception as error:  # any failure: one status-bar line, never a traceback
                self._report_failure(spec, error)

        return run

    def _report_failure(self, spec: ActionSpec, error: Exception) -> None:
        window = self.parent()
        message = QCoreApplication.translate("Actions", "%1 failed: %2")
        message = message.replace("%1", translated(spec.title).replace("&", "").rstrip("…")).replace("%2", str(error))
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10000)

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def fill_menu_bar(self, menu_bar: QMenuBar, submenus: Mapping[str, Callable[[QMenu], None]]) -> dict[str, QMenu]:
        """Menus from the spec layout; ``submenus`` fills the run-time parts (recent files...)."""
        built: dict[str, QMenu] = {}
        for title, entries in MENUS:
            menu = menu_bar.addMenu(translated(title))
            menu.setObjectName("menu." + title.replace("&", "").lower())
            self.menus.append((title, menu))
            built[menu.objectName()] = menu
            self.fill_menu(menu, entries, submenus)
        return built

    def fill_menu(self, menu: QMenu, entries: MenuEntries, submenus: Mapping[str, Callable[[QMenu], None]]) -> None:
        """Add ``entries`` to ``menu``: the QActions, ``None`` as separators, and each "@" submenu
        through what ``submenus`` gives for it (the menu bar and the canvas menu alike)."""
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif entry.startswith("@"):
                submenus[entry](menu)
            else:
                menu.addAction(self.actions[entry])

    def fill_toolbar(self, toolbar: QToolBar, entries: tuple[str | None, ...] = TOOLBAR) -> None:
        for entry in entries:
            if entry is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[entry])

    def retranslate(self) -> None:
        for spec in ACTIONS:
            action = self.actions[spec.id]
            title = translated(spec.title)
            keys = shortcut_text(spec)
            action.setText(f"{title}\t{keys}" if spec.canvas_only and keys else title)
            plain = title.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
            action.setStatusTip(translated(spec.tip) if spec.tip else plain)
        for title, menu in self.menus:
            menu.setTitle(translated(title))

    def refresh(self, state: ActionState) -> None:
        """Apply the enabled and checked rules to ``state``."""
        for spec in ACTIONS:
            action = self.actions[spec.id]
            action.setEnabled(spec.enabled(state))
            if spec.checked is not None:
                checked = spec.checked(state)
                if action.isChecked() != checked:
                    action.blockSignals(True)
                    action.setChecked(checked)
                    action.blockSignals(False)
