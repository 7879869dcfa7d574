"""What every element's layout reads: the document in one language and theme, resolved styles,
stable sketch seeds, and the shape primitives (a filled, outlined rounded rectangle; an icon).

Split from the element layouts so that boxes, legends and arrows share one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QRectF

from editor.model.document import AnyElement, Document
from editor.model.elements import BoxShape
from editor.model.style import Dash, Style, TextFit
from editor.model.text import LocalizedText, is_right_to_left
from editor.model.theme import Theme, theme_named
from editor.render import sketch
from editor.render.box_outlines import OutlineGeometry, outline_geometry
from editor.render.display_list import DrawOp, IconOp, PathOp
from editor.render.errors import UnknownLanguageError
from editor.render.fonts import family_stack

BOLD, REGULAR = 700, 400


def weight(style: Style, default: int) -> int:
    """The weight of a text whose element kind draws it at ``default``, unless the style says bold
    (every text of the element bold) or not bold (every text regular)."""
    if style.bold is None:
        return default
    return BOLD if style.bold else REGULAR


@dataclass(slots=True)
class LayoutContext:
    """The document being laid out, in one language and theme, with the styles resolved so far."""

    document: Document
    theme: Theme
    language: str
    source_language: str
    rtl: bool
    #: resolved styles by the element's own style values: most elements share a handful
    styles: dict[tuple[object, ...], Style] = field(default_factory=dict)
    #: each paragraph takes its own direction from its first strong letter (off for an element
    #: whose style fixes the direction: then ``rtl`` is that direction)
    per_paragraph: bool = True
    #: False when only the text matters (``document_overflows``): boxes and notes skip their outlines
    outlines: bool = True

    def text(self, value: LocalizedText) -> str:
        return value.resolve(self.language, self.source_language)[0]

    def style(self, element: AnyElement) -> Style:
        own = element.style
        key = tuple(own.__dict__.values())
        style = self.styles.get(key)
        if style is None:
            style = self.theme.style_for(own.palette).merged(own)
            if own.fit is None and self.document.settings.fit is not TextFit.NONE:
                style = style.model_copy(update={"fit": self.document.settings.fit})
            self.styles[key] = style
        return style

    def families(self, style: Style) -> tuple[str, ...]:
        return family_stack(style.font_family, self.language)


def _theme(document: Document, theme: Theme | str | None) -> Theme:
    if theme is None:
        return theme_named(document.settings.theme)
    return theme_named(theme) if isinstance(theme, str) else theme


def make_context(document: Document, language: str | None, theme: Theme | str | None) -> LayoutContext:
    source = document.settings.source_language
    chosen = language or source
    if chosen != source and chosen not in document.settings.languages:
        known = ", ".join(document.settings.languages)
        raise UnknownLanguageError(f"the document has no language {chosen!r} (it has: {known})")
    return LayoutContext(document, _theme(document, theme), chosen, source, is_right_to_left(chosen))


def seed_for(element: AnyElement, salt: int = 0) -> int:
    base = element.style.seed if element.style.seed is not None else sketch.stable_seed(element.id)
    return (base + salt * 7919) % 2147483646 + 1


def dash_pattern(style: Style, width: float) -> tuple[float, ...]:
    unit = max(width, 1.0)
    if style.dash is Dash.DASHED:
        return (unit * 4.0, unit * 3.0)
    if style.dash is Dash.DOTTED:
        return (unit * 0.01, unit * 2.2)
    return ()


def with_alpha(color: str, alpha: int) -> str:
    """``color`` at ``alpha``, scaled by the alpha it already has (a transparent fill stays transparent)."""
    own = int(color[7:9], 16) if len(color) == 9 else 0xFF
    return color[:7] + f"{alpha * own // 0xFF:02x}"


def qrect(rect: object) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)  # type: ignore[attr-defined]


def outline_ops(
    element: AnyElement,
    style: Style,
    rect: QRectF,
    radius: float,
    *,
    fill: str | None,
    salt: int = 0,
    shape: BoxShape = BoxShape.RECTANGLE,
) -> list[DrawOp]:
    """Fill (crisp) then outline (hand-drawn when the style sketches); ``shape`` other than a
    rectangle goes through :func:`shaped_outline_ops`."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    if shape is not BoxShape.RECTANGLE:
        return shaped_outline_ops(element, style, outline_geometry(shape, x, y, w, h, radius), fill=fill, salt=salt)
    opacity = style.opacity if style.opacity is not None else 1.0
    width = style.stroke_width or 0.0
    stroked = width > 0 and bool(style.stroke)
    if stroked and not style.sketch and opacity >= 1:  # one shape, filled then stroked (as SVG paints it)
        return [
            rounded(
                x, y, w, h, radius, fill=fill, stroke=style.stroke, stroke_width=width, dash=dash_pattern(style, width)
            )
        ]
    ops: list[DrawOp] = []
    if fill:
        ops.append(rounded(x, y, w, h, radius, fill=fill, opacity=opacity))
    if stroked:
        dash = dash_pattern(style, width)
        if style.sketch:
            passes = 1 if dash else 2
            commands = sketch.sketch_rounded_rect(
                x, y, w, h, radius, seed_for(element, salt), style.roughness or 0.0, passes=passes
            )
        else:  # translucent: fill and stroke each at the opacity, as two shapes
            ops.append(rounded(x, y, w, h, radius, stroke=style.stroke, stroke_width=width, dash=dash, opacity=opacity))
            return ops
        ops.append(PathOp(commands, stroke=style.stroke, stroke_width=width, dash=dash, opacity=opacity))
    return ops


def shaped_outline_ops(
    element: AnyElement, style: Style, geometry: OutlineGeometry, *, fill: str | None, salt: int = 0
) -> list[DrawOp]:
    """A non-rectangular outline, in the same order as a rectangle's: the body filled (crisp), then
    the body and its marks stroked, crisp or sketched from the element's seed like a rectangle."""
    opacity = style.opacity if style.opacity is not None else 1.0
    width = style.stroke_width or 0.0
    stroked = width > 0 and bool(style.stroke)
    ops: list[DrawOp] = []
    if not stroked:
        return [PathOp(geometry.body, fill=fill, opacity=opacity)] if fill else []
    dash = dash_pattern(style, width)
    stroke: dict[str, Any] = {"stroke": style.stroke, "stroke_width": width, "dash": dash, "opacity": opacity}
    if style.sketch:
        if fill:
            ops.append(PathOp(geometry.body, fill=fill, opacity=opacity))
        passes = 1 if dash else 2
        seed, roughness = seed_for(element, salt), style.roughness or 0.0
        ops.append(PathOp(sketch.sketch_path(geometry.body + geometry.marks, seed, roughness, passes=passes), **stroke))
        return ops
    if opacity >= 1:  # one shape, filled then stroked (as SVG paints it)
        ops.append(PathOp(geometry.body, fill=fill, **stroke))
    else:  # translucent: fill and stroke each at the opacity, as two shapes
        if fill:
            ops.append(PathOp(geometry.body, fill=fill, opacity=opacity))
        ops.append(PathOp(geometry.body, **stroke))
    if geometry.marks:
        ops.append(PathOp(geometry.marks, **stroke))
    return ops


def rounded(x: float, y: float, w: float, h: float, radius: float, **paint: Any) -> PathOp:
    r = max(0.0, min(radius, w / 2, h / 2))
    return PathOp(sketch.rounded_rect(x, y, w, h, r), rect=(x, y, w, h, r), **paint)


def icon_ops(name: str | None, x: float, y: float, size: float, color: str, opacity: float) -> list[DrawOp]:  # noqa: PLR0917
    if not name:
        return []
    return [IconOp(name, QRectF(x, y, size, size), color, opacity)]
