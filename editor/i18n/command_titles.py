"""Undo step names in the interface language: a command's ``Title`` looked up in the "Commands" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.commands import TITLE_CONTEXT, Title


def translated_title(title: Title) -> str:
    """``title`` in the current interface language; templates without a translation stay English."""
    return title.render(lambda template: QCoreApplication.translate(TITLE_CONTEXT, template))
