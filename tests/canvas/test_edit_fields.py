"""In-place editing of every kind of label, by double-click and F2, with real mouse and keys.

Each test double-clicks where the label is drawn (found in the item's display list, as a
user finds it on screen), types, commits, and checks that exactly the intended field
changed and that one undo step restores the document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from editor.model import (
    Arrow,
    Box,
    Document,
    Frame,
    Legend,
    LegendEntry,
    Rect,
    TextElement,
    TextRole,
    plain,
    texts_of,
)
from editor.model.io import load
from editor.render.display_list import TextLineOp
from editor.render.fonts import qfont
from editor.render.layout import layout_element
from tests.canvas.conftest import Canvas, arrow, box

CTRL = Qt.KeyboardModifier.ControlModifier
EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


def _line_centre(canvas: Canvas, element_id: str, text: str) -> QPointF:
    """The middle of the drawn line that reads ``text`` (the element's display list, as painted)."""
    view = canvas.scene.views_by_id[element_id]
    lines = [op for op in view.element_group().ops if isinstance(op, TextLineOp) and op.text.strip() == text]
    assert len(lines) == 1, f"{text!r} is drawn {len(lines)} times in {element_id}"
    line = lines[0]
    return QPointF(line.x + line.width / 2, line.y - line.ascent / 2)


def _edit_line(canvas: Canvas, element_id: str, shown: str, typed: str) -> str:
    """Double-click the line ``shown``, replace the whole field with ``typed``, Enter; the field edited."""
    where = _line_centre(canvas, element_id, shown)
    canvas.double_click(where.x(), where.y())
    editor = canvas.scene.editor
    assert editor is not None and editor.element_id == element_id
    field = editor.field
    canvas.key(Qt.Key.Key_A, CTRL)
    canvas.type(typed)
    canvas.key(Qt.Key.Key_Return)
    assert canvas.scene.editor is None
    return field


def _undo_restores(canvas: Canvas, before: dict) -> None:
    assert canvas.scene.undo_stack.count() == 1
    canvas.scene.undo_stack.undo()
    assert canvas.document.model_dump() == before


def _box_with_role(name: str, role: str) -> Box:
    return Box(id="api", rect=Rect(x=100, y=100, width=240, height=140), name=plain(name), role=plain(role))


@pytest.mark.parametrize(
    ("name", "role"),
    [("API", "Handles REST requests"), ("API", "Public API gateway"), ("Redis", "Redis")],
    ids=["distinct", "name-inside-role", "same-text"],
)
def test_double_click_on_the_role_line_edits_the_role_and_on_the_name_line_the_name(
    make_canvas, name: str, role: str
) -> None:
    canvas: Canvas = make_canvas(Document(elements=[_box_with_role(name, role)]))
    before = canvas.document.model_dump()
    view = canvas.scene.views_by_id["api"]
    lines = [op for op in view.element_group().ops if isinstance(op, TextLineOp)]
    name_line, role_line = lines  # the layout draws the name first, then the role
    canvas.double_click(role_line.x + role_line.width / 2, role_line.y - role_line.ascent / 2)
    editor = canvas.scene.editor
    assert editor is not None and editor.field == "role"
    assert abs(editor.pos().y() - (role_line.y - role_line.ascent)) < 0.5  # over the role, not the name
    assert editor.font() == qfont(role_line.families, role_line.size, role_line.weight)  # the role's font
    canvas.key(Qt.Key.Key_A, CTRL)
    canvas.type("Edge gateway")
    canvas.key(Qt.Key.Key_Return)
    edited = canvas.document.element("api")
    assert isinstance(edited, Box) and (edited.name.text, edited.role.text) == (name, "Edge gateway")
    _undo_restores(canvas, before)
    canvas.double_click(name_line.x + name_line.width / 2, name_line.y - name_line.ascent / 2)
    assert canvas.scene.editor is not None and canvas.scene.editor.field == "name"
    canvas.key(Qt.Key.Key_Escape)


def test_double_click_an_arrow_label_edits_the_label(make_canvas) -> None:
    labelled = arrow("reads", "api", "db").model_copy(update={"label": plain("GET /item")})
    canvas: Canvas = make_canvas(Document(elements=[box("api", 100, 100), box("db", 600, 100), labelled]))
    before = canvas.document.model_dump()
    assert _edit_line(canvas, "reads", "GET /item", "SELECT row") == "label"
    edited = canvas.document.element("reads")
    assert isinstance(edited, Arrow) and edited.label.text == "SELECT row"
    _undo_restores(canvas, before)


def test_double_click_an_arrow_without_a_label_starts_one_at_its_middle(make_canvas) -> None:
    canvas: Canvas = make_canvas(
        Document(elements=[box("api", 100, 100), box("db", 600, 100), arrow("r", "api", "db")])
    )
    before = canvas.document.model_dump()
    canvas.double_click(430, 150)  # on the line between the boxes
    editor = canvas.scene.editor
    assert editor is not None and (editor.element_id, editor.field) == ("r", "label")
    assert editor.sceneBoundingRect().contains(QPointF(430, 150))  # the editor opens where the label will be
    canvas.type("reads")
    canvas.key(Qt.Key.Key_Return)
    edited = canvas.document.element("r")
    assert isinstance(edited, Arrow) and edited.label.text == "reads"
    assert _line_centre(canvas, "r", "reads").x() == pytest.approx(430, abs=1)
    _undo_restores(canvas, before)


@pytest.mark.parametrize("role", [TextRole.CAPTION, TextRole.CALLOUT, TextRole.NOTE, TextRole.TITLE])
def test_double_click_a_text_element_edits_its_text(make_canvas, role: TextRole) -> None:
    element = TextElement(
        id="words", rect=Rect(x=100, y=100, width=360, height=70), role=role, text=plain("Cache miss")
    )
    canvas: Canvas = make_canvas(Document(elements=[element]))
    before = canvas.document.model_dump()
    assert _edit_line(canvas, "words", "Cache miss", "Cache hit") == "text"
    edited = canvas.document.element("words")
    assert isinstance(edited, TextElement) and edited.text.text == "Cache hit" and edited.role is role
    _undo_restores(canvas, before)


def _legend() -> Legend:
    entries = [LegendEntry(text=plain(text)) for text in ("Read the cache", "Read the database", "Write")]
    return Legend(
        id="key", rect=Rect(x=100, y=100, width=420, height=260), title=plain("How it works"), entries=entries
    )


@pytest.mark.parametrize(
    ("shown", "field"),
    [
        ("How it works", "title"),
        ("Read the cache", "entries[0]"),
        ("Read the database", "entries[1]"),
        ("Write", "entries[2]"),
    ],
)
def test_double_click_a_legend_line_edits_that_entry_only(make_canvas, shown: str, field: str) -> None:
    canvas: Canvas = make_canvas(Document(elements=[_legend()]))
    before = canvas.document.model_dump()
    assert _edit_line(canvas, "key", shown, "Changed") == field
    edited = canvas.document.element("key")
    assert isinstance(edited, Legend)
    texts = {"title": edited.title.text, **{f"entries[{i}]": e.text.text for i, e in enumerate(edited.entries)}}
    original = {"title": "How it works", "entries[0]": "Read the cache", "entries[1]": "Read the database"}
    original["entries[2]"] = "Write"
    assert texts == {**original, field: "Changed"}
    _undo_restores(canvas, before)


def test_double_click_a_legend_badge_edits_the_entry_beside_it(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[_legend()]))
    badge = _line_centre(canvas, "key", "2")  # the number drawn in the second entry's badge
    canvas.double_click(badge.x(), badge.y())
    assert canvas.scene.editor is not None and canvas.scene.editor.field == "entries[1]"
    canvas.key(Qt.Key.Key_Escape)
    assert canvas.scene.undo_stack.count() == 0


def test_double_click_a_frame_title_edits_the_title(make_canvas) -> None:
    frame = Frame(id="lane", rect=Rect(x=60, y=60, width=700, height=400), title=plain("Read path"), members=["api"])
    canvas: Canvas = make_canvas(Document(elements=[frame, box("api", 200, 200, "API")]))
    before = canvas.document.model_dump()
    assert _edit_line(canvas, "lane", "Read path", "Write path") == "title"
    edited = canvas.document.element("lane")
    assert isinstance(edited, Frame) and edited.title.text == "Write path" and edited.members == ["api"]
    _undo_restores(canvas, before)


def test_f2_edits_the_selected_box_name_and_shift_enter_makes_a_new_line(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("api", 100, 100, "API")]))
    before = canvas.document.model_dump()
    canvas.press(180, 150)
    canvas.release(180, 150)
    canvas.key(Qt.Key.Key_F2)
    assert canvas.scene.editor is not None and canvas.scene.editor.field == "name"
    canvas.type("Edge")  # the whole name was selected: typing replaces it
    canvas.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.scene.editor is not None  # Shift+Enter does not commit
    canvas.type("gateway")
    canvas.key(Qt.Key.Key_Return)
    edited = canvas.document.element("api")
    assert isinstance(edited, Box) and edited.name.text == "Edge\ngateway"
    drawn = [op.text for op in canvas.scene.views_by_id["api"].element_group().ops if isinstance(op, TextLineOp)]
    assert drawn[:2] == ["Edge", "gateway"]  # two lines on the canvas
    _undo_restores(canvas, before)


def test_f2_with_nothing_selected_opens_no_editor(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("api", 100, 100, "API")]))
    canvas.key(Qt.Key.Key_F2)
    assert canvas.scene.editor is None


@pytest.mark.parametrize("where", [(700, 500), (520, 150)], ids=["empty canvas", "another box"])
def test_clicking_away_commits_the_edit_as_one_step(make_canvas, where: tuple[float, float]) -> None:
    canvas: Canvas = make_canvas(Document(elements=[box("api", 100, 100, "API"), box("db", 440, 100, "DB")]))
    before = canvas.document.model_dump()
    canvas.double_click(180, 150)
    canvas.key(Qt.Key.Key_A, CTRL)
    canvas.type("Gateway")
    canvas.press(*where)
    canvas.release(*where)
    assert canvas.scene.editor is None
    edited = canvas.document.element("api")
    assert isinstance(edited, Box) and edited.name.text == "Gateway"
    assert canvas.scene.selected_ids() == ([] if where == (700, 500) else ["db"])
    _undo_restores(canvas, before)


def test_typing_in_the_editor_does_not_reach_the_canvas_shortcuts(make_canvas) -> None:
    """Delete, arrows and Ctrl+A act on the text while editing, never on the elements."""
    canvas: Canvas = make_canvas(Document(elements=[box("api", 100, 100, "API"), box("db", 440, 100, "DB")]))
    canvas.double_click(180, 150)
    canvas.key(Qt.Key.Key_End)
    canvas.key(Qt.Key.Key_Left)
    canvas.key(Qt.Key.Key_Delete)  # deletes the "I"
    canvas.key(Qt.Key.Key_Backspace)  # and the "P"
    canvas.key(Qt.Key.Key_Return)
    assert [element.id for element in canvas.document.elements] == ["api", "db"]
    edited = canvas.document.element("api")
    assert isinstance(edited, Box) and edited.name.text == "A" and edited.rect.x == 100
    assert canvas.scene.undo_stack.count() == 1


def test_the_open_editor_hides_the_label_it_replaces(make_canvas) -> None:
    """Emptied, the editor shows only its background and caret: no ghost of the old text."""
    canvas: Canvas = make_canvas(Document(elements=[_box_with_role("API", "Handles REST requests and business logic")]))
    role = _line_centre(canvas, "api", "Handles REST requests and")
    canvas.double_click(role.x(), role.y())
    editor = canvas.scene.editor
    assert editor is not None and editor.field == "role"
    canvas.key(Qt.Key.Key_Delete)  # the whole role was selected
    assert editor.toPlainText() == ""
    covered = editor.sceneBoundingRect()
    assert covered.contains(role) and covered.contains(_line_centre(canvas, "api", "business logic"))
    inner = canvas.view.mapFromScene(editor.sceneBoundingRect().adjusted(4, 4, -4, -4)).boundingRect()
    image = canvas.view.viewport().grab(inner).toImage()
    marked = {
        x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).lightness() < 250
    }
    assert len(marked) <= 2  # at most the caret's column
    canvas.key(Qt.Key.Key_Escape)


def test_every_label_of_the_bundled_example_opens_its_own_field(make_canvas) -> None:
    """Double-click the first drawn line of every text in the example: the editor opens on that text."""
    document = load(EXAMPLE)
    canvas: Canvas = make_canvas(document)
    source = document.settings.source_language
    opened = 0
    for element in document.elements:
        view = canvas.scene.views_by_id[element.id]
        drawn = [op for op in view.element_group().ops if isinstance(op, TextLineOp) and op.text.strip()]
        for field, text in texts_of(element):
            words = " ".join(text.in_language(canvas.scene.language, source).split())
            starts = [op for op in drawn if words.startswith(" ".join(op.text.split()))]
            if not starts:
                continue  # an empty text draws nothing
            first = max(starts, key=lambda op: len(op.text))  # "API" may also end the entry before
            middle = QPointF(first.x + first.width / 2, first.y - first.ascent / 2)
            canvas.view.centerOn(middle)
            canvas.double_click(middle.x(), middle.y())
            editor = canvas.scene.editor
            assert editor is not None and (editor.element_id, editor.field) == (element.id, field), words
            canvas.key(Qt.Key.Key_Escape)
            opened += 1
    assert opened == sum(1 for element in document.elements for _, text in texts_of(element) if text.text.strip())
    assert canvas.scene.undo_stack.count() == 0


def test_after_a_drag_the_editor_opens_over_the_label_where_it_now_is(make_canvas) -> None:
    canvas: Canvas = make_canvas(Document(elements=[_box_with_role("API", "Public API gateway")]))
    canvas.view.viewport().repaint()  # painted once: the item keeps that layout and shifts it on a pure move
    canvas.drag((220, 170), (420, 370), modifiers=Qt.KeyboardModifier.AltModifier)
    moved = canvas.document.element("api")
    assert isinstance(moved, Box) and (moved.rect.x, moved.rect.y) == (300, 300)
    name_line, role_line = [op for op in layout_element(canvas.document, "api").ops if isinstance(op, TextLineOp)]
    for line, field in ((name_line, "name"), (role_line, "role")):
        canvas.double_click(line.x + line.width / 2, line.y - line.ascent / 2)
        editor = canvas.scene.editor
        assert editor is not None and editor.field == field
        assert abs(editor.pos().y() - (line.y - line.ascent)) < 0.5  # over the line, not where it was
        canvas.key(Qt.Key.Key_Escape)
    assert canvas.scene.undo_stack.count() == 1  # the drag only


def test_the_label_plate_of_an_arrow_picks_the_arrow_even_off_its_line(make_canvas) -> None:
    labelled = arrow("r", "api", "db").model_copy(update={"label": plain("Publish invalidation event")})
    canvas: Canvas = make_canvas(Document(elements=[box("api", 100, 100), box("db", 600, 100), labelled]))
    line = next(op for op in layout_element(canvas.document, "r").ops if isinstance(op, TextLineOp))
    x, y = line.x + line.width / 2, line.y - line.ascent + 2  # the top of the text, 8 px off the line
    canvas.press(x, y)
    canvas.release(x, y)
    assert canvas.scene.selected_ids() == ["r"]
    canvas.double_click(x, y)
    editor = canvas.scene.editor
    assert editor is not None and (editor.element_id, editor.field) == ("r", "label")
    canvas.key(Qt.Key.Key_Escape)
    assert len(canvas.document.elements) == 3  # no box made on the label
