"""Text measured and broken into lines with Qt's own engine (QTextLayout)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QTextLayout, QTextOption

from editor.model.style import TextAlign
from editor.render import bidi
from editor.render.display_list import Anchor, TextLineOp
from editor.render.fonts import qfont

# C0/C1 controls and non-characters go; bidi controls (U+200E/F, U+202A-E, U+2066-9) stay.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


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


#: one laid-out line: (text, x, baseline y, natural width, ascent, descent, right to left, advance)
_Line = tuple[str, float, float, float, float, float, bool, float]
#: text layouts kept (the lines and metrics are immutable results of their inputs); big
#: enough for the 30,000 labels of a 10,000-box document, so a second export reuses them all
LAYOUT_CACHE_SIZE = 65536
_MIRRORED: dict[Anchor, Anchor] = {"left": "right", "right": "left", "center": "center"}


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
    per_paragraph: bool,
) -> tuple[tuple[_Line, ...], float, float]:
    """Qt's line breaks and metrics for clean ``text``: (lines, block height, widest line).

    ``anchor`` is the alignment for a paragraph of direction ``rtl``; with ``per_paragraph`` each
    paragraph takes its own direction from its first strong letter (``rtl`` when it has none), its
    start/end alignment follows that direction, and a right-to-left paragraph has its
    left-to-right runs isolated (editor.render.bidi).
    """
    font = qfont(families, size, weight)
    device = _reference_device()
    y = 0.0
    last_height = 0.0
    placed: list[_Line] = []
    widest = 0.0
    line_width = max(width, 1.0)
    for paragraph in text.split("\n"):
        paragraph_rtl = bidi.paragraph_is_rtl(paragraph, rtl) if per_paragraph else rtl
        shown = bidi.isolate_ltr_runs(paragraph) if paragraph_rtl else paragraph
        layout = QTextLayout(shown, font, device)
        layout.setTextOption(_option(anchor if paragraph_rtl == rtl else _MIRRORED[anchor], paragraph_rtl, wrap))
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(line_width)
            line.setPosition(QPointF(0.0, y))
            lines.append(line)
            last_height = line.height()
            y += last_height * line_spacing
        layout.endLayout()
        for line in lines:
            start = line.textStart()
            content = bidi.balanced(shown, start, start + line.textLength()).rstrip(" ")
            if not bidi.without_controls(content).strip():
                continue
            natural = line.naturalTextWidth()
            widest = max(widest, natural)
            ascent = line.ascent()
            placed.append(
                (
                    content,
                    line.naturalTextRect().x(),
                    line.y() + ascent,
                    natural,
                    ascent,
                    line.descent(),
                    paragraph_rtl,
                    line.horizontalAdvance(),
                )
            )
    height = y - last_height * (line_spacing - 1.0)
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
    per_paragraph: bool = True,
) -> TextBlock:
    """Break ``text`` into lines no wider than ``width`` (words wider than it stay whole).

    ``rtl`` is the direction of the element or diagram; unless ``per_paragraph`` is off (an
    element that fixes its direction), each paragraph takes its own from its content, and
    ``anchor`` (given for ``rtl``) is mirrored for paragraphs of the other direction.
    The breaks and metrics come from QTextLayout, memoized on everything they depend on
    (the language only tags the lines: Qt's line breaking here does not read it).
    """
    if not text.isprintable():  # newlines, tabs, controls, bidi marks: the careful way
        text = clean_text(text)
    if not text or text.isspace():
        return TextBlock([], 0.0, 0.0)
    lines, height, widest = _measured(
        text, families, size, weight, width, anchor, rtl, wrap, line_spacing, per_paragraph
    )
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
                "rtl" if line_rtl else "ltr",
                language,
                anchor if line_rtl == rtl else _MIRRORED[anchor],
                advance=advance,
            )
            for content, x, y, natural, ascent, descent, line_rtl, advance in lines
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
