"""Layout of an arrow: its route border to border (straight, orthogonal or curved), a sketched
or crisp shaft, heads at either end, and a label on a small background so it stays legible."""

from __future__ import annotations

from editor.model.elements import Arrow, Routing
from editor.model.style import Style
from editor.render import sketch
from editor.render.display_list import Command, DrawOp, Overflow, PathOp
from editor.render.layout_context import BOLD, LayoutContext, dash_pattern, rounded, seed_for, with_alpha
from editor.render.layout_geometry import arrow_route, behind, curve, flatten, head, point_along
from editor.render.text import layout_block, place


def layout_arrow(ctx: LayoutContext, arrow: Arrow, style: Style) -> tuple[list[DrawOp], list[Overflow]]:
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
            label, ctx.families(style), size * 0.85, BOLD, color, 230.0, "center", ctx.rtl, ctx.language
        )
        pad_x, pad_y = 6.0, 2.0
        background = with_alpha(ctx.document.settings.background or ctx.theme.background, 0xF2)
        x, y = lx - block.width / 2 - pad_x, ly - block.height / 2 - pad_y
        ops.append(
            rounded(x, y, block.width + 2 * pad_x, block.height + 2 * pad_y, 6.0, fill=background, opacity=opacity)
        )
        ops += place(block, lx - 115.0, ly - block.height / 2, opacity)
    return ops, []
