"""What the window really shows in each language: no English left in combo boxes, lists, labels and
buttons, and no label clipped by its widget.

The catalogue tests check the ``.ts`` files; this one looks at the widgets, so an entry that is
filled once and never refilled ("Theme default" in the font list), or a palette cell narrower
than a German word ("Warteschlange"), is caught too.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QWidget,
)

from editor.i18n.ui_locale import UI_LANGUAGES, set_ui_language
from editor.model import Box as BoxElement
from editor.model import Document, Rect, plain
from tests.ui_language.ts_files import read_ts
from translations import catalog

CODES = [language.code for language in UI_LANGUAGES if not language.is_source]


def _english_left_over(code: str) -> set[str]:
    """English source strings whose translation in ``code`` differs: shown as they are, they are untranslated."""
    _language, messages = read_ts(catalog.ts_path(code))
    found = set()
    for message in messages:
        if message.numerus or not message.translations:
            continue
        source, translation = message.source.replace("&", ""), message.translations[0].replace("&", "")
        if source.strip() and source != translation and any(letter.isalpha() for letter in source):
            found.add(source)
    return found


def _shown(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every combo entry, list item, label, button and group title under ``root``."""
    texts: list[tuple[str, str]] = []
    for combo in root.findChildren(QComboBox):
        texts += [(f"combo {combo.objectName()}", combo.itemText(i)) for i in range(combo.count())]
    for listing in root.findChildren(QListWidget):
        texts += [(f"list {listing.objectName()}", listing.item(i).text()) for i in range(listing.count())]
    for label in root.findChildren(QLabel):
        texts.append((f"label {label.objectName()}", label.text()))
    for button in root.findChildren(QAbstractButton):
        texts.append((f"button {button.objectName()}", button.text()))
    for group in root.findChildren(QGroupBox):
        texts.append((f"group {group.objectName()}", group.title()))
    return [(where, text.replace("&", "")) for where, text in texts if text.strip()]


def _clipped_cells(listing: QListWidget) -> list[str]:
    """Icon-mode cells cut by their cell (a word wider than it) or by the dock around the view."""
    if listing.viewMode() is not QListView.ViewMode.IconMode or not listing.isVisible():
        return []
    metrics = listing.fontMetrics()
    shown = listing.viewport().visibleRegion().boundingRect()  # what the scroll area and the dock let through
    clipped = []
    for row in range(listing.count()):
        item = listing.item(row)
        cell = listing.visualItemRect(item)
        widest = max((metrics.horizontalAdvance(word) for word in item.text().split()), default=0)
        middle = cell.center().x()
        cut_by_dock = cell.intersects(shown) and (
            middle + widest / 2 > shown.right() + 1 or middle - widest / 2 < shown.left()
        )
        if widest > cell.width() - 4 or cut_by_dock:  # a cell scrolled out of sight is judged by its width only
            clipped.append(item.text())
    return clipped


@pytest.mark.parametrize("code", CODES)
def test_no_english_and_no_clipped_label_in_the_docks(code: str, make_main_window: Any, qtbot: Any) -> None:
    window = make_main_window()
    window.resize(1200, 800)
    window.show_document(
        Document(elements=[BoxElement(id="b1", rect=Rect(x=0, y=0, width=160, height=90), name=plain("Zq"))])
    )
    window.shapes.show()
    window.properties.show()
    window.resizeDocks([window.shapes], [1], Qt.Orientation.Horizontal)  # as narrow as the dock lets itself be
    QApplication.processEvents()
    window.scene.select_ids(["b1"])  # the Properties dock fills its lists for a box
    set_ui_language(code, remember=False)
    qtbot.wait(100)  # the lists lay their cells out again after a short delay
    english = _english_left_over(code)
    untranslated = sorted({(where, text) for where, text in _shown(window) if text in english})
    assert not untranslated, f"{code}: English left in {untranslated[:8]}"
    clipped = {listing.objectName(): _clipped_cells(listing) for listing in window.findChildren(QListWidget)}
    assert not any(clipped.values()), f"{code}: cells too narrow for {clipped}"
