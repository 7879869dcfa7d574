"""Translation runs and XLIFF imports as single undoable commands (one step in the undo history)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from editor.commands import QT_TRANSLATE_NOOP, Command, Compound, ReplaceElements, SetSettings, Title
from editor.i18n.service import TranslationResult, apply_translation
from editor.i18n.xliff import XliffImport, apply_xliff
from editor.model import Document, LocalizedText
from editor.model.document import SETTINGS, TextAddress


def _command(
    document: Document, updated: Document, changes: Mapping[TextAddress, LocalizedText], title: Title
) -> Command:
    changed = {element_id for element_id, _ in changes if element_id != SETTINGS}
    replacements = [updated.element(element.id) for element in document.elements if element.id in changed]
    settings: dict[str, object] = {}
    if updated.settings.languages != document.settings.languages:
        settings["languages"] = list(updated.settings.languages)
    if (SETTINGS, "title") in changes:
        settings["title"] = updated.settings.title
    commands: list[Command] = [ReplaceElements(replacements, title)] if replacements else []
    if settings:
        commands.append(SetSettings(settings))
    return Compound(commands, title=title)


def _languages(languages: Sequence[str]) -> str | Title:
    return ", ".join(languages) or Title(QT_TRANSLATE_NOOP("Commands", "no language"))


def translation_command(document: Document, result: TranslationResult) -> Command:
    """The whole run as one command: undo puts every text and the language list back."""
    updated = apply_translation(document, result)
    return _command(
        document,
        updated,
        result.changes,
        Title(QT_TRANSLATE_NOOP("Commands", "Translate into %1"), (_languages(result.languages),)),
    )


def xliff_import_command(document: Document, imported: XliffImport) -> Command:
    updated = apply_xliff(document, imported)
    title = Title(QT_TRANSLATE_NOOP("Commands", "Import %1 translations"), (imported.language,))
    return _command(document, updated, imported.changes, title)
