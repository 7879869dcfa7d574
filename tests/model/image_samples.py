"""Image bytes built in plain Python for the image-rule tests: real PNGs (any size, including a
30,000 x 30,000 decompression bomb), GIF, JPEG and WebP headers, and documents holding them."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from typing import Any

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png(width: int, height: int, rgb: tuple[int, int, int] = (255, 0, 0)) -> bytes:
    """A complete RGB PNG of one colour (small sizes: the rows are built in memory)."""
    row = b"\x00" + bytes(rgb) * width
    body = zlib.compress(row * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def png_bomb(side: int = 30000, *, rgba: bool = False, tag: int | None = None) -> bytes:
    """A real, complete ``side`` x ``side`` PNG of zeros (grayscale, or RGBA) in under a megabyte;
    ``tag`` adds a text chunk, so bombs of one size can differ.

    Deflate blocks ended by a full flush do not depend on what came before, so one block of
    rows is compressed once and repeated; the Adler-32 is computed over the whole stream.
    """
    rows_per_block = 100
    block = bytes(((4 if rgba else 1) * side + 1) * rows_per_block)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    blocks = side // rows_per_block
    checksum = 1
    for _ in range(blocks):
        checksum = zlib.adler32(block, checksum)
    stream = b"\x78\xda" + first + repeated * (blocks - 1) + compressor.flush() + struct.pack(">I", checksum)
    header = struct.pack(">IIBBBBB", side, side, 8, 6 if rgba else 0, 0, 0, 0)
    text = b"" if tag is None else _chunk(b"tEXt", b"n\x00%d" % tag)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + text + _chunk(b"IDAT", stream) + _chunk(b"IEND", b"")


def png_header(width: int, height: int) -> bytes:
    """A PNG whose IHDR states any size, with a token IDAT: enough for the size check, which never decodes."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    return PNG_SIGNATURE + header + _chunk(b"IDAT", zlib.compress(b"")) + _chunk(b"IEND", b"")


def gif(width: int, height: int, frame: tuple[int, int] | None = None) -> bytes:
    """A one-frame GIF whose logical screen is ``width`` x ``height`` (the frame may differ)."""
    frame_width, frame_height = frame or (width, height)
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    descriptor = b"," + struct.pack("<HHHHB", 0, 0, frame_width, frame_height, 0)
    return b"GIF89a" + screen + descriptor + b"\x02\x02\x44\x01\x00" + b";"


def jpeg_header(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8" + app0 + sof


def webp_header(width: int, height: int) -> bytes:
    """An extended (VP8X) WebP header: sizes up to 2^24 can be stated."""
    body = b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def svg(inner: str = "", *, size: str = 'width="40" height="40"') -> bytes:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" {size}>{inner}</svg>'
    ).encode()


def image_element(raw: bytes, mime: str, element_id: str = "logo") -> dict[str, Any]:
    return {
        "type": "image",
        "id": element_id,
        "rect": {"x": 0, "y": 0, "width": 40, "height": 40},
        "mime": mime,
        "data": base64.b64encode(raw).decode("ascii"),
    }


def document_json(*elements: dict[str, Any]) -> str:
    """A document whose elements come after six boxes, so a refused image is ``elements[7]``-like."""
    boxes = [
        {"type": "box", "id": f"b{index}", "rect": {"x": index * 60, "y": 0, "width": 50, "height": 50}}
        for index in range(7)
    ]
    data = {"format": "diagram-editor", "schema_version": 2, "elements": [*boxes, *elements]}
    return json.dumps(data)
