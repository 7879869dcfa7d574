"""A document's SVG laid out and written a slice of elements at a time: the same bytes as
``to_svg(layout_document(...))`` without the whole display list in memory at once.

A 100,000-box document's display list took 1.3 GB (every sketch outline's commands, every shape
and icon) on top of the document itself, only to be turned into text once. Here each slice of the
paint order is laid out, written as its ``<g>`` elements, and dropped; what the SVG's head still
needs from it is kept: each element's bounds and overflows, the first text line (its font stack is
inherited from the root), the characters of the text lines (for the embedded fonts) and each
element's words (the reading description). The markup is the very same: the body of the
one-language writer is written by its own loop (``groups_markup``).

With a spare core (``forked``), a child lays out the second half, another subsets the fonts for
the characters the document's texts foretell (``text_forecast``, checked against the lines at the
end), and a third writes and packs the document's JSON when it is given as a function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import zip_longest
from typing import Any, cast

from PySide6.QtCore import QRectF

from editor.model.document import AnyElement, Document
from editor.model.io import paused_gc, svg_metadata
from editor.render import forked
from editor.render.display_list import ElementGroup, Overflow, TextLineOp
from editor.render.font_embedding import Characters, font_face_rules_for, line_characters, merged
from editor.render.layout import layout_groups, summarized_display_list
from editor.render.layout_context import LayoutContext, make_context
from editor.render.svg import groups_markup, to_svg
from editor.render.svg_glyphs import GlyphDefinitions
from editor.render.text_forecast import forecast_characters

#: elements laid out and written at a time: large enough that the per-slice work vanishes,
#: small enough that a slice's display list stays a few megabytes
SLICE = 2000
#: elements a forked child and this process take in turn (see ``_written``)
SHARE = 500
#: a group's bounds as ``QRectF.getRect()`` gives them: (x, y, width, height)
_Rect = tuple[float, float, float, float]


@dataclass
class _Written:
    """What slices leave behind: their markup, the icons and labels met, and what the SVG's head
    needs of the groups: the first text line (its font stack goes on the root), each group's bounds
    (as ``QRectF.getRect()``, united in paint order as ``display_list_of`` unites them), the
    overflows and the characters of the text lines. Small: a forked child sends it back pickled
    (the groups' own text lines, pickled, took a quarter of a second at 10,000 boxes)."""

    families: tuple[str, ...] = ()  # the first text line's stack; slices before it have no text to style
    first_line: list[ElementGroup] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    icons: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    bounds: list[_Rect] = field(default_factory=list)
    overflows: list[Overflow] = field(default_factory=list)
    characters: Characters = field(default_factory=dict)

    def add(self, ctx: LayoutContext, elements: Sequence[AnyElement]) -> _Written:
        """Lays out and writes ``elements`` a slice at a time; returns itself."""
        direction = "rtl" if ctx.rtl else "ltr"
        for start in range(0, len(elements), SLICE):
            groups = layout_groups(ctx, list(elements[start : start + SLICE]))
            if not self.first_line:
                self._first_line(groups)
            with paused_gc():
                self.pieces += groups_markup(groups, (self.families, direction, ctx.language), self.icons, self.labels)
                self.bounds += [cast(_Rect, group.bounds.getRect()) for group in groups]
                self.overflows += [overflow for group in groups for overflow in group.overflows]
                self.characters = merged(self.characters, line_characters(groups))
        return self

    def _first_line(self, groups: Sequence[ElementGroup]) -> None:
        for group in groups:
            for op in group.ops:
                if type(op) is TextLineOp:
                    self.families = self.families or op.families
                    self.first_line = [ElementGroup(group.element_id, group.z, QRectF(), [op])]
                    return

    def extend(self, later: _Written) -> None:
        """``later``'s slices after these, as if this had written them (icons and labels keep their order)."""
        self.pieces += later.pieces
        for name, data in later.icons.items():
            self.icons.setdefault(name, data)
        self.labels.update(later.labels)
        self.bounds += later.bounds
        self.overflows += later.overflows
        self.characters = merged(self.characters, later.characters)
        self.first_line = self.first_line or later.first_line


def _qt_survives_fork() -> bool:
    """Text layout in a forked child is safe on Qt's windowless platforms (no display connection shared)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() in ("offscreen", "minimal")


def _written(ctx: LayoutContext, elements: Sequence[AnyElement]) -> _Written:
    """Every element written; in a big document, every other share of them by a forked child on
    another core (the first slice is laid out first, here: the child needs the root's font stack,
    read from its text). Taking turns by shares, not halves, gives each process as many boxes as
    arrows: paint order puts the arrows first, and a child given the second half got every box
    (at 100,000 boxes it worked twice as long as this process, which waited)."""
    first = _Written().add(ctx, elements[:SLICE])
    rest = elements[SLICE:]
    if len(rest) < SLICE or not first.families or not (forked.worth_forking() and _qt_survives_fork()):
        return first.add(ctx, rest)
    shares = [rest[start : start + SHARE] for start in range(0, len(rest), SHARE)]
    theirs = forked.later(_shares_written, ctx, shares[1::2], first.families, first.first_line)
    mine = _shares_written(ctx, shares[0::2], first.families, first.first_line)
    for pair in zip_longest(mine, theirs()):  # back in paint order: mine, theirs, mine...
        for written in pair:
            if written is not None:
                first.extend(written)
    return first


def _shares_written(
    ctx: LayoutContext, shares: list[Sequence[AnyElement]], families: tuple[str, ...], first_line: list[ElementGroup]
) -> list[_Written]:
    """Each share written on its own (its icons and labels in the order met), to be put back in
    paint order by ``extend``."""
    return [_Written(families, first_line).add(ctx, share) for share in shares]


def streamed_svg(document: Document, language: str | None = None, **options: Any) -> tuple[str, list[Overflow]]:
    """``to_svg(layout_document(document, language), **options)`` and its overflows, written slice by
    slice; ``options`` are :func:`to_svg`'s (fonts, the document's JSON, padding, background, grid).
    The document's JSON may also be given as a function that returns it: a forked child then writes
    and packs it while the layout runs."""
    ctx = make_context(document, language, None)
    # One pause of the collector for the whole export: the pauses inside then do nothing, so no
    # collection, and no freeze of the heap on leaving one, touches every object while a forked
    # child lives (each page touched is copied for the child: half a second of a 10k export).
    with paused_gc():
        return _streamed(ctx, document, options)


def _packed(document_json: Callable[[], str]) -> str:
    """The ``<metadata>`` block of the document's JSON: written and deflated (0.2 s at 10,000 boxes,
    2 s at 100,000) by a forked child while the layout runs, when one helps."""
    return svg_metadata(document_json())


def _streamed(ctx: LayoutContext, document: Document, options: dict[str, Any]) -> tuple[str, list[Overflow]]:
    elements = document.in_paint_order()
    metadata = None
    if callable(options.get("document_json")):
        metadata = forked.later(_packed, options.pop("document_json"))
    fonts = None
    if options.pop("embed_fonts", False):  # subset on another core from the texts, checked against the lines
        fonts = forked.ahead(partial(forecast_characters, ctx, elements), font_face_rules_for)
    written = _written(ctx, elements)
    bounds = [QRectF(*rect) for rect in written.bounds]
    display_list = summarized_display_list(ctx, written.first_line, bounds, written.overflows)

    def body(
        defaults: tuple[tuple[str, ...], str, str], used_icons: dict[str, str], glyphs: GlyphDefinitions | None
    ) -> list[str]:
        if glyphs is not None:  # streamed_svg writes <text>: outlines go through to_svg whole
            raise AssertionError("the streamed SVG writes text, not outlines")
        if defaults[0] != written.families:  # cannot happen: both are the first text line's stack
            raise AssertionError(f"inherited font stack {defaults[0]} differs from {written.families}")
        used_icons.update(written.icons)
        return written.pieces

    font_css = None if fonts is None else partial(fonts, written.characters)
    packed = None if metadata is None else metadata()
    svg = to_svg(display_list, body=body, labels=written.labels, font_css=font_css, metadata=packed, **options)
    return svg, display_list.overflows
