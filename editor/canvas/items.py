"""Scene items: views of model elements that paint through the render layer.

An item holds an element id and a cached ``ElementGroup`` (laid out on first paint),
never element data of its own. A pure move keeps the cached group and paints it
shifted (boxes, and arrows whose two ends and waypoints moved together), so dragging
many boxes costs no relayout; what an item paints is kept as a pixmap at the zoom it is
seen at (``paint_cache``), and while a box is dragged Qt's own device-coordinate cache
blits it with no Python call. Items are listed by tiles (``tiles``) that paint them all at
once when zoomed out and make them only when needed; the scene sets their z (``tiled_scene.stacking_keys``).
"""

from __future__ import annotations

import math
from typing import Protocol, cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from editor.canvas.paint_cache import CachedPaint, ensure_cache_limit
from editor.canvas.proxies import MARGIN, NO_RECT, EndGeometry, arrow_bounds, centre_line, end_geometry, proxy_style
from editor.canvas.tiles import NO_CONTENTS, PROXY_LOD, Tile
from editor.model import AnyElement, Arrow, Box, BoxShape, Document, Routing
from editor.render.box_outlines import outline_geometry
from editor.render.display_list import ElementGroup, append_command
from editor.render.layout import arrow_path_points, layout_element
from editor.render.layout_geometry import arrow_route, curve, flatten
from editor.render.painter import paint_group

ARROW_HIT_WIDTH = 12.0
#: Flag sets made once: combining Qt flags goes through Python's enum machinery (10 us a time).
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_SELECTABLE_HIDDEN = _SELECTABLE | NO_CONTENTS
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_CACHE = QGraphicsItem.CacheMode.NoCache
_NO_PEN = QPen(Qt.PenStyle.NoPen)


class ItemScene(Protocol):
    """What an item reads from the scene it sits in: the document and the language shown.

    Items know the scene only through this, so they import nothing of it (the scene imports
    them to make them).
    """

    document: Document
    language: str


class ElementView(QGraphicsRectItem):
    """Common part of every element item: id, cached layout and pixmap, selection flag.

    A rectangle item only so that Qt's own C++ ``boundingRect`` (the rectangle, no pen)
    answers the many times Qt asks per frame: a Python override cost a call through
    shiboken each time (6 % of a drag frame). The rectangle is what the item may paint.
    """

    def __init__(self, element_id: str, detailed: bool = True) -> None:
        super().__init__()
        self.setPen(_NO_PEN)
        self.element_id = element_id
        self._group: ElementGroup | None = None
        self._origin = QPointF()
        self._extent = QRectF()
        self._look = CachedPaint()
        self._proxy: tuple[QPen, QBrush] | None = None
        self.setFlags(_SELECTABLE if detailed else _SELECTABLE_HIDDEN)
        #: True while a drag moves the item (it paints through Qt's device cache).
        self.moving = False
        #: The tile listing this item (set by the scene).
        self.tile: Tile | None = None

    def set_moving(self, moving: bool) -> None:
        """While dragged, Qt keeps the painted item as one device pixmap and blits it each frame
        (no Python paint call at all); otherwise the zoom-keyed ``CachedPaint`` is the cache,
        which survives zooming back and forth (Qt's item cache holds one zoom only)."""
        if moving != self.moving:
            ensure_cache_limit()
            self.moving = moving
            self.setCacheMode(_DEVICE_CACHE if moving else _NO_CACHE)

    def diagram(self) -> ItemScene:
        scene = self.scene()
        assert scene is not None
        return cast(ItemScene, scene)

    def element(self) -> AnyElement:
        return self.diagram().document.element(self.element_id)

    def element_group(self) -> ElementGroup:
        """The laid-out look; ``_origin`` remembers where the item was when it was laid out."""
        if self._group is None:
            scene = self.diagram()
            group = layout_element(scene.document, self.element_id, scene.language)
            self._group = group
            self._origin = self.pos()
            self._fit_extent(group.bounds.translated(-self._origin))
        return self._group

    def _fit_extent(self, drawn: QRectF) -> None:
        """The layout covers ``drawn`` (item coordinates): a box's extent grows to hold it."""
        if not self._extent.contains(drawn):
            self._set_extent(self._extent.united(drawn.adjusted(-2, -2, 2, 2)))

    def invalidate(self) -> None:
        """The element changed beyond a move: lay it out again on the next paint."""
        self._group = None
        self._look.invalidate()
        self.update()

    def proxy(self) -> tuple[QPen, QBrush]:
        if self._proxy is None:
            self._proxy = proxy_style(self.diagram().document.settings.theme, self.element())
        return self._proxy

    def _tile_changed(self, covers: QRectF | None = None) -> None:
        """Tell the tile; ``covers`` is what the item now covers in scene coordinates, if known."""
        tile = self.tile
        if tile is not None and self.scene() is not None:  # no scene: being built
            tile.member_changed(covers if covers is not None else self.boundingRect().translated(self.pos()))

    def _set_extent(self, extent: QRectF) -> None:
        """What the item may paint, in item coordinates (``setRect`` tells Qt and repaints)."""
        self._extent = extent
        self.setRect(extent)

    def _paint_look(self, painter: QPainter) -> None:
        group = self.element_group()
        painter.translate(-self._origin)
        paint_group(painter, group, level_of_detail=painter.worldTransform().m11(), placeholders=True)

    def _paint_detailed(self, painter: QPainter) -> None:
        group = self.element_group()  # the first paint lays out, which fixes _origin and _extent
        if self.moving:  # Qt's item cache is painting into its pixmap
            self._paint_look(painter)
            return
        area = group.bounds.translated(-self._origin).adjusted(-2, -2, 2, 2)
        self._look.paint(painter, area, self._paint_look)


class BoxView(ElementView):
    """Boxes, text, legends, frames and images: anything with a rectangle.

    The item sits at the rectangle's top-left; the group was laid out when the
    rectangle was at ``_origin`` and is painted shifted by the difference.
    """

    def __init__(self, element_id: str, detailed: bool = True) -> None:
        super().__init__(element_id, detailed)
        self._size = (0.0, 0.0)
        self._outline = BoxShape.RECTANGLE
        self._hit: QPainterPath | None = None

    def sync(self, element: AnyElement, document: Document, geometry_only: bool) -> None:
        assert not isinstance(element, Arrow)
        rect = element.rect
        size = (rect.width, rect.height)
        if size != self._size or not geometry_only:
            self._size = size
            self._outline = element.outline if isinstance(element, Box) else BoxShape.RECTANGLE
            self._hit = None
            self._set_extent(QRectF(-MARGIN, -MARGIN, rect.width + 2 * MARGIN, rect.height + 2 * MARGIN))
            self._group = None
            self._look.invalidate()
        if not geometry_only:
            self._proxy = None
            self.update()  # a move needs none: setPos repaints where the item was and is
        self.setPos(rect.x, rect.y)
        self._tile_changed(self._extent.translated(rect.x, rect.y))

    def size(self) -> tuple[float, float]:
        """(width, height) of the element rectangle."""
        return self._size

    @override
    def rect(self) -> QRectF:
        """The element rectangle in scene coordinates (not the item's painting extent)."""
        return QRectF(self.pos().x(), self.pos().y(), self._size[0], self._size[1])

    def text_area(self) -> QRectF:
        """Where the box's text goes, in scene coordinates: the rectangle, or its outline's inner
        area (an actor's below the figure, a diamond's middle), so an in-place editor sits there."""
        if self._outline is BoxShape.RECTANGLE:
            return self.rect()
        origin = self.pos()
        x, y, width, height = outline_geometry(self._outline, origin.x(), origin.y(), *self._size).inner
        return QRectF(x, y, width, height)

    @override
    def shape(self) -> QPainterPath:
        """What a click or a rubber band hits: the rectangle, or the box's outline (a click in an
        ellipse's corner falls through to what lies below). An actor is hit on its whole box,
        its name and role included: its limbs enclose nothing."""
        if self._hit is None:
            path = QPainterPath()
            width, height = self._size
            geometry = outline_geometry(self._outline, 0.0, 0.0, width, height) if width and height else None
            if geometry is None or self._outline is BoxShape.RECTANGLE or geometry.perimeter is not None:
                path.addRect(QRectF(0, 0, width, height))
            else:
                for command in geometry.body:
                    append_command(path, command)
            self._hit = path
        return self._hit

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) < PROXY_LOD:
            pen, brush = self.proxy()
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRect(QRectF(0, 0, self._size[0], self._size[1]))
            return
        self._paint_detailed(painter)


def translation(before: EndGeometry, after: EndGeometry) -> tuple[float, float] | None:
    """The (dx, dy) that carries ``before`` onto ``after`` when everything moved together."""
    if len(before[2]) != len(after[2]):
        return None
    dx, dy = after[0][0] - before[0][0], after[0][1] - before[0][1]
    if before[0][2:] != after[0][2:] or before[1][2:] != after[1][2:]:
        return None
    shifts = [(after[1][0] - before[1][0], after[1][1] - before[1][1])]
    shifts += [(after[2][i] - before[2][i], after[2][i + 1] - before[2][i + 1]) for i in range(0, len(before[2]), 2)]
    for sx, sy in shifts:
        if not (math.isclose(sx, dx, abs_tol=1e-9) and math.isclose(sy, dy, abs_tol=1e-9)):
            return None
    return dx, dy


class ArrowView(ElementView):
    """An arrow, laid out in scene coordinates at item position ``_origin``.

    Building 10,000 arrows only bounds them by their ends' rectangles; the path (and the
    hit shape) is worked out when the arrow is first painted or hit-tested. When both
    ends (and the waypoints) moved by the same amount the item just moves.
    """

    def __init__(self, element_id: str, detailed: bool = True) -> None:
        super().__init__(element_id, detailed)
        self._points: list[QPointF] | None = None
        self._points_origin = QPointF()
        self._hit: QPainterPath | None = None
        self._laid_out_ends: EndGeometry | None = None
        self._ends: EndGeometry = (NO_RECT, NO_RECT, ())

    def sync(self, element: AnyElement, document: Document, geometry_only: bool) -> None:
        assert isinstance(element, Arrow)
        ends = end_geometry(document.get, element)
        self._ends = ends
        if geometry_only and self._laid_out_ends is not None:
            shift = translation(self._laid_out_ends, ends)
            if shift is not None:
                self.setPos(*shift)
                self._tile_changed(self._extent.translated(*shift))
                return
        self.setPos(0.0, 0.0)
        self._laid_out_ends = ends
        self._set_extent(arrow_bounds(ends))
        self._points = None
        self._hit = None
        self._group = None
        self._look.invalidate()
        if not geometry_only:
            self._proxy = None
        self.update()
        self._tile_changed()

    @override
    def _fit_extent(self, drawn: QRectF) -> None:
        """An arrow's extent was both ends' rectangles (all that was known before its route);
        now it is what the route and label cover, plus the hit width: repaints, culling and a
        dragged arrow's device pixmap stay that small."""
        reach = ARROW_HIT_WIDTH / 2 + 2
        tight = drawn.adjusted(-reach, -reach, reach, reach)
        if tight != self._extent:
            self._set_extent(tight)

    def points(self) -> list[QPointF]:
        """The route in scene coordinates, through the render layer's arrow geometry."""
        if self._points is None:
            element = self.element()
            assert isinstance(element, Arrow)
            self._points = arrow_path_points(self.diagram().document, element)
            self._points_origin = self.pos()
        shift = self.pos() - self._points_origin
        return [point + shift for point in self._points]

    def track(self) -> list[QPointF]:
        """The line as drawn, in scene coordinates: the route, or a curved arrow's curve sampled
        (so a click on the curve hits it, not only one on the chord between its ends)."""
        element = self.element()
        assert isinstance(element, Arrow)
        if element.routing is not Routing.CURVED:
            return self.points()
        route, first, last = arrow_route(self.diagram().document, element)
        return [QPointF(x, y) for x, y in flatten(curve(route, first, last))]

    def proxy_points(self) -> list[QPointF]:
        """The route if known, else a cheap centre-to-centre line clipped to both ends."""
        if self._points is not None:
            return self.points()
        return centre_line(self._ends)

    @override
    def shape(self) -> QPainterPath:
        if self._hit is None:
            local = [point - self.pos() for point in self.track()]
            path = QPainterPath()
            if local:
                path.moveTo(local[0])
                for point in local[1:]:
                    path.lineTo(point)
            stroker = QPainterPathStroker()
            stroker.setWidth(ARROW_HIT_WIDTH)
            stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._hit = stroker.createStroke(path)
        return self._hit

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) < PROXY_LOD:
            painter.setPen(self.proxy()[0])
            painter.drawPolyline([point - self.pos() for point in self.proxy_points()])
            return
        self._paint_detailed(painter)


def make_view(element: AnyElement, detailed: bool = True) -> ElementView:
    return ArrowView(element.id, detailed) if isinstance(element, Arrow) else BoxView(element.id, detailed)
