"""The document JSON inside an exported PNG (an iTXt chunk), read and written without Qt."""

from __future__ import annotations

import struct
import zlib

from editor.model.errors import DocumentError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DOCUMENT_KEYWORD = b"diagram-editor"


def _chunks(data: bytes) -> list[tuple[bytes, bytes, int]]:
    """(type, body, offset of the chunk) for every chunk; raises on a truncated file."""
    found, offset = [], len(PNG_SIGNATURE)
    while offset < len(data):
        if offset + 8 > len(data):
            raise DocumentError("PNG file is truncated")
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        end = offset + 12 + length
        if end > len(data):
            raise DocumentError(f"PNG chunk {kind.decode('latin-1', 'replace')} is truncated")
        found.append((kind, data[offset + 8 : offset + 8 + length], offset))
        offset = end
        if kind == b"IEND":
            break
    return found


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def embed_document(png: bytes, document_json: str) -> bytes:
    """A copy of ``png`` with the document stored as a compressed iTXt chunk before IEND."""
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG image")
    body = (
        DOCUMENT_KEYWORD + b"\x00" + b"\x01\x00" + b"\x00" + b"\x00" + zlib.compress(document_json.encode("utf-8"), 9)
    )
    chunks = _chunks(png)
    iend_offset = next(offset for kind, _, offset in chunks if kind == b"IEND")
    return png[:iend_offset] + _chunk(b"iTXt", body) + png[iend_offset:]


def read_embedded_document(png: bytes) -> bytes:
    """The document JSON bytes stored by :func:`embed_document`."""
    for kind, body, _ in _chunks(png):
        if kind != b"iTXt":
            continue
        keyword, _, rest = body.partition(b"\x00")
        if keyword != DOCUMENT_KEYWORD or len(rest) < 2:
            continue
        compressed, method = rest[0], rest[1]
        language_end = rest.index(b"\x00", 2)
        translated_end = rest.index(b"\x00", language_end + 1)
        text = rest[translated_end + 1 :]
        if compressed:
            if method != 0:
                raise DocumentError("embedded document uses an unknown compression")
            try:
                text = zlib.decompress(text)
            except zlib.error:
                raise DocumentError("embedded document in the PNG is corrupt") from None
        return text
    raise DocumentError("PNG image has no embedded diagram (export it from Diagram Editor to keep one)")
