"""Accepted images draw the same in every export (PNG by QPainter, SVG by rsvg-convert), in each
format the rule accepts; the painter draws nothing it has not checked itself."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from editor.model import loads
from editor.model.images import check_image_bytes
from editor.render.display_list import ElementGroup, ImageOp
from editor.render.layout import layout_document
from editor.render.painter import paint_group
from editor.render.png import to_png
from editor.render.svg import to_svg
from tests.model import image_samples as samples
from tests.render.helpers import rsvg_png

GREEN = (0, 160, 0)


def _encoded(mime: str) -> bytes:
    """A 32 x 24 green picture in ``mime``, written by ImageMagick (Qt cannot write GIF, and reads
    back none of its own tiny lossless WebP files)."""
    convert = shutil.which("convert")
    if convert is None:
        pytest.fail("ImageMagick's convert is missing: make setup installs imagemagick")
    kind = mime.removeprefix("image/")
    result = subprocess.run(
        [convert, "-size", "32x24", f"xc:rgb{GREEN}".replace(" ", ""), "-quality", "95", f"{kind}:-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def _sample(mime: str) -> bytes:
    if mime == "image/svg+xml":
        return samples.svg(
            '<defs><linearGradient id="g"><stop offset="0" stop-color="rgb(0,160,0)"/></linearGradient></defs>'
            '<rect width="40" height="40" fill="url(#g)"/>'
        )
    return _encoded(mime)


@pytest.mark.parametrize("mime", ["image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml"])
def test_each_accepted_format_draws_in_png_and_svg_exports(mime: str, tmp_path: Path, fontconfig_file: Path) -> None:
    raw = _sample(mime)
    assert check_image_bytes(raw, mime) == ((40, 40) if mime == "image/svg+xml" else (32, 24))
    element = samples.image_element(raw, mime) | {"rect": {"x": 0, "y": 200, "width": 100, "height": 80}}
    document = loads(samples.document_json(element))
    display_list = layout_document(document)
    padding = 10.0
    png = to_png(display_list, None, padding=padding, grid=False)
    image = QImage.fromData(png)
    inside = QColor(image.pixel(int(padding) + 50, int(padding) + 240)).getRgb()[:3]
    assert all(abs(a - b) <= 8 for a, b in zip(inside, GREEN, strict=True)), (mime, inside)
    svg_text = to_svg(display_list, padding=padding, grid=False)
    assert f'xlink:href="data:{mime};base64,{element["data"]}"' in svg_text
    if mime == "image/webp":
        return  # this machine's librsvg (gdk-pixbuf) has no WebP loader; browsers draw it
    svg_file = tmp_path / "image.svg"
    svg_file.write_text(svg_text, encoding="utf-8")
    drawn = QImage(str(rsvg_png(svg_file, tmp_path / "image.png", fontconfig_file)))
    inside = QColor(drawn.pixel(int(padding) + 50, int(padding) + 240)).getRgb()[:3]
    assert all(abs(a - b) <= 8 for a, b in zip(inside, GREEN, strict=True)), (mime, "rsvg", inside)


def _paint(op: ImageOp) -> QImage:
    target = QImage(40, 40, QImage.Format.Format_ARGB32)
    target.fill(0)
    painter = QPainter(target)
    paint_group(painter, ElementGroup("x", 0, op.rect, [op], []))
    painter.end()
    return target


def test_the_painter_refuses_unchecked_bytes_that_bypassed_the_model() -> None:
    bomb = base64.b64encode(samples.png_bomb()).decode()
    assert _paint(ImageOp(QRectF(0, 0, 40, 40), "image/png", bomb, 1.0)).pixel(20, 20) == 0
    huge = base64.b64encode(samples.svg('<rect width="9" height="9"/>', size='width="90000" height="9"')).decode()
    assert _paint(ImageOp(QRectF(0, 0, 40, 40), "image/svg+xml", huge, 1.0)).pixel(20, 20) == 0
    fine = base64.b64encode(samples.png(4, 4, GREEN)).decode()
    assert QColor(_paint(ImageOp(QRectF(0, 0, 40, 40), "image/png", fine, 1.0)).pixel(20, 20)).getRgb()[:3] == GREEN


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    width=st.integers(1, 64),
    height=st.integers(1, 64),
    position=st.integers(0, 200),
    value=st.integers(0, 255),
    damage=st.booleans(),
)
def test_any_image_the_rule_accepts_is_drawn_without_failing(
    width: int, height: int, position: int, value: int, damage: bool
) -> None:
    raw = bytearray(samples.png(width, height, GREEN))
    if damage:
        raw[position % len(raw)] = value
    data = base64.b64encode(bytes(raw)).decode()
    try:
        check_image_bytes(bytes(raw), "image/png")
    except ValueError:
        accepted = False
    else:
        accepted = True
    painted = _paint(ImageOp(QRectF(0, 0, 40, 40), "image/png", data, 1.0))
    if not accepted:
        assert painted.pixel(20, 20) == 0


#: Accepted, but with what Qt's SVG module skips and logs: references to nothing, and a filter
#: region too big for a buffer (Qt refuses the allocation).
_SKIPPED_BY_QT = (
    '<defs><filter id="f" x="-100000" y="-100000" width="200000" height="200000" filterUnits="userSpaceOnUse">'
    '<feGaussianBlur stdDeviation="5000"/></filter></defs>'
    '<rect width="40" height="40" fill="url(#missing)" filter="url(#f)"/><use href="#nothing"/>'
)


def _png_with_a_bad_comment() -> bytes:
    """A PNG whose compressed comment (zTXt) is not zlib data: libpng warns and draws the picture."""
    plain = samples.png(4, 4, GREEN)
    comment = samples._chunk(b"zTXt", b"Comment\x00\x00not zlib at all")
    return plain[:33] + comment + plain[33:]  # after the signature and IHDR


def test_what_qt_skips_in_an_accepted_image_leaves_stderr_quiet(tmp_path: Path) -> None:
    """Each picture in a document of its own: either may be the first Qt decodes in a process."""
    pictures = {
        "svg": samples.image_element(samples.svg(_SKIPPED_BY_QT), "image/svg+xml"),
        "png": samples.image_element(_png_with_a_bad_comment(), "image/png"),
    }
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    env.pop("QT_LOGGING_RULES", None)
    for kind, element in pictures.items():
        (tmp_path / f"{kind}.diagram.json").write_text(samples.document_json(element), encoding="utf-8")
        for output in (f"{kind}.png", f"{kind}.pdf"):
            result = subprocess.run(
                [sys.executable, "-m", "editor", "export", f"{kind}.diagram.json", "-o", output],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            assert (result.returncode, result.stderr) == (0, ""), output
            assert (tmp_path / output).stat().st_size > 0
