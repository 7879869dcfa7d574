"""The PNG backend: paint the display list into a QImage, record DPI, embed the document."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter

from editor.model.png_chunks import embed_document
from editor.render.display_list import DisplayList
from editor.render.errors import ImageTooLargeError, RenderError
from editor.render.painter import paint_display_list
from editor.render.qt import ensure_gui_application
from editor.render.svg import export_area

MAX_SIDE = 16384
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
    dots_per_meter = round(resolution / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    if not transparent:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    writer.setQuality(80)  # zlib level 1-2: PNG time is mostly compression
    if not writer.write(image):
        raise RenderError(f"could not encode the PNG: {writer.errorString()}")
    buffer.close()
    png = bytes(data.data())
    return embed_document(png, document_json) if document_json is not None else png
