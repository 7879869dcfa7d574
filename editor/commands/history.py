"""A pure-Python undo history, for headless use and tests; the canvas uses QUndoStack instead."""

from __future__ import annotations

from collections.abc import Callable

from editor.commands.base import Command
from editor.model import Document

Listener = Callable[[Command], None]


class History:
    """Push applies; undo and redo walk the list; ``clean`` marks the saved state.

    A pushed command that merges with the one on top (same gesture) does not add a step,
    unless the top is the clean state, so "saved" stays exact.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self._commands: list[Command] = []
        self._index = 0
        self._clean: int | None = 0
        self._listeners: list[Listener] = []

    # --- observation ---------------------------------------------------------------------
    def on_changed(self, listener: Listener) -> None:
        """Call ``listener(command)`` after every push, undo and redo."""
        self._listeners.append(listener)

    def _notify(self, command: Command) -> None:
        for listener in list(self._listeners):
            listener(command)

    # --- editing -------------------------------------------------------------------------
    def push(self, command: Command) -> None:
        command.apply(self.document)
        del self._commands[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None
        top = self._commands[-1] if self._commands else None
        if top is not None and self._clean != self._index and top.merge(command):
            self._notify(command)
            return
        self._commands.append(command)
        self._index += 1
        self._notify(command)

    def undo(self) -> bool:
        if not self.can_undo:
            return False
        self._index -= 1
        command = self._commands[self._index]
        command.revert(self.document)
        self._notify(command)
        return True

    def redo(self) -> bool:
        if not self.can_redo:
            return False
        command = self._commands[self._index]
        command.apply(self.document)
        self._index += 1
        self._notify(command)
        return True

    # --- state ---------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def index(self) -> int:
        return self._index

    def __len__(self) -> int:
        return len(self._commands)

    def titles(self) -> list[str]:
        return [command.title for command in self._commands]

    def undo_title(self) -> str | None:
        return self._commands[self._index - 1].title if self.can_undo else None

    def redo_title(self) -> str | None:
        return self._commands[self._index].title if self.can_redo else None

    def set_clean(self) -> None:
        self._clean = self._index

    @property
    def is_clean(self) -> bool:
        return self._clean == self._index
