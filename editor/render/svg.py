"""The SVG writer: clean SVG 1.1 straight from the display list (no QSvgGenerator).

One ``<g id>`` per element, real ``<text>`` per line with ``xml:lang`` and ``direction``,
explicit font stacks, no external references. Optionally the fonts used, subset, inline.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QRectF

from editor.render.display_list import DisplayList, ElementGroup, IconOp, ImageOp, PathOp, TextLineOp
from editor.render.fonts import css_family_list
from editor.render.icons import EM, glyph
from editor.render.layout import paused_gc
from editor.render.painter import GRID_WIDTH, grid_lines
from editor.render.sketch import Outline
from editor.render.text import clean_text

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]")


def escape(text: str) -> str:
    """Text safe inside an element or a double-quoted attribute (controls removed)."""
    return clean_text(text).replace("\n", " ").translate(_ESCAPES)


def _n(value: float) -> str:
    text = f"{value:.2f}"
    if text.endswith("00"):
        return text[:-3] if text != "-0.00" else "0"
    return text[:-1] if text.endswith("0") else text


_FORMATS = {
    "M": "M%.1f %.1f",
    "L": "L%.1f %.1f",
    "C": "C%.1f %.1f %.1f %.1f %.1f %.1f",
}


def path_data(commands: list[tuple[Any, ...]]) -> str:
    """SVG path data at 0.1 px: one C-level format per command, the hot loop of big exports.

    A shared sketch :class:`Outline` keeps its formatted data, so it is formatted only once.
    """
    if type(commands) is Outline:
        if commands.svg_d is None:
            commands.svg_d = _formatted(commands)
        return commands.svg_d
    return _formatted(commands)


def _formatted(commands: list[tuple[Any, ...]]) -> str:
    formats = _FORMATS
    return "".join([formats[command[0]] % command[1:] if command[0] != "Z" else "Z" for command in commands])


def _color_attrs(name: str, color: str | None) -> str:
    if not color:
        return f' {name}="none"'
    if len(color) == 9:
        alpha = int(color[7:9], 16) / 255
        return f' {name}="{color[:7]}" {name}-opacity="{_n(alpha)}"'
    return f' {name}="{color}"'


@lru_cache(maxsize=1024)
def _paint(fill: str | None, stroke: str | None, stroke_width: float, dash: tuple[float, ...], opacity: float) -> str:
    """The paint attributes of a path; a document uses a handful of combinations, so each is built once."""
    attrs = [_color_attrs("fill", fill)]
    if stroke:
        attrs.append(_color_attrs("stroke", stroke))
        attrs.append(f' stroke-width="{_n(stroke_width)}" stroke-linecap="round" stroke-linejoin="round"')
        if dash:
            attrs.append(f' stroke-dasharray="{",".join(_n(value) for value in dash)}"')
    if opacity < 1:
        attrs.append(f' opacity="{_n(opacity)}"')
    return "".join(attrs) + "/>"


def _path(op: PathOp) -> str:
    paint = _paint(op.fill, op.stroke, op.stroke_width, op.dash, op.opacity)
    if op.rect is not None:
        return '<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="%.1f"' % op.rect + paint  # noqa: UP031
    return f'<path d="{path_data(op.commands)}"{paint}'


_BOLD = ' font-weight="bold"'


@lru_cache(maxsize=1024)
def _text_attrs(  # noqa: PLR0917
    families: tuple[str, ...], size: float, weight: int, color: str, opacity: float, direction: str, language: str
) -> str:
    """Every attribute of a ``<text>`` but its position, built once per text style."""
    rtl = direction == "rtl"
    # Pinned at the left edge Qt measured: viewers measure text a little differently, and a
    # fixed pen origin keeps their rendering on top of ours (centred anchors drift by half the gap).
    extra = ' text-anchor="end" direction="rtl" unicode-bidi="embed"' if rtl else ""
    if weight >= 600:
        extra += _BOLD
    if len(color) == 9:
        extra += f' fill-opacity="{int(color[7:9], 16) / 255:.2f}"'
    if opacity < 1:
        extra += f' opacity="{opacity:.2f}"'
    family = escape(css_family_list(families))
    return f'font-family="{family}" font-size="{size:.2f}" fill="{color[:7]}"{extra} xml:lang="{escape(language)}"'


def _text(op: TextLineOp) -> str:
    attrs = _text_attrs(op.families, op.size, op.weight, op.color, op.opacity, op.direction, op.language)
    text = op.text
    # layout_block already removed control characters: only markup needs escaping here
    if "&" in text or "<" in text or ">" in text or '"' in text:
        text = text.translate(_ESCAPES)
    return f'<text x="{op.x:.1f}" y="{op.y:.1f}" {attrs}>{text}</text>'


def _icon_id(name: str) -> str:
    return "icon-" + _ID_UNSAFE.sub("_", name)


def _icon(op: IconOp, used: dict[str, str]) -> str:
    """A ``<use>`` of the glyph, defined once in ``<defs>`` however many boxes show it."""
    if op.name not in used:
        found = glyph(op.name)
        if found is None:
            return ""
        used[op.name] = found.svg_d
    opacity = f' opacity="{_n(op.opacity)}"' if op.opacity < 1 else ""
    return (
        f'<use xlink:href="#{_icon_id(op.name)}" transform="translate({_n(op.rect.x())} {_n(op.rect.y())}) '
        f'scale({op.rect.width() / EM:.5f})" fill="{op.color[:7]}"{opacity}/>'
    )


def _image(op: ImageOp) -> str:
    rect = op.rect
    opacity = f' opacity="{_n(op.opacity)}"' if op.opacity < 1 else ""
    return (
        f'<image x="{_n(rect.x())}" y="{_n(rect.y())}" width="{_n(rect.width())}" height="{_n(rect.height())}" '
        f'preserveAspectRatio="none" xlink:href="data:{op.mime};base64,{op.data}"{opacity}/>'
    )


def _group(group: ElementGroup, icons: dict[str, str]) -> str:
    body: list[str] = []
    for op in group.ops:
        kind = type(op)
        if kind is PathOp:
            body.append(_path(op))  # type: ignore[arg-type]
        elif kind is TextLineOp:
            body.append(_text(op))  # type: ignore[arg-type]
        elif kind is IconOp:
            if icon := _icon(op, icons):  # type: ignore[arg-type]
                body.append(icon)
        else:
            body.append(_image(op))  # type: ignore[arg-type]
    if not body:
        return ""
    element_id = _ID_UNSAFE.sub("_", group.element_id)
    return f'<g id="{element_id}">' + "".join(body) + "</g>"


def export_area(display_list: DisplayList, padding: float) -> QRectF:
    """The document area an export shows: the content's bounds plus padding, on whole pixels."""
    bounds = display_list.bounds.adjusted(-padding, -padding, padding, padding)
    left, top = math.floor(bounds.left()), math.floor(bounds.top())
    right, bottom = math.ceil(bounds.right()), math.ceil(bounds.bottom())
    return QRectF(left, top, max(right - left, 1), max(bottom - top, 1))


def to_svg(
    display_list: DisplayList,
    *,
    embed_fonts: bool = False,
    padding: float = 24.0,
    transparent: bool = False,
    grid: bool = True,
) -> str:
    """The display list as an SVG document (width and height in px at 96 dpi, with a viewBox)."""
    area = export_area(display_list, padding)
    x, y, w, h = (_n(area.x()), _n(area.y()), _n(area.width()), _n(area.height()))
    direction = ' direction="rtl"' if display_list.direction == "rtl" else ""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'width="{w}" height="{h}" viewBox="{x} {y} {w} {h}" xml:lang="{escape(display_list.language)}"{direction}>\n',
        f"<title>{escape(display_list.title)}</title>\n",
    ]
    if embed_fonts:
        from editor.render.font_embedding import font_face_css

        css = font_face_css(display_list)
        if css:
            parts.append(f"<defs><style>{css}</style></defs>\n")
    if not transparent:
        parts.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{display_list.background[:7]}"/>\n')
    if grid:
        lines = grid_lines(display_list.grid, area)
        if lines:
            d = "".join(f"M{_n(x1)} {_n(y1)}L{_n(x2)} {_n(y2)}" for x1, y1, x2, y2 in lines)
            parts.append(
                f'<path d="{d}" fill="none" stroke="{display_list.grid.color[:7]}" stroke-width="{_n(GRID_WIDTH)}"/>\n'
            )
    icons: dict[str, str] = {}
    with paused_gc():
        body = [written for group in display_list.groups if (written := _group(group, icons))]
    if icons:
        definitions = "".join(f'<path id="{_icon_id(name)}" d="{d}"/>' for name, d in icons.items())
        parts.append(f"<defs>{definitions}</defs>\n")
    parts.append("\n".join(body))
    parts.append("\n</svg>\n")
    return "".join(parts)
