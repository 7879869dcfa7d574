"""The thin adapter that puts plain commands on a QUndoStack.

The stack gives the app undo/redo actions, a clean state for the unsaved mark and a
``QUndoView``; the commands stay pure Python. After every redo/undo the scene is told
which elements changed, so only those items (and arrows bound to them) refresh.

Step names are the commands' English ``Title`` templates looked up in the "Commands"
translation context, so they follow the interface language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from typing_extensions import override

from editor.commands import TITLE_CONTEXT, Command, Title, named
from editor.model import Document


def translated_title(title: Title) -> str:
    """``title`` in the current interface language; templates without a translation stay English."""
    return title.render(lambda template: QCoreApplication.translate(TITLE_CONTEXT, template))


#: All mergeable commands share one Qt id; ``Command.merge`` decides for real.
MERGEABLE_ID = 4242

Refresh = Callable[[Command], None]


class QtCommand(QUndoCommand):
    """One plain command on the Qt stack."""

    def __init__(self, command: Command, document: Document, refresh: Refresh) -> None:
        command.caption = named(command.caption, document)  # "Move Worker", not "Move worker-3"
        super().__init__(translated_title(command.caption))
        self.command = command
        self.document = document
        self.refresh = refresh
        self._applied = False

    @override
    def redo(self) -> None:
        if not self._applied:
            self.command.apply(self.document)
        self._applied = False
        self.refresh(self.command)

    @override
    def undo(self) -> None:
        self.command.revert(self.document)
        self.refresh(self.command)

    @override
    def id(self) -> int:
        return MERGEABLE_ID if self.command.gesture is not None else -1

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        merged = isinstance(other, QtCommand) and self.command.merge(other.command)
        if merged and self.command.changes_nothing():
            self.setObsolete(True)  # nudged there and back: Qt drops the step
        return merged


def retranslate_stack(stack: QUndoStack) -> None:
    """Name every step on ``stack`` in the current interface language (after a language switch)."""
    for index in range(stack.count()):
        wrapped = stack.command(index)
        if isinstance(wrapped, QtCommand):
            wrapped.setText(translated_title(wrapped.command.caption))


def push_command(stack: QUndoStack, command: Command, document: Document, refresh: Refresh) -> None:
    """Apply ``command`` through the stack. Raises (and pushes nothing) when the command is refused.

    QUndoStack.push calls redo() first, where an exception would leave a broken entry on
    the stack; so the command is applied here first, and that first redo only refreshes.
    """
    command.caption = named(command.caption, document)  # before applying: a deleted element still has its name
    command.apply(document)
    if command.changes_nothing():
        return  # no step that would undo nothing (nor an unsaved mark)
    wrapped = QtCommand(command, document, refresh)
    wrapped._applied = True
    stack.push(wrapped)
