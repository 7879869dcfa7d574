"""The main window follows the document, the selection and the interface language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.i18n.ui_locale import set_ui_language
from editor.model import Box, load

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


def test_the_selection_count_in_the_status_bar_follows_a_language_switch(window: Any, qtbot: Any) -> None:
    window.show_document(load(EXAMPLE))
    boxes = [element.id for element in window.document.elements if isinstance(element, Box)][:3]
    window.scene.select_ids(boxes)
    assert window.selection_label.text() == "3 selected"
    try:
        set_ui_language("de", remember=False)
        qtbot.waitUntil(lambda: window.selection_label.text() == "3 ausgewählt")
        window.scene.select_ids(boxes[:1])
        assert window.selection_label.text() == "1 ausgewählt"
    finally:
        set_ui_language("en", remember=False)
    qtbot.waitUntil(lambda: window.selection_label.text() == "1 selected")
    window.scene.clearSelection()
    assert window.selection_label.text() == ""
