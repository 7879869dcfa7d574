"""Paste holds clipboard data to the same image and text rules as loading a file; copying a
document that loaded always succeeds in every clipboard format."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from editor.canvas import CLIPBOARD_MIME
from editor.model import Document, Image, Rect, TextElement, plain
from tests.canvas.conftest import Canvas, box
from tests.model import image_samples as samples


def _offer(elements: list[dict[str, object]]) -> None:
    mime = QMimeData()
    payload = {"format": "diagram-editor-clipboard", "source_language": "en", "elements": elements}
    mime.setData(CLIPBOARD_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
    QGuiApplication.clipboard().setMimeData(mime)


def _paste(canvas: Canvas) -> None:
    canvas.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_images_follow_the_image_rule(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    refused = {
        "local file": samples.image_element(samples.svg('<image href="/etc/passwd"/>'), "image/svg+xml"),
        "bomb": samples.image_element(samples.png_bomb(), "image/png"),
        "not an image": samples.image_element(b"GIF89a but no more", "image/gif"),
    }
    for element in refused.values():
        _offer([element])
        _paste(canvas)
        assert [e.id for e in canvas.document.elements] == ["a"]
        assert canvas.scene.undo_stack.count() == 0
    _offer([samples.image_element(samples.png(8, 8, (0, 160, 0)), "image/png")])
    _paste(canvas)
    pasted = [element for element in canvas.document.elements if isinstance(element, Image)]
    assert len(pasted) == 1 and canvas.scene.undo_stack.count() == 1


def test_pasted_text_follows_the_text_rule(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    for text in ("nul\x00", "lone \ud800"):
        _offer([{"type": "box", "id": "b", "rect": {"x": 0, "y": 0, "width": 9, "height": 9}, "name": {"text": text}}])
        _paste(canvas)
        assert [e.id for e in canvas.document.elements] == ["a"]


ODD_BUT_ALLOWED = "tab\t]]> <&> \u202eRTL\u202c \ufeff \U0001f600 \r\n"


def test_copying_what_loaded_fills_every_clipboard_format(make_canvas) -> None:
    image = Image(
        id="logo",
        rect=Rect(x=300, y=100, width=40, height=40),
        mime="image/png",
        data=samples.image_element(samples.png(8, 8, (0, 160, 0)), "image/png")["data"],
    )
    note = TextElement(id="note", rect=Rect(x=100, y=300, width=300, height=80), text=plain(ODD_BUT_ALLOWED))
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100, ODD_BUT_ALLOWED), image, note]))
    canvas.scene.select_ids(["a", "logo", "note"])
    canvas.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    payload = json.loads(bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8"))
    assert [element["id"] for element in payload["elements"]] == ["a", "logo", "note"]
    assert ODD_BUT_ALLOWED in mime.text()
    assert "<svg" in bytes(mime.data("image/svg+xml").data()).decode("utf-8")
    png = QImage.fromData(mime.data("image/png"))
    assert not png.isNull()
    green = [QColor(png.pixel(x, y)).getRgb()[:3] for x in range(png.width()) for y in range(0, png.height(), 4)]
    assert (0, 160, 0) in green  # the image itself is in the copied picture
