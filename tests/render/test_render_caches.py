"""The export fast paths give exactly what the plain code gives: sketch outlines, text layout, SVG.

The sketch generator runs with its random generator inlined and its outlines cached; the
text layout is memoized; the SVG writer keeps formatted path data. Each is checked here
against a straightforward version, so speed never changes a pixel.
"""

from __future__ import annotations

import gc
import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextLayout, QTextOption

from editor.model import load
from editor.model.io import paused_gc
from editor.render import sketch, text
from editor.render.display_list import PathOp
from editor.render.fonts import family_stack, qfont
from editor.render.layout import layout_document
from editor.render.svg import to_svg
from editor.render.svg_format import path_data

COORDINATE = st.floats(-2000, 2000, allow_nan=False)
SIZE = st.floats(1, 800, allow_nan=False)
SEED = st.integers(0, 2**31 - 1)
ROUGHNESS = st.sampled_from([0.0, 0.96, 1.2, 3.5])


# -- a plain Rough.js-style reference, written for reading, not for speed ---------------------
def _reference_line(
    commands: list, x1: float, y1: float, x2: float, y2: float, rng: sketch.Random, r0: float, move: bool
) -> None:
    length = math.hypot(x2 - x1, y2 - y1)
    gain = 1.0 if length < 200 else 0.4 if length > 500 else -0.0016668 * length + 1.233334
    spread = min(1.6, length / 10)
    r = r0 * gain
    half = spread / 2
    diverge = 0.2 + rng.next() * 0.2
    bow_x = 1.0 * 1.6 * (y2 - y1) / 200 + rng.offset(0.5, r)
    bow_y = 1.0 * 1.6 * (x1 - x2) / 200 + rng.offset(0.5, r)
    if move:
        commands.append(("M", x1 + rng.offset(half, r), y1 + rng.offset(half, r)))
    dx, dy = x2 - x1, y2 - y1
    commands.append(
        (
            "C",
            bow_x + x1 + dx * diverge + rng.offset(half, r),
            bow_y + y1 + dy * diverge + rng.offset(half, r),
            bow_x + x1 + 2 * dx * diverge + rng.offset(half, r),
            bow_y + y1 + 2 * dy * diverge + rng.offset(half, r),
            x2 + rng.offset(half, r),
            y2 + rng.offset(half, r),
        )
    )


def _reference_rounded_rect(x, y, w, h, radius, seed, roughness, passes):
    r = max(0.0, min(radius, w / 2, h / 2))
    k = r * 0.5523
    rng = sketch.Random(seed)
    commands: list = []
    right, bottom = x + w, y + h
    sides = (
        ((x + r, y), (right - r, y), (right - r + k, y, right, y + r - k, right, y + r)),
        ((right, y + r), (right, bottom - r), (right, bottom - r + k, right - r + k, bottom, right - r, bottom)),
        ((right - r, bottom), (x + r, bottom), (x + r - k, bottom, x, bottom - r + k, x, bottom - r)),
        ((x, bottom - r), (x, y + r), (x, y + r - k, x + r - k, y, x + r, y)),
    )
    for number in range(passes):
        overshoot = 2.0 * roughness * number
        for index, ((sx, sy), (ex, ey), corner) in enumerate(sides):
            _reference_line(commands, sx, sy, ex, ey, rng, roughness, index == 0)
            if r > 0:
                commands.append(("C", *(value + rng.offset(0.8 * roughness, 1.0) for value in corner)))
        if overshoot:
            last = commands[-1]
            commands[-1] = (*last[:-2], last[-2] + overshoot, last[-1] + rng.offset(1.0, roughness))
    return commands


@settings(max_examples=60, deadline=None)
@given(COORDINATE, COORDINATE, SIZE, SIZE, st.floats(0, 60), SEED, ROUGHNESS, st.sampled_from([1, 2]))
def test_sketched_rectangles_are_the_reference_outlines(x, y, w, h, radius, seed, roughness, passes) -> None:
    fast = sketch.sketch_rounded_rect(x, y, w, h, radius, seed, roughness, passes=passes)
    assert fast == _reference_rounded_rect(x, y, w, h, radius, seed, roughness, passes)
    assert sketch.sketch_rounded_rect(x, y, w, h, radius, seed, roughness, passes=passes) is fast  # cached


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(COORDINATE, COORDINATE), min_size=2, max_size=6), SEED, ROUGHNESS, st.sampled_from([1, 2]))
def test_sketched_polylines_are_the_reference_strokes(points, seed, roughness, passes) -> None:
    reference: list = []
    rng = sketch.Random(seed)
    for _ in range(passes):
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            _reference_line(reference, x1, y1, x2, y2, rng, roughness, True)
    assert sketch.sketch_polyline(points, seed, roughness, passes=passes) == reference
    single: list = []
    rng = sketch.Random(seed)
    sketch.sketch_line(single, *points[0], *points[1], rng, roughness)
    assert single == reference[: len(single)]


def test_an_outline_remembers_its_extent_and_path_data() -> None:
    outline = sketch.sketch_rounded_rect(10.5, -20.25, 180, 100, 14, 4242, 1.2)
    plain = list(outline)
    assert outline.extent() == PathOp(plain, stroke=None).extent()
    first = path_data(outline)
    assert first == path_data(plain)
    assert path_data(outline) is first  # formatted once


# -- text: the memo gives what a fresh QTextLayout gives ------------------------------------------
def _fresh_lines(value: str, families: tuple[str, ...], size: float, weight: int, width: float, anchor: str) -> list:
    layout = QTextLayout(value, qfont(families, size, weight), text._reference_device())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setAlignment(text._QT_ALIGN[anchor])
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    lines, y = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height()
        lines.append(line)
    layout.endLayout()
    found = []
    for line in lines:
        content = value[line.textStart() : line.textStart() + line.textLength()].rstrip(" ")
        if content.strip():
            found.append((content, line.naturalTextRect().x(), line.y() + line.ascent(), line.naturalTextWidth()))
    return found


WORDS = st.lists(
    st.sampled_from(["cache", "Invalidate", "GET", "/item/42", "ffi", "Wa", "AV", "Zeile", "данные", "ελέγχου", "42"]),
    min_size=1,
    max_size=9,
).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(
    WORDS,
    st.sampled_from(["Caveat", "Noto Sans"]),
    st.sampled_from([13.0, 18.0, 25.0]),
    st.sampled_from([400, 700]),
    st.floats(20, 400),
    st.sampled_from(["left", "center", "right"]),
)
def test_memoized_layout_is_qt_layout(value, family, size, weight, width, anchor) -> None:
    families = family_stack(family, "en")
    for _ in range(2):  # computed, then from the memo
        block = text.layout_block(value, families, size, weight, "#123456", width, anchor, False, "en")
        got = [(op.text, op.x, op.y, op.width) for op in block.lines]
        assert got == _fresh_lines(value, families, size, weight, width, anchor)


def test_placing_a_block_leaves_the_memo_alone() -> None:
    families = family_stack("Caveat", "en")
    first = text.layout_block(
        "Publishes invalidation events", families, 18.0, 400, "#000000", 160.0, "center", False, "en"
    )
    before = [(op.x, op.y) for op in first.lines]
    text.place(first, 500.0, 300.0)
    again = text.layout_block(
        "Publishes invalidation events", families, 18.0, 400, "#000000", 160.0, "center", False, "en"
    )
    assert [(op.x, op.y) for op in again.lines] == before
    assert again.lines[0] is not first.lines[0]


def test_an_export_from_warm_caches_is_the_export_from_cold_ones(example_path) -> None:
    document = load(example_path)
    warm = [to_svg(layout_document(document, "en")), to_svg(layout_document(document, "en", theme="clean"))]
    text._measured.cache_clear()
    sketch.sketch_rounded_rect.cache_clear()
    sketch._polyline.cache_clear()
    cold = [to_svg(layout_document(document, "en")), to_svg(layout_document(document, "en", theme="clean"))]
    assert cold == warm


def test_paused_gc_restores_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        cycle: list[object] = []
        cycle.append(cycle)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert gc.get_count()[0] < 100  # what was made inside is not left to the young generation
    del cycle
    assert gc.collect() >= 1  # still collectable
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- bounds: one inline pass gives the union of every op's own extent ---------------------------
COMMANDS = st.lists(
    st.one_of(
        st.tuples(st.just("M"), COORDINATE, COORDINATE),
        st.tuples(st.just("L"), COORDINATE, COORDINATE),
        st.tuples(st.just("C"), *[COORDINATE] * 6),
        st.just(("Z",)),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(COMMANDS, st.floats(0, 8), st.booleans())
def test_path_extent_covers_every_point_and_no_more(commands, width, stroked) -> None:
    op = PathOp(commands, stroke="#000000" if stroked else None, stroke_width=width)
    xs = [value for command in commands for value in command[1::2]]
    ys = [value for command in commands for value in command[2::2]]
    grow = width / 2 if stroked else 0.0
    expected = (min(xs) - grow, min(ys) - grow, max(xs) + grow, max(ys) + grow) if xs else (0.0, 0.0, 0.0, 0.0)
    assert op.extent() == expected


def test_group_bounds_are_the_union_of_the_ops_extents(example_path) -> None:
    document = load(example_path)
    for theme in ("whiteboard", "clean"):
        for group in layout_document(document, "en", theme=theme).groups:
            extents = [op.extent() for op in group.ops]
            left, top = min(e[0] for e in extents), min(e[1] for e in extents)
            right, bottom = max(e[2] for e in extents), max(e[3] for e in extents)
            bounds = group.bounds
            assert (bounds.left(), bounds.top()) == (left, top), (theme, group.element_id)
            assert (bounds.right(), bounds.bottom()) == pytest.approx((right, bottom), abs=1e-9)
