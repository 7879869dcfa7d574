"""A translation run is one undoable command: apply gives the translated document, revert the original."""

from __future__ import annotations

from editor.commands import History
from editor.i18n.providers import make_provider
from editor.i18n.service import apply_translation, translate_document
from editor.i18n.undo import translation_command, xliff_import_command
from editor.i18n.xliff import export_xliff, read_xliff
from editor.model import Document, dumps


def test_translation_run_is_one_undo_step(example: Document) -> None:
    original = dumps(example)
    result = translate_document(example, ["en-XA", "ar-XB"], make_provider("pseudo"))
    expected = dumps(apply_translation(example, result))
    command = translation_command(example, result)
    assert command.title == "Translate into en-XA, ar-XB"
    working = example.model_copy(deep=True)
    history = History(working)
    history.push(command)
    assert dumps(working) == expected
    assert len(history) == 1 and history.undo_title() == "Translate into en-XA, ar-XB"
    history.undo()
    assert dumps(working) == original
    history.redo()
    assert dumps(working) == expected


def test_xliff_import_is_one_command(example: Document) -> None:
    data = export_xliff(example, "de").replace(b'<segment state="initial">', b'<segment state="final">')
    data = data.replace(b"<source>Worker</source>", b"<source>Worker</source><target>Arbeiter</target>")
    imported = read_xliff(example, data)
    assert imported.imported == 1
    working = example.model_copy(deep=True)
    command = xliff_import_command(working, imported)
    command.apply(working)
    assert working.element("worker").name.variants["de"].text == "Arbeiter"  # type: ignore[union-attr]
    assert working.settings.languages == ["en", "de"]
    command.revert(working)
    assert dumps(working) == dumps(example)
