"""Text in a PDF that a reader can copy and search, whatever its font does to the letters.

Qt's PDF writer names the characters of a glyph by looking the glyph up in the font's character
map. Most fonts shape a letter into a glyph the map knows, or (with contextual forms and ligatures
off, see ``editor.render.fonts.qfont``) can be asked to. Aref Ruqaa, the whiteboard theme's Arabic
hand, cannot: it draws each letter as a dotless skeleton plus separate dots (ب is ٮ and a dot
below), so no glyph stands for one character and pdftotext gets dotless, broken words back (26 of
141 Arabic words of the example came out whole).

Such a line goes into the PDF twice, the way scanned PDFs carry their recognized text:

- what the reader sees: the glyphs of the PNG (every contextual form on) as filled outlines, which
  are shapes, not text, so they add nothing to the extracted text;
- what a reader copies, searches and selects: the same line as real, invisible text, in the next
  font of the stack whose glyphs map back to their characters (Noto Sans Arabic UI for Arabic),
  stretched to the visible line's width so a selection covers the words drawn.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QRawFont, QTextLayout, QTextOption

from editor.render.display_list import TextLineOp
from editor.render.fonts import UNMAPPABLE_IN_PDF, qfont
from editor.render.text import _reference_device as reference_device  # the 96-dpi device text is measured on

#: fully transparent: the hidden text is there for copying, searching and selecting only
_HIDDEN = QColor(0, 0, 0, 0)
#: outline points are kept to a 16th of a pixel (``_GRID``), and a curve whose control points stray
#: less than ``_FLAT`` px from its chord is written as a line: Qt writes every coordinate with six
#: decimals, and the example's Arabic page went from 742 to 364 kB (deflated), no pixel visibly moved
_GRID = 16.0
_FLAT = 0.05


def needs_hidden_text(op: TextLineOp) -> bool:
    """Whether the line's first font is one whose glyphs Qt's PDF writer cannot map back to text."""
    return bool(op.families) and op.families[0] in UNMAPPABLE_IN_PDF


@lru_cache(maxsize=4096)
def _outline(text: str, families: tuple[str, ...], pixel_size: float, weight: int, rtl: bool) -> QPainterPath:
    """The line's glyphs, shaped as for the PNG, as one path with its pen origin at (0, 0) on the baseline."""
    layout = QTextLayout(text, qfont(families, pixel_size, weight), reference_device())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(line.naturalTextWidth() if line.isValid() else 0.0)
    layout.endLayout()
    path = QPainterPath()
    if not line.isValid():
        return path
    left, top = -line.naturalTextRect().x(), -line.ascent()
    for run in line.glyphRuns():
        raw = run.rawFont()
        key = (raw.familyName(), raw.styleName(), raw.weight(), raw.pixelSize())
        for index, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            path.addPath(_glyph(raw, key, index).translated(_snap(position.x() + left, position.y() + top)))
    return path


#: compacted glyph outlines by (family, style, weight, pixel size, glyph): a page repeats its letters
_GLYPHS: dict[tuple[str, str, int, float, int], QPainterPath] = {}
_GLYPHS_KEPT = 20_000


def _glyph(raw: QRawFont, key: tuple[str, str, int, float], index: int) -> QPainterPath:
    """One glyph's outline, compacted once; moved by whole grid steps it stays on the grid."""
    found = _GLYPHS.get((*key, index))
    if found is None:
        if len(_GLYPHS) >= _GLYPHS_KEPT:
            _GLYPHS.clear()
        found = _GLYPHS[(*key, index)] = _compact(raw.pathForGlyph(index))
    return found


def _snap(x: float, y: float) -> QPointF:
    return QPointF(round(x * _GRID) / _GRID, round(y * _GRID) / _GRID)


def _off_chord(point: QPointF, start: QPointF, end: QPointF) -> float:
    """How far ``point`` lies from the segment start-end (from ``start`` when the two meet)."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length == 0:
        return math.hypot(point.x() - start.x(), point.y() - start.y())
    return abs(dx * (start.y() - point.y()) - dy * (start.x() - point.x())) / length


def _compact(path: QPainterPath) -> QPainterPath:
    """``path`` on a 1/16 px grid, with flat curves as lines (see ``_GRID``)."""
    compact = QPainterPath()
    compact.setFillRule(path.fillRule())
    current = QPointF()
    index = 0
    count = path.elementCount()
    while index < count:
        element = path.elementAt(index)
        point = _snap(element.x, element.y)
        if element.isMoveTo():
            compact.moveTo(point)
        elif element.isLineTo():
            compact.lineTo(point)
        else:  # a cubic curve: this control point, then the second one and the end point
            second, end = path.elementAt(index + 1), path.elementAt(index + 2)
            control2, target = _snap(second.x, second.y), _snap(end.x, end.y)
            if max(_off_chord(point, current, target), _off_chord(control2, current, target)) < _FLAT:
                compact.lineTo(target)
            else:
                compact.cubicTo(point, control2, target)
            point = target
            index += 2
        current = point
        index += 1
    return compact


def _mappable(families: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(family for family in families if family not in UNMAPPABLE_IN_PDF)


def draw_with_hidden_text(painter: QPainter, op: TextLineOp, dpi_scale: float, color: QColor) -> None:
    """``op`` as outlines in ``color``, with the same text invisible on top of it (see the module)."""
    size = op.size * dpi_scale  # pixels of the 96-dpi reference device, as in painter._draw_text
    rtl = op.direction == "rtl"
    painter.save()
    painter.translate(op.x, op.y)
    painter.save()
    painter.scale(1 / dpi_scale, 1 / dpi_scale)
    painter.fillPath(_outline(op.text, op.families, size, op.weight, rtl), color)
    painter.restore()
    hidden = qfont(_mappable(op.families), size, op.weight, contextual=False)
    natural = QFontMetricsF(hidden, reference_device()).horizontalAdvance(op.text) / dpi_scale
    drawn = op.advance or op.width
    if natural > 0 and drawn > 0:
        painter.scale(drawn / natural, 1.0)
    painter.setFont(hidden)
    painter.setPen(_HIDDEN)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    painter.drawText(QPointF(0.0, 0.0), op.text)
    painter.restore()
