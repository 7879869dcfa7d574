"""Document -> display list: every element's shapes, text lines and icons, in one language.

The canvas redraws one element at a time with :func:`layout_element`; exports take the
whole :func:`layout_document`. Both read the document as it is now (an arrow follows the
current rectangles of what it binds to).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QRectF

from editor.model.document import AnyElement, Document
from editor.model.elements import (
    Arrow,
    Box,
    Frame,
    Image,
    Legend,
    Routing,
    TextElement,
    TextRole,
)
from editor.model.language import is_right_to_left
from editor.model.style import Dash, Style, TextAlign, TextFit
from editor.model.text import LocalizedText
from editor.model.theme import Theme, theme_named
from editor.render import sketch
from editor.render.display_list import (
    Anchor as TextAnchor,
)
from editor.render.display_list import (
    Command,
    DisplayList,
    DrawOp,
    ElementGroup,
    GridSpec,
    IconOp,
    ImageOp,
    Overflow,
    PathOp,
    TextLineOp,
)
from editor.render.errors import UnknownLanguageError
from editor.render.fonts import family_stack
from editor.render.layout_geometry import (
    anchor_point,
    arrow_path_points,
    arrow_route,
    behind,
    curve,
    flatten,
    head,
    point_along,
)
from editor.render.text import TextBlock, clean_text, layout_block, place, visual_anchor

BOLD, REGULAR = 700, 400


# --------------------------------------------------------------------------------------
# context
# --------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Context:
    document: Document
    theme: Theme
    language: str
    source_language: str
    rtl: bool
    #: resolved styles by the element's own style values: most elements share a handful
    styles: dict[tuple[object, ...], Style] = field(default_factory=dict)

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


def _context(document: Document, language: str | None, theme: Theme | str | None) -> _Context:
    source = document.settings.source_language
    chosen = language or source
    if chosen != source and chosen not in document.settings.languages:
        known = ", ".join(document.settings.languages)
        raise UnknownLanguageError(f"the document has no language {chosen!r} (it has: {known})")
    return _Context(document, _theme(document, theme), chosen, source, is_right_to_left(chosen))


def _seed(element: AnyElement, salt: int = 0) -> int:
    base = element.style.seed if element.style.seed is not None else sketch.stable_seed(element.id)
    return (base + salt * 7919) % 2147483646 + 1


def _dash(style: Style, width: float) -> tuple[float, ...]:
    unit = max(width, 1.0)
    if style.dash is Dash.DASHED:
        return (unit * 4.0, unit * 3.0)
    if style.dash is Dash.DOTTED:
        return (unit * 0.01, unit * 2.2)
    return ()


def _alpha(color: str, alpha: int) -> str:
    return color[:7] + f"{alpha:02x}"


# --------------------------------------------------------------------------------------
# geometry helpers (public: the canvas uses them while dragging)
# --------------------------------------------------------------------------------------
def qrect(rect: object) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------
# shapes
# --------------------------------------------------------------------------------------
def _outline(
    element: AnyElement, style: Style, rect: QRectF, radius: float, *, fill: str | None, salt: int = 0
) -> list[DrawOp]:
    """Fill (crisp) then outline (hand-drawn when the style sketches)."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    opacity = style.opacity if style.opacity is not None else 1.0
    width = style.stroke_width or 0.0
    stroked = width > 0 and bool(style.stroke)
    if stroked and not style.sketch and opacity >= 1:  # one shape, filled then stroked (as SVG paints it)
        return [
            _rounded(x, y, w, h, radius, fill=fill, stroke=style.stroke, stroke_width=width, dash=_dash(style, width))
        ]
    ops: list[DrawOp] = []
    if fill:
        ops.append(_rounded(x, y, w, h, radius, fill=fill, opacity=opacity))
    if stroked:
        dash = _dash(style, width)
        if style.sketch:
            passes = 1 if dash else 2
            commands = sketch.sketch_rounded_rect(
                x, y, w, h, radius, _seed(element, salt), style.roughness or 0.0, passes=passes
            )
        else:  # translucent: fill and stroke each at the opacity, as two shapes
            ops.append(
                _rounded(x, y, w, h, radius, stroke=style.stroke, stroke_width=width, dash=dash, opacity=opacity)
            )
            return ops
        ops.append(PathOp(commands, stroke=style.stroke, stroke_width=width, dash=dash, opacity=opacity))
    return ops


def _rounded(x: float, y: float, w: float, h: float, radius: float, **paint: Any) -> PathOp:
    r = max(0.0, min(radius, w / 2, h / 2))
    return PathOp(sketch.rounded_rect(x, y, w, h, r), rect=(x, y, w, h, r), **paint)


def _icon(name: str | None, x: float, y: float, size: float, color: str, opacity: float) -> list[DrawOp]:  # noqa: PLR0917
    if not name:
        return []
    return [IconOp(name, QRectF(x, y, size, size), color, opacity)]


def _fit(  # noqa: PLR0917
    parts: list[tuple[str, float, int]],
    style: Style,
    families: tuple[str, ...],
    color: str,
    width: float,
    height: float,
    ctx: _Context,
    anchor: TextAnchor,
    gap: float,
) -> tuple[list[TextBlock], float, float]:
    """Lay out stacked texts; shrink them together when the style asks. Returns blocks, total, overflow."""
    scale = 1.0
    minimum = style.min_font_size or 1.0
    largest = max((size for _, size, _ in parts), default=1.0)
    while True:
        blocks = [
            layout_block(text, families, size * scale, weight, color, width, anchor, ctx.rtl, ctx.language)
            for text, size, weight in parts
        ]
        present = [block for block in blocks if block.lines]
        total = sum(block.height for block in present) + gap * scale * max(len(present) - 1, 0)
        widest = max((block.width for block in present), default=0.0)
        overflow = max(total - height, widest - width, 0.0)
        if overflow <= 0.5 or style.fit != TextFit.SHRINK or largest * scale <= minimum + 1e-6:
            return blocks, total, overflow if overflow > 0.5 else 0.0
        scale = max(scale * 0.92, minimum / largest)


def _stack(blocks: list[TextBlock], x: float, top: float, gap: float, opacity: float) -> tuple[list[DrawOp], float]:
    ops: list[DrawOp] = []
    y = top
    for block in blocks:
        if not block.lines:
            continue
        ops.extend(place(block, x, y, opacity))
        y += block.height + gap
    return ops, y


def _layout_box(ctx: _Context, box: Box, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    rect = qrect(box.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    ops = _outline(box, style, rect, style.corner_radius or 0.0, fill=style.fill)
    pad = max(8.0, size * 0.5)
    icon_size = size * 1.7 if box.icon else 0.0
    text_color = style.text_color or "#000000"
    ops += _icon(box.icon, rect.center().x() - icon_size / 2, rect.y() + pad * 0.8, icon_size, text_color, opacity)
    top = rect.y() + pad * 0.8 + (icon_size + size * 0.2 if box.icon else 0.0)
    room = rect.bottom() - pad * 0.6 - top
    width = rect.width() - 2 * pad
    anchor = visual_anchor(style.text_align or TextAlign.CENTER, ctx.rtl)
    gap = size * 0.1
    blocks, total, overflow = _fit(
        [(ctx.text(box.name), size * 1.25, BOLD), (ctx.text(box.role), size * 0.9, REGULAR)],
        style,
        ctx.families(style),
        text_color,
        width,
        room,
        ctx,
        anchor,
        gap,
    )
    start = top + max(0.0, (room - total) / 2)
    text_ops, _ = _stack(blocks, rect.x() + pad, start, gap, opacity)
    ops += text_ops
    overflows = [Overflow(box.id, ctx.language, "name+role", round(overflow, 1))] if overflow else []
    return ops, overflows


def _layout_text_element(ctx: _Context, element: TextElement, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    rect = qrect(element.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    role = element.role
    text_color = style.text_color or "#000000"
    ops: list[DrawOp] = []
    framed = role in (TextRole.CALLOUT, TextRole.NOTE)
    weight = BOLD if role in (TextRole.TITLE, TextRole.HEADING, TextRole.CALLOUT) else REGULAR
    if role is TextRole.CALLOUT:
        size *= 0.95
        ops += _outline(element, style, rect, rect.height() / 2, fill=style.fill)
        pad_x, pad_y = rect.height() * 0.35, 3.0
    elif role is TextRole.NOTE:
        ops += _outline(element, style, rect, style.corner_radius or 0.0, fill=style.fill)
        pad_x, pad_y = max(10.0, size * 0.6), max(6.0, size * 0.35)
    else:
        pad_x, pad_y = 0.0, 0.0
    inner = rect.adjusted(pad_x, pad_y, -pad_x, -pad_y)
    if element.icon:
        icon_size = min(size * (1.5 if framed else 1.15), inner.height())
        gap = size * 0.4
        icon_x = inner.right() - icon_size if ctx.rtl else inner.x()
        ops += _icon(element.icon, icon_x, inner.center().y() - icon_size / 2, icon_size, text_color, opacity)
        inner = inner.adjusted(0, 0, -(icon_size + gap), 0) if ctx.rtl else inner.adjusted(icon_size + gap, 0, 0, 0)
    align = style.text_align or TextAlign.CENTER
    anchor = visual_anchor(align, ctx.rtl)
    blocks, total, overflow = _fit(
        [(ctx.text(element.text), size, weight)],
        style,
        ctx.families(style),
        text_color,
        inner.width(),
        inner.height(),
        ctx,
        anchor,
        0.0,
    )
    start = inner.y() + max(0.0, (inner.height() - total) / 2)
    text_ops, _ = _stack(blocks, inner.x(), start, 0.0, opacity)
    ops += text_ops
    overflows = [Overflow(element.id, ctx.language, "text", round(overflow, 1))] if overflow else []
    return ops, overflows


def _layout_legend(ctx: _Context, legend: Legend, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    rect = qrect(legend.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    text_color = style.text_color or "#000000"
    accent = style.stroke or text_color
    ops = _outline(legend, style, rect, style.corner_radius or 0.0, fill=style.fill)
    pad = max(12.0, size * 0.8)
    families = ctx.families(style)
    width = rect.width() - 2 * pad
    title_anchor = visual_anchor(TextAlign.START, ctx.rtl)
    scale = 1.0
    minimum = style.min_font_size or 1.0
    while True:
        title = layout_block(
            ctx.text(legend.title),
            families,
            size * 1.15 * scale,
            BOLD,
            text_color,
            width,
            title_anchor,
            ctx.rtl,
            ctx.language,
        )
        badge = size * 1.3 * scale
        gap = size * 0.5 * scale
        entry_width = width - badge - gap
        entries = [
            layout_block(
                ctx.text(entry.text),
                families,
                size * 0.95 * scale,
                REGULAR,
                text_color,
                entry_width,
                title_anchor,
                ctx.rtl,
                ctx.language,
            )
            for entry in legend.entries
        ]
        total = title.height + gap + sum(max(block.height, badge) + gap * 0.7 for block in entries)
        overflow = max(total - (rect.height() - 2 * pad), 0.0)
        if overflow <= 0.5 or style.fit != TextFit.SHRINK or size * 0.95 * scale <= minimum + 1e-6:
            break
        scale = max(scale * 0.92, minimum / (size * 0.95))
    y = rect.y() + pad
    ops += place(title, rect.x() + pad, y, opacity)
    y += title.height + gap
    for number, (entry, block) in enumerate(zip(legend.entries, entries, strict=True), start=legend.start):
        del entry
        badge_x = rect.right() - pad - badge if ctx.rtl else rect.x() + pad
        radius = badge / 2
        cx, cy = badge_x + radius, y + radius
        commands = (
            sketch.sketch_ellipse(cx, cy, radius, radius, _seed(legend, number), style.roughness or 0.0)
            if style.sketch
            else sketch.ellipse(cx, cy, radius, radius)
        )
        ops.append(PathOp(sketch.ellipse(cx, cy, radius, radius), fill=accent, opacity=opacity))
        ops.append(PathOp(commands, stroke=accent, stroke_width=1.5, opacity=opacity))
        digits = layout_block(
            str(number),
            families,
            badge * 0.62,
            BOLD,
            style.fill or "#ffffff",
            badge * 3,
            "center",
            False,
            ctx.language,
            wrap=False,
        )
        ops += place(digits, cx - badge * 1.5, cy - digits.height / 2, opacity)
        text_x = rect.x() + pad if ctx.rtl else badge_x + badge + gap
        offset = max(0.0, (badge - (block.lines[0].ascent + block.lines[0].descent if block.lines else 0)) / 2)
        ops += place(block, text_x, y + offset * 0.6, opacity)
        y += max(block.height, badge) + gap * 0.7
    overflows = [Overflow(legend.id, ctx.language, "entries", round(overflow, 1))] if overflow > 0.5 else []
    return ops, overflows


def _layout_frame(ctx: _Context, frame: Frame, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    rect = qrect(frame.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    fill = _alpha(style.fill, 0x8C) if style.fill else None
    ops = _outline(frame, style, rect, style.corner_radius or 0.0, fill=fill)
    pad = max(10.0, size * 0.6)
    text_color = style.text_color or "#000000"
    anchor = visual_anchor(TextAlign.START, ctx.rtl)
    block = layout_block(
        ctx.text(frame.title),
        ctx.families(style),
        size * 1.05,
        BOLD,
        text_color,
        rect.width() - 2 * pad,
        anchor,
        ctx.rtl,
        ctx.language,
    )
    ops += place(block, rect.x() + pad, rect.y() + pad * 0.6, opacity)
    overflow = max(block.width - (rect.width() - 2 * pad), 0.0)
    return ops, ([Overflow(frame.id, ctx.language, "title", round(overflow, 1))] if overflow > 0.5 else [])


def _layout_image(ctx: _Context, image: Image, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    del ctx
    opacity = style.opacity if style.opacity is not None else 1.0
    return [ImageOp(qrect(image.rect), image.mime.value, image.data, opacity)], []


def _layout_arrow(ctx: _Context, arrow: Arrow, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    points, first, last = arrow_route(ctx.document, arrow)
    opacity = style.opacity if style.opacity is not None else 1.0
    stroke = style.stroke or "#000000"
    width = style.stroke_width or 1.0
    dash = _dash(style, width)
    if arrow.routing is Routing.CURVED:
        crisp = curve(points, first, last)
    else:
        crisp = [("M", *points[0]), *(("L", *point) for point in points[1:])]
    track = flatten(crisp)
    shaft: list[Command]
    if style.sketch and arrow.routing is not Routing.CURVED:
        passes = 1 if dash else 2
        shaft = sketch.sketch_polyline(points, _seed(arrow), (style.roughness or 0.0) * 0.8, passes=passes)
    else:
        shaft = crisp
    ops: list[DrawOp] = [PathOp(shaft, stroke=stroke, stroke_width=width, dash=dash, opacity=opacity)]
    length = 10.0 + width * 3.0
    for kind, tip, back in (
        (arrow.head_end, track[-1], behind(track, length)),
        (arrow.head_start, track[0], behind(track[::-1], length)),
    ):
        commands, filled = head(kind, tip, back, length)
        if commands:
            ops.append(
                PathOp(commands, fill=stroke if filled else None, stroke=stroke, stroke_width=width, opacity=opacity)
            )
    label = ctx.text(arrow.label)
    if label.strip():
        lx, ly = point_along(track, arrow.label_position)
        size = style.font_size or 20.0
        color = style.text_color or stroke
        block = layout_block(
            label, ctx.families(style), size * 0.85, BOLD, color, 230.0, "center", ctx.rtl, ctx.language
        )
        pad_x, pad_y = 6.0, 2.0
        background = _alpha(ctx.document.settings.background or ctx.theme.background, 0xF2)
        x, y = lx - block.width / 2 - pad_x, ly - block.height / 2 - pad_y
        ops.append(
            _rounded(x, y, block.width + 2 * pad_x, block.height + 2 * pad_y, 6.0, fill=background, opacity=opacity)
        )
        ops += place(block, lx - 115.0, ly - block.height / 2, opacity)
    return ops, []


_LAYOUTS = {
    Box: _layout_box,
    TextElement: _layout_text_element,
    Legend: _layout_legend,
    Frame: _layout_frame,
    Image: _layout_image,
    Arrow: _layout_arrow,
}


def _extent(op: DrawOp) -> tuple[float, float, float, float]:
    if type(op) is PathOp and type(op.commands) is sketch.Outline:  # known already
        grow = op.stroke_width / 2 if op.stroke else 0.0
        x1, y1, x2, y2 = op.commands.extent()
        return (x1 - grow, y1 - grow, x2 + grow, y2 + grow)
    return op.extent()


def _bounds(ops: list[DrawOp]) -> QRectF:
    if not ops:
        return QRectF()
    lefts, tops, rights, bottoms = zip(*map(_extent, ops), strict=True)
    left, top = min(lefts), min(tops)
    return QRectF(left, top, max(rights) - left, max(bottoms) - top)


def _group(ctx: _Context, element: AnyElement) -> ElementGroup:
    style = ctx.style(element)
    ops, overflows = _LAYOUTS[type(element)](ctx, element, style)  # type: ignore[operator]
    return ElementGroup(element.id, element.z, _bounds(ops), ops, overflows)


# --------------------------------------------------------------------------------------
# public entry points
# --------------------------------------------------------------------------------------
@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: laying out or writing a big document allocates
    millions of acyclic objects, and the collector's passes over them doubled the time.

    On the way out the new objects join the oldest generation directly (``freeze`` then
    ``unfreeze`` moves every tracked object there without scanning it); otherwise the first
    young-generation pass after re-enabling would walk them all at once (0.1-0.2 s for a
    10,000-box document). They stay collectable: full collections still see them.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def layout_element(document: Document, element_id: str, language: str | None = None) -> ElementGroup:
    """One element's group, from the document as it is now (cheap: no other element is laid out)."""
    ctx = _context(document, language, None)
    return _group(ctx, document.element(element_id))


def layout_document(
    document: Document, language: str | None = None, *, theme: Theme | str | None = None
) -> DisplayList:
    """The whole document in ``language`` (the source language when None)."""
    ctx = _context(document, language, theme)
    with paused_gc():
        groups = [_group(ctx, element) for element in document.in_paint_order()]
    overflows = [overflow for group in groups for overflow in group.overflows]
    bounds = QRectF()
    for group in groups:
        if not group.bounds.isNull():
            bounds = bounds.united(group.bounds) if not bounds.isNull() else QRectF(group.bounds)
    if bounds.isNull() or bounds.isEmpty():
        bounds = QRectF(0, 0, 100, 100)
    settings = document.settings
    return DisplayList(
        bounds=bounds,
        background=settings.background or ctx.theme.background,
        grid=GridSpec(settings.grid.size, ctx.theme.grid_color, settings.grid.visible),
        groups=groups,
        overflows=overflows,
        language=ctx.language,
        title=clean_text(ctx.text(settings.title)),
        direction="rtl" if ctx.rtl else "ltr",
    )


__all__ = [
    "TextLineOp",
    "anchor_point",
    "arrow_path_points",
    "layout_document",
    "layout_element",
    "paused_gc",
]
