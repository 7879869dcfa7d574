"""Field changes: move, resize, reconnect, waypoints, text, style, properties, settings, z."""

from __future__ import annotations

import pytest

from editor.commands import (
    CommandError,
    EditText,
    History,
    MoveElements,
    Reconnect,
    Reorder,
    SetProperty,
    SetRect,
    SetSettings,
    SetStyle,
    SetWaypoints,
)
from editor.model import (
    Arrow,
    Box,
    Document,
    Endpoint,
    Legend,
    LegendEntry,
    Origin,
    Point,
    Rect,
    Routing,
    Settings,
    VariantStatus,
    plain,
)


def _document() -> Document:
    return Document(
        settings=Settings(title=plain("Cache"), languages=["en", "de"]),
        elements=[
            Box(id="a", rect=Rect(x=0, y=0, width=100, height=60), name=plain("API"), role=plain("serves")),
            Box(id="b", rect=Rect(x=300, y=0, width=100, height=60), name=plain("DB"), role=plain("stores")),
            Box(id="c", rect=Rect(x=0, y=300, width=100, height=60), name=plain("Queue"), role=plain("")),
            Arrow(
                id="ab",
                source=Endpoint(element="a"),
                target=Endpoint(element="b"),
                waypoints=[Point(x=150, y=-50)],
                label=plain("reads"),
            ),
            Legend(id="legend", rect=Rect(x=0, y=500, width=300, height=100), entries=[LegendEntry(text=plain("one"))]),
        ],
    )


def test_a_drag_is_one_step_however_many_moves() -> None:
    document = _document()
    history = History(document)
    for _ in range(10):
        history.push(MoveElements(["a", "ab"], 1.1, -0.7, gesture="drag-1"))
    assert len(history) == 1
    box = document.element("a")
    arrow = document.element("ab")
    assert isinstance(box, Box) and isinstance(arrow, Arrow)
    assert box.rect.x == pytest.approx(11) and arrow.waypoints[0].y == pytest.approx(-57)
    moved = document.model_dump()
    history.undo()
    assert document.model_dump() == _document().model_dump()
    history.redo()
    assert document.model_dump() == moved


def test_different_gestures_or_ids_do_not_merge() -> None:
    history = History(_document())
    history.push(MoveElements(["a"], 5, 0, gesture="drag-1"))
    history.push(MoveElements(["a"], 5, 0, gesture="drag-2"))
    history.push(MoveElements(["b"], 5, 0, gesture="drag-2"))
    history.push(MoveElements(["b"], 5, 0))
    history.push(MoveElements(["b"], 5, 0))
    assert len(history) == 5


def test_merge_stops_at_the_clean_state() -> None:
    history = History(_document())
    history.push(MoveElements(["a"], 5, 0, gesture="nudge"))
    history.set_clean()
    history.push(MoveElements(["a"], 5, 0, gesture="nudge"))
    assert len(history) == 2 and not history.is_clean
    history.undo()
    assert history.is_clean


def test_moving_beyond_the_canvas_is_refused_and_changes_nothing() -> None:
    document = _document()
    with pytest.raises(CommandError, match="limits"):
        History(document).push(MoveElements(["a", "b"], 2e7, 0))
    assert document.model_dump() == _document().model_dump()


def test_resize_drag_merges_and_validates() -> None:
    document = _document()
    history = History(document)
    history.push(SetRect("a", Rect(x=0, y=0, width=120, height=60), gesture="resize"))
    history.push(SetRect("a", Rect(x=0, y=0, width=140, height=80), gesture="resize"))
    assert len(history) == 1
    with pytest.raises(CommandError, match="no rectangle"):
        history.push(SetRect("ab", Rect(x=0, y=0, width=1, height=1)))
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_reconnect_binds_to_a_third_box_and_refuses_arrows_and_ghosts() -> None:
    document = _document()
    history = History(document)
    history.push(Reconnect("ab", "target", Endpoint(element="c")))
    arrow = document.element("ab")
    assert isinstance(arrow, Arrow) and arrow.target.element == "c"
    for bad in ("ab", "ghost"):
        with pytest.raises(CommandError):
            history.push(Reconnect("ab", "source", Endpoint(element=bad)))
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_waypoints_replace_and_undo() -> None:
    document = _document()
    history = History(document)
    history.push(SetWaypoints("ab", [Point(x=1, y=2), Point(x=3, y=4)], gesture="wp"))
    history.push(SetWaypoints("ab", [Point(x=1, y=5), Point(x=3, y=4)], gesture="wp"))
    assert len(history) == 1
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_editing_the_source_language_marks_variants_stale() -> None:
    document = _document()
    history = History(document)
    history.push(EditText("a", "name", "de", "Schnittstelle"))
    history.push(EditText("a", "name", "en", "API gateway"))
    box = document.element("a")
    assert isinstance(box, Box)
    assert box.name.text == "API gateway"
    assert box.name.variants["de"].origin is Origin.HUMAN
    assert box.name.status("de", "en") is VariantStatus.STALE
    assert box.name.in_language("de", "en") == "Schnittstelle"
    history.undo()
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_edit_text_reaches_legend_entries_arrow_labels_and_the_title() -> None:
    document = _document()
    history = History(document)
    history.push(EditText("legend", "entries[0]", "en", "first step"))
    history.push(EditText("ab", "label", "de", "liest"))
    history.push(EditText("settings", "title", "en", "Cache invalidation"))
    legend, arrow = document.element("legend"), document.element("ab")
    assert isinstance(legend, Legend) and isinstance(arrow, Arrow)
    assert legend.entries[0].text.text == "first step"
    assert arrow.label.in_language("de", "en") == "liest"
    assert document.settings.title.text == "Cache invalidation"
    with pytest.raises(CommandError):
        history.push(EditText("legend", "entries[5]", "en", "x"))
    with pytest.raises(CommandError):
        history.push(EditText("a", "icon", "en", "x"))
    for _ in range(3):
        history.undo()
    assert document.model_dump() == _document().model_dump()


def test_style_of_a_multi_selection_is_one_step_and_validated() -> None:
    document = _document()
    history = History(document)
    history.push(SetStyle(["a", "b", "ab"], {"stroke": "#FF0000", "dash": "dashed"}))
    assert len(history) == 1
    assert {document.element(i).style.stroke for i in ("a", "b", "ab")} == {"#ff0000"}
    for bad in ({"stroke": "red"}, {"nonsense": 1}):
        with pytest.raises(CommandError):
            history.push(SetStyle(["a"], bad))
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_set_property_validates_against_the_element_model() -> None:
    document = _document()
    history = History(document)
    history.push(SetProperty(["ab"], "routing", "orthogonal"))
    arrow = document.element("ab")
    assert isinstance(arrow, Arrow) and arrow.routing is Routing.ORTHOGONAL
    history.push(SetProperty(["a", "b"], "icon", "mdi6.database"))
    for field, value in (("routing", "zigzag"), ("id", "x"), ("nonsense", 1), ("source", {"element": "ghost"})):
        with pytest.raises(CommandError):
            history.push(SetProperty(["ab"], field, value))
    history.undo()
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_settings_change_is_undoable_and_validated() -> None:
    document = _document()
    history = History(document)
    command = SetSettings({"theme": "clean", "languages": ["en", "de", "ja"]})
    history.push(command)
    assert command.changes_settings and document.settings.theme == "clean"
    with pytest.raises(CommandError):
        history.push(SetSettings({"theme": "no-such-theme"}))
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_reorder_front_and_back_keep_relative_order() -> None:
    document = _document()
    history = History(document)
    history.push(Reorder(["b", "a"], to_front=True))
    order = [element.id for element in document.in_paint_order()]
    assert order[-2:] == ["a", "b"]
    history.push(Reorder(["legend"], to_front=False))
    assert document.in_paint_order()[0].id == "legend"
    history.undo()
    history.undo()
    assert document.model_dump() == _document().model_dump()


def test_history_titles_and_listeners() -> None:
    history = History(_document())
    seen: list[str] = []
    history.on_changed(lambda command: seen.append(command.title))
    history.push(MoveElements(["a"], 1, 1))
    history.undo()
    history.redo()
    assert seen == ["Move a"] * 3
    assert history.titles() == ["Move a"] and history.redo_title() is None and history.undo_title() == "Move a"
    assert history.undo() is True
    assert history.undo() is False  # nothing left to undo
