"""Layouts of each element kind: those that own a rectangle (boxes, free text, legends, frames
and images) and arrows.

Each turns one element and its resolved style into draw ops (shapes, then text lines placed
with Qt's metrics) and reports any text that does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from editor.model.elements import Arrow, Box, BoxShape, Frame, Image, Legend, Routing, TextElement, TextRole
from editor.model.style import (
    ARROW_LABEL_SCALE,
    BOX_NAME_SCALE,
    BOX_ROLE_SCALE,
    FRAME_TITLE_SCALE,
    Style,
    TextAlign,
    TextFit,
)
from editor.render import sketch
from editor.render.box_outlines import outline_geometry
from editor.render.display_list import Anchor as TextAnchor
from editor.render.display_list import Command, DrawOp, ImageOp, Overflow, PathOp
from editor.render.layout_context import (
    BOLD,
    REGULAR,
    LayoutContext,
    dash_pattern,
    icon_ops,
    outline_ops,
    qrect,
    rounded,
    seed_for,
    weight,
    with_alpha,
)
from editor.render.layout_geometry import arrow_route, behind, curve, flatten, head, point_along
from editor.render.text import TextBlock, layout_block, place, visual_anchor


def _fit(  # noqa: PLR0917
    parts: list[tuple[str, float, int]],
    style: Style,
    families: tuple[str, ...],
    color: str,
    width: float,
    height: float,
    ctx: LayoutContext,
    anchor: TextAnchor,
    gap: float,
) -> tuple[list[TextBlock], float, float]:
    """Lay out stacked texts; shrink them together when the style asks. Returns blocks, total, overflow."""
    scale = 1.0
    minimum = style.min_font_size or 1.0
    largest = max((size for _, size, _ in parts), default=1.0)
    while True:
        blocks = [
            layout_block(
                text,
                families,
                size * scale,
                weight,
                color,
                width,
                anchor,
                ctx.rtl,
                ctx.language,
                per_paragraph=ctx.per_paragraph,
            )
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


def layout_box(ctx: LayoutContext, box: Box, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    """The outline, then the icon and the name and role stacked in the outline's inner area
    (the whole rectangle for a rectangle; inside the curve of an ellipse, below an actor...)."""
    rect = qrect(box.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    radius = style.corner_radius or 0.0
    ops = outline_ops(box, style, rect, radius, fill=style.fill, shape=box.outline) if ctx.outlines else []
    pad = max(8.0, size * 0.5)
    if box.outline is not BoxShape.RECTANGLE:  # the inner area already keeps clear of the outline
        x, y, w, h = outline_geometry(box.outline, rect.x(), rect.y(), rect.width(), rect.height(), radius).inner
        rect = QRectF(x, y, w, h)
        pad = min(pad, w / 12)
    icon_size = size * 1.7 if box.icon else 0.0
    text_color = style.text_color or "#000000"
    ops += icon_ops(box.icon, rect.center().x() - icon_size / 2, rect.y() + pad * 0.8, icon_size, text_color, opacity)
    top = rect.y() + pad * 0.8 + (icon_size + size * 0.2 if box.icon else 0.0)
    room = rect.bottom() - pad * 0.6 - top
    width = rect.width() - 2 * pad
    anchor = visual_anchor(style.text_align or TextAlign.CENTER, ctx.rtl)
    gap = size * 0.1
    blocks, total, overflow = _fit(
        [
            (ctx.text(box.name), size * BOX_NAME_SCALE, weight(style, BOLD)),
            (ctx.text(box.role), size * BOX_ROLE_SCALE, weight(style, REGULAR)),
        ],
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


def layout_text_element(ctx: LayoutContext, element: TextElement, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    rect = qrect(element.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    role = element.role
    text_color = style.text_color or "#000000"
    ops: list[DrawOp] = []
    framed = role in (TextRole.CALLOUT, TextRole.NOTE)
    text_weight = weight(style, BOLD if role in (TextRole.TITLE, TextRole.HEADING, TextRole.CALLOUT) else REGULAR)
    if role is TextRole.CALLOUT:
        size *= 0.95
        ops += outline_ops(element, style, rect, rect.height() / 2, fill=style.fill) if ctx.outlines else []
        pad_x, pad_y = rect.height() * 0.35, 3.0
    elif role is TextRole.NOTE:
        ops += outline_ops(element, style, rect, style.corner_radius or 0.0, fill=style.fill) if ctx.outlines else []
        pad_x, pad_y = max(10.0, size * 0.6), max(6.0, size * 0.35)
    else:
        pad_x, pad_y = 0.0, 0.0
    inner = rect.adjusted(pad_x, pad_y, -pad_x, -pad_y)
    if element.icon:
        icon_size = min(size * (1.5 if framed else 1.15), inner.height())
        gap = size * 0.4
        icon_x = inner.right() - icon_size if ctx.rtl else inner.x()
        ops += icon_ops(element.icon, icon_x, inner.center().y() - icon_size / 2, icon_size, text_color, opacity)
        inner = inner.adjusted(0, 0, -(icon_size + gap), 0) if ctx.rtl else inner.adjusted(icon_size + gap, 0, 0, 0)
    align = style.text_align or TextAlign.CENTER
    anchor = visual_anchor(align, ctx.rtl)
    blocks, total, overflow = _fit(
        [(ctx.text(element.text), size, text_weight)],
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


def layout_legend(ctx: LayoutContext, legend: Legend, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    rect = qrect(legend.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    text_color = style.text_color or "#000000"
    accent = style.stroke or text_color
    ops = outline_ops(legend, style, rect, style.corner_radius or 0.0, fill=style.fill)
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
            weight(style, BOLD),
            text_color,
            width,
            title_anchor,
            ctx.rtl,
            ctx.language,
            per_paragraph=ctx.per_paragraph,
        )
        badge = size * 1.3 * scale
        gap = size * 0.5 * scale
        entry_width = width - badge - gap
        entries = [
            layout_block(
                ctx.text(entry.text),
                families,
                size * 0.95 * scale,
                weight(style, REGULAR),
                text_color,
                entry_width,
                title_anchor,
                ctx.rtl,
                ctx.language,
                per_paragraph=ctx.per_paragraph,
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
            sketch.sketch_ellipse(cx, cy, radius, radius, seed_for(legend, number), style.roughness or 0.0)
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
            per_paragraph=ctx.per_paragraph,
        )
        ops += place(digits, cx - badge * 1.5, cy - digits.height / 2, opacity)
        text_x = rect.x() + pad if ctx.rtl else badge_x + badge + gap
        offset = max(0.0, (badge - (block.lines[0].ascent + block.lines[0].descent if block.lines else 0)) / 2)
        ops += place(block, text_x, y + offset * 0.6, opacity)
        y += max(block.height, badge) + gap * 0.7
    overflows = [Overflow(legend.id, ctx.language, "entries", round(overflow, 1))] if overflow > 0.5 else []
    return ops, overflows


def layout_frame(ctx: LayoutContext, frame: Frame, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    rect = qrect(frame.rect)
    size = style.font_size or 20.0
    opacity = style.opacity if style.opacity is not None else 1.0
    fill = with_alpha(style.fill, 0x8C) if style.fill else None
    ops = outline_ops(frame, style, rect, style.corner_radius or 0.0, fill=fill)
    pad = max(10.0, size * 0.6)
    text_color = style.text_color or "#000000"
    anchor = visual_anchor(TextAlign.START, ctx.rtl)
    block = layout_block(
        ctx.text(frame.title),
        ctx.families(style),
        size * FRAME_TITLE_SCALE,
        weight(style, BOLD),
        text_color,
        rect.width() - 2 * pad,
        anchor,
        ctx.rtl,
        ctx.language,
        per_paragraph=ctx.per_paragraph,
    )
    ops += place(block, rect.x() + pad, rect.y() + pad * 0.6, opacity)
    overflow = max(block.width - (rect.width() - 2 * pad), 0.0)
    return ops, ([Overflow(frame.id, ctx.language, "title", round(overflow, 1))] if overflow > 0.5 else [])


def layout_image(ctx: LayoutContext, image: Image, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    del ctx
    opacity = style.opacity if style.opacity is not None else 1.0
    return [ImageOp(qrect(image.rect), image.mime.value, image.data, opacity)], []


def layout_arrow(ctx: LayoutContext, arrow: Arrow, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
    """An arrow's route border to border (straight, orthogonal or curved), a sketched or crisp
    shaft, heads at either end, and a label on a small background so it stays legible."""
    points, first, last = arrow_route(ctx.document, arrow)
    opacity = style.opacity if style.opacity is not None else 1.0
    stroke = style.stroke or "#000000"
    width = style.stroke_width or 1.0
    dash = dash_pattern(style, width)
    if arrow.routing is Routing.CURVED:
        crisp = curve(points, first, last)
    else:
        crisp = [("M", *points[0]), *(("L", *point) for point in points[1:])]
    track = flatten(crisp)
    shaft: list[Command]
    if style.sketch and arrow.routing is not Routing.CURVED:
        passes = 1 if dash else 2
        shaft = sketch.sketch_polyline(points, seed_for(arrow), (style.roughness or 0.0) * 0.8, passes=passes)
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
            label,
            ctx.families(style),
            size * ARROW_LABEL_SCALE,
            weight(style, BOLD),
            color,
            230.0,
            "center",
            ctx.rtl,
            ctx.language,
            per_paragraph=ctx.per_paragraph,
        )
        pad_x, pad_y = 6.0, 2.0
        background = with_alpha(ctx.document.settings.background or ctx.theme.background, 0xF2)
        x, y = lx - block.width / 2 - pad_x, ly - block.height / 2 - pad_y
        ops.append(
            rounded(x, y, block.width + 2 * pad_x, block.height + 2 * pad_y, 6.0, fill=background, opacity=opacity)
        )
        ops += place(block, lx - 115.0, ly - block.height / 2, opacity)
    return ops, []
