"""Painting an export in horizontal bands, so a PNG of any size needs only a few bands of memory.

A 1,000-box document at 2x is 16,000 px square: 1 GB as one bitmap. Here one band of
:data:`BAND_BYTES` is painted at a time, with the painter moved up by the band's first row, then
handed to the PNG writer; the same band image is painted again and again.

Each band paints only the groups that reach it. The groups are sorted into per-band buckets
once, from their bounds (one pass over the groups, plus one entry per band a group crosses), so
a band never walks the whole list and paint order stays the list's order. Bounds cover the ops'
geometry; :data:`INK_MARGIN` adds what can fall outside it (antialiasing, glyphs that reach past
the font's ascent or descent), and Qt clips the rest at the band's edge. The grid is cut to the
band's rows. Pixels match a full render of the same list: the painter's transform differs only
by a whole number of device rows (dashed outlines are dashed whole for this, see the painter).

One known exception, Qt's and not ours: an outline much taller than a band (a sketched arrow
across a dozen rows of boxes) can come out a level or a few lighter or darker on some edge
pixels, since Qt's antialiasing rasterizer splits the part of a shape inside the clip into
internal bands of its own, and how it splits depends on the clip. Measured: at most 6/255 on
0.004 % of the bytes of the 1,000-box document at 2x; none in the example at 32 MB bands.
"""

from __future__ import annotations

import math
import queue
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from editor.render.display_list import DisplayList, ElementGroup
from editor.render.errors import RenderError
from editor.render.painter import paint_display_list

#: bytes of one band image; its rows follow from the width (at least MIN_BAND_ROWS)
BAND_BYTES = 32 * 1024 * 1024
MIN_BAND_ROWS = 16
#: document pixels of ink a group may draw outside its bounds
INK_MARGIN = 16.0


@dataclass(slots=True, frozen=True)
class BandPlan:
    """The export area, where its device pixels go, and how they split into bands of ``rows``."""

    area: QRectF
    scale: float
    width: int
    height: int
    rows: int

    @property
    def count(self) -> int:
        return max(1, -(-self.height // self.rows))

    def rows_of(self, index: int) -> int:
        """Rows of band ``index`` inside the export (the last band's image reaches past the end)."""
        return min(self.rows, self.height - index * self.rows)

    def doc_rows(self, index: int) -> tuple[float, float]:
        """The document y range band ``index`` covers, widened by the ink margin."""
        top = self.area.y() + index * self.rows / self.scale
        return top - INK_MARGIN, top + self.rows / self.scale + INK_MARGIN


def plan_bands(area: QRectF, scale: float, width: int, height: int, band_bytes: int | None = None) -> BandPlan:
    """Bands of about ``band_bytes`` (default :data:`BAND_BYTES`) over a ``width`` x ``height`` px export."""
    rows = max(MIN_BAND_ROWS, (band_bytes or BAND_BYTES) // max(1, width * 4))
    return BandPlan(area, scale, width, height, min(rows, max(1, height)))


def bucket_groups(groups: list[ElementGroup], plan: BandPlan) -> list[list[ElementGroup]]:
    """For every band, the groups whose bounds (widened by the ink margin) reach it, in paint order."""
    buckets: list[list[ElementGroup]] = [[] for _ in range(plan.count)]
    last = plan.count - 1
    top, factor = plan.area.y(), plan.scale / plan.rows
    for group in groups:
        if not group.ops:
            continue
        bounds = group.bounds
        first_band = math.floor((bounds.top() - INK_MARGIN - top) * factor)
        last_band = math.floor((bounds.bottom() + INK_MARGIN - top) * factor)
        for index in range(max(first_band, 0), min(last_band, last) + 1):
            buckets[index].append(group)
    return buckets


def paint_band(
    image: QImage,
    display_list: DisplayList,
    plan: BandPlan,
    index: int,
    groups: list[ElementGroup],
    *,
    transparent: bool,
    grid: bool,
) -> None:
    """Band ``index`` into ``image`` (as wide as the export, ``plan.rows`` high), cleared first."""
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.translate(0, -index * plan.rows)  # whole device rows: the same pixels as a full render
        painter.scale(plan.scale, plan.scale)
        painter.translate(-plan.area.x(), -plan.area.y())
        paint_display_list(
            painter,
            display_list,
            area=plan.area,
            background=not transparent,
            grid=grid,
            groups=groups,
            rows=plan.doc_rows(index),
        )
    finally:
        painter.end()


class BandPainter:
    """Paints the bands of one export, one after another, into a small pool of band images.

    Painting stays on the calling thread: PySide sets up some of its Python types on first use,
    and two threads painting at once failed that way ("QGradient has no attribute Preset"), while
    an SVG picture's renderer is not thread-safe at all. A painted band goes to a worker that
    converts and compresses it and then hands the image back (:meth:`release`), so the next band
    is painted meanwhile in another image of the pool.
    """

    def __init__(
        self, display_list: DisplayList, plan: BandPlan, *, transparent: bool, grid: bool, images: int = 2
    ) -> None:
        self.display_list, self.plan = display_list, plan
        self.transparent, self.grid = transparent, grid
        self.buckets = bucket_groups(display_list.groups, plan)
        self._free: queue.SimpleQueue[QImage] = queue.SimpleQueue()
        for _ in range(images):
            image = QImage(plan.width, plan.rows, QImage.Format.Format_ARGB32_Premultiplied)
            if image.isNull():
                raise RenderError(f"not enough memory for a {plan.width} x {plan.rows} px band of the image")
            self._free.put(image)

    def paint(self, index: int) -> QImage:
        """Band ``index`` in a free image of the pool (waiting for one); :meth:`release` it after use."""
        image = self._free.get()
        try:
            paint_band(
                image,
                self.display_list,
                self.plan,
                index,
                self.buckets[index],
                transparent=self.transparent,
                grid=self.grid,
            )
        except BaseException:
            self._free.put(image)
            raise
        return image

    def release(self, image: QImage) -> None:
        """``image`` may be painted again (its pixels have been copied out)."""
        self._free.put(image)
