"""The streaming PNG writer: pieces deflated on several threads make one valid PNG."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PySide6.QtGui import QImage

from editor.model.io import read_embedded_document
from editor.render.png_stream import PngStreamWriter, adler_combine, deflate_piece


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    found, offset = [], 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        found.append((png[offset + 4 : offset + 8], png[offset + 8 : offset + 8 + length]))
        offset += 12 + length
    return found


def _pixels(width: int, height: int, channels: int) -> bytes:
    return bytes((x * 7 + y * 13 + (x * y) % 5) % 256 for y in range(height) for x in range(width * channels))


@pytest.mark.parametrize("workers", [1, 2, 3])
@pytest.mark.parametrize("alpha", [False, True])
def test_bands_on_several_threads_make_one_png(workers: int, alpha: bool) -> None:
    width, height, channels = 53, 41, 4 if alpha else 3
    pixels = _pixels(width, height, channels)
    row = width * channels
    buffer = io.BytesIO()
    writer = PngStreamWriter(buffer, width, height, alpha=alpha, pixels_per_meter=5669, workers=workers, in_flight=2)
    for top, count in ((0, 7), (7, 1), (8, 20), (28, 13)):  # uneven bands, one of a single row
        writer.submit(deflate_piece, memoryview(pixels)[top * row :], count, row, row, rows=count)
    writer.close('{"format": "diagram-editor"}')
    png = buffer.getvalue()

    kinds = [kind for kind, _ in _chunks(png)]
    assert kinds[:2] == [b"IHDR", b"pHYs"] and kinds[-2:] == [b"iTXt", b"IEND"]
    assert set(kinds[2:-2]) == {b"IDAT"}
    stream = b"".join(body for kind, body in _chunks(png) if kind == b"IDAT")
    expected = b"".join(b"\x00" + pixels[y * row : (y + 1) * row] for y in range(height))
    assert zlib.decompress(stream) == expected  # zlib checks the combined Adler-32 too
    assert read_embedded_document(png) == b'{"format": "diagram-editor"}'

    image = QImage.fromData(png)
    assert (image.width(), image.height()) == (width, height)
    assert round(image.dotsPerMeterX()) == 5669
    for x, y in ((0, 0), (52, 40), (17, 23)):
        r, g, b = pixels[y * row + x * channels : y * row + x * channels + 3]
        color = image.pixelColor(x, y)
        assert (color.red(), color.green(), color.blue()) == (r, g, b)
        if alpha:
            assert color.alpha() == pixels[y * row + x * channels + 3]


def test_rows_past_the_height_or_missing_rows_are_refused() -> None:
    pixels = memoryview(bytes(10 * 3 * 4))
    writer = PngStreamWriter(io.BytesIO(), 10, 4, alpha=False, pixels_per_meter=3780)
    with pytest.raises(ValueError, match="5 rows for a 4 px high PNG"):
        writer.submit(deflate_piece, pixels, 5, 30, 30, rows=5)
    writer.submit(deflate_piece, pixels, 3, 30, 30, rows=3)
    with pytest.raises(ValueError, match="3 rows written for a 4 px high PNG"):
        writer.close()


def test_adler_of_two_parts_is_the_adler_of_the_whole() -> None:
    first, second = b"diagram " * 1000, bytes(range(256)) * 300
    combined = adler_combine(zlib.adler32(first), zlib.adler32(second), len(second))
    assert combined == zlib.adler32(first + second)
