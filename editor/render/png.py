"""The PNG backend: paint the display list into a QImage, record DPI, embed the document."""

from __future__ import annotations

import math
import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from editor.model.io import PNG_SIGNATURE, embed_document
from editor.render.display_list import DisplayList
from editor.render.errors import ImageTooLargeError, RenderError
from editor.render.painter import paint_display_list
from editor.render.qt import ensure_gui_application
from editor.render.size_check import MAX_SIDE
from editor.render.svg import export_area

MAX_SCALE = 20.0


def to_image(
    display_list: DisplayList,
    *,
    scale: float = 1.0,
    transparent: bool = False,
    padding: float = 24.0,
    grid: bool = True,
) -> QImage:
    """The display list painted at ``scale`` into an ARGB image."""
    ensure_gui_application()
    if not (math.isfinite(scale) and 0 < scale <= MAX_SCALE):
        raise RenderError(f"scale must be more than 0 and at most {MAX_SCALE:g} (got {scale:g})")
    area = export_area(display_list, padding)
    width, height = math.ceil(area.width() * scale), math.ceil(area.height() * scale)
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ImageTooLargeError(
            f"the image would be {width} x {height} px, over the {MAX_SIDE} px limit on a side; "
            f"lower --scale (at most {MAX_SIDE / max(area.width(), area.height()):.2f} for this diagram) or export SVG"
        )
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise RenderError(f"not enough memory for a {width} x {height} px image")
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        painter.translate(-area.x(), -area.y())
        paint_display_list(painter, display_list, area=area, background=not transparent, grid=grid)
    finally:
        painter.end()
    return image


def to_png(
    display_list: DisplayList,
    document_json: str | None = None,
    *,
    scale: float = 1.0,
    dpi: float | None = None,
    transparent: bool = False,
    padding: float = 24.0,
    grid: bool = True,
) -> bytes:
    """PNG bytes; pHYs says ``dpi`` (96 x scale by default); the document rides along in iTXt."""
    image = to_image(display_list, scale=scale, transparent=transparent, padding=padding, grid=grid)
    resolution = dpi if dpi is not None else 96.0 * scale
    if not (math.isfinite(resolution) and 0 < resolution <= 100_000):
        raise RenderError(f"dpi must be more than 0 and at most 100000 (got {resolution:g})")
    pixels_per_meter = round(resolution / 0.0254)
    png = encode_png(image, pixels_per_meter, alpha=transparent)
    return embed_document(png, document_json) if document_json is not None else png


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def encode_png(image: QImage, pixels_per_meter: int, *, alpha: bool) -> bytes:
    """PNG bytes of ``image``: RGB or RGBA, no row filters, deflated on every core.

    PNG time is mostly compression: zlib level 1 split over the cores (one valid stream, as
    pigz makes it) is several times faster than Qt's writer on large images, for flat
    diagram pixels at a similar size. Rows go straight from the image into the compressors:
    a filtered copy of a 250-megapixel image would be 760 MB, and fresh memory is slow here
    (allocating it cost more than compressing it).
    """
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888)
    width, height = converted.width(), converted.height()
    row = width * (4 if alpha else 3)
    stride = converted.bytesPerLine()
    pixels = memoryview(converted.constBits()).cast("B")
    rows = [pixels[y * stride : y * stride + row] for y in range(height)]
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    return b"".join(
        (
            PNG_SIGNATURE,
            _chunk(b"IHDR", header),
            _chunk(b"pHYs", struct.pack(">IIB", pixels_per_meter, pixels_per_meter, 1)),
            _chunk(b"IDAT", deflate_rows(rows)),
            _chunk(b"IEND", b""),
        )
    )


_BASE = 65521
_FILTER_NONE = b"\x00"


def _adler_combine(first: int, second: int, second_length: int) -> int:
    s1a, s2a = first & 0xFFFF, first >> 16
    s1b, s2b = second & 0xFFFF, second >> 16
    s1 = (s1a + s1b - 1) % _BASE
    s2 = (s2a + s2b + second_length * (s1a - 1)) % _BASE
    return (s2 << 16) | s1


def _deflate_strip(rows: list[memoryview], last: bool, level: int) -> tuple[bytes, int, int]:
    """One strip of scanlines, each after its filter byte: (raw deflate data, Adler-32, raw length).

    zlib releases the GIL while it compresses, so strips on different threads use every core.
    """
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    adler, length, out = 1, 0, []
    for line in rows:
        out.append(compressor.compress(_FILTER_NONE))
        out.append(compressor.compress(line))
        adler = zlib.adler32(line, zlib.adler32(_FILTER_NONE, adler))
        length += len(line) + 1
    out.append(compressor.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH))
    return b"".join(out), adler, length


def deflate_rows(rows: list[memoryview], level: int = 1, workers: int | None = None) -> bytes:
    """A zlib stream of unfiltered scanlines, made of strips deflated on several cores (as pigz does)."""
    count = max(1, min(workers or os.cpu_count() or 1, 8))
    size = max(1, -(-len(rows) // count))
    strips = [rows[start : start + size] for start in range(0, len(rows), size)] or [[]]
    with ThreadPoolExecutor(max_workers=count) as pool:
        results = list(
            pool.map(_deflate_strip, strips, [i == len(strips) - 1 for i in range(len(strips))], [level] * len(strips))
        )
    checksum = 1
    for _, adler, length in results:
        checksum = _adler_combine(checksum, adler, length)
    return b"\x78\x01" + b"".join(data for data, _, _ in results) + struct.pack(">I", checksum)
