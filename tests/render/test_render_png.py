"""The PNG backend: pHYs, the embedded document, transparency, the size cap."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QImage

from editor.model import dumps, load, loads
from editor.render.errors import ImageTooLargeError, RenderError
from editor.render.layout import layout_document
from editor.render.png import MAX_SIDE, to_png


def _chunks(png: bytes) -> dict[bytes, bytes]:
    found, offset = {}, 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind = png[offset + 4 : offset + 8]
        found.setdefault(kind, png[offset + 8 : offset + 8 + length])
        offset += 12 + length
    return found


def test_dpi_goes_into_phys_and_the_document_rides_along(example_path) -> None:
    document = load(example_path)
    png = to_png(layout_document(document, "en"), dumps(document), scale=2, dpi=300)
    chunks = _chunks(png)
    x, y, unit = struct.unpack(">IIB", chunks[b"pHYs"])
    assert unit == 1 and x == y == round(300 / 0.0254)
    assert loads(png).model_dump() == document.model_dump()
    image = QImage.fromData(png)
    plain = QImage.fromData(to_png(layout_document(document, "en"), None, scale=1))
    assert image.width() == pytest.approx(plain.width() * 2, abs=2)


def test_default_dpi_follows_the_scale(example_path) -> None:
    png = to_png(layout_document(load(example_path), "en"), None, scale=2)
    x, _, _ = struct.unpack(">IIB", _chunks(png)[b"pHYs"])
    assert x == round(192 / 0.0254)


def test_transparent_background(example_path) -> None:
    image = QImage.fromData(to_png(layout_document(load(example_path), "en"), None, transparent=True))
    assert image.hasAlphaChannel()
    assert image.pixelColor(3, 3).alpha() < 255


def test_huge_images_are_refused_with_a_clear_message(example_path) -> None:
    with pytest.raises(ImageTooLargeError, match=f"{MAX_SIDE} px limit"):
        to_png(layout_document(load(example_path), "en"), None, scale=20)
    with pytest.raises(RenderError):
        to_png(layout_document(load(example_path), "en"), None, scale=0)
