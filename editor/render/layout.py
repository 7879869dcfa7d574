"""Document -> display list: every element's shapes, text lines and icons, in one language.

The canvas redraws one element at a time with :func:`layout_element`; exports take the
whole :func:`layout_document`. Both read the document as it is now (an arrow follows the
current rectangles of what it binds to).
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPointF, QRectF

from editor.model.document import AnyElement, Document
from editor.model.elements import (
    Anchor,
    Arrow,
    ArrowHead,
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


def anchor_point(rect: QRectF, anchor: Anchor | str, offset: float = 0.0) -> QPointF:
    """The point of ``rect`` an arrow end fixed at ``anchor`` touches.

    ``offset`` shifts it along the side, as a fraction of the side's length; ``auto`` and
    ``center`` give the centre (shifted horizontally).
    """
    side = Anchor(anchor)
    cx, cy = rect.center().x(), rect.center().y()
    if side is Anchor.TOP:
        return QPointF(cx + offset * rect.width(), rect.top())
    if side is Anchor.BOTTOM:
        return QPointF(cx + offset * rect.width(), rect.bottom())
    if side is Anchor.LEFT:
        return QPointF(rect.left(), cy + offset * rect.height())
    if side is Anchor.RIGHT:
        return QPointF(rect.right(), cy + offset * rect.height())
    return QPointF(cx + offset * rect.width(), cy)


def _clip_to_border(rect: QRectF, inside: QPointF, toward: QPointF) -> QPointF:
    """Where the ray from ``inside`` to ``toward`` leaves ``rect`` (``inside`` if it never does)."""
    dx, dy = toward.x() - inside.x(), toward.y() - inside.y()
    if dx == 0 and dy == 0:
        return QPointF(inside)
    scales = []
    if dx > 0:
        scales.append((rect.right() - inside.x()) / dx)
    elif dx < 0:
        scales.append((rect.left() - inside.x()) / dx)
    if dy > 0:
        scales.append((rect.bottom() - inside.y()) / dy)
    elif dy < 0:
        scales.append((rect.top() - inside.y()) / dy)
    t = max(0.0, min(*scales, 1.0))
    return QPointF(inside.x() + dx * t, inside.y() + dy * t)


def _side_toward(rect: QRectF, toward: QPointF) -> Anchor:
    dx = toward.x() - rect.center().x()
    dy = toward.y() - rect.center().y()
    if abs(dx) * rect.height() >= abs(dy) * rect.width():
        return Anchor.RIGHT if dx >= 0 else Anchor.LEFT
    return Anchor.BOTTOM if dy >= 0 else Anchor.TOP


def _end_rects(document: Document, arrow: Arrow) -> tuple[QRectF, QRectF]:
    rects = []
    for end in (arrow.source, arrow.target):
        element = document.get(end.element)
        rect = None if element is None or isinstance(element, Arrow) else element.rect
        rects.append(qrect(rect) if rect is not None else QRectF(0, 0, 0, 0))
    return rects[0], rects[1]


def _ends(document: Document, arrow: Arrow) -> tuple[QPointF, QPointF, Anchor, Anchor]:
    """Start and end points on the borders, and the side each leaves by."""
    source_rect, target_rect = _end_rects(document, arrow)
    source_anchor, target_anchor = arrow.source.anchor, arrow.target.anchor
    orthogonal = arrow.routing is Routing.ORTHOGONAL
    first_aim = (
        QPointF(arrow.waypoints[0].x, arrow.waypoints[0].y)
        if arrow.waypoints
        else anchor_point(target_rect, target_anchor, arrow.target.offset)
    )
    last_aim = (
        QPointF(arrow.waypoints[-1].x, arrow.waypoints[-1].y)
        if arrow.waypoints
        else anchor_point(source_rect, source_anchor, arrow.source.offset)
    )
    if orthogonal and source_anchor in (Anchor.AUTO, Anchor.CENTER):
        source_anchor = _side_toward(source_rect, first_aim)
    if orthogonal and target_anchor in (Anchor.AUTO, Anchor.CENTER):
        target_anchor = _side_toward(target_rect, last_aim)
    ends: list[QPointF] = []
    for rect, anchor, offset, aim in (
        (source_rect, source_anchor, arrow.source.offset, first_aim),
        (target_rect, target_anchor, arrow.target.offset, last_aim),
    ):
        if anchor in (Anchor.AUTO, Anchor.CENTER):
            ends.append(_clip_to_border(rect, anchor_point(rect, anchor, offset), aim))
        else:
            ends.append(anchor_point(rect, anchor, offset))
    if not arrow.waypoints:  # an auto end aims at the other end's final point, not its centre
        if arrow.source.anchor in (Anchor.AUTO, Anchor.CENTER) and not orthogonal:
            ends[0] = _clip_to_border(
                source_rect, anchor_point(source_rect, Anchor.CENTER, arrow.source.offset), ends[1]
            )
        if arrow.target.anchor in (Anchor.AUTO, Anchor.CENTER) and not orthogonal:
            ends[1] = _clip_to_border(
                target_rect, anchor_point(target_rect, Anchor.CENTER, arrow.target.offset), ends[0]
            )
    return ends[0], ends[1], source_anchor, target_anchor


def _vertical(anchor: Anchor) -> bool:
    return anchor in (Anchor.TOP, Anchor.BOTTOM)


def _orthogonal(points: list[QPointF], first: Anchor, last: Anchor) -> list[QPointF]:
    """Axis-aligned elbows between consecutive points: leave along ``first``, arrive along ``last``."""
    routed = [points[0]]
    count = len(points) - 1
    for index in range(count):
        p, q = routed[-1], points[index + 1]
        aligned = math.isclose(p.x(), q.x(), abs_tol=0.01) or math.isclose(p.y(), q.y(), abs_tol=0.01)
        if not aligned:
            start_vertical = _vertical(first) if index == 0 else not _was_vertical(routed)
            if index == count - 1:
                end_vertical = _vertical(last)
                if start_vertical == end_vertical:
                    if start_vertical:
                        middle = (p.y() + q.y()) / 2
                        routed += [QPointF(p.x(), middle), QPointF(q.x(), middle)]
                    else:
                        middle = (p.x() + q.x()) / 2
                        routed += [QPointF(middle, p.y()), QPointF(middle, q.y())]
                else:
                    routed.append(QPointF(p.x(), q.y()) if start_vertical else QPointF(q.x(), p.y()))
            else:
                routed.append(QPointF(p.x(), q.y()) if start_vertical else QPointF(q.x(), p.y()))
        routed.append(q)
    return routed


def _was_vertical(points: list[QPointF]) -> bool:
    if len(points) < 2:
        return False
    a, b = points[-2], points[-1]
    return abs(b.y() - a.y()) > abs(b.x() - a.x())


def arrow_path_points(document: Document, arrow: Arrow) -> list[QPointF]:
    """The polyline an arrow follows, from border to border, through its waypoints.

    Orthogonal arrows come with their elbows; curved arrows give the points the curve passes
    through (the curve itself is smooth between them).
    """
    start, end, first, last = _ends(document, arrow)
    points = [start, *(QPointF(point.x, point.y) for point in arrow.waypoints), end]
    if arrow.routing is Routing.ORTHOGONAL:
        points = _orthogonal(points, first, last)
    return points


def _normal(anchor: Anchor) -> tuple[float, float] | None:
    return {
        Anchor.TOP: (0.0, -1.0),
        Anchor.BOTTOM: (0.0, 1.0),
        Anchor.LEFT: (-1.0, 0.0),
        Anchor.RIGHT: (1.0, 0.0),
    }.get(anchor)


def _curve(points: list[tuple[float, float]], first: Anchor, last: Anchor) -> list[Command]:
    """A smooth curve through the points (Catmull-Rom), leaving and arriving square to the sides."""
    commands: list[Command] = [("M", *points[0])]
    count = len(points)
    for index in range(count - 1):
        (x1, y1), (x2, y2) = points[index], points[index + 1]
        distance = math.hypot(x2 - x1, y2 - y1)
        reach = distance * 0.4
        if index == 0 and (normal := _normal(first)) is not None:
            c1 = (x1 + normal[0] * reach, y1 + normal[1] * reach)
        else:
            x0, y0 = points[index - 1] if index > 0 else points[index]
            c1 = (x1 + (x2 - x0) / 6, y1 + (y2 - y0) / 6)
        if index == count - 2 and (normal := _normal(last)) is not None:
            c2 = (x2 + normal[0] * reach, y2 + normal[1] * reach)
        else:
            x3, y3 = points[index + 2] if index + 2 < count else points[index + 1]
            c2 = (x2 - (x3 - x1) / 6, y2 - (y3 - y1) / 6)
        commands.append(("C", *c1, *c2, x2, y2))
    return commands


def _flatten(commands: list[Command]) -> list[tuple[float, float]]:
    """Points along a path (curves sampled), for measuring lengths and directions."""
    points: list[tuple[float, float]] = []
    for command in commands:
        kind = command[0]
        if kind in ("M", "L"):
            points.append((float(command[1]), float(command[2])))
        elif kind == "C" and points:
            x0, y0 = points[-1]
            x1, y1, x2, y2, x3, y3 = (float(value) for value in command[1:])
            for step in range(1, 17):
                t = step / 16
                u = 1 - t
                points.append(
                    (
                        u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
                        u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
                    )
                )
    return points


def _point_along(points: list[tuple[float, float]], fraction: float) -> tuple[float, float]:
    lengths = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(points)]
    total = sum(lengths)
    if total <= 0:
        return points[0]
    goal = total * fraction
    for (a, b), length in zip(pairwise(points), lengths, strict=True):
        if goal <= length and length > 0:
            t = goal / length
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        goal -= length
    return points[-1]


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
    ops: list[DrawOp] = []
    if fill:
        ops.append(_rounded(x, y, w, h, radius, fill=fill, opacity=opacity))
    if width > 0 and style.stroke:
        dash = _dash(style, width)
        if style.sketch:
            passes = 1 if dash else 2
            commands = sketch.sketch_rounded_rect(
                x, y, w, h, radius, _seed(element, salt), style.roughness or 0.0, passes=passes
            )
        else:
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


def _head(
    kind: ArrowHead, tip: tuple[float, float], back: tuple[float, float], length: float
) -> tuple[list[Command], bool]:
    """Commands for an arrowhead at ``tip`` pointing away from ``back``; True when it is filled."""
    dx, dy = tip[0] - back[0], tip[1] - back[1]
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    px, py = -uy, ux
    half = length * 0.45
    bx, by = tip[0] - ux * length, tip[1] - uy * length
    if kind is ArrowHead.ARROW:
        return [("M", bx + px * half, by + py * half), ("L", *tip), ("L", bx - px * half, by - py * half)], False
    if kind is ArrowHead.TRIANGLE:
        return [("M", *tip), ("L", bx + px * half, by + py * half), ("L", bx - px * half, by - py * half), ("Z",)], True
    if kind is ArrowHead.DIAMOND:
        mx, my = tip[0] - ux * length / 2, tip[1] - uy * length / 2
        return [
            ("M", *tip),
            ("L", mx + px * half, my + py * half),
            ("L", bx, by),
            ("L", mx - px * half, my - py * half),
            ("Z",),
        ], True
    if kind is ArrowHead.CIRCLE:
        radius = length * 0.3
        return sketch.ellipse(tip[0] - ux * radius, tip[1] - uy * radius, radius, radius), True
    return [], False


def _layout_arrow(ctx: _Context, arrow: Arrow, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    start, end, first, last = _ends(ctx.document, arrow)
    corners = [start, *(QPointF(point.x, point.y) for point in arrow.waypoints), end]
    if arrow.routing is Routing.ORTHOGONAL:
        corners = _orthogonal(corners, first, last)
    points = [(point.x(), point.y()) for point in corners]
    opacity = style.opacity if style.opacity is not None else 1.0
    stroke = style.stroke or "#000000"
    width = style.stroke_width or 1.0
    dash = _dash(style, width)
    size = style.font_size or 20.0
    if arrow.routing is Routing.CURVED:
        crisp = _curve(points, first, last)
    else:
        crisp = [("M", *points[0]), *(("L", *point) for point in points[1:])]
    track = _flatten(crisp)
    ops: list[DrawOp] = []
    shaft: list[Command]
    if style.sketch and arrow.routing is not Routing.CURVED:
        passes = 1 if dash else 2
        shaft = sketch.sketch_polyline(points, _seed(arrow), (style.roughness or 0.0) * 0.8, passes=passes)
    else:
        shaft = crisp
    ops.append(PathOp(shaft, stroke=stroke, stroke_width=width, dash=dash, opacity=opacity))
    length = 10.0 + width * 3.0
    for kind, tip, back in (
        (arrow.head_end, track[-1], _behind(track, length)),
        (arrow.head_start, track[0], _behind(track[::-1], length)),
    ):
        commands, filled = _head(kind, tip, back, length)
        if commands:
            ops.append(
                PathOp(commands, fill=stroke if filled else None, stroke=stroke, stroke_width=width, opacity=opacity)
            )
    label = ctx.text(arrow.label)
    if label.strip():
        lx, ly = _point_along(track, arrow.label_position)
        block = layout_block(
            label,
            ctx.families(style),
            size * 0.85,
            BOLD,
            style.text_color or stroke,
            230.0,
            "center",
            ctx.rtl,
            ctx.language,
        )
        pad_x, pad_y = 6.0, 2.0
        box = QRectF(
            lx - block.width / 2 - pad_x,
            ly - block.height / 2 - pad_y,
            block.width + 2 * pad_x,
            block.height + 2 * pad_y,
        )
        background = ctx.document.settings.background or ctx.theme.background
        ops.append(
            _rounded(box.x(), box.y(), box.width(), box.height(), 6.0, fill=_alpha(background, 0xF2), opacity=opacity)
        )
        ops += place(block, lx - 115.0, ly - block.height / 2, opacity)
    return ops, []


def _behind(track: list[tuple[float, float]], length: float) -> tuple[float, float]:
    """A point about ``length`` back from the end of the track, for the head's direction."""
    tip = track[-1]
    for point in reversed(track[:-1]):
        if math.hypot(tip[0] - point[0], tip[1] - point[1]) >= length * 0.5:
            return point
    return track[0] if len(track) > 1 else (tip[0] - 1.0, tip[1])


_LAYOUTS = {
    Box: _layout_box,
    TextElement: _layout_text_element,
    Legend: _layout_legend,
    Frame: _layout_frame,
    Image: _layout_image,
    Arrow: _layout_arrow,
}


def _bounds(ops: list[DrawOp]) -> QRectF:
    if not ops:
        return QRectF()
    left, top, right, bottom = math.inf, math.inf, -math.inf, -math.inf
    for op in ops:
        if type(op) is PathOp and type(op.commands) is sketch.Outline:  # extent known already
            grow = op.stroke_width / 2 if op.stroke else 0.0
            x1, y1, x2, y2 = op.commands.extent()
            x1, y1, x2, y2 = x1 - grow, y1 - grow, x2 + grow, y2 + grow
        else:
            x1, y1, x2, y2 = op.extent()
        left = min(left, x1)
        top = min(top, y1)
        right = max(right, x2)
        bottom = max(bottom, y2)
    return QRectF(left, top, right - left, bottom - top)


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
    millions of acyclic objects, and the collector's passes over them doubled the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
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
