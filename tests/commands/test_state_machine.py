"""Must show: any random sequence of edits, undone, gives the start back; redone, the end.

A hypothesis state machine drives create / move / resize / connect / reconnect / edit /
delete / paste / restyle / reorder / waypoint commands through ``History``; commands
the document refuses (CommandError) must leave it untouched. After every step the
document must still validate.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from editor.commands import (
    AddElements,
    Command,
    CommandError,
    Compound,
    EditText,
    History,
    MoveElements,
    Paste,
    Reconnect,
    RemoveElements,
    Reorder,
    SetProperty,
    SetRect,
    SetStyle,
    SetWaypoints,
)
from editor.model import Arrow, Box, Document, Endpoint, Frame, Point, Rect, TextElement, plain
from tests.model.strategies import documents

coordinates = st.floats(min_value=-3000, max_value=3000, allow_nan=False)
deltas = st.floats(min_value=-500, max_value=500, allow_nan=False)
sizes = st.floats(min_value=1, max_value=600, allow_nan=False)
words = st.text(alphabet="abc XYZ日本\n", max_size=12)
languages = st.sampled_from(["en", "de", "ja"])


class EditingSession(RuleBasedStateMachine):
    """One document, one history, random edits; undo all and redo all at the end."""

    def __init__(self) -> None:
        super().__init__()
        self.counter = 0

    @initialize(document=documents(max_elements=6))
    def open_document(self, document: Document) -> None:
        self.document = document
        self.history = History(document)
        self.start = document.model_dump()

    # --- helpers ---------------------------------------------------------------------------
    def ids(self, placed_only: bool = False) -> list[str]:
        return [e.id for e in self.document.elements if not (placed_only and isinstance(e, Arrow))]

    def arrows(self) -> list[str]:
        return [e.id for e in self.document.elements if isinstance(e, Arrow)]

    def push(self, command: Command) -> None:
        before = self.document.model_dump()
        try:
            self.history.push(command)
        except CommandError:
            assert self.document.model_dump() == before

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-new-{self.counter}"

    # --- rules -----------------------------------------------------------------------------
    @rule(x=coordinates, y=coordinates, w=sizes, h=sizes, name=words)
    def create_box(self, x: float, y: float, w: float, h: float, name: str) -> None:
        box = Box(id=self.fresh("box"), rect=Rect(x=x, y=y, width=w, height=h), name=plain(name), role=plain(""))
        self.push(AddElements([box]))

    @rule(x=coordinates, y=coordinates, text=words)
    def create_text(self, x: float, y: float, text: str) -> None:
        element = TextElement(id=self.fresh("text"), rect=Rect(x=x, y=y, width=200, height=40), text=plain(text))
        self.push(AddElements([element]))

    @precondition(lambda self: len(self.ids(placed_only=True)) >= 1)
    @rule(data=st.data())
    def connect(self, data: st.DataObject) -> None:
        placed = self.ids(placed_only=True)
        source, target = data.draw(st.sampled_from(placed)), data.draw(st.sampled_from(placed))
        arrow = Arrow(id=self.fresh("arrow"), source=Endpoint(element=source), target=Endpoint(element=target))
        self.push(AddElements([arrow]))

    @precondition(lambda self: bool(self.arrows()))
    @rule(data=st.data(), end=st.sampled_from(["source", "target"]))
    def reconnect(self, data: st.DataObject, end: Any) -> None:
        arrow = data.draw(st.sampled_from(self.arrows()))
        to = data.draw(st.sampled_from(self.ids()))  # sometimes an arrow: must be refused
        self.push(Reconnect(arrow, end, Endpoint(element=to)))

    @precondition(lambda self: bool(self.arrows()))
    @rule(data=st.data(), points=st.lists(st.builds(Point, x=coordinates, y=coordinates), max_size=3))
    def waypoints(self, data: st.DataObject, points: list[Point]) -> None:
        self.push(SetWaypoints(data.draw(st.sampled_from(self.arrows())), points, gesture="waypoint"))

    @precondition(lambda self: bool(self.document.elements))
    @rule(
        data=st.data(),
        dx=deltas,
        dy=deltas,
        gesture=st.sampled_from([None, "drag", "nudge"]),
        repeats=st.integers(1, 3),
    )
    def move(self, data: st.DataObject, dx: float, dy: float, gesture: str | None, repeats: int) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.ids()), min_size=1, max_size=4, unique=True))
        for _ in range(repeats):
            self.push(MoveElements(chosen, dx, dy, gesture=gesture))

    @precondition(lambda self: bool(self.ids(placed_only=True)))
    @rule(data=st.data(), x=coordinates, y=coordinates, w=sizes, h=sizes)
    def resize(self, data: st.DataObject, x: float, y: float, w: float, h: float) -> None:
        target = data.draw(st.sampled_from(self.ids(placed_only=True)))
        self.push(SetRect(target, Rect(x=x, y=y, width=w, height=h), gesture="resize"))

    @precondition(lambda self: bool(self.document.elements))
    @rule(data=st.data(), text=words, language=languages)
    def edit_text(self, data: st.DataObject, text: str, language: str) -> None:
        element = data.draw(st.sampled_from(self.document.elements))
        field = {"box": "name", "arrow": "label", "text": "text", "legend": "title", "frame": "title"}.get(
            element.type, "description"
        )
        if element.type == "legend" and data.draw(st.booleans()):
            field = "entries[0]"
        self.push(EditText(element.id, field, language, text))

    @precondition(lambda self: bool(self.document.elements))
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.ids()), min_size=1, max_size=3, unique=True))
        self.push(RemoveElements(chosen))

    @precondition(lambda self: bool(self.document.elements))
    @rule(data=st.data(), dx=deltas, dy=deltas)
    def paste(self, data: st.DataObject, dx: float, dy: float) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.ids()), min_size=1, max_size=4, unique=True))
        self.push(Paste(self.document, [self.document.element(i) for i in chosen], dx, dy))

    @precondition(lambda self: bool(self.document.elements))
    @rule(
        data=st.data(),
        changes=st.fixed_dictionaries(
            {}, optional={"stroke": st.sampled_from([None, "#123456", "bad"]), "stroke_width": st.floats(-1, 20)}
        ),
    )
    def restyle(self, data: st.DataObject, changes: dict[str, Any]) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.ids()), min_size=1, max_size=4, unique=True))
        self.push(SetStyle(chosen, changes))

    @precondition(lambda self: bool(self.arrows()))
    @rule(data=st.data(), routing=st.sampled_from(["straight", "orthogonal", "curved", "zigzag"]))
    def set_routing(self, data: st.DataObject, routing: str) -> None:
        self.push(SetProperty([data.draw(st.sampled_from(self.arrows()))], "routing", routing))

    @precondition(lambda self: bool(self.document.elements))
    @rule(data=st.data(), to_front=st.booleans())
    def reorder(self, data: st.DataObject, to_front: bool) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.ids()), min_size=1, max_size=3, unique=True))
        self.push(Reorder(chosen, to_front))

    @precondition(lambda self: len(self.ids(placed_only=True)) >= 2)
    @rule(data=st.data())
    def delete_one_and_frame_the_rest(self, data: st.DataObject) -> None:
        placed = self.ids(placed_only=True)
        gone = data.draw(st.sampled_from(placed))
        frame = Frame(
            id=self.fresh("frame"), rect=Rect(x=0, y=0, width=50, height=50), members=[i for i in placed if i != gone]
        )
        self.push(Compound([RemoveElements([gone]), AddElements([frame])], title="Regroup"))

    @rule()
    def undo_one(self) -> None:
        self.history.undo()

    @rule()
    def redo_one(self) -> None:
        self.history.redo()

    # --- invariants ------------------------------------------------------------------------
    @invariant()
    def document_stays_valid_and_indexed(self) -> None:
        if not hasattr(self, "document"):
            return
        Document.model_validate(self.document.model_dump())
        assert all(self.document.get(element.id) is element for element in self.document.elements)

    def teardown(self) -> None:
        if not hasattr(self, "history"):
            return
        while self.history.can_redo:
            self.history.redo()
        end = self.document.model_dump()
        while self.history.undo():
            pass
        assert self.document.model_dump() == self.start
        while self.history.redo():
            pass
        assert self.document.model_dump() == end


EditingSession.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestEditingSession = EditingSession.TestCase
