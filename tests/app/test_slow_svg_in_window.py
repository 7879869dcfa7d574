"""In the editor, an SVG image too slow to draw never hangs the window: the canvas draws it crossed
out and the status line names it; exporting from the window refuses it with the located line the
command line prints. A real window, a real helper process, the limit lowered to half a second."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage

from editor.app.export_dialog import ExportOptions, export_document
from editor.canvas.clipboard import copy, paste
from editor.model import load
from editor.render import svg_raster
from editor.render.errors import RenderError
from tests.model import image_samples as samples
from tests.render.test_svg_time import scribble


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(svg_raster, "IMAGE_LIMIT_S", 0.5)
    svg_raster.HELPER.refused.clear()
    element = samples.image_element(scribble(1000, seed=7), "image/svg+xml", "logo")
    element["rect"] = {"x": 0, "y": 100, "width": 2000, "height": 2000}
    path = tmp_path / "hostile.diagram.json"
    path.write_text(samples.document_json(element), encoding="utf-8")
    yield path
    svg_raster.HELPER.stop()
    svg_raster.HELPER.refused.clear()


def test_the_canvas_shows_a_slow_svg_image_crossed_out_and_says_which(window, hostile: Path, qtbot) -> None:
    assert window.files.open_path(str(hostile))
    window.view.viewport().update()
    qtbot.waitUntil(lambda: '"logo" takes too long to draw' in window.statusBar().currentMessage(), timeout=20000)
    assert window.isVisible()


def test_export_from_the_window_refuses_it_with_the_located_line(hostile: Path, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r'^elements\[7\] \(id "logo"\)\.data: SVG image took more than 0\.5 s'):
        export_document(load(hostile), ExportOptions(path=str(tmp_path / "out.png"), format="png", scale=1))
    assert not (tmp_path / "out.png").exists()


def test_copy_puts_it_crossed_out_on_the_clipboard_and_paste_keeps_it(window, hostile: Path) -> None:
    assert window.files.open_path(str(hostile))
    copy(window.scene, ["logo"])
    mime = QGuiApplication.clipboard().mimeData()
    picture = QImage.fromData(bytes(mime.data("image/png").data()), "PNG")
    assert QColor(picture.pixel(picture.width() // 2, picture.height() // 3)).getRgb()[:3] == (0xEE, 0xEE, 0xEE)
    count = len(window.document.elements)
    paste(window.scene)
    assert len(window.document.elements) == count + 1  # the stranger's picture is data: pasted, drawn crossed out
