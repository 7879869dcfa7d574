"""The application icon: two SVG masters and the committed PNG sizes rendered from them."""

from __future__ import annotations

import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.packaging.desktop_ids import APP_ID, HICOLOR, ICON_SIZES, PACKAGING, ROOT, require_tool

SVG_NS = "{http://www.w3.org/2000/svg}"
SCALABLE = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
SMALL_MASTER = ROOT / "resources" / "icons" / "app-icon-small.svg"
#: a channel may differ this much between librsvg versions; an edited master differs far more
RENDER_TOLERANCE = 12


def png_header(path: Path) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from a PNG's IHDR chunk."""
    data = path.read_bytes()[:29]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour


def largest_channel_difference(first: Path, second: Path) -> int:
    images = [QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888) for path in (first, second)]
    assert images[0].size() == images[1].size()
    pixels = [bytes(image.constBits()) for image in images]
    return max(abs(a - b) for a, b in zip(*pixels, strict=True))


@pytest.mark.parametrize("master", [SCALABLE, SMALL_MASTER], ids=["scalable", "small"])
def test_masters_are_square_svg(master: Path) -> None:
    root = ET.parse(master).getroot()
    assert root.tag == f"{SVG_NS}svg"
    _, _, width, height = (float(value) for value in root.attrib["viewBox"].split())
    assert width == height
    assert root.find(f"{SVG_NS}title") is not None, "a title names the icon for screen readers"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_size_is_a_square_rgba_png(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_header(path) == (size, size, 8, 6)


def test_icon_is_opaque_in_the_middle_and_transparent_in_the_corners() -> None:
    image = QImage(str(HICOLOR / "256x256" / "apps" / f"{APP_ID}.png"))
    assert image.pixelColor(128, 128).alpha() == 255
    assert image.pixelColor(1, 1).alpha() == 0, "the rounded tile leaves the corners clear"
    centre_of_tile = image.pixelColor(40, 200)
    assert centre_of_tile.blue() > centre_of_tile.red() + 80, "the tile is blue/cyan"


def test_committed_pngs_match_a_fresh_render(tmp_path: Path) -> None:
    require_tool("rsvg-convert", "librsvg2-bin")
    subprocess.run(["sh", str(PACKAGING / "render-icons.sh"), str(tmp_path)], check=True)
    for size in ICON_SIZES:
        relative = Path(f"{size}x{size}", "apps", f"{APP_ID}.png")
        difference = largest_channel_difference(HICOLOR / relative, tmp_path / relative)
        assert difference <= RENDER_TOLERANCE, f"{relative} is stale: run sh packaging/render-icons.sh"
