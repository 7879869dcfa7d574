"""A document's SVG laid out and written a slice of elements at a time: the same bytes as
``to_svg(layout_document(...))`` without the whole display list in memory at once.

A 100,000-box document's display list took 1.3 GB (every sketch outline's commands, every shape
and icon) on top of the document itself, only to be turned into text once. Here each slice of the
paint order is laid out, written as its ``<g>`` elements, and dropped; what the SVG's head still
needs from it is kept: each element's bounds, overflows and text lines (the inherited font stack,
the embedded fonts' characters and the reading description come from those). The markup is the
very same: the body of the one-language writer is written by its own loop (``groups_markup``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from editor.model.document import Document
from editor.model.io import paused_gc
from editor.render.display_list import ElementGroup, Overflow, TextLineOp
from editor.render.layout import display_list_of, layout_groups
from editor.render.layout_context import make_context
from editor.render.svg import groups_markup, to_svg

#: elements laid out and written at a time: large enough that the per-slice work vanishes,
#: small enough that a slice's display list stays a few megabytes
SLICE = 2000


def _first_families(groups: Sequence[ElementGroup]) -> tuple[str, ...]:
    """The font stack of the first text line, as ``to_svg`` puts it on the root (see _inherited_text)."""
    for group in groups:
        for op in group.ops:
            if type(op) is TextLineOp:
                return op.families
    return ()


def streamed_svg(document: Document, language: str | None = None, **options: Any) -> tuple[str, list[Overflow]]:
    """``to_svg(layout_document(document, language), **options)`` and its overflows, written slice by
    slice; ``options`` are :func:`to_svg`'s (fonts, the document's JSON, padding, background, grid)."""
    ctx = make_context(document, language, None)
    elements = document.in_paint_order()
    direction = "rtl" if ctx.rtl else "ltr"
    families: tuple[str, ...] = ()  # known from the first slice with text; slices before have no text to style
    pieces: list[str] = []
    icons: dict[str, str] = {}
    labels: dict[str, str] = {}
    summaries: list[ElementGroup] = []
    for start in range(0, len(elements), SLICE):
        groups = layout_groups(ctx, elements[start : start + SLICE])
        families = families or _first_families(groups)
        with paused_gc():
            pieces += groups_markup(groups, (families, direction, ctx.language), icons, labels)
            summaries += [
                ElementGroup(
                    group.element_id,
                    group.z,
                    group.bounds,
                    [op for op in group.ops if type(op) is TextLineOp],
                    group.overflows,
                )
                for group in groups
            ]
        del groups
    display_list = display_list_of(ctx, summaries)

    def body(defaults: tuple[tuple[str, ...], str, str], used_icons: dict[str, str]) -> list[str]:
        if defaults[0] != families:  # cannot happen: both are the first text line's stack
            raise AssertionError(f"inherited font stack {defaults[0]} differs from {families}")
        used_icons.update(icons)
        return pieces

    svg = to_svg(display_list, body=body, labels=labels, **options)
    return svg, display_list.overflows
