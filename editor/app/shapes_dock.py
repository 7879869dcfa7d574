"""The Shapes palette: box presets, box outlines, and text, legend and frame elements, like
draw.io's shape panel, with a search field over all of them and the icon catalogue.

A click (or Enter) on an entry asks the window to insert it at the centre of the visible
canvas; dragging an entry carries ``SHAPE_MIME`` data (``mimeData``) that the canvas turns into
the element at the drop point. Either way the new element is one undo step and its text opens
for editing. Preset names and roles are interface strings, so a German user starts from
"Datenbank", not "Database". The entries themselves are in :mod:`editor.app.palette_entries`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import qtawesome
from PySide6.QtCore import QEvent, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPalette, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.app.icon_picker import DragGrid
from editor.app.palette_entries import (
    BOX_ENTRIES,
    ELEMENT_ENTRIES,
    OUTLINE_ENTRIES,
    PaletteEntry,
    icon_entries,
    translated,
)
from editor.canvas.shape_drop import SHAPE_MIME, shape_mime_data
from editor.commands import QT_TRANSLATE_NOOP
from editor.model import BoxShape
from editor.model.elements import ACTOR_FIGURE
from editor.render.box_outlines import outline_geometry
from editor.render.display_list import append_command
from editor.render.icons import EM, glyph

__all__ = ["BOX_ENTRIES", "ELEMENT_ENTRIES", "OUTLINE_ENTRIES", "ShapeGrid", "ShapesDock"]

ICON_SIZE = 28
#: The narrowest cell and every cell's height; cells widen to share the dock's width evenly.
CELL = QSize(84, 68)
#: Pixels a row keeps free: QListView wraps a row whose cells fill the viewport exactly.
WRAP_SLACK = 4
#: Pixels around a cell's text: the item padding and the view's own margins on both sides.
CELL_TEXT_MARGIN = 16
KEY_ROLE = Qt.ItemDataRole.UserRole
ENTRY_TIP = QT_TRANSLATE_NOOP("Shapes", "%1: click to add it in the middle of the view, or drag it onto the canvas")


class ShapeGrid(DragGrid):
    """A grid of palette cells as tall as its rows (the dock scrolls, not each grid).

    Click or Enter chooses the current cell (``entry_chosen``); a drag carries its shape.
    """

    entry_chosen = Signal(object)

    def __init__(self, entries: Sequence[PaletteEntry], parent: QWidget | None = None, *, grow: bool = True) -> None:
        super().__init__(ICON_SIZE, CELL, 2, True, parent)
        # cells widen for the longest label (translated names); found icons' long names are elided instead
        self.grow = grow
        self.entries: dict[str, PaletteEntry] = {}
        self.setSpacing(0)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fill(entries)
        self.itemClicked.connect(self._clicked)

    def _fill(self, entries: Sequence[PaletteEntry]) -> None:
        self.clear()
        self.entries = {entry.key: entry for entry in entries}
        for entry in entries:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, entry.key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)

    def set_entries(self, entries: Sequence[PaletteEntry]) -> None:
        """Other cells (the icons a search found), painted and labelled at once."""
        self._fill(entries)
        self.paint_icons()
        self.retranslate()

    def show_matching(self, query: str) -> list[PaletteEntry]:
        """Hide the cells whose label (translated or English) lacks ``query``; returns those shown."""
        shown = []
        for row in range(self.count()):
            item = self.item(row)
            entry = self.entry_of(item)
            visible = not query or entry.matches(query)
            item.setHidden(not visible)
            if visible:
                shown.append(entry)
        self.fit_height()
        return shown

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
            entry = self.entry_of(item)
            if entry.key.startswith("outline."):
                icon = outline_icon(entry.outline or BoxShape.RECTANGLE, color)
            elif entry.key.startswith("icon."):  # drawn as the canvas draws it (qtawesome lacks some sets)
                icon = glyph_icon(entry.icon, color)
            else:
                icon = qtawesome.icon(entry.icon, color=color)
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
        if not self.grow:
            return CELL
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
        shown = sum(not self.item(row).isHidden() for row in range(self.count()))
        rows = math.ceil(shown / columns)
        height = rows * cell.height() + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)


def outline_icon(shape: BoxShape, color: QColor) -> QIcon:
    """A palette picture of ``shape``, drawn from the render layer's own geometry."""
    size = ICON_SIZE * 2  # crisp on a high-density screen
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    margin = 4.0
    side = size - 2 * margin
    if shape is BoxShape.ACTOR:  # the figure fills the picture; the label room below it is left out
        geometry = outline_geometry(shape, margin, margin, side, side / ACTOR_FIGURE)
    else:
        geometry = outline_geometry(shape, margin, margin + side * 0.15, side, side * 0.7, side * 0.12)
    path = QPainterPath()
    for command in (*geometry.body, *geometry.marks):
        append_command(path, command)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, 3.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def glyph_icon(name: str, color: QColor) -> QIcon:
    """A found icon's picture from the render layer's glyph outlines (the same the canvas draws)."""
    size = ICON_SIZE * 2
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    found = glyph(name)
    if found is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / EM, size / EM)
        painter.fillPath(found.path, color)
        painter.end()
    return QIcon(pixmap)


class ShapesDock(QDockWidget):
    """The palette dock; ``shape_requested(ShapeSpec)`` asks the window to insert at the view's centre.

    The search field filters every grid by label, in the interface language and in English, and
    fills the Icons grid with matching icons of the catalogue (each inserts a box with it).
    """

    shape_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock.shapes")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(4)
        self.search = QLineEdit(body)
        self.search.setObjectName("shapes.search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        column.addWidget(self.search)
        self.boxes_heading, self.boxes = self._section(column, body, "shapes.boxes", BOX_ENTRIES)
        self.outlines_heading, self.outlines = self._section(column, body, "shapes.outlines", OUTLINE_ENTRIES)
        self.elements_heading, self.elements = self._section(column, body, "shapes.elements", ELEMENT_ENTRIES)
        self.icons_heading, self.icons = self._section(column, body, "shapes.icons", ())
        self.icons.grow = False
        self.icons.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.no_match = QLabel(body)
        self.no_match.setWordWrap(True)
        column.addWidget(self.no_match)
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
        self.filter("")

    @staticmethod
    def _section(
        column: QVBoxLayout, body: QWidget, name: str, entries: Sequence[PaletteEntry]
    ) -> tuple[QLabel, ShapeGrid]:
        heading = QLabel(body)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(2, 4, 0, 0)
        grid = ShapeGrid(entries, body)
        grid.setObjectName(name)
        column.addWidget(heading)
        column.addWidget(grid)
        return heading, grid

    def grids(self) -> tuple[ShapeGrid, ...]:
        return (self.boxes, self.outlines, self.elements, self.icons)

    def item_for(self, key: str) -> QListWidgetItem:
        """The cell of entry ``key`` ("box.database", "outline.ellipse", "legend"...), for keyboard focus and tests."""
        grid = self.grid_for(key)
        return grid.item_for(key)

    def grid_for(self, key: str) -> ShapeGrid:
        for grid in self.grids():
            if key in grid.entries:
                return grid
        raise KeyError(key)

    def shown_keys(self) -> list[str]:
        """The keys of every cell the search leaves visible, grid by grid."""
        return [
            str(grid.item(row).data(KEY_ROLE))
            for grid in self.grids()
            if grid.isVisibleTo(self)
            for row in range(grid.count())
            if not grid.item(row).isHidden()
        ]

    def filter(self, text: str) -> None:
        """Show only the entries whose label holds ``text`` (any case), and the icons it finds."""
        query = text.strip().casefold()
        matched: list[PaletteEntry] = []
        for heading, grid in zip(
            (self.boxes_heading, self.outlines_heading, self.elements_heading),
            (self.boxes, self.outlines, self.elements),
            strict=True,
        ):
            shown = grid.show_matching(query)
            matched += shown
            heading.setVisible(bool(shown))
            grid.setVisible(bool(shown))
        found = icon_entries(query, matched) if query else []
        self.icons.set_entries(found)
        self.icons_heading.setVisible(bool(found))
        self.icons.setVisible(bool(found))
        self.no_match.setVisible(bool(query) and not matched and not found)

    def _chosen(self, entry: PaletteEntry) -> None:
        self.shape_requested.emit(entry.shape())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shapes"))
        self.search.setPlaceholderText(self.tr("Search shapes and icons"))
        self.boxes_heading.setText(self.tr("Boxes"))
        self.outlines_heading.setText(self.tr("Outlines"))
        self.elements_heading.setText(self.tr("Text and Layout"))
        self.icons_heading.setText(self.tr("Icons"))
        self.no_match.setText(self.tr("Nothing matches."))
        for grid in self.grids():
            grid.retranslate()
        if self.search.text():  # the labels the search matched changed language
            self.filter(self.search.text())
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
