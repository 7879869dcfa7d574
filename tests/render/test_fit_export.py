"""``settings.fit = grow`` in CLI export: the editor's Grow geometry, no overflow left to warn about."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.app.fit import grow_command
from editor.cli import main
from editor.model import Document, TextFit, load, save
from editor.render.fit import fitted_for_export
from editor.render.layout import layout_document
from tests.conftest import EXAMPLE

LONG = "far too long for this box " * 8


def _grow_document(fit: TextFit) -> Document:
    document = load(EXAMPLE)
    for box in [element for element in document.elements if element.type == "box"][:3]:
        box.role = box.role.with_text("en", "en", LONG)
    document.settings.fit = fit
    return document


def _rects(document: Document) -> dict[str, tuple[float, float, float, float]]:
    return {
        element.id: (element.rect.x, element.rect.y, element.rect.width, element.rect.height)
        for element in document.elements
        if element.type != "arrow"
    }


def test_export_grows_like_the_editor_does() -> None:
    document = _grow_document(TextFit.GROW)
    assert layout_document(document, "en").overflows  # the saved boxes are too small
    in_editor = document.model_copy(deep=True)
    command = grow_command(in_editor)
    assert command is not None
    command.apply(in_editor)
    exported = fitted_for_export(document)
    assert _rects(exported) == _rects(in_editor) != _rects(document)
    assert layout_document(exported, "en").overflows == []
    assert _rects(document) == _rects(_grow_document(TextFit.GROW))  # the loaded document is untouched


@pytest.mark.parametrize(("fit", "warnings"), [(TextFit.GROW, 0), (TextFit.NONE, 3)])
def test_cli_export_of_a_grow_document_warns_of_no_overflow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fit: TextFit, warnings: int
) -> None:
    source = tmp_path / "grow.diagram.json"
    save(_grow_document(fit), source)
    assert main(["export", str(source), "-o", str(tmp_path / "out.svg")]) == 0
    assert capsys.readouterr().err.count("text overflows by") == warnings
    assert load(source).settings.fit is fit  # exporting never rewrites the document
