"""The canvas background: the theme's colour and the grid, drawn the way exports draw them."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen

from editor.model import Document
from editor.model.theme import theme_named
from editor.render.display_list import GridSpec
from editor.render.painter import grid_lines, qcolor

#: Grid lines closer than this many screen pixels are not drawn.
MIN_GRID_PIXELS = 6.0


def draw_background(document: Document, painter: QPainter, rect: QRectF) -> None:
    """Fill ``rect`` and draw the grid as one aliased hairline batch.

    The view caches what this draws (a drag frame blits it instead of drawing 2-3 ms of
    lines), so the scene resets that cache whenever it rebuilds for new settings.
    """
    settings = document.settings
    theme = theme_named(settings.theme)
    scale = painter.worldTransform().m11()
    grid = GridSpec(settings.grid.size, theme.grid_color, settings.grid.visible)
    painter.fillRect(rect, qcolor(settings.background or theme.background))
    if not grid.visible or grid.size * scale < MIN_GRID_PIXELS:
        return
    lines = [QLineF(x1, y1, x2, y2) for x1, y1, x2, y2 in grid_lines(grid, rect)]
    pen = QPen(qcolor(grid.color), 1.0)
    pen.setCosmetic(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.drawLines(lines)
    painter.restore()
