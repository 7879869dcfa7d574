"""Per-item pixmap caching of what an element paints, at the zoom it is seen at.

Sketch outlines are stroked cubic paths: Qt spends 100-200 us per ``drawPath`` on them, so
repainting a full viewport of boxes every drag frame costs tens of milliseconds. Each item
instead keeps its look as a pixmap in ``QPixmapCache`` (one shared budget, least recently
used goes first), keyed by a generation number that changes whenever the item is laid out
again, and by the device scale. A pixmap is made on the third paint with the same key (a
frame can paint twice): an arrow re-routed on every drag frame, or a zoom passed through
once, paints directly and never pays for a pixmap nobody will reuse.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QPixmapCache

#: Shared budget of every item's cached pixmap, in KiB (about 35 full-HD viewports of boxes).
CACHE_LIMIT_KB = 96 * 1024
#: Paints with the same look and scale before the pixmap is made.
PAINTS_BEFORE_CACHING = 2
#: Items whose pixmap would exceed this many pixels (a frame at 400 %) paint directly.
MAX_PIXELS = 2048 * 2048

_generations = itertools.count(1)
_limit_set = False


def ensure_cache_limit() -> None:
    """Raise Qt's 10 MiB default once the application exists (it ignores an earlier call).

    Qt's device-coordinate item caches (items being dragged) share this budget: at 10 MiB
    a drag of 100 boxes and their arrows evicts its own pixmaps and re-renders every frame.
    """
    global _limit_set  # noqa: PLW0603 - one process-wide setting, made once
    if not _limit_set:
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CACHE_LIMIT_KB))
        _limit_set = True


def fresh_generation() -> int:
    """A number never handed out before, so a stale pixmap can never match a new look."""
    return next(_generations)


class CachedPaint:
    """Remembers which (look, scale) was painted last and how often; then makes the pixmap."""

    __slots__ = ("generation", "seen", "times")

    def __init__(self) -> None:
        self.generation = fresh_generation()
        self.seen = ""
        self.times = 0

    def invalidate(self) -> None:
        self.generation = fresh_generation()

    def paint(self, painter: QPainter, area: QRectF, draw: Callable[[QPainter], None]) -> None:
        """Run ``draw`` (item coordinates, covering ``area``) directly or through the cached pixmap."""
        transform = painter.worldTransform()
        scale = transform.m11()
        if transform.isRotating() or scale <= 0 or not math.isclose(scale, transform.m22()):
            draw(painter)
            return
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixel_scale = scale * ratio
        left, top = math.floor(area.left() * pixel_scale), math.floor(area.top() * pixel_scale)
        width = math.ceil(area.right() * pixel_scale) - left + 1
        height = math.ceil(area.bottom() * pixel_scale) - top + 1
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            draw(painter)
            return
        key = f"item{self.generation}@{pixel_scale:.5f}"
        pixmap = QPixmap()
        if not QPixmapCache.find(key, pixmap):
            if self.seen != key:
                self.seen, self.times = key, 0
            if self.times < PAINTS_BEFORE_CACHING:
                self.times += 1
                draw(painter)
                return
            ensure_cache_limit()
            pixmap = _render(draw, left, top, width, height, pixel_scale, painter)
            QPixmapCache.insert(key, pixmap)
        pixmap.setDevicePixelRatio(ratio)
        origin = transform.map(QPointF(0.0, 0.0))
        x = round(origin.x() * ratio + left) / ratio
        y = round(origin.y() * ratio + top) / ratio
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QPointF(x, y), pixmap)
        painter.restore()


def _render(  # noqa: PLR0917
    draw: Callable[[QPainter], None],
    left: int,
    top: int,
    width: int,
    height: int,
    pixel_scale: float,
    like: QPainter,
) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    inner = QPainter(pixmap)
    inner.setRenderHints(like.renderHints())
    inner.translate(-left, -top)
    inner.scale(pixel_scale, pixel_scale)
    draw(inner)
    inner.end()
    return pixmap
