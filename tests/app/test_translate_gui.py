"""The Translate dialog in the running window: real keys and clicks, real HTTP to a LibreTranslate-compatible
server on 127.0.0.1, the run on its own thread, one undo step, and failures that change nothing."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editor.app.languages_dock import translation_badges
from editor.app.translation_job import TranslationWorker
from editor.i18n.service import TranslationProgress
from editor.model import Box, Origin, VariantStatus, dumps, iter_texts
from editor.render.display_list import TextLineOp
from tests.app.translation_helpers import (
    check_only,
    choose,
    click,
    open_dialog,
    set_up_libre,
    start_server,
    translate_with_libre,
)


def shown_texts(window: Any, element_id: str) -> list[str]:
    """The text lines the canvas item of ``element_id`` draws right now."""
    group = window.scene.views_by_id[element_id].element_group()
    return [op.text for op in group.ops if isinstance(op, TextLineOp)]


def test_translate_two_languages_off_the_ui_thread_as_one_undo_step(
    window: Any, example_path: Any, qtbot: Any, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = start_server(request)
    window.files.open_path(str(example_path))
    original = dumps(window.document)
    progress_threads: set[int] = set()
    seen_progress: list[int] = []
    real_progress = TranslationWorker._progress

    def spy(worker: TranslationWorker, progress: TranslationProgress) -> None:
        progress_threads.add(threading.get_ident())
        real_progress(worker, progress)

    monkeypatch.setattr(TranslationWorker, "_progress", spy)
    dialog = open_dialog(window, qtbot)
    dialog.progress.valueChanged.connect(seen_progress.append)
    check_only(dialog, qtbot, ["de", "ja"])
    set_up_libre(dialog, qtbot, server)
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        click(qtbot, dialog.translate_button)

    assert progress_threads and threading.get_ident() not in progress_threads  # reported from the worker thread
    assert max(seen_progress) > 0  # the bar moved
    document = window.document
    assert document.settings.languages == ["en", "de", "ja"]
    api = document.element("api")
    assert isinstance(api, Box)
    assert api.name.variants["de"].origin is Origin.MACHINE and api.name.variants["de"].provider == "libre"
    assert api.name.variants["ja"].text != api.name.text
    distinct = len({text.text for _, _, text in iter_texts(document) if text.text.strip()})
    assert 0 < len(server.requests) <= 2 * distinct  # packed: at most one request per distinct string per language
    assert window.scene.undo_stack.count() == 1
    assert window.scene.language == "de"  # the canvas shows the first new language
    assert "Translated" in window.statusBar().currentMessage()
    assert window.languages.isVisible()

    window.actions_["edit.undo"].trigger()
    assert dumps(window.document) == original
    assert window.scene.language == "en"
    window.actions_["edit.redo"].trigger()
    assert window.document.settings.languages == ["en", "de", "ja"]


@pytest.mark.parametrize(
    ("mode", "timeout", "expected"),
    [("error", "5", "HTTP 500"), ("hang", "0.6", "no answer"), ("garbage", "5", "not a translation")],
)
def test_a_failing_server_shows_one_message_and_changes_nothing(
    window: Any, example_path: Any, qtbot: Any, request: pytest.FixtureRequest, mode: str, timeout: str, expected: str
) -> None:
    server = start_server(request, mode)
    window.files.open_path(str(example_path))
    before = dumps(window.document)
    dialog = open_dialog(window, qtbot)
    check_only(dialog, qtbot, ["de"])
    set_up_libre(dialog, qtbot, server, timeout=timeout)
    click(qtbot, dialog.translate_button)
    assert dialog.job is not None and dialog.job.is_running()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)

    assert dialog.isVisible()  # the dialog stays open with the message, ready to try again
    assert dialog.error.isVisible()
    message = dialog.error.text()
    assert "LibreTranslate" in message and expected in message and "unchanged" in message
    assert dialog.translate_button.isEnabled()
    assert dumps(window.document) == before
    assert window.scene.undo_stack.count() == 0
    click(qtbot, dialog.cancel_button)  # now "Close"
    assert window.translate_dialog is None or not window.translate_dialog.isVisible()


def test_cancel_mid_run_stops_the_thread_and_changes_nothing(
    window: Any, example_path: Any, qtbot: Any, request: pytest.FixtureRequest
) -> None:
    server = start_server(request, "hang")
    window.files.open_path(str(example_path))
    before = dumps(window.document)
    dialog = open_dialog(window, qtbot)
    check_only(dialog, qtbot, ["de", "ja", "ar"])
    set_up_libre(dialog, qtbot, server, timeout="1.5")
    click(qtbot, dialog.translate_button)
    qtbot.waitUntil(lambda: len(server.requests) > 0, timeout=5000)
    assert dialog.cancel_button.text() == "Cancel"
    ticks: list[int] = []
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: ticks.append(1))  # the UI thread keeps running during the request
    heartbeat.start(10)
    job = dialog.job
    assert job is not None
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        click(qtbot, dialog.cancel_button)
    heartbeat.stop()
    assert len(ticks) > 5
    assert not job.is_running()
    assert dumps(window.document) == before
    assert window.scene.undo_stack.count() == 0


def test_the_free_field_takes_bcp47_tags_and_rejects_others(window: Any, example_path: Any, qtbot: Any) -> None:
    window.files.open_path(str(example_path))
    dialog = open_dialog(window, qtbot)
    check_only(dialog, qtbot, [])
    dialog.extra.setFocus()
    qtbot.keyClicks(dialog.extra, "pt-PT, not_a_tag")
    click(qtbot, dialog.translate_button)
    assert dialog.job is None and "not_a_tag" in dialog.error.text()
    qtbot.keyClick(dialog.extra, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.extra, "pt-PT sr-Latn en")
    assert dialog.chosen_languages() == (["pt-PT", "sr-Latn"], [])  # the source language is left out
    click(qtbot, dialog.cancel_button)


def test_pseudo_locales_switch_and_missing_strings_fall_back_to_the_source(
    window: Any, example_path: Any, qtbot: Any
) -> None:
    window.files.open_path(str(example_path))
    dialog = open_dialog(window, qtbot)
    check_only(dialog, qtbot, ["en-XA", "ar-XB"])
    choose(qtbot, dialog.provider, "pseudo")
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        click(qtbot, dialog.translate_button)
    assert window.scene.language == "en-XA"
    assert shown_texts(window, "api")[0].startswith("[")  # bracketed, accented pseudo text

    # a box added now has no variants: in en-XA it shows its source text, marked missing
    window.scene.create_box_at(window.view.mapToScene(10, 10), None, "Fresh box", "")
    fresh = window.document.elements[-1].id
    assert shown_texts(window, fresh)[0] == "Fresh box"
    assert window.document.element(fresh).name.status("en-XA", "en") is VariantStatus.MISSING  # type: ignore[union-attr]
    window.refresh_languages()
    assert translation_badges(window.document, "en-XA")[fresh] == "missing"
    assert window.scene.translation_badges == {fresh: "missing"}  # the canvas marks the fallback

    # the menu's language item re-renders every element at once
    menu_item = window.findChild(type(window.actions_["edit.undo"]), "language.en")
    menu_item.trigger()
    QApplication.processEvents()
    assert window.scene.language == "en"
    for element_id in ("api", "redis", "legend", "title"):
        texts = " ".join(shown_texts(window, element_id))
        assert "[" not in texts and texts.strip()
    window.findChild(type(menu_item), "language.ar-XB").trigger()
    assert all("\u202e" in " ".join(shown_texts(window, element_id)) for element_id in ("api", "worker", "title"))


def test_editing_a_label_while_german_is_shown_writes_a_human_german_variant(
    window: Any, example_path: Any, qtbot: Any, request: pytest.FixtureRequest
) -> None:
    server = start_server(request)
    window.files.open_path(str(example_path))
    translate_with_libre(window, qtbot, server, ["de"])
    assert window.scene.language == "de"
    steps = window.scene.undo_stack.count()
    window.view.zoom_to_fit()
    api = window.document.element("api")
    point = window.view.mapFromScene(api.rect.x + api.rect.width / 2, api.rect.y + 12)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.scene.selected_ids() == ["api"]
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    assert window.scene.editor is not None and window.scene.editor.field == "name"
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.view.viewport(), "Schnittstellen-Dienst")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)

    edited = window.document.element("api")
    assert isinstance(edited, Box)
    assert edited.name.text == "API Service"  # the source stays
    german = edited.name.variants["de"]
    assert german.text == "Schnittstellen-Dienst" and german.origin is Origin.HUMAN and german.source == "API Service"
    assert window.scene.undo_stack.count() == steps + 1
    assert shown_texts(window, "api")[0] == "Schnittstellen-Dienst"
