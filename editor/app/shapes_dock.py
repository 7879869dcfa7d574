"""The Shapes palette: box presets and text, legend and frame elements, like draw.io's shape panel.

A click (or Enter) on an entry asks the window to insert it at the centre of the visible
canvas; dragging an entry carries ``SHAPE_MIME`` data (``mimeData``) that the canvas turns into
the element at the drop point. Either way the new element is one undo step and its text opens
for editing. Preset names and roles are interface strings, so a German user starts from
"Datenbank", not "Database".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import qtawesome
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.app.icon_picker import DragGrid
from editor.canvas.shape_drop import SHAPE_MIME, ShapeSpec, shape_mime_data
from editor.commands import QT_TRANSLATE_NOOP

#: The Qt Linguist context of the palette's names, roles and headings.
CONTEXT = "Shapes"
ICON_SIZE = 28
#: The narrowest cell and every cell's height; cells widen to share the dock's width evenly.
CELL = QSize(84, 68)
#: Pixels a row keeps free: QListView wraps a row whose cells fill the viewport exactly.
WRAP_SLACK = 4
#: Pixels around a cell's text: the item padding and the view's own margins on both sides.
CELL_TEXT_MARGIN = 16
KEY_ROLE = Qt.ItemDataRole.UserRole
ENTRY_TIP = QT_TRANSLATE_NOOP("Shapes", "%1: click to add it in the middle of the view, or drag it onto the canvas")


@dataclass(frozen=True, slots=True)
class PaletteEntry:
    """One palette cell. ``label`` is its translatable name; a box preset also starts with it as the
    box's name (``names_box``), ``role`` as its role line and ``box_icon`` as its icon."""

    key: str
    kind: str
    icon: str
    label: str
    role: str = ""
    box_icon: str | None = None
    names_box: bool = False

    def shape(self) -> ShapeSpec:
        """What to create, with the starting texts in the current interface language."""
        if self.kind != "box":
            return ShapeSpec(self.kind)
        name = translated(self.label) if self.names_box else ""
        return ShapeSpec("box", self.box_icon, name, translated(self.role) if self.role else "")


def _preset(key: str, icon: str, label: str, role: str) -> PaletteEntry:
    return PaletteEntry(key, "box", icon, label, role, box_icon=icon, names_box=True)


BOX_ENTRIES: tuple[PaletteEntry, ...] = (
    _preset(
        "box.service",
        "mdi6.application-cog",
        QT_TRANSLATE_NOOP("Shapes", "Service"),
        QT_TRANSLATE_NOOP("Shapes", "Handles requests"),
    ),
    _preset(
        "box.database",
        "mdi6.database",
        QT_TRANSLATE_NOOP("Shapes", "Database"),
        QT_TRANSLATE_NOOP("Shapes", "Stores records"),
    ),
    _preset(
        "box.cache",
        "mdi6.lightning-bolt",
        QT_TRANSLATE_NOOP("Shapes", "Cache"),
        QT_TRANSLATE_NOOP("Shapes", "Keeps hot data in memory"),
    ),
    _preset(
        "box.queue",
        "mdi6.tray-full",
        QT_TRANSLATE_NOOP("Shapes", "Queue"),
        QT_TRANSLATE_NOOP("Shapes", "Buffers messages"),
    ),
    _preset(
        "box.worker",
        "mdi6.cogs",
        QT_TRANSLATE_NOOP("Shapes", "Worker"),
        QT_TRANSLATE_NOOP("Shapes", "Runs background jobs"),
    ),
    _preset(
        "box.client",
        "mdi6.laptop",
        QT_TRANSLATE_NOOP("Shapes", "Client"),
        QT_TRANSLATE_NOOP("Shapes", "Browser or app"),
    ),
    PaletteEntry("box.plain", "box", "mdi6.square-rounded-outline", QT_TRANSLATE_NOOP("Shapes", "Box")),
)
ELEMENT_ENTRIES: tuple[PaletteEntry, ...] = (
    PaletteEntry("title", "title", "mdi6.format-title", QT_TRANSLATE_NOOP("Shapes", "Title")),
    PaletteEntry("heading", "heading", "mdi6.format-header-2", QT_TRANSLATE_NOOP("Shapes", "Heading")),
    PaletteEntry("caption", "caption", "mdi6.format-text", QT_TRANSLATE_NOOP("Shapes", "Caption")),
    PaletteEntry("callout", "callout", "mdi6.message-text-outline", QT_TRANSLATE_NOOP("Shapes", "Callout")),
    PaletteEntry("note", "note", "mdi6.note-text-outline", QT_TRANSLATE_NOOP("Shapes", "Note")),
    PaletteEntry("legend", "legend", "mdi6.format-list-numbered", QT_TRANSLATE_NOOP("Shapes", "Legend")),
    PaletteEntry("frame", "frame", "mdi6.select", QT_TRANSLATE_NOOP("Shapes", "Frame")),
)
ENTRIES_BY_KEY: dict[str, PaletteEntry] = {entry.key: entry for entry in (*BOX_ENTRIES, *ELEMENT_ENTRIES)}


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ShapeGrid(DragGrid):
    """A grid of palette cells as tall as its rows (the dock scrolls, not each grid).

    Click or Enter chooses the current cell (``entry_chosen``); a drag carries its shape.
    """

    entry_chosen = Signal(object)

    def __init__(self, entries: Sequence[PaletteEntry], parent: QWidget | None = None) -> None:
        super().__init__(ICON_SIZE, CELL, 2, True, parent)
        self.entries = {entry.key: entry for entry in entries}
        self.setSpacing(0)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in entries:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, entry.key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self.itemClicked.connect(self._clicked)

    def item_for(self, key: str) -> QListWidgetItem:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return self.item(row)
        raise KeyError(key)

    def entry_of(self, item: QListWidgetItem) -> PaletteEntry:
        return self.entries[str(item.data(KEY_ROLE))]

    def paint_icons(self) -> None:
        """Icons in the palette's text colour (again after a style or palette change)."""
        color = self.palette().color(QPalette.ColorRole.WindowText)
        for row in range(self.count()):
            item = self.item(row)
            icon: QIcon = qtawesome.icon(self.entry_of(item).icon, color=color)
            item.setIcon(icon)

    def retranslate(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            entry = self.entry_of(item)
            label = translated(entry.label)
            item.setText(label)
            item.setToolTip(translated(ENTRY_TIP).replace("%1", label))
        self.setMinimumWidth(self.smallest_cell().width() + WRAP_SLACK + 2 * self.frameWidth())
        self.fit_height()

    def _clicked(self, item: QListWidgetItem) -> None:
        self.entry_chosen.emit(self.entry_of(item))

    # --- Qt overrides --------------------------------------------------------------------
    @override
    def mimeTypes(self) -> list[str]:
        return [SHAPE_MIME]

    @override
    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        """The dragged cell's shape, with its starting texts in the interface language."""
        return shape_mime_data(self.entry_of(items[0]).shape()) if items else QMimeData()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.entry_chosen.emit(self.entry_of(item))
            event.accept()
            return
        super().keyPressEvent(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def smallest_cell(self) -> QSize:
        """``CELL``, grown so every label fits in this language: its longest word on one line
        (German "Warteschlange" is wider than "Queue") and all its wrapped lines below the icon."""
        metrics = self.fontMetrics()
        labels = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(word) for text in labels for word in text.split()), default=0)
        width = max(CELL.width(), widest + CELL_TEXT_MARGIN)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
        area = QRect(0, 0, width - CELL_TEXT_MARGIN, 1000)
        tallest = max((metrics.boundingRect(area, flags, text).height() for text in labels), default=0)
        return QSize(width, max(CELL.height(), ICON_SIZE + tallest + CELL_TEXT_MARGIN))

    def fit_height(self) -> None:
        """Cells share the width evenly; the grid is exactly as tall as its rows."""
        smallest = self.smallest_cell()
        width = self.viewport().width() - WRAP_SLACK
        columns = max(1, width // smallest.width())
        cell = QSize(max(smallest.width(), width // columns), smallest.height())
        if self.gridSize() != cell:
            self.setGridSize(cell)
        rows = math.ceil(self.count() / columns)
        height = rows * cell.height() + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)


class ShapesDock(QDockWidget):
    """The palette dock; ``shape_requested(ShapeSpec)`` asks the window to insert at the view's centre."""

    shape_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock.shapes")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(4)
        self.boxes_heading = QLabel(body)
        self.boxes = ShapeGrid(BOX_ENTRIES, body)
        self.boxes.setObjectName("shapes.boxes")
        self.elements_heading = QLabel(body)
        self.elements = ShapeGrid(ELEMENT_ENTRIES, body)
        self.elements.setObjectName("shapes.elements")
        for heading in (self.boxes_heading, self.elements_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setContentsMargins(2, 4, 0, 0)
        column.addWidget(self.boxes_heading)
        column.addWidget(self.boxes)
        column.addWidget(self.elements_heading)
        column.addWidget(self.elements)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        for grid in self.grids():
            grid.entry_chosen.connect(self._chosen)
            grid.paint_icons()
        self.retranslate()

    def grids(self) -> tuple[ShapeGrid, ShapeGrid]:
        return (self.boxes, self.elements)

    def item_for(self, key: str) -> QListWidgetItem:
        """The cell of entry ``key`` ("box.database", "legend"...), for keyboard focus and tests."""
        grid = self.grid_for(key)
        return grid.item_for(key)

    def grid_for(self, key: str) -> ShapeGrid:
        return self.boxes if key in self.boxes.entries else self.elements

    def _chosen(self, entry: PaletteEntry) -> None:
        self.shape_requested.emit(entry.shape())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shapes"))
        self.boxes_heading.setText(self.tr("Boxes"))
        self.elements_heading.setText(self.tr("Text and Layout"))
        for grid in self.grids():
            grid.retranslate()
        # the dock never gets narrower than one cell in this language: its scroll area would cut cells off
        scroll = self.widget()
        if isinstance(scroll, QScrollArea):
            body = scroll.widget()
            layout = body.layout() if body is not None else None
            sides = layout.contentsMargins().left() + layout.contentsMargins().right() if layout is not None else 0
            bar = scroll.verticalScrollBar().sizeHint().width()
            scroll.setMinimumWidth(max(grid.minimumWidth() for grid in self.grids()) + sides + bar + WRAP_SLACK)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            for grid in self.grids():
                grid.paint_icons()
        super().changeEvent(event)
