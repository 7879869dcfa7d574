"""The QPainter backend: draws a display list on any paint device (screen, QImage)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPdfWriter,
    QPen,
    QTransform,
)

from editor.model.images import SVG_MIME
from editor.render.display_list import DisplayList, ElementGroup, GridSpec, IconOp, ImageOp, PathOp, TextLineOp
from editor.render.fonts import qfont
from editor.render.icons import EM, glyph
from editor.render.image_decoding import raster, svg_bitmap, svg_is_light, svg_renderer
from editor.render.pdf_text import draw_with_hidden_text, needs_hidden_text
from editor.render.svg_raster import SlowImageError, bitmap_size, report_refusal

#: below this level of detail text and icons are skipped (they would be unreadable specks)
TEXT_LOD = 0.4


@lru_cache(maxsize=4096)
def qcolor(value: str) -> QColor:
    """``#rrggbb`` or ``#rrggbbaa`` (the document's order; Qt's own string form is #aarrggbb)."""
    if len(value) == 9:
        return QColor(int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16), int(value[7:9], 16))
    return QColor(value)


def _pen(op: PathOp) -> QPen:
    pen = QPen(qcolor(op.stroke or "#000000"))
    pen.setWidthF(op.stroke_width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if op.dash:
        unit = op.stroke_width or 1.0
        pen.setDashPattern([max(value / unit, 0.001) for value in op.dash])
    return pen


#: more dashes than this along a path's longer side are drawn as a half-transparent solid line (Qt's rule)
MAX_DASHES = 10_000


def _draw_dashed(painter: QPainter, op: PathOp) -> None:
    """A dashed outline whose dashes do not depend on the paint device.

    Qt's own dashed pen skips the parts of a path outside the device and loses the dash phase
    there, so a frame painted into one band of a PNG, or half scrolled out of the canvas, had its
    dashes shifted. The outline comes from QPainterPathStroker instead, which dashes the whole
    path, and is filled; the fill (below) is painted first, as a pen would have it. Stroked at
    the device's scale, the dashes are the pen's own wherever the pen saw the whole path (the
    example's lanes: the same pixels at 1x and 2x, a level or two on a few pixels at 3x).
    """
    path = op.qpath()
    if op.fill:
        painter.fillPath(path, qcolor(op.fill))
    pen = _pen(op)
    extent = path.controlPointRect()
    pattern = sum(pen.dashPattern()) * pen.widthF()
    if max(extent.width(), extent.height()) > MAX_DASHES * pattern:
        color = QColor(qcolor(op.stroke or "#000000"))
        color.setAlpha(color.alpha() // 2)
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setColor(color)
        painter.strokePath(path, pen)
        return
    # at the device's scale, curves are cut into dashes as finely as Qt's pen cuts them
    scale = math.sqrt(abs(painter.worldTransform().determinant())) or 1.0
    pen.setWidthF(pen.widthF() * scale)
    outline = QPainterPathStroker(pen).createStroke(QTransform.fromScale(scale, scale).map(path))
    painter.fillPath(QTransform.fromScale(1 / scale, 1 / scale).map(outline), qcolor(op.stroke or "#000000"))


def _draw_image(painter: QPainter, op: ImageOp, element_id: str, *, interactive: bool = False) -> None:
    if op.mime == SVG_MIME:
        renderer = svg_renderer(op.data)
        if renderer is None:
            return
        shown = painter.worldTransform().mapRect(op.rect)
        width, height = bitmap_size(shown.width(), shown.height())
        if svg_is_light(op.data, width, height):
            renderer.render(painter, op.rect)  # as vectors: cheap enough to draw here (svg_cost)
        else:
            painter.drawImage(op.rect, svg_bitmap(element_id, op.data, width, height, interactive=interactive))
        return
    image = raster(op.data, op.mime)
    if not image.isNull():
        painter.drawImage(op.rect, image)


def _draw_text(painter: QPainter, op: TextLineOp, dpi_scale: float, *, contextual: bool = True) -> None:
    if not contextual and needs_hidden_text(op):  # a PDF, and a font whose glyphs cannot name their letters
        draw_with_hidden_text(painter, op, dpi_scale, qcolor(op.color))
        return
    font = qfont(op.families, op.size * dpi_scale, op.weight, contextual=contextual)
    painter.setFont(font)
    painter.setPen(qcolor(op.color))
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if op.direction == "rtl" else Qt.LayoutDirection.LeftToRight
    )
    painter.drawText(QPointF(op.x, op.y), op.text)


def _draw_refused(painter: QPainter, rect: QRectF) -> None:
    """Where an SVG image too slow to draw would be: a grey frame crossed out, as a broken image."""
    painter.save()
    pen = QPen(QColor("#9a9a9a"))
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(QColor("#eeeeee"))
    painter.drawRect(rect)
    painter.drawLine(rect.topLeft(), rect.bottomRight())
    painter.drawLine(rect.topRight(), rect.bottomLeft())
    painter.restore()


def paint_group(
    painter: QPainter, group: ElementGroup, *, level_of_detail: float = 1.0, placeholders: bool = False
) -> None:
    """Draws one element's ops; text and icons are left out below ``TEXT_LOD``.

    An SVG image too slow to draw raises :class:`SlowImageError` (an export stops with its
    located line); with ``placeholders`` (the canvas, the clipboard) it is drawn crossed out and
    reported to :func:`report_refusal`'s listeners instead, since a paint event cannot fail."""
    detailed = level_of_detail >= TEXT_LOD
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    dpi_scale = 96.0 / dpi if dpi > 0 else 1.0
    contextual = not isinstance(device, QPdfWriter)  # PDF text must map back to its characters (see qfont)
    base_opacity = painter.opacity()
    direction = painter.layoutDirection()
    # a PDF keeps Qt's dashed pen: its dashes are laid out on the whole path there (no device
    # edge to lose their phase at) and stay one stroked path instead of every dash's outline
    vector = isinstance(painter.device(), QPagedPaintDevice)
    for op in group.ops:
        painter.setOpacity(base_opacity * op.opacity)
        if isinstance(op, PathOp):
            if op.dash and op.stroke and not vector:
                _draw_dashed(painter, op)
                continue
            painter.setPen(_pen(op) if op.stroke else Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(qcolor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
            painter.drawPath(op.qpath())
        elif not detailed:
            continue
        elif isinstance(op, TextLineOp):
            _draw_text(painter, op, dpi_scale, contextual=contextual)
        elif isinstance(op, IconOp):
            found = glyph(op.name)
            if found is None:
                continue
            painter.save()
            painter.translate(op.rect.x(), op.rect.y())
            painter.scale(op.rect.width() / EM, op.rect.height() / EM)
            painter.fillPath(found.path, qcolor(op.color))
            painter.restore()
        elif isinstance(op, ImageOp):
            try:
                _draw_image(painter, op, group.element_id, interactive=placeholders)
            except SlowImageError as error:
                if not placeholders:
                    raise
                _draw_refused(painter, op.rect)
                report_refusal(error)
    painter.setOpacity(base_opacity)
    painter.setLayoutDirection(direction)


def grid_lines(
    grid: GridSpec, area: QRectF, rows: tuple[float, float] | None = None
) -> list[tuple[float, float, float, float]]:
    """(x1, y1, x2, y2) of every grid line crossing ``area``, at multiples of the grid size.

    With ``rows`` (a top and bottom y), only the part that crosses them: the vertical lines cut
    to those rows and the horizontal lines between them, for a painter that draws one band.
    """
    if not grid.visible or grid.size <= 0:
        return []
    size = grid.size
    top, bottom = area.top(), area.bottom()
    if rows is not None:
        top, bottom = max(top, rows[0]), min(bottom, rows[1])
        if top > bottom:
            return []
    lines = []
    x = math.ceil(area.left() / size) * size
    while x <= area.right():
        lines.append((x, top, x, bottom))
        x += size
    y = math.ceil(area.top() / size) * size
    while y <= bottom:  # counted from the area's top even for a band: the same sums, the same lines
        if y >= top:
            lines.append((area.left(), y, area.right(), y))
        y += size
    return lines


GRID_WIDTH = 1.0


def paint_background(
    painter: QPainter,
    display_list: DisplayList,
    area: QRectF,
    *,
    grid: bool = True,
    fill: bool = True,
    rows: tuple[float, float] | None = None,
) -> None:
    if fill:
        painter.fillRect(area, qcolor(display_list.background))
    if grid:
        lines = grid_lines(display_list.grid, area, rows)
        if lines:
            path = QPainterPath()
            for x1, y1, x2, y2 in lines:
                path.moveTo(x1, y1)
                path.lineTo(x2, y2)
            pen = QPen(qcolor(display_list.grid.color))
            pen.setWidthF(GRID_WIDTH)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)


def paint_display_list(
    painter: QPainter,
    display_list: DisplayList,
    *,
    grid: bool = True,
    area: QRectF | None = None,
    background: bool = True,
    groups: Iterable[ElementGroup] | None = None,
    rows: tuple[float, float] | None = None,
) -> None:
    """Background, grid, then every group in paint order, over ``area`` (the list's bounds by default).

    A band painter passes ``groups`` (those that reach its band, in paint order) and ``rows``
    (the band's top and bottom y, with a margin), so the grid is cut to the band.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    region = area if area is not None else display_list.bounds
    paint_background(painter, display_list, region, grid=grid, fill=background, rows=rows)
    for group in display_list.groups if groups is None else groups:
        paint_group(painter, group)
