"""The PNG backend: paint the display list band by band, stream the rows into the encoder, embed the document."""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable
from typing import BinaryIO, TypedDict, Unpack

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from editor.render.display_list import DisplayList
from editor.render.errors import RenderError
from editor.render.painter import paint_display_list
from editor.render.png_bands import BandPainter, plan_bands
from editor.render.png_stream import Piece, PngStreamWriter, deflate_piece
from editor.render.qt import ensure_gui_application
from editor.render.size_check import MAX_SIDE, check_pixel_size
from editor.render.svg import export_area

__all__ = ["MAX_SCALE", "MAX_SIDE", "png_writer", "to_image", "to_png", "write_png"]

MAX_SCALE = 20.0


def _export_size(display_list: DisplayList, scale: float, padding: float) -> tuple[QRectF, int, int]:
    """The export area and the image's width and height, or a RenderError saying why not."""
    if not (math.isfinite(scale) and 0 < scale <= MAX_SCALE):
        raise RenderError(f"scale must be more than 0 and at most {MAX_SCALE:g} (got {scale:g})")
    area = export_area(display_list, padding)
    width, height = math.ceil(area.width() * scale), math.ceil(area.height() * scale)
    check_pixel_size(width, height, max(area.width(), area.height()))
    return area, max(width, 1), max(height, 1)


def to_image(
    display_list: DisplayList,
    *,
    scale: float = 1.0,
    transparent: bool = False,
    padding: float = 24.0,
    grid: bool = True,
) -> QImage:
    """The display list painted at ``scale`` into one ARGB image (the PNG writer paints bands instead)."""
    ensure_gui_application()
    area, width, height = _export_size(display_list, scale, padding)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
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


def _pixels_per_meter(dpi: float | None, scale: float) -> int:
    resolution = dpi if dpi is not None else 96.0 * scale
    if not (math.isfinite(resolution) and 0 < resolution <= 100_000):
        raise RenderError(f"dpi must be more than 0 and at most 100000 (got {resolution:g})")
    return round(resolution / 0.0254)


def _band_piece(bands: BandPainter, image: QImage, rows: int, alpha: bool) -> Piece:
    """A painted band's first ``rows`` rows as the PNG's RGB or RGBA bytes, deflated (on a worker).

    Qt converts: RGB888 drops the alpha of an opaque image, RGBA8888 undoes the premultiplication,
    and both put the bytes in R, G, B order whatever the machine's byte order. The band image
    goes back to the painter as soon as its pixels are copied out.
    """
    try:
        converted = image.convertToFormat(_format(alpha))
    finally:
        bands.release(image)
    pixels = memoryview(converted.constBits()).cast("B")
    return deflate_piece(pixels, rows, converted.bytesPerLine(), converted.width() * (4 if alpha else 3))


def _format(alpha: bool) -> QImage.Format:
    return QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888


def write_png(
    stream: BinaryIO,
    display_list: DisplayList,
    document_json: str | None = None,
    *,
    scale: float = 1.0,
    dpi: float | None = None,
    transparent: bool = False,
    padding: float = 24.0,
    grid: bool = True,
) -> None:
    """The PNG of ``display_list`` into ``stream``, painted and compressed band by band.

    pHYs says ``dpi`` (96 x scale by default); the document rides along in iTXt. Memory stays at
    a few bands whatever the image's size (see :mod:`editor.render.png_bands`). This thread
    paints; the writer's workers convert and deflate. The one conversion made here first sets up
    PySide's types for that call on this thread, so the workers never set them up at once.
    """
    ensure_gui_application()
    area, width, height = _export_size(display_list, scale, padding)
    pixels_per_meter = _pixels_per_meter(dpi, scale)
    plan = plan_bands(area, scale, width, height)
    bands = BandPainter(display_list, plan, transparent=transparent, grid=grid)
    writer = PngStreamWriter(stream, width, height, alpha=transparent, pixels_per_meter=pixels_per_meter)
    try:
        QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied).convertToFormat(_format(transparent))  # see below
        for index in range(plan.count):
            rows = plan.rows_of(index)
            writer.submit(_band_piece, bands, bands.paint(index), rows, transparent, rows=rows)
    except BaseException:
        writer.abandon()
        raise
    writer.close(document_json)


class PngOptions(TypedDict, total=False):
    """The keyword options of :func:`write_png`, for :func:`to_png` to pass along."""

    scale: float
    dpi: float | None
    transparent: bool
    padding: float
    grid: bool


def png_writer(
    display_list: DisplayList, document_json: str | None = None, **options: Unpack[PngOptions]
) -> Callable[[BinaryIO], None]:
    """What writes the PNG into a stream, for :func:`editor.model.atomic_files.write_atomically`
    (the file is painted band by band as it is written); a bad request is refused here, before
    any file is touched."""
    _export_size(display_list, options.get("scale", 1.0), options.get("padding", 24.0))
    _pixels_per_meter(options.get("dpi"), options.get("scale", 1.0))
    return functools.partial(write_png, display_list=display_list, document_json=document_json, **options)


def to_png(display_list: DisplayList, document_json: str | None = None, **options: Unpack[PngOptions]) -> bytes:
    """The bytes :func:`write_png` writes, in memory (for small images; export streams into the file)."""
    buffer = io.BytesIO()
    write_png(buffer, display_list, document_json, **options)
    return buffer.getvalue()
