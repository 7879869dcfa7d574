"""The command protocol every undoable edit follows, and the compound that groups several.

Commands hold snapshots and element ids, never references to live elements, so a
command stays correct however many other commands ran between its apply and its
revert. Values are replaced, never mutated in place (``element.rect = new_rect``), which
is what lets a command keep the old value by reference.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from editor.commands.titles import QT_TRANSLATE_NOOP, Title, as_title
from editor.model import AnyElement, Document

EDIT = QT_TRANSLATE_NOOP("Commands", "Edit")


class CommandError(ValueError):
    """A command that would leave the document invalid; raised before anything changes."""


class Command:
    """One undoable edit. Subclasses implement ``apply`` and ``revert``; ``merge`` is optional.

    ``caption`` names the step as a translatable ``Title``; ``title`` is its English text.
    """

    caption: Title = Title(EDIT)
    #: Commands that may merge share a gesture key; ``None`` never merges.
    gesture: str | None = None

    def apply(self, document: Document) -> None:
        raise NotImplementedError

    def revert(self, document: Document) -> None:
        raise NotImplementedError

    def merge(self, other: Command) -> bool:
        """Absorb ``other`` (already applied) into this step; True when it did."""
        return False

    def affected_ids(self) -> frozenset[str]:
        """Ids of elements this command adds, removes or changes (for repainting)."""
        return frozenset()

    def changes_nothing(self) -> bool:
        """True when, applied, it left the document as it was (align what is aligned, a drag
        back to its start): an undo step for it would undo nothing."""
        return False

    @property
    def title(self) -> str:
        return str(self.caption)

    @title.setter
    def title(self, value: str | Title) -> None:
        self.caption = as_title(value)

    @property
    def changes_settings(self) -> bool:
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.title!r}>"


class Compound(Command):
    """Several commands as one undo step (a translation run, grow-to-fit, paste and select)."""

    def __init__(self, commands: Sequence[Command], title: str | Title = EDIT) -> None:
        self.commands = list(commands)
        self.caption = as_title(title)

    def apply(self, document: Document) -> None:
        done: list[Command] = []
        try:
            for command in self.commands:
                command.apply(document)
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.revert(document)
            raise

    def revert(self, document: Document) -> None:
        for command in reversed(self.commands):
            command.revert(document)

    def affected_ids(self) -> frozenset[str]:
        return frozenset().union(*(command.affected_ids() for command in self.commands))

    def changes_nothing(self) -> bool:
        return all(command.changes_nothing() for command in self.commands)

    @property
    def changes_settings(self) -> bool:
        return any(command.changes_settings for command in self.commands)


def require(document: Document, element_id: str) -> AnyElement:
    found = document.get(element_id)
    if found is None:
        raise CommandError(f'no element with id "{element_id}"')
    return found


def require_all(document: Document, element_ids: Iterable[str]) -> list[AnyElement]:
    return [require(document, element_id) for element_id in element_ids]
