"""The characters an SVG's fonts are subset to, foretold from the document (text_forecast), are the
characters its laid-out lines hold: for every element kind, style and direction the layout knows.
A wrong forecast would only cost time (the streamed writer checks it), so these tests keep it right."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate import generated, generated_data
from editor.model import Document, load
from editor.render.font_embedding import line_characters
from editor.render.layout import layout_document
from editor.render.layout_context import make_context
from editor.render.text_forecast import forecast_characters

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(
    path
    for folder in ("resources/examples", "resources/templates", "docs/examples")
    for path in ROOT.glob(f"{folder}/*.diagram.json")
)


def _check(document: Document, language: str | None = None) -> None:
    ctx = make_context(document, language, None)
    lines = line_characters(layout_document(document, language).groups)
    assert forecast_characters(ctx, document.in_paint_order()) == lines


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_the_forecast_is_the_lines_characters_in_every_language(path: Path) -> None:
    document = load(path)
    for language in document.settings.languages:  # Arabic among them: isolated left-to-right runs
        _check(document, language)


def test_every_kind_style_and_direction() -> None:
    data = generated_data(6, "clean")
    elements = data["elements"]
    elements[0]["style"] = {"bold": False}
    elements[1]["style"] = {"bold": True, "text_direction": "rtl"}
    elements[2]["name"]["text"] = "tab\there, a mark \u200f and\nthree\nlines"
    elements[3]["role"]["text"] = "GET /items?id=42 مرحبا"
    elements[6]["label"]["text"] = "   "
    for number, role in enumerate(("title", "heading", "caption", "callout", "note")):
        elements.append(
            {
                "type": "text",
                "id": f"t{number}",
                "role": role,
                "rect": {"x": 0, "y": 900 + 60 * number, "width": 300, "height": 50},
                "text": {"text": f"{role} text {number}"},
                "icon": "mdi6.server" if number % 2 else None,
            }
        )
    elements.append(
        {
            "type": "legend",
            "id": "key",
            "start": 7,
            "rect": {"x": 400, "y": 900, "width": 260, "height": 200},
            "title": {"text": "Steps"},
            "entries": [{"text": {"text": "first"}}, {"text": {"text": "zweite Stufe"}}, {"text": {"text": "ü"}}],
        }
    )
    elements.append(
        {
            "type": "frame",
            "id": "f",
            "rect": {"x": -50, "y": -50, "width": 900, "height": 700},
            "title": {"text": "Zone"},
        }
    )
    for element in elements:
        if element.get("icon") is None:
            element.pop("icon", None)
    document = Document.model_validate(data)
    _check(document)
    _check(Document.model_validate({**data, "settings": {**data["settings"], "theme": "whiteboard"}}))


def test_a_generated_document_in_both_themes() -> None:
    for theme in ("clean", "whiteboard"):
        _check(generated(50, theme))
