"""Undoable edits of the document: plain Python commands with apply, revert and merge.

Every change a user makes goes through one of these, so one undo history covers the
canvas, the inspector, the translation run and the CLI. Commands never import Qt.
"""

from editor.commands.base import Command, CommandError, Compound
from editor.commands.changes import SETTINGS, FieldChanges
from editor.commands.elements import (
    AddElements,
    Paste,
    RemoveElements,
    ReplaceElements,
    pasted_copies,
    removal_closure,
)
from editor.commands.geometry import MoveElements, Reconnect, SetRect, SetRects, SetWaypoints
from editor.commands.groups import Group, Ungroup
from editor.commands.history import History
from editor.commands.properties import EditText, PasteStyle, Reorder, SetProperty, SetSettings, SetStyle
from editor.commands.titles import CONTEXT as TITLE_CONTEXT
from editor.commands.titles import QT_TRANSLATE_NOOP, ElementRef, Title, element_name, named

__all__ = [
    "QT_TRANSLATE_NOOP",
    "SETTINGS",
    "TITLE_CONTEXT",
    "AddElements",
    "Command",
    "CommandError",
    "Compound",
    "EditText",
    "ElementRef",
    "FieldChanges",
    "Group",
    "History",
    "MoveElements",
    "Paste",
    "PasteStyle",
    "Reconnect",
    "RemoveElements",
    "Reorder",
    "ReplaceElements",
    "SetProperty",
    "SetRect",
    "SetRects",
    "SetSettings",
    "SetStyle",
    "SetWaypoints",
    "Title",
    "Ungroup",
    "element_name",
    "named",
    "pasted_copies",
    "removal_closure",
]
