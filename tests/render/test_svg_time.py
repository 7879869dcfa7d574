"""The time to draw an SVG image is bounded: what Qt would draw slowly goes to a helper process that
is killed at the time limit, and the image is refused with a located line (export) or drawn
crossed out (canvas, clipboard). Cheap images are drawn as vectors here, pixel for pixel as before.

Real renders and a real helper process; the limit is lowered so a refusal takes a fraction of a
second, and no test measures time: each asserts what was drawn or refused."""

from __future__ import annotations

import base64
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from editor.model.svg_check import check_svg
from editor.render import image_decoding, svg_raster
from editor.render.display_list import ElementGroup, ImageOp
from editor.render.painter import paint_group
from editor.render.svg_cost import LIGHT_BUDGET, estimate
from editor.render.svg_raster import SlowImageError
from tests.model import image_samples as samples
from tests.test_cli import run_cli

ROOT = Path(__file__).resolve().parents[2]
LOGO = (
    '<rect x="4" y="4" width="32" height="20" rx="4" fill="#2060c0" stroke="#103060" stroke-width="1.5"/>'
    '<circle cx="20" cy="30" r="7" fill="none" stroke="#c04020" stroke-width="2" stroke-dasharray="3 1"/>'
    '<path d="M6 36 C 12 26, 28 26, 34 36" fill="none" stroke="#208040" stroke-width="1"/>'
)


def scribble(segments: int, extra: str = 'stroke="black" fill="none"', seed: int = 1, narrow: float = 1) -> bytes:
    """One path of ``segments`` straight lines crossing its 40 x 40 viewBox at random: the shape
    Qt's antialiasing rasterizer is slowest on (every row crossed by many edges). ``narrow``
    divides every x (for a transform to stretch back)."""
    rng = random.Random(seed)
    points = " ".join(f"L {rng.uniform(0, 40) / narrow:.3f} {rng.uniform(0, 40):.2f}" for _ in range(segments))
    return samples.svg(f'<path d="M 0 0 {points}" {extra}/>', size='viewBox="0 0 40 40"')


def _op(raw: bytes, side: float) -> ImageOp:
    return ImageOp(QRectF(0, 0, side, side), "image/svg+xml", base64.b64encode(raw).decode(), 1)


def _paint(op: ImageOp, side: int, *, placeholders: bool = False) -> QImage:
    target = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    target.fill(QColor("white"))
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    try:
        paint_group(painter, ElementGroup("logo", 0, op.rect, [op], []), placeholders=placeholders)
    finally:
        painter.end()
    return target


def _vectors(raw: bytes, side: int) -> QImage:
    """What the painter drew for every SVG image before: QSvgRenderer straight onto the target."""
    target = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    target.fill(QColor("white"))
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    QSvgRenderer(QByteArray(raw)).render(painter, QRectF(0, 0, side, side))
    painter.end()
    return target


@pytest.fixture
def fresh() -> Iterator[None]:
    """Caches, refusals and the helper as a new process has them, before and after."""

    def reset() -> None:
        svg_raster.HELPER.stop()
        svg_raster.HELPER.refused.clear()
        svg_raster.start_budget()
        svg_raster.HELPER.shown = 0.0
        image_decoding.SVG_BITMAPS.clear()
        image_decoding.svg_is_light.cache_clear()

    reset()
    yield
    reset()


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch, fresh: None) -> float:
    monkeypatch.setattr(svg_raster, "IMAGE_LIMIT_S", 0.5)
    return 0.5


def test_a_logo_is_cheap_and_drawn_as_vectors_pixel_for_pixel(fresh: None) -> None:
    raw = samples.svg(LOGO)
    for side in (40, 400):
        assert estimate(raw, side, side) <= LIGHT_BUDGET
        assert _paint(_op(raw, side), side) == _vectors(raw, side)
    assert svg_raster.HELPER._process is None  # no helper was started for it


def test_a_self_crossing_path_drawn_large_is_heavy_and_small_is_not() -> None:
    raw = scribble(1000)
    assert estimate(raw, 4000, 4000) > 100 * LIGHT_BUDGET
    assert estimate(raw, 40, 40) <= LIGHT_BUDGET


@pytest.mark.parametrize(
    "extra",
    [
        'stroke="black" fill="none" stroke-dasharray="0.01"',  # 221 s at 4000 px on main
        'stroke="black" fill="none" stroke-width="40"',
        'fill="black"',
        'stroke="black" fill="none" style="stroke-dasharray:0.05"',  # what CSS says counts too
    ],
)
def test_hostile_variants_are_heavy(extra: str) -> None:
    assert estimate(scribble(400, extra), 1000, 1000) > LIGHT_BUDGET


def test_a_stretching_transform_does_not_hide_the_work() -> None:
    """The same picture as a plain scribble, drawn from a path 10 times narrower stretched back
    (an area factor of 10, lines up to 10 times longer): heavy as the plain one, at least."""
    extra = 'stroke="black" fill="none" stroke-width="0.3"'
    plain = scribble(400, extra)
    stretched = scribble(400, f'transform="scale(10, 1)" {extra}', narrow=10)
    assert estimate(stretched, 1000, 1000) >= estimate(plain, 1000, 1000) / 2 > LIGHT_BUDGET


@pytest.mark.parametrize(
    "inner",
    [
        '<filter id="f"><feGaussianBlur stdDeviation="5"/></filter><rect width="9" height="9" filter="url(#f)"/>',
        '<mask id="m"><rect width="9" height="9" fill="white"/></mask><rect width="9" height="9" mask="url(#m)"/>',
        '<pattern id="p" width="1" height="1"><rect width="1" height="1"/></pattern><rect width="9" fill="url(#p)"/>',
    ],
)
def test_what_qt_draws_through_its_own_images_always_goes_to_the_helper(inner: str) -> None:
    assert estimate(samples.svg(inner), 10, 10) == float("inf")


def test_a_heavy_image_that_finishes_is_the_helpers_bitmap(monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    """With the budget at zero every image goes to the helper; its bitmap is the same picture."""
    monkeypatch.setattr(image_decoding, "LIGHT_BUDGET", 0.0)
    raw = samples.svg(LOGO)
    drawn, expected = _paint(_op(raw, 200), 200), _vectors(raw, 200)
    assert svg_raster.HELPER._process is not None  # drawn by the helper
    pairs = [
        (QColor(drawn.pixel(x, y)).getRgb(), QColor(expected.pixel(x, y)).getRgb())
        for x in range(0, 200, 3)
        for y in range(0, 200, 3)
    ]
    worst = max(abs(a - b) for left, right in pairs for a, b in zip(left, right, strict=True))
    assert worst <= 2  # compositing a bitmap rounds differently from drawing onto the target


def test_a_hostile_image_is_refused_at_the_limit_and_the_helper_killed(short_limit: float) -> None:
    op = _op(scribble(1000), 2000)  # some 15 s of Qt's work at 2000 px
    with pytest.raises(SlowImageError, match=r"took more than 0\.5 s to draw at 2000 x 2000 px") as refused:
        _paint(op, 2000)
    assert refused.value.element_id == "logo"
    assert svg_raster.HELPER._process is None
    with pytest.raises(SlowImageError):  # remembered: refused at once, no second helper
        _paint(op, 2000)
    assert svg_raster.HELPER._process is None


def test_the_canvas_draws_a_refused_image_crossed_out_and_says_so(short_limit: float) -> None:
    heard: list[tuple[str, str]] = []
    svg_raster.REFUSAL_LISTENERS.append(lambda *said: heard.append(said))
    try:
        drawn = _paint(_op(scribble(1000), 2000), 2000, placeholders=True)
    finally:
        svg_raster.REFUSAL_LISTENERS.pop()
    assert QColor(drawn.pixel(1000, 600)).getRgb()[:3] == (0xEE, 0xEE, 0xEE)  # the grey placeholder
    assert heard[0] == ("logo", "SVG image took more than 0.5 s to draw at 2000 x 2000 px")


def test_the_export_time_of_all_heavy_images_together_is_bounded(
    monkeypatch: pytest.MonkeyPatch, short_limit: float
) -> None:
    monkeypatch.setattr(svg_raster, "DOCUMENT_LIMIT_S", 0.8)
    with pytest.raises(SlowImageError):
        _paint(_op(scribble(1000, seed=1), 2000), 2000)
    for seed in (2, 3):  # stopped when the 0.8 s run out, then refused without a helper
        with pytest.raises(SlowImageError, match=r"took more than 0\.8 s to draw together; this one was not drawn"):
            _paint(_op(scribble(1000, seed=seed), 2000), 2000)
        assert svg_raster.HELPER._process is None


def test_the_canvas_has_a_budget_of_its_own_that_refills(monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    """An export that ran out of time leaves the canvas alone, and a canvas that ran out gets its
    time back as minutes pass (editing a costly illustration never runs it out for good)."""
    monkeypatch.setattr(image_decoding, "LIGHT_BUDGET", 0.0)  # the logo goes to the helper
    op = _op(samples.svg(LOGO), 100)
    svg_raster.HELPER.spent = svg_raster.DOCUMENT_LIMIT_S  # this export has used its time
    with pytest.raises(SlowImageError, match="to draw together"):
        _paint(op, 100)
    assert _paint(op, 100, placeholders=True) == _paint(op, 100, placeholders=True)  # drawn for the canvas
    assert QColor(_paint(op, 100, placeholders=True).pixel(50, 20)).getRgb()[:3] == (0x20, 0x60, 0xC0)
    image_decoding.SVG_BITMAPS.clear()
    svg_raster.HELPER.shown = svg_raster.DOCUMENT_LIMIT_S  # the canvas has used its time...
    svg_raster.HELPER.shown_at -= svg_raster.CANVAS_WINDOW_S  # ...long enough ago to have it back
    assert QColor(_paint(op, 100, placeholders=True).pixel(50, 20)).getRgb()[:3] == (0x20, 0x60, 0xC0)


def test_export_refuses_a_hostile_image_with_one_located_line(tmp_path: Path) -> None:
    element = samples.image_element(scribble(1000), "image/svg+xml", "logo")
    element["rect"] = {"x": 0, "y": 100, "width": 2000, "height": 2000}
    source = tmp_path / "hostile.diagram.json"
    source.write_text(samples.document_json(element), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), DIAGRAM_EDITOR_SVG_SECONDS="0.5")
    for target in (tmp_path / "hostile.png", tmp_path / "hostile.pdf"):
        result = run_cli("export", str(source), "-o", str(target), env=env)
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            f'diagram-editor: {source}: elements[7] (id "logo").data: '
            "SVG image took more than 0.5 s to draw at 2000 x 2000 px"
        ]
        assert not target.exists()


_SHAPE = st.sampled_from(
    [
        '<path d="M{a} {b} L{c} {d} L{b} {a} Z" stroke="red" stroke-width="{w}" fill="{fill}"/>',
        '<path d="M{a} {b} C{c} {d} {b} {a} {d} {c}" stroke="blue" stroke-width="{w}" fill="none"/>',
        '<polyline points="{a},{b} {c},{d} {b},{c}" stroke="black" stroke-width="{w}" stroke-dasharray="{dash}"/>',
        '<polygon points="{a},{b} {c},{d} {d},{a}" fill="{fill}"/>',
        '<circle cx="{a}" cy="{b}" r="{c}" stroke="green" stroke-width="{w}" fill="{fill}"/>',
        '<rect x="{a}" y="{b}" width="{c}" height="{d}" rx="{w}" fill="{fill}"/>',
        '<line x1="{a}" y1="{b}" x2="{c}" y2="{d}" stroke="black" stroke-width="{w}" stroke-dasharray="{dash}"/>',
        '<text x="{a}" y="{b}" font-size="{c}">Ab</text>',
        '<g transform="rotate({a}) scale({w})"><ellipse rx="{c}" ry="{d}" fill="{fill}"/></g>',
        '<clipPath id="c{a}"><circle r="{c}"/></clipPath><rect width="{d}" height="{d}" clip-path="url(#c{a})"/>',
    ]
)


@st.composite
def _svgs(draw: st.DrawFn) -> bytes:
    number = st.integers(min_value=0, max_value=40)
    shapes = []
    for template in draw(st.lists(_SHAPE, min_size=1, max_size=6)):
        shapes.append(
            template.format(
                a=draw(number),
                b=draw(number),
                c=draw(number),
                d=draw(number),
                w=draw(st.sampled_from([0, 0.01, 0.5, 1, 3, 40])),
                dash=draw(st.sampled_from(["none", "0.01", "1 2", "5"])),
                fill=draw(st.sampled_from(["none", "#336699"])),
            )
        )
    return samples.svg("".join(shapes))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=_svgs(), side=st.sampled_from([1, 40, 300]))
def test_every_checked_svg_is_estimated_and_cheap_ones_draw_as_before(fresh: None, raw: bytes, side: int) -> None:
    """The recording pass survives whatever Qt draws (a paint-engine callback Qt cannot find
    crashes the process), gives a finite, non-negative cost, and a cheap image is the vectors."""
    check_svg(raw)
    cost = estimate(raw, side, side)
    assert 0 <= cost < float("inf")
    if cost <= LIGHT_BUDGET:
        assert _paint(_op(raw, side), side) == _vectors(raw, side)


def _helpers(pid: int) -> list[int]:
    """The SVG helpers among the children of ``pid``."""
    time.sleep(0.05)  # polling, not timing: an idle wait between looks
    found = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True, check=False)
    return [int(line.split()[0]) for line in found.stdout.splitlines() if "svg_raster" in line]


def test_sigterm_while_the_helper_draws_stops_both(tmp_path: Path) -> None:
    """Waiting for the helper is interruptible (QPainter was not): the export says 'terminated',
    exits 143 and leaves neither a file nor a helper behind."""
    element = samples.image_element(scribble(1000), "image/svg+xml", "logo")
    element["rect"] = {"x": 0, "y": 100, "width": 4000, "height": 4000}
    source = tmp_path / "hostile.diagram.json"
    source.write_text(samples.document_json(element), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), DIAGRAM_EDITOR_SVG_SECONDS="120")
    export = subprocess.Popen(
        [sys.executable, "-m", "editor", "export", str(source), "-o", str(tmp_path / "out.png")],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    helpers: list[int] = []
    while not helpers and export.poll() is None:  # until the helper is drawing
        helpers = _helpers(export.pid)
    export.send_signal(signal.SIGTERM)
    _, stderr = export.communicate(timeout=60)
    assert export.returncode == 143
    assert stderr.strip().endswith("terminated; no file was left half-written")
    assert helpers and not Path(f"/proc/{helpers[0]}").exists()
    assert list(tmp_path.iterdir()) == [source]
