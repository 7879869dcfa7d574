"""The one error type that loading, validating and saving a document raise."""

from __future__ import annotations


class DocumentError(Exception):
    """A problem with a document, located precisely enough for one line of output.

    ``source`` names the file (or ``<memory>``), ``where`` the place inside it: a JSON
    path such as ``elements[3] (id "api").rect.width`` or ``line 4, column 7``.
    """

    def __init__(self, message: str, *, source: str = "<memory>", where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.where = where

    def with_source(self, source: str) -> DocumentError:
        return DocumentError(self.message, source=source, where=self.where)

    def __str__(self) -> str:
        place = f"{self.source}: {self.where}: " if self.where else f"{self.source}: "
        return place + self.message
