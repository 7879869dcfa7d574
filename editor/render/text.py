"""Text measured and broken into lines with Qt's own engine (QTextLayout)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QTextLayout, QTextOption

from editor.model.style import TextAlign
from editor.render.display_list import Anchor, TextLineOp
from editor.render.fonts import qfont

# C0/C1 controls and non-characters go; bidi controls (U+200E/F, U+202A-E, U+2066-9) stay.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_LINE_SEPARATOR = "\u2028"


def clean_text(text: str) -> str:
    """Text safe to lay out and to write into XML: newlines kept, tabs as spaces, controls gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text)


@cache
def _reference_device() -> QImage:
    """A 96-dpi paint device, so measurements never depend on the screen."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    return image


def visual_anchor(align: TextAlign, rtl: bool) -> Anchor:
    if align is TextAlign.CENTER:
        return "center"
    if align is TextAlign.START:
        return "right" if rtl else "left"
    return "left" if rtl else "right"


_QT_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
}


@dataclass(slots=True)
class TextBlock:
    """Lines placed relative to the block's top-left; ``width`` is the widest line's advance."""

    lines: list[TextLineOp]
    height: float
    width: float


#: one laid-out line: (text, x, baseline y, natural width, ascent, descent, advance)
_Line = tuple[str, float, float, float, float, float, float]
#: text layouts kept (the lines and metrics are immutable results of their inputs); big
#: enough for the 30,000 labels of a 10,000-box document, so a second export reuses them all
LAYOUT_CACHE_SIZE = 65536


@cache
def _option(anchor: Anchor, rtl: bool, wrap: bool) -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    option.setAlignment(_QT_ALIGN[anchor])
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return option


@lru_cache(maxsize=LAYOUT_CACHE_SIZE)
def _measured(  # noqa: PLR0917
    text: str,
    families: tuple[str, ...],
    size: float,
    weight: int,
    width: float,
    anchor: Anchor,
    rtl: bool,
    wrap: bool,
    line_spacing: float,
) -> tuple[tuple[_Line, ...], float, float]:
    """Qt's line breaks and metrics for clean ``text``: (lines, block height, widest line)."""
    layout = QTextLayout(text.replace("\n", _LINE_SEPARATOR), qfont(families, size, weight), _reference_device())
    layout.setTextOption(_option(anchor, rtl, wrap))
    layout.beginLayout()
    y = 0.0
    lines = []
    line_width = max(width, 1.0)
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(line_width)
        line.setPosition(QPointF(0.0, y))
        lines.append(line)
        y += line.height() * line_spacing
    layout.endLayout()
    placed: list[_Line] = []
    widest = 0.0
    for line in lines:
        start = line.textStart()
        content = text[start : start + line.textLength()].replace("\n", "").rstrip(" ")
        if not content.strip():
            continue
        natural = line.naturalTextWidth()
        widest = max(widest, natural)
        ascent = line.ascent()
        x = line.naturalTextRect().x()
        placed.append((content, x, line.y() + ascent, natural, ascent, line.descent(), line.horizontalAdvance()))
    height = y - (lines[-1].height() * (line_spacing - 1.0) if lines else 0.0)
    return tuple(placed), height, widest


def layout_block(  # noqa: PLR0917
    text: str,
    families: tuple[str, ...],
    size: float,
    weight: int,
    color: str,
    width: float,
    anchor: Anchor,
    rtl: bool,
    language: str,
    *,
    wrap: bool = True,
    line_spacing: float = 1.0,
) -> TextBlock:
    """Break ``text`` into lines no wider than ``width`` (words wider than it stay whole).

    The breaks and metrics come from QTextLayout, memoized on everything they depend on
    (the language only tags the lines: Qt's line breaking here does not read it).
    """
    if not text.isprintable():  # newlines, tabs, controls, bidi marks: the careful way
        text = clean_text(text)
    if not text or text.isspace():
        return TextBlock([], 0.0, 0.0)
    lines, height, widest = _measured(text, families, size, weight, width, anchor, rtl, wrap, line_spacing)
    direction: Literal["ltr", "rtl"] = "rtl" if rtl else "ltr"
    return TextBlock(
        [
            TextLineOp(
                content,
                families,
                size,
                weight,
                color,
                x,
                y,
                natural,
                ascent,
                descent,
                direction,
                language,
                anchor,
                advance=advance,
            )
            for content, x, y, natural, ascent, descent, advance in lines
        ],
        height,
        widest,
    )


def place(block: TextBlock, dx: float, dy: float, opacity: float = 1.0) -> list[TextLineOp]:
    """The block's lines moved to (dx, dy)."""
    for line in block.lines:
        # whole-pixel origins: SVG renderers snap the pen origin, so QPainter must too
        line.x = round(line.x + dx)
        line.y = round(line.y + dy)
        line.opacity = opacity
    return block.lines
