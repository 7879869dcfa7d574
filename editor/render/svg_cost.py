"""What drawing an SVG image at a given pixel size would cost Qt's raster engine, read before it draws.

The SVG rule (:mod:`editor.model.svg_check`) bounds how much an SVG draws, not how long Qt takes
to draw one shape: a single path of 1,000 segments crossing its own 40 x 40 viewBox, drawn
4,000 px wide, took 37 s to export (221 s dashed), and QPainter cannot be stopped mid-draw. The
time goes to Qt's antialiasing rasterizer, and measured on scribbles, curves, dashes, markers,
clip paths and text (``benchmarks/bench_svg_time.py``) it follows one quantity within a factor
of about six: for each path, the device rows its outline edges cross (both sides of a stroke, a
join where segments meet, two caps per dash) times the width the path spans, 1-6 ns each. Row
counts alone would miss it: a row crossed by many long edges costs in proportion to its width.

Reading that from the bytes would need a second SVG interpreter (CSS, ``<use>``, transforms,
markers). Instead Qt's own renderer draws the image once into a recording paint device
(:class:`_Recorder`) that rasterizes nothing: each path arrives with its pen, brush and
transform as Qt would draw it, and its length, flattened edges and device bounds (all C++
calls, no Python loop per point) give the estimate. A cheap image is drawn as vectors as before
(the same pixels); above :data:`LIGHT_BUDGET` it goes to the bounded helper process
(:mod:`editor.render.svg_raster`). The estimate only routes, so it may be far above Qt's work
(a logo at 4,000 px, a pen 1,000 units wide), never far below it.

Filters, masks and patterns are not recorded: Qt renders them through images of its own while
"recording", so an SVG that has any goes to the helper unmeasured (:func:`needs_helper`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QByteArray, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QImage,
    QPaintDevice,
    QPaintEngine,
    QPaintEngineState,
    QPainter,
    QPainterPath,
    QPixmap,
    QPolygonF,
    QTextItem,
    QTransform,
)

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

#: Cost units (rows crossed times width spanned, plus pixels) drawn in-process: 0.2-0.3 s of Qt's
#: work on the slowest shapes measured (self-crossing curves, markers, references); see the benchmark.
LIGHT_BUDGET = 5e7
#: What any one drawing costs besides its pixels and edges (Qt's state changes, the call itself).
PER_DRAWING = 2000.0
#: Flattened edges one image may have before it goes to the helper unmeasured (the Python sum
#: over them would itself take a while).
MAX_EDGES = 200_000
#: Pen widths up to this many device pixels take Qt's thin-line path, whose cost is the length.
THIN_PEN = 1.0
#: Cost units per device pixel of such a line (20,000 hairline segments at 4,000 px: 2.3 s).
THIN_PER_PX = 20.0
_UNRECORDED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:filter|mask|pattern)[\s/>]")


def needs_helper(raw: bytes) -> bool:
    """True for SVG that Qt draws partly through offscreen images (filters, masks, patterns)."""
    return _UNRECORDED.search(raw) is not None


def _scale(transform: QTransform) -> float:
    """Device pixels per unit along the most stretched direction (the largest singular value of
    the linear part), not the square root of the area factor: ``scale(1000, 0.001)`` keeps areas
    but makes lines up to 1000 times longer."""
    squares = transform.m11() ** 2 + transform.m12() ** 2 + transform.m21() ** 2 + transform.m22() ** 2
    determinant = transform.m11() * transform.m22() - transform.m12() * transform.m21()
    return math.sqrt((squares + math.sqrt(max(squares * squares - 4 * determinant * determinant, 0.0))) / 2)


class _Recorder(QPaintEngine):
    """A paint engine that draws nothing and adds up what each drawing would cost."""

    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.cost = 0.0
        self.edges = 0
        self.over = False  # past MAX_EDGES (an exception would not cross Qt's C++ frames)

    @override
    def begin(self, pdev: QPaintDevice) -> bool:
        return True

    @override
    def end(self) -> bool:
        return True

    @override
    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    @override
    def updateState(self, state: QPaintEngineState) -> None:
        """A clip path is filled like any path (the raster engine turns it into spans)."""
        if state.state() & QPaintEngine.DirtyFlag.DirtyClipPath and not self.over:
            transform = self.painter().transform()
            path = state.clipPath()
            bounds = transform.mapRect(path.controlPointRect())
            edges = self._count(path, transform)
            self.cost += PER_DRAWING + bounds.width() * (path.length() * _scale(transform) + edges + bounds.height())

    def _count(self, path: QPainterPath, transform: QTransform) -> int:
        """The edges of ``path`` as Qt flattens it; past :data:`MAX_EDGES` in all, ``over``."""
        edges = sum(polygon.size() for polygon in path.toSubpathPolygons(transform))
        self.edges += edges
        self.over = self.over or self.edges > MAX_EDGES
        return edges

    @override
    def drawPath(self, path: QPainterPath) -> None:
        if self.over:
            return
        painter = self.painter()
        transform = painter.transform()
        scale = _scale(transform)
        pen, brush = painter.pen(), painter.brush()
        edges = self._count(path, transform)
        if self.over:
            return
        bounds = transform.mapRect(path.controlPointRect())
        length = path.length() * scale  # at least the rows its edges cross, together
        self.cost += PER_DRAWING
        if brush.style() != Qt.BrushStyle.NoBrush:
            self.cost += bounds.width() * (length + edges + bounds.height())
        if pen.style() == Qt.PenStyle.NoPen:
            return
        width = pen.widthF() * (1.0 if pen.isCosmetic() else scale)
        dashes = 0.0
        if pen.style() != Qt.PenStyle.SolidLine and (period := sum(pen.dashPattern()) * max(width, 1.0)) > 0:
            dashes = len(pen.dashPattern()) // 2 * length / period
        if width <= THIN_PEN:  # every pixel along the line is blended on its own: ~50 ns each
            self.cost += THIN_PER_PX * length + 16 * (edges + dashes)
            return
        # both sides of every edge (each reaching ``width`` past the line), a join where one segment
        # meets the next (not between the pieces of a flattened curve, which meet smoothly) and two
        # caps per dash: the rows each of them crosses
        joins = path.elementCount()
        crossings = 2 * (length + joins * width) + 2 * joins * width + 2 * dashes * width
        self.cost += (bounds.width() + width) * (crossings + bounds.height() + width)

    @override
    def drawPolygon(self, points: object, mode: QPaintEngine.PolygonDrawMode) -> None:
        """Qt's default here and for the integer form call each other: both must end in drawPath."""
        path = QPainterPath()
        path.addPolygon(QPolygonF(list(points)))  # type: ignore[call-overload]
        if mode != QPaintEngine.PolygonDrawMode.PolylineMode:
            path.closeSubpath()
        self.drawPath(path)

    @override
    def drawImage(self, r: QRectF | QRect, pm: QImage, sr: QRectF | QRect, flags: object = None) -> None:
        self.cost += PER_DRAWING + self._pixels(r)

    @override
    def drawPixmap(self, r: QRectF | QRect, pm: QPixmap | QImage, sr: QRectF | QRect) -> None:
        self.cost += PER_DRAWING + self._pixels(r)

    @override
    def drawTextItem(self, p: QPointF | QPoint | QPainterPath.Element, textItem: QTextItem) -> None:
        font = textItem.font()
        size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 4 / 3
        scale = _scale(self.painter().transform())
        self.cost += PER_DRAWING + len(textItem.text()) * (size * scale + 1) ** 2

    def _pixels(self, rect: QRectF | QRect) -> float:
        mapped = self.painter().transform().mapRect(QRectF(rect))
        return abs(mapped.width() * mapped.height())


class _RecordingDevice(QPaintDevice):
    """A ``width`` x ``height`` px device at 96 dpi whose engine is a :class:`_Recorder`."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self._width, self._height = width, height
        self.engine = _Recorder()

    @override
    def paintEngine(self) -> QPaintEngine:
        return self.engine

    @override
    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        kinds = QPaintDevice.PaintDeviceMetric
        if metric in (kinds.PdmWidth, kinds.PdmWidthMM):
            return self._width
        if metric in (kinds.PdmHeight, kinds.PdmHeightMM):
            return self._height
        if metric in (kinds.PdmDpiX, kinds.PdmDpiY, kinds.PdmPhysicalDpiX, kinds.PdmPhysicalDpiY):
            return 96
        if metric == kinds.PdmDepth:
            return 32
        if metric == kinds.PdmDevicePixelRatioScaled:
            return int(QPaintDevice.devicePixelRatioFScale())
        if metric == kinds.PdmDevicePixelRatio:
            return 1
        return 0


def estimate(raw: bytes, width: int, height: int, renderer: QSvgRenderer | None = None) -> float:
    """Qt's work to draw SVG ``raw`` into ``width`` x ``height`` device px, in cost units;
    ``math.inf`` when it cannot be measured here (see :func:`needs_helper`, :data:`MAX_EDGES`)."""
    if needs_helper(raw):
        return math.inf
    if renderer is None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(raw))
    if not renderer.isValid():
        return 0.0
    device = _RecordingDevice(max(width, 1), max(height, 1))
    painter = QPainter(device)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return math.inf if device.engine.over else device.engine.cost
