"""Errors the render layer raises for bad requests (as opposed to bugs)."""

from __future__ import annotations


class RenderError(ValueError):
    """A render or export request that cannot be met: one line for the user."""


class UnknownLanguageError(RenderError):
    """The document has no such language."""


class ImageTooLargeError(RenderError):
    """The bitmap asked for is larger than the cap on a side."""
