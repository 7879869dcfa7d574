"""Tiles: elements of one z and a coarse grid cell, painted whole when zoomed out.

Below ``PROXY_LOD`` a tile paints the plain proxies of all its elements itself, in a
handful of batched ``drawRects``/``drawLines`` calls, while the element items are flagged
``ItemHasNoContents`` (still hit-testable, never painted): a fitted view of 50,000 boxes
then costs a few hundred Python paint calls, not 100,000. The view switches the tiles it
shows between the two modes before each paint (``DiagramScene.prepare_paint``).

A tile is not the items' parent: Qt stacks a parent's children as one block, so two
elements of equal z in different tiles would stack in tile order, not in document order
as the export does. Items are top-level, stacked by ``stacking.stacking_keys``; a tile
only lists them.

A tile starts without items: it knows its members' ids and draws and bounds them from the
model (``proxies``). The scene makes its items (``materialize``) the first time the tile is
shown in detail or one of its elements is needed (selection, hit tests, commands), so
opening a big document at fit zoom builds no element items at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from editor.canvas.proxies import MARGIN, centre_segments, end_geometry, ends_span, proxy_style, straight_segment
from editor.model import AnyElement, Arrow, Document, Rect

TILE_SIZE = 2048.0
#: A tile whose member moves out of its bounds grows this much further (scene units), so a
#: drag tells Qt about a new tile geometry every few frames rather than for every member.
GROW_SLACK = 512.0
#: Below this zoom elements paint as plain proxies (no layout, no text, no sketch): the render
#: layer leaves text out below the same level, and 10,000 sketch paths at 5 % cost seconds.
PROXY_LOD = 0.4
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
RectBatch = tuple[QPen, QBrush, list[QRectF]]
LineBatch = tuple[QPen, list[QLineF]]


def tile_key(element: AnyElement, anchor: AnyElement | None) -> tuple[int, int, int]:
    """(z, column, row): arrows share the tile of their source element."""
    placed = anchor if isinstance(element, Arrow) else element
    if placed is None or isinstance(placed, Arrow):
        return (element.z, 0, 0)
    return rect_tile_key(element.z, placed.rect)


def rect_tile_key(z: int, rect: Rect) -> tuple[int, int, int]:
    """(z, column, row) of the tile whose cell holds ``rect``'s top-left corner."""
    return (z, int(rect.x // TILE_SIZE), int(rect.y // TILE_SIZE))


class Tile(QGraphicsItem):
    """Lists nearby elements of one z and their items; paints their proxies when zoomed out."""

    #: Counts changes of any tile's bounds, so the scene knows when tiles may have come into view.
    bounds_changes = 0

    def __init__(
        self, z: int, document: Callable[[], Document], materialized: bool, grew: Callable[[QRectF], None]
    ) -> None:
        super().__init__()
        self.setZValue(z)
        self.z = z
        self.detailed = False
        #: Ids of the elements in this tile, in stacking order of insertion.
        self.members: list[str] = []
        #: True once the members have items (``views``); before that the model is drawn.
        self.materialized = materialized
        #: The members' items, once made (the scene adds and removes them).
        self.views: dict[str, QGraphicsItem] = {}
        self._document = document
        #: Told the bounds each time they grow (the scene rectangle follows).
        self._grew = grew
        self._bounds: QRectF | None = None
        self._exact = False
        self._rects: list[tuple[QPen, QBrush, list[QRectF]]] | None = None
        self._lines: list[tuple[QPen, list[QLineF]]] = []

    def member_changed(self, covers: QRectF | None = None) -> None:
        """A member moved or restyled (it now ``covers`` that scene rectangle), or one left:
        proxies and extent follow.

        A moved member only grows the bounds Qt is told about, and only when it leaves them:
        telling Qt about a new geometry costs about 40 us a time, a drag moves hundreds of
        members per frame, and a loose bound only costs a little culling. ``extent`` tightens.
        """
        self._rects = None
        if covers is not None and self._bounds is not None:
            if not self._bounds.contains(covers):
                Tile.bounds_changes += 1
                self.prepareGeometryChange()
                self._bounds = self._bounds.united(covers.adjusted(-GROW_SLACK, -GROW_SLACK, GROW_SLACK, GROW_SLACK))
                self._grew(self._bounds)
            self._exact = False
        else:
            if self._bounds is not None and self.scene() is not None:
                self.prepareGeometryChange()
            self._bounds = None
            Tile.bounds_changes += 1
        if not self.detailed:
            self.update()

    def set_detailed(self, detailed: bool) -> None:
        """Detail: the items paint themselves. Overview: this tile paints their proxies."""
        if detailed == self.detailed:
            return
        self.detailed = detailed
        self.setFlag(NO_CONTENTS, detailed)
        for view in self.views.values():
            view.setFlag(NO_CONTENTS, not detailed)
        self.update()

    def extent(self) -> QRectF:
        """What the members cover, exactly (the bounds Qt knows may be looser after moves)."""
        if self._bounds is None or not self._exact:
            exact = self._items_extent() if self.materialized else self._model_contents()
            if self._bounds is not None and exact != self._bounds and self.scene() is not None:
                Tile.bounds_changes += 1
                self.prepareGeometryChange()
            self._bounds, self._exact = exact, True
        return self._bounds

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds if self._bounds is not None else self.extent()

    def _items_extent(self) -> QRectF:
        bounds = QRectF()
        for view in self.views.values():
            bounds = bounds.united(view.boundingRect().translated(view.pos()))
        return bounds

    def _model_contents(self) -> QRectF:
        """Proxies and exact extent of the members, straight from the document (no items yet)."""
        document = self._document()
        lookup = document.get
        return self._contents_of([element for element in map(lookup, self.members) if element is not None], lookup)

    def prime(self, elements: list[AnyElement], lookup: Callable[[str], AnyElement | None]) -> None:
        """Proxies and extent from the members' elements, which the scene hands over while it opens
        a document (``lookup`` finds arrow ends in a plain dict): no lookup per member."""
        self._bounds, self._exact = self._contents_of(elements, lookup), True

    def _contents_of(self, elements: list[AnyElement], lookup: Callable[[str], AnyElement | None]) -> QRectF:
        """Runs for every element when a big document opens, hence the plain loop over floats."""
        theme = self._document().settings.theme
        rects: dict[int, RectBatch] = {}
        lines: dict[int, LineBatch] = {}
        lefts: list[float] = []
        tops: list[float] = []
        rights: list[float] = []
        bottoms: list[float] = []
        for element in elements:
            pen, brush = proxy_style(theme, element)
            if isinstance(element, Arrow) and not element.waypoints:  # most arrows: no tuples, no lists
                source_id, target_id = element.source.element, element.target.element
                source = lookup(source_id) if source_id is not None else None
                target = lookup(target_id) if target_id is not None else None
                if not isinstance(source, Arrow | None) and not isinstance(target, Arrow | None):
                    a, b = source.rect, target.rect
                    segment = straight_segment(a.x, a.y, a.width, a.height, b.x, b.y, b.width, b.height)
                    x1, y1 = min(a.x, b.x), min(a.y, b.y)
                    x2, y2 = max(a.x + a.width, b.x + b.width), max(a.y + a.height, b.y + b.height)
                    batch = lines.get(id(pen))
                    if batch is None:
                        batch = lines[id(pen)] = (pen, [])
                    batch[1].append(QLineF(*segment))
                    lefts.append(x1)
                    tops.append(y1)
                    rights.append(x2)
                    bottoms.append(y2)
                    continue
            if isinstance(element, Arrow):
                ends = end_geometry(lookup, element)
                x1, y1, x2, y2 = ends_span(ends)
                batch = lines.get(id(pen))
                if batch is None:
                    batch = lines[id(pen)] = (pen, [])
                batch[1].extend(QLineF(*segment) for segment in centre_segments(ends))
            else:
                rect = element.rect
                x1, y1 = rect.x, rect.y
                x2, y2 = x1 + rect.width, y1 + rect.height
                boxes = rects.get(id(pen))
                if boxes is None:
                    boxes = rects[id(pen)] = (pen, brush, [])
                boxes[2].append(QRectF(x1, y1, rect.width, rect.height))
            lefts.append(x1)
            tops.append(y1)
            rights.append(x2)
            bottoms.append(y2)
        self._rects, self._lines = list(rects.values()), list(lines.values())
        if not lefts:
            return QRectF()
        left, top, right, bottom = min(lefts), min(tops), max(rights), max(bottoms)
        return QRectF(left - MARGIN, top - MARGIN, right - left + 2 * MARGIN, bottom - top + 2 * MARGIN)

    def _batches(self) -> tuple[list[tuple[QPen, QBrush, list[QRectF]]], list[tuple[QPen, list[QLineF]]]]:
        """Proxies grouped by their (shared, cached) pen and brush: one draw call per style."""
        if self._rects is None and not self.materialized:
            self._model_contents()
        if self._rects is None:
            from editor.canvas.items import ArrowView, BoxView  # the items import this module

            rects: dict[int, tuple[QPen, QBrush, list[QRectF]]] = {}
            lines: dict[int, tuple[QPen, list[QLineF]]] = {}
            for view in self.views.values():
                if isinstance(view, BoxView):
                    pen, brush = view.proxy()
                    rects.setdefault(id(pen), (pen, brush, []))[2].append(view.rect())
                elif isinstance(view, ArrowView):
                    points = view.proxy_points()
                    pen = view.proxy()[0]
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
