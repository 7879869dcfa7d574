"""Scene items: views of model elements that paint through the render layer.

An item holds an element id and a cached ``ElementGroup`` (laid out on first paint),
never element data of its own. A pure move keeps the cached group and paints it
shifted, so dragging many boxes costs no relayout. Items live under invisible tile
parents (keyed by z and a coarse grid cell) so Qt does not walk every top-level item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from editor.model import AnyElement, Arrow, Box
from editor.model.theme import theme_named
from editor.render.display_list import ElementGroup
from editor.render.layout import arrow_path_points, layout_element
from editor.render.painter import paint_group

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

#: Room around an element's rectangle for sketch strokes and text that overhangs.
MARGIN = 12.0
ARROW_HIT_WIDTH = 12.0
TILE_SIZE = 2048.0
#: Below this zoom an item paints a plain proxy (no layout, no text, no sketch): the render
#: layer leaves text out below the same level, and 10,000 sketch paths at 5 % cost seconds.
PROXY_LOD = 0.4
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


class TileParent(QGraphicsItem):
    """An invisible parent that groups nearby items of one z for Qt's traversal."""

    def __init__(self, z: int) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(z)

    @override
    def boundingRect(self) -> QRectF:
        return QRectF()

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        return


class ElementView(QGraphicsItem):
    """Common part of every element item: id, cached layout, selection flag."""

    def __init__(self, element_id: str) -> None:
        super().__init__()
        self.element_id = element_id
        self._group: ElementGroup | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)

    def diagram(self) -> DiagramScene:
        scene = self.scene()
        assert scene is not None
        return scene  # type: ignore[return-value]

    def element(self) -> AnyElement:
        return self.diagram().document.element(self.element_id)

    def element_group(self) -> ElementGroup:
        if self._group is None:
            scene = self.diagram()
            self._group = layout_element(scene.document, self.element_id, scene.language)
        return self._group

    def invalidate(self) -> None:
        """The element changed beyond a move: lay it out again on the next paint."""
        self._group = None
        self.update()


class BoxView(ElementView):
    """Boxes, text, legends, frames and images: anything with a rectangle.

    The item sits at the rectangle's top-left; the group was laid out when the
    rectangle was at ``_origin`` and is painted shifted by the difference.
    """

    def __init__(self, element_id: str) -> None:
        super().__init__(element_id)
        self._size = (0.0, 0.0)
        self._origin = QPointF()
        self._extent = QRectF()
        self._proxy: tuple[QPen, QBrush] | None = None

    def sync(self, element: AnyElement, geometry_only: bool) -> None:
        assert not isinstance(element, Arrow)
        rect = element.rect
        size = (rect.width, rect.height)
        if size != self._size or not geometry_only:
            self.prepareGeometryChange()
            self._size = size
            self._extent = QRectF(-MARGIN, -MARGIN, rect.width + 2 * MARGIN, rect.height + 2 * MARGIN)
            self._group = None
        if not geometry_only:
            self._proxy = None
        self.setPos(rect.x, rect.y)
        self.setZValue(element.z)
        self.update()

    @override
    def element_group(self) -> ElementGroup:
        if self._group is None:
            group = super().element_group()
            self._origin = self.pos()
            local = group.bounds.translated(-self._origin)
            if not self._extent.contains(local):
                self.prepareGeometryChange()
                self._extent = self._extent.united(local.adjusted(-2, -2, 2, 2))
            return group
        return self._group

    def rect(self) -> QRectF:
        """The element rectangle in scene coordinates."""
        return QRectF(self.pos().x(), self.pos().y(), self._size[0], self._size[1])

    @override
    def boundingRect(self) -> QRectF:
        return self._extent

    @override
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._size[0], self._size[1]))
        return path

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        level = option.levelOfDetailFromTransform(painter.worldTransform())
        if level < PROXY_LOD:
            if self._proxy is None:
                self._proxy = proxy_style(self.diagram().document.settings.theme, self.element())
            painter.setPen(self._proxy[0])
            painter.setBrush(self._proxy[1])
            painter.drawRect(QRectF(0, 0, self._size[0], self._size[1]))
            return
        self.element_group()  # the first paint lays out, which fixes _origin
        painter.translate(-self._origin)
        paint_group(painter, self.element_group(), level_of_detail=level)


class ArrowView(ElementView):
    """An arrow at the scene origin. Its path comes from the render layer, computed lazily:

    building 10,000 arrows only bounds them by their ends' rectangles; the path (and the
    hit shape) is worked out when the arrow is first painted or hit-tested.
    """

    def __init__(self, element_id: str) -> None:
        super().__init__(element_id)
        self._points: list[QPointF] | None = None
        self._extent = QRectF()
        self._hit: QPainterPath | None = None
        self._proxy: tuple[QPen, QBrush] | None = None

    def sync(self, element: AnyElement, geometry_only: bool) -> None:
        assert isinstance(element, Arrow)
        self.prepareGeometryChange()
        document = self.diagram().document
        bounds = QRectF()
        for end in (element.source.element, element.target.element):
            bound = document.get(end)
            if bound is not None and not isinstance(bound, Arrow):
                rect = bound.rect
                bounds = bounds.united(QRectF(rect.x, rect.y, rect.width, rect.height))
        for point in element.waypoints:
            bounds = bounds.united(QRectF(point.x, point.y, 0.1, 0.1))
        self._extent = bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self._points = None
        self._hit = None
        self._group = None
        self._proxy = None
        self.setZValue(element.z)
        self.update()

    def points(self) -> list[QPointF]:
        if self._points is None:
            element = self.element()
            assert isinstance(element, Arrow)
            self._points = arrow_path_points(self.diagram().document, element)
        return list(self._points)

    @override
    def element_group(self) -> ElementGroup:
        if self._group is None:
            group = super().element_group()
            if not self._extent.contains(group.bounds):
                self.prepareGeometryChange()
                self._extent = self._extent.united(group.bounds)
            return group
        return self._group

    @override
    def boundingRect(self) -> QRectF:
        return self._extent

    @override
    def shape(self) -> QPainterPath:
        if self._hit is None:
            points = self.points()
            path = QPainterPath()
            if points:
                path.moveTo(points[0])
                for point in points[1:]:
                    path.lineTo(point)
            stroker = QPainterPathStroker()
            stroker.setWidth(ARROW_HIT_WIDTH)
            stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._hit = stroker.createStroke(path)
        return self._hit

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        level = option.levelOfDetailFromTransform(painter.worldTransform())
        if level < PROXY_LOD:
            if self._proxy is None:
                self._proxy = proxy_style(self.diagram().document.settings.theme, self.element())
            painter.setPen(self._proxy[0])
            painter.drawPolyline(self.points())
            return
        paint_group(painter, self.element_group(), level_of_detail=level)


def make_view(element: AnyElement) -> ElementView:
    return ArrowView(element.id) if isinstance(element, Arrow) else BoxView(element.id)


def tile_key(element: AnyElement, anchor: AnyElement | None) -> tuple[int, int, int]:
    """(z, column, row): arrows share the tile of their source element."""
    placed = anchor if isinstance(element, Arrow) else element
    if placed is None or isinstance(placed, Arrow):
        return (element.z, 0, 0)
    return (element.z, int(placed.rect.x // TILE_SIZE), int(placed.rect.y // TILE_SIZE))
