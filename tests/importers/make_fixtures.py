"""Writes the carrier fixtures (compressed draw.io, .drawio.svg/.png, .excalidraw.svg/.png) from the
two hand-written sources, the way draw.io and Excalidraw pack them. Run it again after editing
``features.drawio`` or ``features.excalidraw``:

    PYTHONPATH=. python tests/importers/make_fixtures.py
"""

from __future__ import annotations

import base64
import html
import json
import re
import struct
import urllib.parse
import zlib
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGOQz9/yHwAENQJCfUyX2wAAAABJRU5ErkJggg=="
)


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def compressed_mxfile(plain: str) -> str:
    """Each ``<diagram>`` body as draw.io stores it: base64 of raw deflate of the URI-encoded model."""

    def pack(match: re.Match[str]) -> str:
        model = re.sub(r">\s+<", "><", match.group(2).strip())
        packed = base64.b64encode(raw_deflate(urllib.parse.quote(model, safe="").encode("ascii"))).decode("ascii")
        return f"{match.group(1)}{packed}</diagram>"

    return re.sub(r"(<diagram[^>]*>)(.*?)</diagram>", pack, plain, flags=re.S)


def png_with(chunk_kind: bytes, body: bytes) -> bytes:
    chunk = struct.pack(">I", len(body)) + chunk_kind + body
    chunk += struct.pack(">I", zlib.crc32(chunk_kind + body) & 0xFFFFFFFF)
    end = PIXEL.index(b"IEND") - 4
    return PIXEL[:end] + chunk + PIXEL[end:]


def main() -> None:
    plain = (FIXTURES / "features.drawio").read_text(encoding="utf-8")
    packed = compressed_mxfile(plain)
    (FIXTURES / "features-compressed.drawio").write_text(packed, encoding="utf-8")
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" '
        f'content="{html.escape(packed, quote=True)}"><rect width="10" height="10"/></svg>\n'
    )
    (FIXTURES / "features.drawio.svg").write_text(svg, encoding="utf-8")
    uri = urllib.parse.quote(packed, safe="").encode("ascii")
    (FIXTURES / "features.drawio.png").write_bytes(png_with(b"tEXt", b"mxfile\x00" + uri))
    first_page = re.search(r"<mxGraphModel.*?</mxGraphModel>", plain, flags=re.S)
    assert first_page is not None
    legacy = raw_deflate(urllib.parse.quote(first_page.group(0), safe="").encode("ascii"))
    (FIXTURES / "legacy-ztxt.drawio.png").write_bytes(png_with(b"zTXt", b"mxGraphModel\x00\x00" + legacy))

    scene = (FIXTURES / "features.excalidraw").read_text(encoding="utf-8")
    compact = json.dumps(json.loads(scene), ensure_ascii=False, separators=(",", ":"))
    encoded = zlib.compress(compact.encode("utf-8")).decode("latin-1")
    wrapper = json.dumps({"version": "1", "encoding": "bstring", "compressed": True, "encoded": encoded})
    payload = base64.b64encode(wrapper.encode("latin-1")).decode("ascii")
    (FIXTURES / "features.excalidraw.svg").write_text(
        '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n'
        "  <!-- svg-source:excalidraw -->\n"
        "  <!-- payload-type:application/vnd.excalidraw+json --><!-- payload-version:2 --><!-- payload-start -->"
        f"{payload}<!-- payload-end -->\n</svg>\n",
        encoding="utf-8",
    )
    keyword = b"application/vnd.excalidraw+json\x00"
    (FIXTURES / "features.excalidraw.png").write_bytes(png_with(b"tEXt", keyword + compact.encode("utf-8")))


if __name__ == "__main__":
    main()
