"""Document -> display list: every element's shapes, text lines and icons, in one language.

The canvas redraws one element at a time with :func:`layout_element`; exports take the
whole :func:`layout_document`. Both read the document as it is now (an arrow follows the
current rectangles of what it binds to).

This module is the driver: it resolves each element's style and dispatches to the element
layouts (``layout_elements``: boxes, text, legends, frames, images and arrows), which share
``layout_context``; group bounds are gathered here.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRectF

from editor.model.document import AnyElement, Document
from editor.model.elements import Arrow, Box, Frame, Image, Legend, TextElement
from editor.model.io import paused_gc
from editor.model.style import TextDirection
from editor.model.theme import Theme
from editor.render import sketch
from editor.render.display_list import DisplayList, DrawOp, ElementGroup, GridSpec, Overflow, PathOp, TextLineOp
from editor.render.layout_context import LayoutContext, make_context
from editor.render.layout_elements import (
    layout_arrow,
    layout_box,
    layout_frame,
    layout_image,
    layout_legend,
    layout_text_element,
)
from editor.render.layout_geometry import anchor_point, arrow_path_points
from editor.render.text import clean_text

_LAYOUTS = {
    Box: layout_box,
    TextElement: layout_text_element,
    Legend: layout_legend,
    Frame: layout_frame,
    Image: layout_image,
    Arrow: layout_arrow,
}


def _bounds(ops: list[DrawOp]) -> QRectF:
    """The rectangle covering every op: one pass, the common kinds' extents worked out inline."""
    if not ops:
        return QRectF()
    left = top = math.inf
    right = bottom = -math.inf
    every: list[Any] = ops  # the kinds are told apart by type() below, faster than isinstance
    for op in every:
        kind = type(op)
        if kind is TextLineOp:
            x1, y1, x2, y2 = op.x, op.y - op.ascent, op.x + op.width, op.y + op.descent
        elif kind is PathOp and (op.rect is not None or type(op.commands) is sketch.Outline):
            grow = op.stroke_width / 2 if op.stroke else 0.0
            if op.rect is not None:
                x1, y1, width, height, _ = op.rect
                x2, y2 = x1 + width, y1 + height
            else:  # a sketch outline knows its extent already
                x1, y1, x2, y2 = op.commands.extent()
            x1, y1, x2, y2 = x1 - grow, y1 - grow, x2 + grow, y2 + grow
        else:
            x1, y1, x2, y2 = op.extent()
        # plain comparisons: a third of the cost of min()/max() calls in this loop over every op
        if x1 < left:  # noqa: PLR1730
            left = x1
        if y1 < top:  # noqa: PLR1730
            top = y1
        if x2 > right:  # noqa: PLR1730
            right = x2
        if y2 > bottom:  # noqa: PLR1730
            bottom = y2
    return QRectF(left, top, right - left, bottom - top)


def _group(ctx: LayoutContext, element: AnyElement) -> ElementGroup:
    style = ctx.style(element)
    if style.text_direction is not None and style.text_direction is not TextDirection.AUTO:
        ctx = replace(ctx, rtl=style.text_direction is TextDirection.RTL, per_paragraph=False)
    ops, overflows = _LAYOUTS[type(element)](ctx, element, style)  # type: ignore[operator]
    return ElementGroup(element.id, element.z, _bounds(ops), ops, overflows)


def layout_element(document: Document, element_id: str, language: str | None = None) -> ElementGroup:
    """One element's group, from the document as it is now (cheap: no other element is laid out)."""
    ctx = make_context(document, language, None)
    return _group(ctx, document.element(element_id))


def layout_document(
    document: Document, language: str | None = None, *, theme: Theme | str | None = None
) -> DisplayList:
    """The whole document in ``language`` (the source language when None)."""
    ctx = make_context(document, language, theme)
    with paused_gc():
        groups = [_group(ctx, element) for element in document.in_paint_order()]
    return display_list_of(ctx, groups)


def layout_groups(ctx: LayoutContext, elements: list[AnyElement]) -> list[ElementGroup]:
    """The groups of ``elements`` (a slice of the paint order): the streaming SVG writer lays a big
    document out a slice at a time, and ``display_list_of`` then takes the groups' summaries."""
    with paused_gc():
        return [_group(ctx, element) for element in elements]


def display_list_of(ctx: LayoutContext, groups: list[ElementGroup]) -> DisplayList:
    """The display list of laid-out ``groups``: their bounds, overflows, the document's settings."""
    overflows = [overflow for group in groups for overflow in group.overflows]
    return summarized_display_list(ctx, groups, [group.bounds for group in groups], overflows)


def summarized_display_list(
    ctx: LayoutContext, groups: list[ElementGroup], group_bounds: list[QRectF], overflows: list[Overflow]
) -> DisplayList:
    """:func:`display_list_of` from the groups' bounds and overflows, with ``groups`` standing for the
    groups (the streamed SVG writer keeps only the first text line of its groups, which were written
    as they were laid out)."""
    document = ctx.document
    bounds = QRectF()
    for rect in group_bounds:  # united in paint order: the last bit of a sum depends on its order
        if not rect.isNull():
            bounds = bounds.united(rect) if not bounds.isNull() else QRectF(rect)
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
        reading_order=_reading_order(document),
    )


def document_overflows(document: Document, language: str | None = None) -> list[Overflow]:
    """The overflows :func:`layout_document` reports, in its order, without laying arrows out (their
    labels are never checked) nor the outlines of boxes and notes: what ``translate`` counts, in
    half the time."""
    ctx = replace(make_context(document, language, None), outlines=False)
    with paused_gc():
        return [
            overflow
            for element in document.in_paint_order()
            if type(element) is not Arrow
            for overflow in _group(ctx, element).overflows
        ]


def _reading_order(document: Document) -> tuple[str, ...]:
    """Legends first (they explain the numbers the rest refers to), then the document's own order."""
    elements = document.elements
    return tuple(
        [element.id for element in elements if type(element) is Legend]
        + [element.id for element in elements if type(element) is not Legend]
    )


__all__ = [
    "TextLineOp",
    "anchor_point",
    "arrow_path_points",
    "layout_document",
    "layout_element",
]
