"""The toolbar's diagram-language switcher, driven with real clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.model import Origin, Variant, load
from tests.conftest import EXAMPLE


def add_german(window) -> None:  # type: ignore[no-untyped-def]
    document = load(EXAMPLE)
    document.settings.languages.append("de")
    box = next(element for element in document.elements if element.type == "box")
    box.name.variants["de"] = Variant(text="Kasten", source=box.name.text, origin=Origin.HUMAN)
    window.show_document(document)


def test_switcher_lists_the_document_languages_and_switches_the_canvas(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    switcher = window.language_switcher
    window.show_document(load(EXAMPLE))
    assert not switcher.isEnabled()  # one language: nothing to switch
    add_german(window)
    assert switcher.isEnabled()
    assert [switcher.itemData(row) for row in range(switcher.count())] == ["en", "de"]
    assert "source" in switcher.itemText(0)

    switcher.setFocus()
    QTest.keyClick(switcher, Qt.Key.Key_Down)  # a real key press on the combo box picks German
    assert window.scene.language == "de"
    menu_item = next(action for action in window.language_actions if action.objectName() == "language.de")
    assert menu_item.isChecked()

    window.scene.set_language("en")  # the menu (or anyone) switching back is reflected
    assert switcher.currentData() == "en"
