"""The Translate dialog never stores pseudo-locale text as a real language.

A first run offers Google (deep-translator's default), not the pseudo-locale; choosing the
pseudo-locale for German is refused with one message and leaves the diagram unchanged; for a
pseudo-locale tag it works. The CLI gets the same refusal from the translation service.
"""

from __future__ import annotations

from typing import Any

from editor.cli import main
from editor.model import dumps
from tests.app.translation_helpers import check_only, choose, click, open_dialog


def test_first_run_offers_google_and_refuses_pseudo_text_for_real_languages(
    window: Any, example_path: Any, qtbot: Any
) -> None:
    window.files.open_path(str(example_path))
    original = dumps(window.document)
    dialog = open_dialog(window, qtbot)
    assert dialog.provider.currentData() == "google"
    check_only(dialog, qtbot, ["de"])
    choose(qtbot, dialog.provider, "pseudo")
    click(qtbot, dialog.translate_button)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.error.isVisible(), timeout=15000)
    assert dialog.error.isVisible() and "en-XA" in dialog.error.text() and "de" in dialog.error.text()
    assert dumps(window.document) == original and window.scene.undo_stack.count() == 0

    check_only(dialog, qtbot, ["en-XA"])
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        click(qtbot, dialog.translate_button)
    assert window.document.settings.languages == ["en", "en-XA"]

    again = open_dialog(window, qtbot)
    assert again.provider.currentData() == "pseudo"  # the last one used
    click(qtbot, again.cancel_button)


def test_cli_refuses_the_pseudo_locale_for_a_real_language_with_one_line(
    example_path: Any, tmp_path: Any, capsys: Any, monkeypatch: Any
) -> None:
    monkeypatch.setenv("DIAGRAM_EDITOR_DATA_DIR", str(tmp_path / "data"))
    output = tmp_path / "out.diagram.json"
    code = main(["translate", str(example_path), "--to", "de", "--provider", "pseudo", "-o", str(output)])
    error = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and not output.exists()
    assert len(error) == 1 and "pseudo" in error[0] and "en-XA" in error[0] and "Traceback" not in error[0]
