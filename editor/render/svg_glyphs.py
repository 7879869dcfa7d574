"""Text as glyph outlines (``--text-as-paths``): for readers that have none of our fonts.

Office, Inkscape, rsvg-convert, print shops and plotters either ignore ``@font-face`` or
substitute their own fonts. Here every line is shaped again by Qt exactly as the PNG painter
draws it (QTextLayout: bidi, Arabic joining, fallback fonts for CJK), and each glyph of each
run is written as its outline (``QRawFont.pathForGlyph``).

Compact: a glyph's outline is defined once in ``<defs>``, in units of 1/1000 em (whole numbers
at that scale are 0.001 em, far below a pixel), and every occurrence is a ``<use>`` with an x;
a line is one ``<g>`` that moves and scales its glyphs to the line's place and size. The
line's words stay readable to assistive technology as its ``aria-label``.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QRawFont, QTextLayout, QTextOption

from editor.render.display_list import TextLineOp
from editor.render.fonts import qfont
from editor.render.text import _reference_device as reference_device  # the 96-dpi device text is measured on

#: the size, in px, glyph outlines are defined at (so 1 unit is 1/1000 em)
UNITS_PER_EM = 1000

_MOVE, _LINE, _CURVE = (
    QPainterPath.ElementType.MoveToElement,
    QPainterPath.ElementType.LineToElement,
    QPainterPath.ElementType.CurveToElement,
)


def _points(path: QPainterPath) -> list[tuple[str, list[tuple[int, int]]]]:
    """The path as (command, points) in whole units, each subpath closed; Qt's cubics that are
    really TrueType quadratics (control points at 2/3 of the way to one point) back as ``Q``."""
    commands: list[tuple[str, list[tuple[int, int]]]] = []
    count = path.elementCount()
    index = 0
    pen = (0.0, 0.0)
    while index < count:
        element = path.elementAt(index)
        kind = element.type
        if kind == _CURVE and index + 2 < count:
            first, end = path.elementAt(index + 1), path.elementAt(index + 2)
            control = (pen[0] + 1.5 * (element.x - pen[0]), pen[1] + 1.5 * (element.y - pen[1]))
            other = (end.x + 1.5 * (first.x - end.x), end.y + 1.5 * (first.y - end.y))
            if abs(control[0] - other[0]) < 0.5 and abs(control[1] - other[1]) < 0.5:
                commands.append(("Q", [(round(control[0]), round(control[1])), (round(end.x), round(end.y))]))
            else:
                points = [(round(p.x), round(p.y)) for p in (element, first, end)]
                commands.append(("C", points))
            pen = (end.x, end.y)
            index += 3
            continue
        if kind in (_MOVE, _LINE):
            if kind == _MOVE and commands:
                commands.append(("Z", []))
            commands.append(("M" if kind == _MOVE else "L", [(round(element.x), round(element.y))]))
            pen = (element.x, element.y)
        index += 1
    if commands:
        commands.append(("Z", []))
    return commands


def outline_data(path: QPainterPath) -> str:
    """Compact SVG path data of a glyph outline: whole units, relative commands after the first."""
    out: list[str] = []
    x = y = 0
    start = (0, 0)
    for letter, points in _points(path):
        if letter == "Z":
            out.append("z")
            x, y = start
            continue
        if letter == "M" and not out:  # the first move is absolute
            out.append(f"M{points[0][0]} {points[0][1]}")
        else:
            numbers = " ".join(f"{px - x} {py - y}" for px, py in points)
            out.append(letter.lower() + numbers)
        x, y = points[-1]
        if letter == "M":
            start = (x, y)
    return "".join(out).replace(" -", "-")


@lru_cache(maxsize=64)
def _font_tag(font: tuple[str, str, int]) -> str:
    """A short id prefix that names the font, the same in every export: two of our SVGs inlined in
    one page then share ids only for the same glyph of the same font (the same outline), never
    point at each other's different glyphs."""
    return f"g{zlib.crc32('|'.join(map(str, font)).encode('utf-8')) & 0xFFFFF:05x}"


@dataclass(slots=True)
class GlyphDefinitions:
    """The glyph outlines an SVG uses: one ``<path id>`` per (font, glyph), shared by every line."""

    ids: dict[tuple[str, str, int, int], str] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)

    def glyph_id(self, font: QRawFont, glyph: int) -> str | None:
        """The id of the glyph's outline (defined on first use); None for a glyph with no ink (a space)."""
        key = (font.familyName(), font.styleName(), font.weight(), glyph)
        if key in self.ids:
            return self.ids[key] or None
        big = QRawFont(font)  # a detached copy: the run's font keeps its size
        big.setPixelSize(UNITS_PER_EM)
        data = outline_data(big.pathForGlyph(glyph))
        if data:
            name = f"{_font_tag(key[:3])}-{glyph}"
            self.paths.append(f'<path id="{name}" d="{data}"/>')
        else:
            name = ""
        self.ids[key] = name
        return name or None

    def svg(self) -> str:
        return f"<defs>{''.join(self.paths)}</defs>\n" if self.paths else ""


@lru_cache(maxsize=2)
def _option(rtl: bool) -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return option


def _scale(value: float) -> str:
    text = f"{value:.5f}".rstrip("0")
    return text.rstrip(".") or "0"


def glyph_runs(op: TextLineOp, glyphs: GlyphDefinitions) -> str:
    """``<use>`` elements of the line's glyphs, grouped per font size, relative to the line's pen origin.

    Shaped the way ``QPainter.drawText`` shapes it for the PNG: the same font stack, size and
    weight, the line's direction, on the same 96-dpi reference device.
    """
    layout = QTextLayout(op.text, qfont(op.families, op.size, op.weight), reference_device())
    layout.setTextOption(_option(op.direction == "rtl"))
    layout.beginLayout()
    line = layout.createLine()
    if not line.isValid():
        layout.endLayout()
        return ""
    line.setLineWidth(1e7)
    line.setPosition(QPointF(0.0, 0.0))
    layout.endLayout()
    baseline = line.ascent()
    parts: list[str] = []
    for run in layout.glyphRuns():
        font = run.rawFont()
        scale = font.pixelSize() / UNITS_PER_EM
        if scale <= 0:
            continue
        uses = []
        for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=False):
            name = glyphs.glyph_id(font, glyph)
            if name is None:
                continue
            x = round(position.x() / scale)
            dy = round((position.y() - baseline) / scale)
            y = f' y="{dy}"' if dy else ""
            uses.append(f'<use xlink:href="#{name}" x="{x}"{y}/>')
        if uses:
            parts.append(f'<g transform="scale({_scale(scale)})">{"".join(uses)}</g>')
    return "".join(parts)
