"""Embedded images decoded for the painter, checked again first, and kept in a cache bounded by
the memory the decoded pictures take, not by their number.

The image rule (:mod:`editor.model.images`) bounds one image: 40 megapixels, 160 MB as 32-bit
pixels. A document may hold many: twelve different 36-megapixel PNGs of zeros are 2.3 MB of
JSON, and a cache of 256 decoded images kept every one of them, so a PNG export of that
document peaked at 1.7 GB (forty such images would be 5.8 GB). Here the decoded pictures held at
once stay within :data:`DECODED_BUDGET_BYTES`; past it the least recently drawn are dropped
and decoded again when next drawn (a document that needs more than the budget on one screen
is drawn more slowly, never with more memory). An SVG renderer counts the rasters embedded in
it, which Qt decodes and keeps with the renderer.

The painter only ever gets bytes that pass the rule here, whatever path they came by, so no
path into Qt's decoders bypasses it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from editor.model.images import PIXEL_BUDGET, SVG_MIME, check_image_bytes, decode_base64
from editor.model.svg_check import inspect_svg
from editor.render.qt import quiet_image_warnings
from editor.render.svg_cost import LIGHT_BUDGET, estimate
from editor.render.svg_raster import SlowImageError, drawn_by_helper

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

#: Qt's own cap on one decoded image, in MB: the pixel budget as 32-bit pixels (a second guard).
ALLOCATION_LIMIT_MB = PIXEL_BUDGET * 4 // (1024 * 1024) + 1
#: Decoded pictures kept at once: a little more than one image at the pixel budget.
DECODED_BUDGET_BYTES = 256 * 1024 * 1024
#: What a cached SVG renderer costs besides its embedded rasters (its parsed nodes), roughly.
_SVG_BASE_BYTES = 64 * 1024

Value = TypeVar("Value")


class ByteBudgetCache(Generic[Value]):
    """Least recently used values, dropped once their sizes together pass ``budget`` bytes.

    A value larger than the whole budget is handed out but never kept. Thread-safe: the PNG
    export paints on one thread while others compress, and the canvas paints on the GUI thread.
    """

    def __init__(self, make: Callable[[str, str], tuple[Value, int]], budget: int = DECODED_BUDGET_BYTES) -> None:
        self._make = make
        self.budget = budget
        self._values: OrderedDict[tuple[str, str], tuple[Value, int]] = OrderedDict()
        self.held = 0
        self._lock = threading.Lock()

    def get(self, data: str, mime: str) -> Value:
        key = (data, mime)
        with self._lock:
            found = self._values.get(key)
            if found is not None:
                self._values.move_to_end(key)
                return found[0]
        value, size = self._make(data, mime)
        with self._lock:
            if size <= self.budget and key not in self._values:
                self._values[key] = (value, size)
                self.held += size
                while self.held > self.budget:
                    _, (_, dropped) = self._values.popitem(last=False)
                    self.held -= dropped
        return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self.held = 0


def _decode_raster(data: str, mime: str) -> tuple[QImage, int]:
    """A checked PNG, JPEG, WebP or GIF decoded by Qt under an allocation limit; a null image otherwise."""
    try:
        raw = decode_base64(data)
        check_image_bytes(raw, mime)
    except ValueError:
        return QImage(), 0
    quiet_image_warnings()
    buffer = QBuffer()
    buffer.setData(QByteArray(raw))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(mime.removeprefix("image/").encode("ascii")))
    reader.setDecideFormatFromContent(False)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    image = reader.read()
    return image, image.sizeInBytes()


def _parse_svg(data: str, _mime: str) -> tuple[QSvgRenderer | None, int]:
    """A renderer for checked SVG (no external references, no scripts, bounded size), or None."""
    try:
        raw = decode_base64(data)
        _, _, embedded_pixels = inspect_svg(raw)
    except ValueError:
        return None, 0
    from PySide6.QtSvg import QSvgRenderer  # loaded on first use: most documents have no SVG

    quiet_image_warnings()
    renderer = QSvgRenderer(QByteArray(raw))
    if not renderer.isValid():
        return None, 0
    return renderer, _SVG_BASE_BYTES + len(raw) + 4 * embedded_pixels


RASTERS: ByteBudgetCache[QImage] = ByteBudgetCache(_decode_raster)
SVG_RENDERERS: ByteBudgetCache[QSvgRenderer | None] = ByteBudgetCache(_parse_svg)


def raster(data: str, mime: str) -> QImage:
    """The decoded picture of checked raster data (a null image for data the rule refuses)."""
    return RASTERS.get(data, mime)


def svg_renderer(data: str) -> QSvgRenderer | None:
    """A renderer of checked SVG data, drawn as vectors into the element's rectangle; None if refused."""
    return SVG_RENDERERS.get(data, SVG_MIME)


@lru_cache(maxsize=256)  # its keys are the documents' own strings: no copies
def svg_is_light(data: str, width: int, height: int) -> bool:
    """True when Qt draws this checked SVG ``width`` x ``height`` device px quickly enough to do it
    here, as vectors; otherwise it goes to the bounded helper (:func:`svg_bitmap`)."""
    return estimate(decode_base64(data), width, height, svg_renderer(data)) <= LIGHT_BUDGET


def _draw_heavy(data: str, size: str) -> tuple[QImage, int]:
    """``size`` is ``WxH``, with ``+`` for the canvas and clipboard (see :func:`svg_bitmap`)."""
    width, height = (int(part) for part in size.rstrip("+").split("x"))
    image = drawn_by_helper("", data, decode_base64(data), width, height, interactive=size.endswith("+"))
    return image, image.sizeInBytes()


SVG_BITMAPS: ByteBudgetCache[QImage] = ByteBudgetCache(_draw_heavy)


def svg_bitmap(element_id: str, data: str, width: int, height: int, *, interactive: bool = False) -> QImage:
    """A heavy SVG image drawn by the helper process at ``width`` x ``height`` px; raises
    :class:`SlowImageError` (naming ``element_id``) when that took too long. ``interactive``
    draws count against the canvas's refilling budget, not the export's."""
    try:
        return SVG_BITMAPS.get(data, f"{width}x{height}{'+' if interactive else ''}")
    except SlowImageError as error:
        raise SlowImageError(element_id, str(error)) from None
