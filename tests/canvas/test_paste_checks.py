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
    said: list[str] = []
    canvas.scene.command_refused.connect(said.append)  # the window shows these in its status bar
    refused = {
        "local file": samples.image_element(samples.svg('<image href="/etc/passwd"/>'), "image/svg+xml"),
        "bomb": samples.image_element(samples.png_bomb(), "image/png"),
        "not an image": samples.image_element(b"GIF89a but no more", "image/gif"),
    }
    reasons = {
        "local file": "SVG <image href> refers to '/etc/passwd'",
        "bomb": "PNG image declares 30000 x 30000 px",
        "not an image": "GIF image",
    }
    for case, element in refused.items():
        _offer([box_data("fine"), element])
        _paste(canvas)
        assert [e.id for e in canvas.document.elements] == ["a"]
        assert canvas.scene.undo_stack.count() == 0
        line = said.pop()
        assert line.startswith(f'Nothing pasted: the clipboard\'s elements[1] (id "logo").data: {reasons[case]}')
        assert "\n" not in line
    _offer([samples.image_element(samples.png(8, 8, (0, 160, 0)), "image/png")])
    _paste(canvas)
    pasted = [element for element in canvas.document.elements if isinstance(element, Image)]
    assert len(pasted) == 1 and canvas.scene.undo_stack.count() == 1


def box_data(element_id: str, text: str = "") -> dict[str, object]:
    return {"type": "box", "id": element_id, "rect": {"x": 0, "y": 0, "width": 9, "height": 9}, "name": {"text": text}}


def test_pasted_text_follows_the_text_rule(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("a", 100, 100)]))
    said: list[str] = []
    canvas.scene.command_refused.connect(said.append)
    for text, problem in (("nul\x00", "the control character U+0000"), ("lone \ud800", "an unpaired surrogate U+D800")):
        _offer([box_data("b", text)])
        _paste(canvas)
        assert [e.id for e in canvas.document.elements] == ["a"]
        place = 'Nothing pasted: the clipboard\'s elements[0] (id "b").name.text'
        assert said.pop().startswith(f"{place}: text holds {problem} at character")


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
