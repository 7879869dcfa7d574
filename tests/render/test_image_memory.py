"""Many images, each within the image rule, still cost bounded memory: decoded pictures are kept
within a byte budget (the least recently drawn dropped and decoded again), and an SVG renderer
counts the rasters embedded in it."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from editor.render import image_decoding
from editor.render.display_list import ElementGroup, ImageOp
from editor.render.painter import paint_group
from tests.model import image_samples as samples

ROOT = Path(__file__).resolve().parents[2]
COLOURS = [(200, 0, 0), (0, 160, 0), (0, 0, 200), (200, 200, 0), (0, 200, 200), (200, 0, 200)]


def _paint_all(ops: list[ImageOp]) -> QImage:
    target = QImage(len(ops) * 20, 20, QImage.Format.Format_ARGB32)
    target.fill(0)
    painter = QPainter(target)
    for index, op in enumerate(ops):
        paint_group(painter, ElementGroup(f"i{index}", 0, op.rect, [op], []))
    painter.end()
    return target


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> int:
    """The real caches with a budget of 40 MB, about two of the 16 MB pictures below."""
    budget = 40 * 1024 * 1024
    for cache in (image_decoding.RASTERS, image_decoding.SVG_RENDERERS):
        cache.clear()
        monkeypatch.setattr(cache, "budget", budget)
    yield budget
    for cache in (image_decoding.RASTERS, image_decoding.SVG_RENDERERS):
        cache.clear()


def test_decoded_rasters_stay_within_the_budget_and_all_draw(small_budget: int) -> None:
    ops = [
        ImageOp(QRectF(index * 20, 0, 20, 20), "image/png", base64.b64encode(samples.png(2000, 2000, rgb)).decode(), 1)
        for index, rgb in enumerate(COLOURS)
    ]
    for _ in range(2):  # the second pass decodes again what the budget dropped
        drawn = _paint_all(ops)
        assert [QColor(drawn.pixel(index * 20 + 10, 10)).getRgb()[:3] for index in range(len(ops))] == COLOURS
        assert 0 < image_decoding.RASTERS.held <= small_budget  # six pictures of 16 MB were drawn


def test_an_svg_renderer_counts_its_embedded_rasters(small_budget: int) -> None:
    pictures = [samples.png(2000, 2000 + index, COLOURS[index]) for index in range(2)]  # 32 MB decoded
    inner = "".join(
        f'<image href="data:image/png;base64,{base64.b64encode(raw).decode()}" width="40" height="40"/>'
        for raw in pictures
    )
    data = base64.b64encode(samples.svg(inner)).decode()
    drawn = _paint_all([ImageOp(QRectF(0, 0, 20, 20), "image/svg+xml", data, 1)])
    assert QColor(drawn.pixel(10, 10)).getRgb()[:3] == COLOURS[1]
    assert image_decoding.SVG_RENDERERS.held >= 4 * 2000 * 4001


MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def test_a_png_export_of_many_budget_sized_images_peaks_in_bounded_memory(tmp_path: Path) -> None:
    """Eight different 6000 x 6000 RGBA PNGs (144 MB each when decoded, 1.2 MB of document): the
    export peaked at 1.3 GB when every decoded picture was kept, and stays under 600 MB now."""
    elements = []
    for index in range(8):
        element = samples.image_element(samples.png_bomb(6000, rgba=True, tag=index), "image/png", f"photo{index}")
        element["rect"] = {"x": index * 50, "y": 100, "width": 40, "height": 40}
        elements.append(element)
    (tmp_path / "photos.diagram.json").write_text(samples.document_json(*elements), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    command = [sys.executable, "-S", "-c", MEASURE, sys.executable, "-m", "editor", "export", "photos.diagram.json"]
    result = subprocess.run(
        [*command, "-o", "photos.png"], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    code, peak_kb = map(int, result.stdout.split())
    assert code == 0, result.stderr
    assert (tmp_path / "photos.png").exists()
    assert peak_kb / 1024 < 600, f"export peaked at {peak_kb / 1024:.0f} MB"
