"""The icon picker: search qtawesome icons by name or meaning, assign or drag onto the canvas.

Assigning sets ``icon`` on every selected box (and text element) as one undo step,
emitted through ``command_requested``. Dragging an icon carries its name under the
``application/x-diagram-editor-icon`` mime type; the canvas makes a box where it lands.
"""

from __future__ import annotations

from collections.abc import Sequence

import qtawesome
from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.app.icon_catalog import search_icons
from editor.canvas import ICON_MIME
from editor.commands import QT_TRANSLATE_NOOP, Command, SetProperty, Title
from editor.model import Box, Document, TextElement

ICON_SIZE = 36
#: Icons drawn per batch while filling the grid, so typing never waits for hundreds of glyphs.
BATCH = 60


def icon_mime_data(name: str) -> QMimeData:
    data = QMimeData()
    data.setData(ICON_MIME, name.encode("utf-8"))
    data.setText(name)
    return data


class DragGrid(QListWidget):
    """An icon-mode grid whose cells are dragged out, never moved (the icon picker, the Shapes panel).

    A drag carries what ``mimeData`` says for the current cell, with the cell's icon as its picture.
    """

    def __init__(
        self, icon_size: int, cell: QSize, padding: int, transparent: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(icon_size, icon_size))
        self.setGridSize(cell)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # the whole cell highlights (an item with no text would otherwise show an empty label bar)
        self.setStyleSheet(
            ("QListWidget { background: transparent; }" if transparent else "")
            + f"QListWidget::item {{ border-radius: 6px; padding: {padding}px; }}"
            "QListWidget::item:hover { background: palette(midlight); }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )

    @override
    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(self.iconSize()))
        drag.exec(Qt.DropAction.CopyAction)


class IconGrid(DragGrid):
    """A grid of icon previews that starts a drag with the icon name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ICON_SIZE, QSize(ICON_SIZE + 20, ICON_SIZE + 20), 4, False, parent)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setSpacing(2)

    @override
    def mimeTypes(self) -> list[str]:
        return [ICON_MIME]

    @override
    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return icon_mime_data(str(items[0].data(Qt.ItemDataRole.UserRole))) if items else QMimeData()


class IconPickerDock(QDockWidget):
    command_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock.icons")
        self.document: Document | None = None
        self.ids: list[str] = []
        self.results: list[str] = []
        self._pending: list[str] = []

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        self.search = QLineEdit(body)
        self.search.setObjectName("icons.search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(QIcon(qtawesome.icon("mdi6.magnify")), QLineEdit.ActionPosition.LeadingPosition)
        self.grid = IconGrid(body)
        self.grid.setObjectName("icons.grid")
        self.status = QLabel(body)
        row = QHBoxLayout()
        self.assign_button = QPushButton(body)
        self.assign_button.setObjectName("icons.assign")
        self.clear_button = QPushButton(body)
        self.clear_button.setObjectName("icons.clear")
        row.addWidget(self.assign_button, 1)
        row.addWidget(self.clear_button)
        column.addWidget(self.search)
        column.addWidget(self.grid, 1)
        column.addWidget(self.status)
        column.addLayout(row)
        self.setWidget(body)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self._filler = QTimer(self)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_batch)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        self.grid.itemActivated.connect(lambda _item: self.assign_current())
        self.grid.currentItemChanged.connect(lambda *_args: self._current_changed())
        self.assign_button.clicked.connect(self.assign_current)
        self.clear_button.clicked.connect(self.clear_icon)
        self.retranslate()
        self.run_search()

    # --- translation --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Icons"))
        self.search.setPlaceholderText(self.tr("Search icons: database, server, queue…"))
        self.assign_button.setText(self.tr("Assign to Selection"))
        self.clear_button.setText(self.tr("No Icon"))
        self.grid.setToolTip(self.tr("Double-click to assign, or drag onto the canvas to add a box"))
        self._update_status()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- searching ----------------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        self.results = search_icons(self.search.text())
        self.grid.clear()
        self._pending = list(self.results)
        self._fill_batch()
        if self._pending:
            self._filler.start()
        self._update_status()

    def _fill_batch(self) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        batch, self._pending = self._pending[:BATCH], self._pending[BATCH:]
        for name in batch:
            item = QListWidgetItem(qtawesome.icon(name, color=color), "")  # the name shows below the grid
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            self.grid.addItem(item)
        if not self._pending:
            self._filler.stop()
        if self.grid.currentItem() is None and self.grid.count():
            self.grid.setCurrentRow(0)

    def shown_names(self) -> list[str]:
        return [str(self.grid.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.grid.count())]

    def current_name(self) -> str | None:
        item = self.grid.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _current_changed(self) -> None:
        self._update_buttons()
        self._update_status()

    def _update_status(self) -> None:
        if not hasattr(self, "status"):
            return
        count = self.tr("%n icons", "", len(self.results))
        name = self.current_name()
        self.status.setText(f"{name}  ·  {count}" if name else count)

    # --- assigning ----------------------------------------------------------------------
    def show_selection(self, document: Document | None, ids: Sequence[str]) -> None:
        self.document = document
        self.ids = list(ids)
        self._update_buttons()

    def _targets(self) -> list[str]:
        if self.document is None:
            return []
        return [element_id for element_id in self.ids if isinstance(self.document.get(element_id), Box | TextElement)]

    def _update_buttons(self) -> None:
        targets = bool(self._targets())
        self.assign_button.setEnabled(targets and self.grid.currentItem() is not None)
        self.clear_button.setEnabled(targets)

    def assign_current(self) -> None:
        item = self.grid.currentItem()
        if item is not None:
            self.assign(str(item.data(Qt.ItemDataRole.UserRole)))

    def assign(self, name: str | None) -> None:
        """Set ``name`` (None removes the icon) on the selected boxes and texts: one undo step."""
        targets = self._targets()
        if not targets or self.document is None:
            return
        if all(getattr(self.document.get(element_id), "icon", None) == name for element_id in targets):
            return
        command: Command = SetProperty(targets, "icon", name)
        command.caption = Title(
            QT_TRANSLATE_NOOP("Commands", "Set icon") if name else QT_TRANSLATE_NOOP("Commands", "Remove icon")
        )
        self.command_requested.emit(command)

    def clear_icon(self) -> None:
        self.assign(None)
