"""qtawesome icon glyphs as vector outlines, read straight from its bundled fonts.

qtawesome's own API imports QtWidgets, which rendering must not; its font files and
charmaps are plain data, so the glyph outline comes from QRawFont instead. Outlines are
cached in a 1000-unit em square, origin top-left.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtGui import QFont, QPainterPath, QRawFont

from editor.render.display_list import append_command
from editor.render.icon_names import FONT_FILES, charmap, font_folder
from editor.render.qt import ensure_gui_application

EM = 1000.0


@dataclass(frozen=True, slots=True)
class Glyph:
    """An icon outline in EM units: ``commands`` for the display list, ``svg_d`` ready for SVG."""

    commands: tuple[tuple[Any, ...], ...]
    svg_d: str
    path: QPainterPath


@cache
def _font(prefix: str) -> QRawFont | None:
    stem = FONT_FILES.get(prefix)
    folder = font_folder()
    if stem is None or folder is None:
        return None
    fonts = sorted(path for path in folder.glob(f"{stem}-*.ttf") if "charmap" not in path.name)
    if not fonts:
        return None
    ensure_gui_application()
    raw = QRawFont(str(fonts[-1]), EM, QFont.HintingPreference.PreferNoHinting)
    return raw if raw.isValid() else None


def _fmt(value: float) -> str:
    return f"{value:.0f}"


@cache
def glyph(name: str) -> Glyph | None:
    """The outline of ``prefix.name`` (e.g. ``mdi6.database``), or None when unknown."""
    prefix, _, icon = name.partition(".")
    raw = _font(prefix)
    code = charmap(prefix).get(icon)
    if raw is None or code is None:
        return None
    indexes = raw.glyphIndexesForString(chr(code))
    if not indexes or indexes[0] == 0:
        return None
    outline = raw.pathForGlyph(indexes[0])
    advance = raw.advancesForGlyphIndexes([indexes[0]])[0].x() or EM
    height = raw.ascent() + raw.descent()
    scale = EM / max(height, 1.0)
    dx = (EM - advance * scale) / 2
    commands: list[tuple[Any, ...]] = []
    parts: list[str] = []
    count = outline.elementCount()
    index = 0
    while index < count:
        element = outline.elementAt(index)
        x, y = element.x * scale + dx, (element.y + raw.ascent()) * scale
        if element.isMoveTo():
            if commands:
                commands.append(("Z",))
                parts.append("Z")
            commands.append(("M", x, y))
            parts.append(f"M{_fmt(x)} {_fmt(y)}")
            index += 1
        elif element.isLineTo():
            commands.append(("L", x, y))
            parts.append(f"L{_fmt(x)} {_fmt(y)}")
            index += 1
        else:  # a cubic: this element is the first control point, two data elements follow
            second, end = outline.elementAt(index + 1), outline.elementAt(index + 2)
            values = (
                x,
                y,
                second.x * scale + dx,
                (second.y + raw.ascent()) * scale,
                end.x * scale + dx,
                (end.y + raw.ascent()) * scale,
            )
            commands.append(("C", *values))
            parts.append("C" + " ".join(_fmt(value) for value in values))
            index += 3
    if commands:
        commands.append(("Z",))
        parts.append("Z")
    path = QPainterPath()
    path.setFillRule(outline.fillRule())
    for command in commands:
        append_command(path, command)
    return Glyph(tuple(commands), "".join(parts), path)
