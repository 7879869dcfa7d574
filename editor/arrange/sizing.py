"""How big boxes, arrow labels and frame titles must be so their text fits, in every language asked.

Measured with the renderer's own text engine and the same fonts, sizes and paddings its layouts use
(``editor.render.layout_elements``), so a box sized here shows its text without overflow on screen
and in every export. With several languages each size is the largest any of them needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.model import Arrow, Box, Document, Frame
from editor.model.style import ARROW_LABEL_SCALE, BOX_NAME_SCALE, BOX_ROLE_SCALE, FRAME_TITLE_SCALE
from editor.render.box_outlines import outer_size
from editor.render.layout_context import BOLD, REGULAR, LayoutContext, make_context
from editor.render.qt import ensure_gui_application
from editor.render.text import layout_block

#: widest a box's text runs before it wraps; wrapped lines keep boxes readable and the drawing compact
TEXT_WIDTH = 240.0
#: arrow labels wrap at this width in the renderer (``layout_arrow``)
LABEL_WRAP = 230.0
MIN_BOX = (96.0, 52.0)
SLACK = 4.0


def contexts(document: Document, languages: Sequence[str] | None) -> list[LayoutContext]:
    """One layout context per language to size for (all of the document's when none are named)."""
    ensure_gui_application()
    chosen = list(languages) if languages else list(document.settings.languages)
    return [make_context(document, language, None) for language in dict.fromkeys(chosen)]


def box_size(box: Box, contexts: Sequence[LayoutContext]) -> tuple[float, float]:
    width, height = MIN_BOX
    for ctx in contexts:
        style = ctx.style(box)
        size = style.font_size or 20.0
        pad = max(8.0, size * 0.5)
        icon = size * 1.7 if box.icon else 0.0
        families = ctx.families(style)
        blocks = [
            layout_block(
                ctx.text(box.name),
                families,
                size * BOX_NAME_SCALE,
                BOLD,
                "#000000",
                TEXT_WIDTH,
                "center",
                ctx.rtl,
                ctx.language,
            ),
            layout_block(
                ctx.text(box.role),
                families,
                size * BOX_ROLE_SCALE,
                REGULAR,
                "#000000",
                TEXT_WIDTH,
                "center",
                ctx.rtl,
                ctx.language,
            ),
        ]
        present = [block for block in blocks if block.lines]
        text_height = sum(block.height for block in present) + size * 0.1 * max(len(present) - 1, 0)
        text_width = max((block.width for block in present), default=0.0)
        inner = (
            max(text_width + 2 * pad + SLACK, icon + 2 * pad),
            pad * 0.8 + (icon + size * 0.2 if box.icon else 0.0) + text_height + pad * 0.6 + SLACK,
        )
        needed = outer_size(box.outline, *inner)  # an ellipse, a diamond... hold their text in a smaller area
        width, height = max(width, needed[0]), max(height, needed[1])
    return round(width), round(height)


def label_size(arrow: Arrow, contexts: Sequence[LayoutContext]) -> tuple[float, float] | None:
    """The label's background rectangle as the renderer draws it, or None for an unlabelled arrow."""
    width = height = 0.0
    for ctx in contexts:
        text = ctx.text(arrow.label)
        if not text.strip():
            continue
        style = ctx.style(arrow)
        size = (style.font_size or 20.0) * ARROW_LABEL_SCALE
        block = layout_block(
            text, ctx.families(style), size, BOLD, "#000000", LABEL_WRAP, "center", ctx.rtl, ctx.language
        )
        width, height = max(width, block.width + 12.0), max(height, block.height + 4.0)
    return (round(width) + 2, round(height) + 2) if width else None


def title_size(frame: Frame, contexts: Sequence[LayoutContext]) -> tuple[float, float]:
    """Room for a frame's title inside its top edge, as ``layout_frame`` places it."""
    width = height = 0.0
    for ctx in contexts:
        style = ctx.style(frame)
        size = style.font_size or 20.0
        pad = max(10.0, size * 0.6)
        block = layout_block(
            ctx.text(frame.title),
            ctx.families(style),
            size * FRAME_TITLE_SCALE,
            BOLD,
            "#000000",
            10_000.0,
            "left",
            ctx.rtl,
            ctx.language,
        )
        width, height = max(width, block.width + 2 * pad), max(height, block.height + pad * 0.8)
    return width, height
