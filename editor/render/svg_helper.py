"""The helper process that draws heavy SVG images for :mod:`editor.render.svg_raster`.

It reads requests from stdin (a header of byte count, width and height, then the SVG bytes, which
the parent has checked against the SVG rule) and answers each on stdout with a header (status,
width, height) and the premultiplied ARGB pixels. It draws exactly as the painter would (the
same fonts, antialiasing and quiet Qt log), into a transparent bitmap the parent then draws. It
has no limit of its own: the parent kills it when it takes too long.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QImage, QPainter

_HEADER_SIZE = 12


def _read(stream: BinaryIO, count: int) -> bytes | None:
    data = stream.read(count)
    return data if len(data) == count else None


def draw(raw: bytes, width: int, height: int) -> QImage | None:
    """The SVG drawn into a transparent ``width`` x ``height`` bitmap; None if Qt cannot read it."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(raw))
    if not renderer.isValid():
        return None
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def main() -> None:
    from editor.render.fonts import register_bundled_fonts
    from editor.render.image_decoding import quiet_image_warnings
    from editor.render.qt import ensure_gui_application

    ensure_gui_application()
    register_bundled_fonts()
    quiet_image_warnings()
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    while (header := _read(requests, _HEADER_SIZE)) is not None:
        count, width, height = (int.from_bytes(header[i : i + 4], "big") for i in (0, 4, 8))
        raw = _read(requests, count)
        if raw is None:
            return
        image = draw(raw, width, height)
        if image is None:
            answers.write((1).to_bytes(4, "big") + bytes(8))
        else:
            answers.write(b"\0\0\0\0" + width.to_bytes(4, "big") + height.to_bytes(4, "big"))
            answers.write(bytes(image.constBits()))  # 32-bit lines need no padding
        answers.flush()


if __name__ == "__main__":
    main()
