"""Tile parents: items grouped by z and a coarse grid cell, painted whole when zoomed out.

Qt walks top-level items per frame, so elements hang under a few hundred invisible tile
parents instead. Below ``PROXY_LOD`` a tile paints the plain proxies of all its elements
itself, in a handful of batched ``drawRects``/``drawLines`` calls, while its children are
flagged ``ItemHasNoContents`` (still hit-testable, never painted): a fitted view of
50,000 boxes then costs a few hundred Python paint calls, not 100,000. The view switches
the tiles it shows between the two modes before each paint (``DiagramScene.prepare_paint``).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from editor.model import AnyElement, Arrow, Box
from editor.model.theme import theme_named

TILE_SIZE = 2048.0
#: A tile whose child moves out of its bounds grows this much further (scene units), so a
#: drag tells Qt about a new tile geometry every few frames rather than for every child.
GROW_SLACK = 512.0
#: Below this zoom elements paint as plain proxies (no layout, no text, no sketch): the render
#: layer leaves text out below the same level, and 10,000 sketch paths at 5 % cost seconds.
PROXY_LOD = 0.4
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_proxy_styles: dict[tuple[object, ...], tuple[QPen, QBrush]] = {}


def proxy_style(theme: str, element: AnyElement) -> tuple[QPen, QBrush]:
    """Pen and brush for the zoomed-out proxy, cached per distinct style (few per document)."""
    style = element.style
    key = (theme, style.palette, style.fill, style.stroke, element.type)
    found = _proxy_styles.get(key)
    if found is None:
        resolved = theme_named(theme).style_for(style.palette).merged(style)
        pen = QPen(QColor(resolved.stroke or "#1f3b57"))
        pen.setCosmetic(True)
        pen.setWidthF(1.0)
        fill = QColor(resolved.fill or "#ffffff") if isinstance(element, Box) else QColor(0, 0, 0, 0)
        found = (pen, QBrush(fill))
        _proxy_styles[key] = found
    return found


def tile_key(element: AnyElement, anchor: AnyElement | None) -> tuple[int, int, int]:
    """(z, column, row): arrows share the tile of their source element."""
    placed = anchor if isinstance(element, Arrow) else element
    if placed is None or isinstance(placed, Arrow):
        return (element.z, 0, 0)
    return (element.z, int(placed.rect.x // TILE_SIZE), int(placed.rect.y // TILE_SIZE))


class TileParent(QGraphicsItem):
    """Parent of nearby elements of one z; paints their proxies when zoomed out."""

    def __init__(self, z: int) -> None:
        super().__init__()
        self.setZValue(z)
        self.detailed = False
        self._bounds: QRectF | None = None
        self._exact = False
        self._rects: list[tuple[QPen, QBrush, list[QRectF]]] | None = None
        self._lines: list[tuple[QPen, list[QLineF]]] = []

    def child_changed(self, child: QGraphicsItem | None = None) -> None:
        """A child moved or restyled (``child``), or one left: proxies and extent follow.

        A moved child only grows the bounds Qt is told about, and only when it leaves them:
        telling Qt about a new geometry costs about 40 us a time, a drag moves hundreds of
        children per frame, and a loose bound only costs a little culling. ``extent`` tightens.
        """
        self._rects = None
        if child is not None and self._bounds is not None:
            moved = child.boundingRect().translated(child.pos())
            if not self._bounds.contains(moved):
                self.prepareGeometryChange()
                self._bounds = self._bounds.united(moved.adjusted(-GROW_SLACK, -GROW_SLACK, GROW_SLACK, GROW_SLACK))
            self._exact = False
        else:
            if self._bounds is not None and self.scene() is not None:
                self.prepareGeometryChange()
            self._bounds = None
        if not self.detailed:
            self.update()

    def set_detailed(self, detailed: bool) -> None:
        """Detail: children paint themselves. Overview: this tile paints their proxies."""
        if detailed == self.detailed:
            return
        self.detailed = detailed
        self.setFlag(NO_CONTENTS, detailed)
        for child in self.childItems():
            child.setFlag(NO_CONTENTS, not detailed)
        self.update()

    def extent(self) -> QRectF:
        """What the children cover, exactly (the bounds Qt knows may be looser after moves)."""
        if self._bounds is None or not self._exact:
            exact = self.childrenBoundingRect()
            if self._bounds is not None and exact != self._bounds and self.scene() is not None:
                self.prepareGeometryChange()
            self._bounds, self._exact = exact, True
        return self._bounds

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds if self._bounds is not None else self.extent()

    def _batches(self) -> tuple[list[tuple[QPen, QBrush, list[QRectF]]], list[tuple[QPen, list[QLineF]]]]:
        """Proxies grouped by their (shared, cached) pen and brush: one draw call per style."""
        if self._rects is None:
            from editor.canvas.items import ArrowView, BoxView  # the items import this module

            rects: dict[int, tuple[QPen, QBrush, list[QRectF]]] = {}
            lines: dict[int, tuple[QPen, list[QLineF]]] = {}
            for child in self.childItems():
                if isinstance(child, BoxView):
                    pen, brush = child.proxy()
                    rects.setdefault(id(pen), (pen, brush, []))[2].append(child.rect())
                elif isinstance(child, ArrowView):
                    points = child.proxy_points()
                    pen = child.proxy()[0]
                    segments = lines.setdefault(id(pen), (pen, []))[1]
                    segments.extend(QLineF(points[i], points[i + 1]) for i in range(len(points) - 1))
            self._rects, self._lines = list(rects.values()), list(lines.values())
        return self._rects, self._lines

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.detailed:
            return
        rects, lines = self._batches()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, segments in lines:
            painter.setPen(pen)
            painter.drawLines(segments)
        for pen, brush, boxes in rects:
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRects(boxes)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
