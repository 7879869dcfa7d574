"""The rule for embedded images, checked from the bytes alone before anything decodes them.

A document's image is data, never a reference: PNG, JPEG, WebP or GIF whose header states a
size within the limits below, or SVG that passes :mod:`editor.model.svg_check` (no external
references, no scripts, a declared size within the same limits). The size comes from the
format's header (PNG IHDR, JPEG SOF, GIF screen and frame descriptors, WebP VP8/VP8L/VP8X),
read here in plain Python, so a 30,000 x 30,000 "decompression bomb" is refused from its first
bytes and Qt never allocates for it.

Every refusal is a ``ValueError`` with one sentence; pydantic turns it into a located line
such as ``elements[7] (id "logo").data: ...``.
"""

from __future__ import annotations

import base64
import binascii
import struct
import zlib

#: Longest side of an image, in pixels; the PNG export has the same cap.
MAX_IMAGE_SIDE = 16384
#: Most pixels one image may decode to: 40 megapixels is 160 MB as ARGB, a 48 MP phone photo is not accepted.
PIXEL_BUDGET = 40_000_000

RASTER_MIMES = ("image/png", "image/jpeg", "image/webp", "image/gif")
SVG_MIME = "image/svg+xml"
_NAMES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP", "image/gif": "GIF", SVG_MIME: "SVG"}


def decode_base64(data: str) -> bytes:
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("image data is not valid base64") from None


def sniff_format(raw: bytes) -> str | None:
    """The raster mime type the bytes start like, or None."""
    if raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if raw.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if raw.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_size(width: float, height: float, what: str) -> None:
    """Refuses an empty size, a side over :data:`MAX_IMAGE_SIDE` or an area over :data:`PIXEL_BUDGET`."""
    if not (width >= 1 and height >= 1):
        raise ValueError(f"{what} declares an empty size ({width:g} x {height:g})")
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise ValueError(f"{what} declares {width:g} x {height:g} px, over the {MAX_IMAGE_SIDE} px limit on a side")
    if width * height > PIXEL_BUDGET:
        raise ValueError(
            f"{what} declares {width:g} x {height:g} px ({width * height / 1e6:.0f} megapixels), "
            f"over the {PIXEL_BUDGET // 1_000_000} megapixel budget"
        )


def _png_size(raw: bytes) -> tuple[int, int]:
    """IHDR's size, after walking every chunk with its CRC: a damaged PNG is refused here, not
    half-drawn by the decoder with a libpng warning on stderr (checksums run at C speed)."""
    if len(raw) < 24 or raw[12:16] != b"IHDR":
        raise ValueError("PNG image has no IHDR header")
    offset, kinds = 8, set()
    while offset + 12 <= len(raw):
        length, kind = struct.unpack(">I4s", raw[offset : offset + 8])
        end = offset + 12 + length
        if end > len(raw):
            raise ValueError(f"PNG image is truncated (chunk {kind!r} at byte {offset})")
        (crc,) = struct.unpack(">I", raw[end - 4 : end])
        if zlib.crc32(raw[offset + 4 : end - 4]) != crc:
            raise ValueError(f"PNG image is damaged (chunk {kind!r} at byte {offset} fails its checksum)")
        kinds.add(kind)
        offset = end
        if kind == b"IEND":
            break
    if b"IDAT" not in kinds or b"IEND" not in kinds:
        raise ValueError("PNG image is truncated (no image data or no end)")
    width, height = struct.unpack(">II", raw[16:24])
    return width, height


#: Most scans a JPEG may have. A progressive decoder walks every block of the image once per scan,
#: so a 38-megapixel JPEG with 2,000 repeated empty scans (390 KB) took 9 s to decode; encoders
#: write a dozen or so (a few dozen at most for an optimised progressive file).
MAX_JPEG_SCANS = 100

#: Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames.
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def _jpeg_size(raw: bytes) -> tuple[int, int]:
    offset = 2
    while offset + 4 <= len(raw):
        if raw[offset] != 0xFF:
            raise ValueError(f"JPEG image is corrupt (no marker at byte {offset})")
        marker = raw[offset + 1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            offset += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            break
        (length,) = struct.unpack(">H", raw[offset + 2 : offset + 4])
        if marker in _SOF_MARKERS:
            if offset + 9 > len(raw):
                break
            height, width = struct.unpack(">HH", raw[offset + 5 : offset + 9])
            if height == 0:
                raise ValueError("JPEG image leaves its height to a later marker (DNL), which is not accepted")
            # entropy-coded data escapes 0xFF as FF 00, so FF DA is a start-of-scan marker (or inside a thumbnail)
            scans = raw.count(b"\xff\xda")
            if scans > MAX_JPEG_SCANS:
                raise ValueError(f"JPEG image has {scans} scans, over the limit of {MAX_JPEG_SCANS}")
            return width, height
        if length < 2:
            raise ValueError(f"JPEG image is corrupt (segment length {length} at byte {offset})")
        offset += 2 + length
    raise ValueError("JPEG image has no frame header")


def _gif_blocks(raw: bytes, offset: int) -> int:
    """The offset after a chain of data sub-blocks starting at ``offset``."""
    while offset < len(raw):
        size = raw[offset]
        offset += 1 + size
        if size == 0:
            return offset
    raise ValueError("GIF image is truncated")


def _gif_size(raw: bytes) -> tuple[int, int]:
    """The logical screen, after checking every frame fits the limits too (a frame may be larger)."""
    if len(raw) < 13:
        raise ValueError("GIF image is truncated")
    width, height, flags = struct.unpack("<HHB", raw[6:11])
    offset = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    frames = 0
    while offset < len(raw):
        introducer = raw[offset]
        if introducer == 0x3B:  # trailer
            break
        if introducer == 0x21:  # extension: label, then sub-blocks
            offset = _gif_blocks(raw, offset + 2)
        elif introducer == 0x2C:  # image descriptor
            if offset + 10 > len(raw):
                raise ValueError("GIF image is truncated")
            left, top, frame_width, frame_height, frame_flags = struct.unpack("<HHHHB", raw[offset + 1 : offset + 10])
            check_size(left + frame_width, top + frame_height, f"GIF frame {frames + 1}")
            frames += 1
            offset += 10 + (3 << ((frame_flags & 7) + 1) if frame_flags & 0x80 else 0)
            offset = _gif_blocks(raw, offset + 1)  # after the LZW minimum code size
        else:
            raise ValueError(f"GIF image is corrupt (unknown block 0x{introducer:02x} at byte {offset})")
    if frames == 0:
        raise ValueError("GIF image has no frame")
    return width, height


def _webp_size(raw: bytes) -> tuple[int, int]:
    kind, body = raw[12:16], raw[20:]
    if kind == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", body[6:10])
        return width & 0x3FFF, height & 0x3FFF
    if kind == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
        (bits,) = struct.unpack("<I", body[1:5])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8X" and len(body) >= 10:
        return int.from_bytes(body[4:7], "little") + 1, int.from_bytes(body[7:10], "little") + 1
    raise ValueError("WebP image has no VP8, VP8L or VP8X header")


_SIZE_READERS = {"image/png": _png_size, "image/jpeg": _jpeg_size, "image/gif": _gif_size, "image/webp": _webp_size}


def raster_size(raw: bytes, mime: str) -> tuple[int, int]:
    """(width, height) from the header of PNG, JPEG, GIF or WebP bytes declared as ``mime``.

    Refuses data that is not that format (including another format under the wrong label).
    """
    found = sniff_format(raw)
    name = _NAMES.get(mime, mime)
    if found is None:
        raise ValueError(f"image data is not a {name} image (it starts with {raw[:8]!r})")
    if found != mime:
        raise ValueError(f"image data is a {_NAMES[found]} image, but mime says {mime}")
    return _SIZE_READERS[mime](raw)


def check_raster(raw: bytes, mime: str) -> tuple[int, int]:
    width, height = raster_size(raw, mime)
    check_size(width, height, f"{_NAMES[mime]} image")
    return width, height


def check_image_bytes(raw: bytes, mime: str) -> tuple[float, float]:
    """The image's (width, height) if it passes the rule; a one-sentence ``ValueError`` otherwise."""
    if mime == SVG_MIME:
        from editor.model.svg_check import check_svg

        return check_svg(raw)
    if mime not in RASTER_MIMES:
        raise ValueError(f"images may be PNG, JPEG, WebP, GIF or SVG, not {mime}")
    return check_raster(raw, mime)


def check_image_data(data: str, mime: str) -> tuple[float, float]:
    """:func:`check_image_bytes` on the document's base64 text."""
    return check_image_bytes(decode_base64(data), mime)
