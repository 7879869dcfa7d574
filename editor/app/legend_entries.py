"""Adding and removing a legend's entries: each one undo step, the new entry opened for editing.

A legend's entries are one list field, so both edits are a ``SetProperty`` of the whole list
(named "Add entry to legend-1" / "Remove entry from legend-1" in the History). While an entry
is being edited in place, Ctrl+Enter commits it and starts a new entry below, the way list
editors behave.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from typing_extensions import override

from editor.canvas import DiagramScene
from editor.commands import QT_TRANSLATE_NOOP, ElementRef, SetProperty, Title
from editor.model import Document, Legend, LegendEntry, plain
from editor.render.display_list import TextLineOp
from editor.render.fonts import qfont
from editor.render.layout import layout_element

_ENTRY_FIELD = re.compile(r"^entries\[(\d+)\]$")
#: The stand-in text an empty entry is laid out with, to find where its text goes.
PROBE = "Mg"
#: How far the editor of an entry stays from the legend's side edges.
EDGE = 12.0


def entry_index(field: str | None) -> int | None:
    """The entry number a text field path names ("entries[2]" -> 2), else None."""
    match = _ENTRY_FIELD.match(field or "")
    return int(match.group(1)) if match else None


def entry_field(index: int) -> str:
    return f"entries[{index}]"


def _legend(document: Document, legend_id: str) -> Legend | None:
    element = document.get(legend_id)
    return element if isinstance(element, Legend) else None


def add_entry_command(document: Document, legend_id: str, after: int | None) -> tuple[SetProperty, int] | None:
    """A new empty entry below entry ``after`` (at the end when None); the command and the new index."""
    legend = _legend(document, legend_id)
    if legend is None:
        return None
    index = len(legend.entries) if after is None else min(after + 1, len(legend.entries))
    entries = list(legend.entries)
    entries.insert(index, LegendEntry(text=plain("")))
    command = SetProperty([legend_id], "entries", entries)
    command.caption = Title(QT_TRANSLATE_NOOP("Commands", "Add entry to %1"), (ElementRef(legend_id),))
    return command, index


def remove_entry_command(document: Document, legend_id: str, index: int | None) -> SetProperty | None:
    """Without entry ``index`` (the last one when None or out of range); None when there is none."""
    legend = _legend(document, legend_id)
    if legend is None or not legend.entries:
        return None
    if index is None or not 0 <= index < len(legend.entries):
        index = len(legend.entries) - 1
    entries = legend.entries[:index] + legend.entries[index + 1 :]
    command = SetProperty([legend_id], "entries", entries)
    command.caption = Title(QT_TRANSLATE_NOOP("Commands", "Remove entry from %1"), (ElementRef(legend_id),))
    return command


def add_entry(scene: DiagramScene, legend_id: str, after: int | None) -> int | None:
    """Push the new entry and open it for editing; returns its index (None when refused)."""
    planned = add_entry_command(scene.document, legend_id, after)
    if planned is None:
        return None
    command, index = planned
    if not scene.push(command):
        return None
    views = scene.views()
    if views:
        views[0].setFocus()
    scene.edit_text(legend_id, entry_field(index))
    place_editor_on_entry(scene, legend_id, index)
    return index


def entry_line(document: Document, legend_id: str, index: int, language: str) -> TextLineOp | None:
    """Where entry ``index`` writes its first line. An empty entry draws only its number, so the
    legend is laid out with a stand-in text there and the stand-in's line is read back."""
    legend = _legend(document, legend_id)
    if legend is None or not 0 <= index < len(legend.entries):
        return None
    entries = list(legend.entries)
    entries[index] = LegendEntry(text=plain(PROBE))
    probe = legend.model_copy(update={"entries": entries})
    elements = [probe if element.id == legend_id else element for element in document.elements]
    stand_in = document.model_copy(update={"elements": elements})
    stand_in.invalidate_index()  # the copy shares the original's id index until told
    group = layout_element(stand_in, legend_id, language)
    return next((op for op in group.ops if isinstance(op, TextLineOp) and op.text.strip() == PROBE), None)


def place_editor_on_entry(scene: DiagramScene, legend_id: str, index: int) -> None:
    """Put the in-place editor of an empty entry on that entry's row, right of its number (the
    canvas, finding no text to sit over, centres it on the whole legend)."""
    editor = scene.editor
    legend = _legend(scene.document, legend_id)
    if editor is None or legend is None or editor.field != entry_field(index) or editor.toPlainText():
        return
    line = entry_line(scene.document, legend_id, index, scene.language)
    if line is None:
        return
    inner = QRectF(legend.rect.x, legend.rect.y, legend.rect.width, legend.rect.height).adjusted(EDGE, 0, -EDGE, 0)
    right_to_left = line.anchor == "right"
    area = (
        QRectF(inner.left(), 0, line.x + line.width - inner.left(), 1)
        if right_to_left
        else QRectF(line.x, 0, inner.right() - line.x, 1)
    )
    editor.setFont(qfont(line.families, line.size, line.weight))
    editor.setTextWidth(max(area.width(), line.width))
    option = editor.document().defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
    editor.document().setDefaultTextOption(option)
    editor.setPos(area.x(), line.y - line.ascent)


def remove_entry(scene: DiagramScene, legend_id: str, index: int | None) -> bool:
    command = remove_entry_command(scene.document, legend_id, index)
    return command is not None and scene.push(command)


class LegendEntryKeys(QObject):
    """Ctrl+Enter in a legend entry's in-place editor: commit it and edit a new entry below.

    Watches the scene's key events before the editor item sees them (an event filter on the
    scene), so the canvas's own Enter / Shift+Enter / Esc handling stays as it is.
    """

    def __init__(self, scene: DiagramScene) -> None:
        super().__init__(scene)
        self.scene = scene
        scene.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        editor = self.scene.editor
        if editor is None or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        index = entry_index(editor.field)
        if index is None or _legend(self.scene.document, editor.element_id) is None:
            return False
        legend_id = editor.element_id
        editor.commit()
        add_entry(self.scene, legend_id, index)
        return True
