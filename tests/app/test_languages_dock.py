"""The Languages panel: counts and lists per language, clicks that select on the canvas, stale tracking
from the dialog to the CLI, and fitting overflowing labels (shrink or grow, one undo step each)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from editor.app.fit import overflowing_labels
from editor.app.languages_dock import ROLE_ELEMENT, ROLE_LANGUAGE
from editor.cli import main
from editor.model import Box, Origin, TextFit, VariantStatus, dumps, save
from tests.app.translation_helpers import choose, click, open_dialog, start_server, translate_with_libre


def language_row(window: Any, language: str) -> QTreeWidgetItem:
    tree = window.languages.tree
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        if item.data(0, ROLE_LANGUAGE) == language:
            return item
    raise AssertionError(f"no row for {language}")


def rows_of(window: Any, language: str) -> list[tuple[str, str, str]]:
    """(text, element.field, status) of every row under ``language``."""
    top = language_row(window, language)
    return [(top.child(i).text(0), top.child(i).text(1), top.child(i).text(2)) for i in range(top.childCount())]


def click_row(window: Any, qtbot: Any, item: QTreeWidgetItem) -> None:
    tree = window.languages.tree
    if item.parent() is not None:
        item.parent().setExpanded(True)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 12, rect.center().y()))


def rename_on_canvas(window: Any, qtbot: Any, element_id: str, text: str) -> None:
    """Select the box with a click, F2, type, Enter: the inline editor, with real events."""
    window.view.zoom_to_fit()
    element = window.document.element(element_id)
    point = window.view.mapFromScene(element.rect.x + element.rect.width / 2, element.rect.y + 12)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.view.viewport(), text)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)


def test_stale_after_a_source_edit_shows_everywhere_and_retranslation_refreshes_only_it(
    window: Any,
    example_path: Path,
    qtbot: Any,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = start_server(request)
    window.files.open_path(str(example_path))
    translate_with_libre(window, qtbot, server, ["de"])
    assert "stale" not in language_row(window, "de").text(2)

    # edit the source label: switch the canvas to English through the Language menu, rename in place
    window.findChild(type(window.actions_["edit.undo"]), "language.en").trigger()
    rename_on_canvas(window, qtbot, "worker", "Invalidation worker")
    worker = window.document.element("worker")
    assert isinstance(worker, Box) and worker.name.text == "Invalidation worker"
    assert worker.name.status("de", "en") is VariantStatus.STALE  # in the document
    qtbot.waitUntil(lambda: ("Invalidation worker", "worker.name", "stale") in rows_of(window, "de"))  # in the panel
    assert "1 stale" in language_row(window, "de").text(2)
    stale_rows = [row for row in rows_of(window, "de") if row[2] == "stale"]
    assert stale_rows == [("Invalidation worker", "worker.name", "stale")]

    saved = tmp_path / "edited.diagram.json"
    save(window.document, saved)
    assert main(["strings", str(saved)]) == 0  # the CLI's report
    assert 'stale: worker.name: "Invalidation worker" (was made from "Worker")' in capsys.readouterr().out
    # re-translate in the app: only the stale string goes to the server, every other variant stays
    others_before = {element.id: dumps_texts(element) for element in window.document.elements if element.id != "worker"}
    sent_before = len(server.requests)
    translate_with_libre(window, qtbot, server, ["de"])
    sent = server.requests[sent_before:]
    assert [request["q"] for request in sent] == ["Invalidation worker"]
    worker = window.document.element("worker")
    assert isinstance(worker, Box)
    assert worker.name.variants["de"].source == "Invalidation worker"
    assert worker.name.status("de", "en") is VariantStatus.CURRENT
    assert {e.id: dumps_texts(e) for e in window.document.elements if e.id != "worker"} == others_before
    assert "stale" not in language_row(window, "de").text(2)

    # the CLI's translate on the saved stale file reports it, refreshes it, and finds it in the shared memory
    refreshed = tmp_path / "refreshed.diagram.json"
    code = main(
        ["translate", str(saved), "--to", "de", "--provider", "libre", "--endpoint", server.url, "-o", str(refreshed)]
    )
    out = capsys.readouterr().out
    assert code == 0 and "1 stale refreshed" in out and "1 from memory" in out


def dumps_texts(element: Any) -> str:
    return element.model_dump_json(include={"name", "role", "label", "text", "title", "entries", "description"})


def test_counts_per_language_and_a_click_selects_the_element_in_that_language(
    window: Any, example_path: Path, qtbot: Any, request: pytest.FixtureRequest
) -> None:
    server = start_server(request)
    window.files.open_path(str(example_path))
    translate_with_libre(window, qtbot, server, ["de", "ja"])
    window.languages.show()
    assert window.actions_["language.panel"].isChecked()
    for language in ("de", "ja"):
        state = window.languages.states[language]
        counts = state.counts()
        assert counts["missing"] == counts["stale"] == 0
        assert counts["overflow"] == len(overflowing_labels(window.document, [language])) > 0
        assert len(rows_of(window, language)) == sum(counts.values())

    # a new box has no German yet: missing in the panel, at once
    window.scene.create_box_at(window.view.mapToScene(20, 20), None, "Audit log", "Keeps every change")
    qtbot.waitUntil(lambda: window.languages.states["de"].counts()["missing"] == 2)
    assert ("Audit log", f"{window.document.elements[-1].id}.name", "missing") in rows_of(window, "de")

    # clicking a Japanese overflow row shows Japanese and selects that element
    top = language_row(window, "ja")
    row = next(top.child(i) for i in range(top.childCount()) if "px" in top.child(i).text(2))
    element_id = row.data(0, ROLE_ELEMENT)
    window.scene.set_language("de")
    click_row(window, qtbot, row)
    assert window.scene.language == "ja"
    assert window.scene.selected_ids() == [element_id]

    # clicking the German row itself shows German
    click_row(window, qtbot, language_row(window, "de"))
    assert window.scene.language == "de"


def test_fit_grow_and_shrink_each_one_undo_step_and_nothing_overflows(
    window: Any, example_path: Path, qtbot: Any, request: pytest.FixtureRequest
) -> None:
    server = start_server(request)
    window.files.open_path(str(example_path))
    translate_with_libre(window, qtbot, server, ["de", "ja", "ar"])
    overflowing = {label.element_id for label in overflowing_labels(window.document)}
    assert {"queue", "legend"} <= overflowing
    steps = window.scene.undo_stack.count()
    translated = dumps(window.document)

    # per element: pick the queue's German row in the panel, Grow Box
    top = language_row(window, "de")
    row = next(top.child(i) for i in range(top.childCount()) if top.child(i).text(1) == "queue.name+role")
    click_row(window, qtbot, row)
    assert window.languages.chosen_element_ids() == ["queue"]
    before = window.document.element("queue").rect
    click(qtbot, window.languages.grow_button)
    grown = window.document.element("queue")
    assert grown.style.fit is TextFit.GROW
    assert grown.rect.width >= before.width and grown.rect.height > before.height
    assert abs(grown.rect.center.x - before.center.x) < 1 and abs(grown.rect.center.y - before.center.y) < 1
    assert "queue" not in {label.element_id for label in overflowing_labels(window.document)}
    start = window.scene.views_by_id["w11"].points()[0]  # the bound arrow still leaves from the grown border
    rect = grown.rect
    assert rect.x - 1 <= start.x() <= rect.right + 1 and rect.y - 1 <= start.y() <= rect.bottom + 1
    assert (
        min(abs(start.x() - rect.x), abs(start.x() - rect.right), abs(start.y() - rect.y), abs(start.y() - rect.bottom))
        < 1
    )
    assert window.scene.undo_stack.count() == steps + 1
    window.actions_["edit.undo"].trigger()
    assert dumps(window.document) == translated

    # whole document: the fit choice in the panel, shrink
    choose(qtbot, window.languages.fit, "shrink")
    window.languages.fit.activated.emit(window.languages.fit.currentIndex())  # keyboard arrows change, Enter commits
    assert window.document.settings.fit is TextFit.SHRINK
    assert window.scene.undo_stack.count() == steps + 1
    shrunk_left = overflowing_labels(window.document)
    assert len(shrunk_left) < len(overflowing)  # what still overflows is at the minimum font size

    # whole document: the menu action grows every box that still overflows, one step
    window.actions_["language.fit_grow"].trigger()
    assert window.document.settings.fit is TextFit.GROW
    assert overflowing_labels(window.document) == []
    assert window.scene.undo_stack.count() == steps + 2
    qtbot.waitUntil(lambda: all(state.counts()["overflow"] == 0 for state in window.languages.states.values()))
    window.actions_["edit.undo"].trigger()
    window.actions_["edit.undo"].trigger()
    assert dumps(window.document) == translated


def test_translating_with_grow_chosen_grows_boxes_in_the_same_step(window: Any, example_path: Path, qtbot: Any) -> None:
    window.files.open_path(str(example_path))
    window.actions_["language.fit_grow"].trigger()  # nothing overflows in English: only the setting changes
    assert window.document.settings.fit is TextFit.GROW and window.scene.undo_stack.count() == 1
    dialog = open_dialog(window, qtbot)
    choose(qtbot, dialog.provider, "pseudo")
    from tests.app.translation_helpers import check_only

    check_only(dialog, qtbot, ["en-XA"])
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        click(qtbot, dialog.translate_button)
    assert window.scene.undo_stack.count() == 2
    assert overflowing_labels(window.document) == []  # the pseudo-locale is ~40% longer, the boxes grew
    api = window.document.element("api")
    assert isinstance(api, Box) and api.name.variants["en-XA"].origin is Origin.MACHINE
    window.actions_["edit.undo"].trigger()
    assert window.document.settings.languages == ["en"]
    assert window.document.element("api").rect.width == 240


def test_overflow_rows_name_each_label_without_walking_the_document_per_row(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    """A 12,000-box Japanese document never painted: each overflow row looked for its element's
    text by walking every text of the document. Rows now find the element by id; the document's
    texts are walked a bounded number of times however many labels overflow."""
    import editor.app.languages_dock as dock
    from benchmarks.generate import generated
    from editor.model import plain

    document = generated(60, "clean")
    document.settings.languages = ["en", "ja"]
    for number, element in enumerate(document.elements):
        if isinstance(element, Box):
            element.name = plain(f"Cache {number}").with_text(
                "ja", "en", f"とても長いキャッシュサーバーの名前です番号{number}"
            )
    path = tmp_path / "long.diagram.json"
    save(document, path)
    walks = 0
    real_iter_texts = dock.iter_texts

    def counted(*args: Any) -> Any:
        nonlocal walks
        walks += 1
        return real_iter_texts(*args)

    monkeypatch.setattr(dock, "iter_texts", counted)
    window.files.open_path(str(path))
    window.languages.show()
    qtbot.waitUntil(lambda: "ja" in window.languages.states)
    rows = [row for row in rows_of(window, "ja") if "px" in row[2]]
    assert len(rows) >= 30
    for text, where, _ in rows:
        element_id = where.split(".")[0]
        assert text == window.document.element(element_id).name.in_language("ja", "en")
    assert walks <= 4
