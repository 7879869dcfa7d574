"""Where things are: move, resize, reconnect an arrow end, waypoints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import ValidationError

from editor.commands.base import CommandError, require
from editor.commands.changes import Change, FieldChanges
from editor.commands.titles import QT_TRANSLATE_NOOP, ElementRef, Title, as_title
from editor.model import Arrow, Document, Endpoint, Point, Rect

ArrowEnd = Literal["source", "target"]
ARRANGE = QT_TRANSLATE_NOOP("Commands", "Arrange")


class MoveElements(FieldChanges):
    """Shift elements by (dx, dy); arrows among them carry their waypoints along.

    Moves that share a gesture key (one drag, one burst of arrow-key nudges) and the
    same ids merge into one undo step.
    """

    validate_values = False

    def __init__(self, ids: Iterable[str], dx: float, dy: float, gesture: str | None = None) -> None:
        super().__init__()
        self.ids = list(dict.fromkeys(ids))
        self.dx = dx
        self.dy = dy
        self.gesture = gesture
        self.caption = (
            Title(QT_TRANSLATE_NOOP("Commands", "Move %1"), (ElementRef(self.ids[0]),))
            if len(self.ids) == 1
            else Title(QT_TRANSLATE_NOOP("Commands", "Move"))
        )

    def plan(self, document: Document) -> list[Change]:
        changes: list[Change] = []
        try:
            for element_id in self.ids:
                element = require(document, element_id)
                if isinstance(element, Arrow):
                    if element.waypoints:
                        moved = [Point(x=point.x + self.dx, y=point.y + self.dy) for point in element.waypoints]
                        changes.append((element_id, "waypoints", moved))
                    for end in ("source", "target"):  # free ends are the arrow's own to carry
                        endpoint = getattr(element, end)
                        if endpoint.point is not None:
                            shifted = Point(x=endpoint.point.x + self.dx, y=endpoint.point.y + self.dy)
                            changes.append((element_id, end, endpoint.model_copy(update={"point": shifted})))
                else:
                    rect = element.rect
                    new_rect = Rect(x=rect.x + self.dx, y=rect.y + self.dy, width=rect.width, height=rect.height)
                    changes.append((element_id, "rect", new_rect))
        except ValidationError:
            raise CommandError("the move would take an element beyond the canvas limits") from None
        return changes


class SetRect(FieldChanges):
    """Resize (or place) one element; a resize drag shares a gesture key and merges."""

    def __init__(self, element_id: str, rect: Rect, gesture: str | None = None) -> None:
        super().__init__()
        self.element_id = element_id
        self.rect = rect
        self.gesture = gesture
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Resize %1"), (ElementRef(element_id),))

    def plan(self, document: Document) -> list[Change]:
        element = require(document, self.element_id)
        if isinstance(element, Arrow):
            raise CommandError(f'arrow "{self.element_id}" has no rectangle')
        return [(self.element_id, "rect", self.rect)]


class SetRects(FieldChanges):
    """Several rectangles at once: align, distribute, grow to fit, a group's resize drag (which
    shares a gesture key and merges)."""

    def __init__(self, rects: dict[str, Rect], title: str | Title = ARRANGE, gesture: str | None = None) -> None:
        super().__init__()
        self.rects = dict(rects)
        self.caption = as_title(title)
        self.gesture = gesture

    def plan(self, document: Document) -> list[Change]:
        for element_id in self.rects:
            if isinstance(require(document, element_id), Arrow):
                raise CommandError(f'arrow "{element_id}" has no rectangle')
        return [(element_id, "rect", rect) for element_id, rect in self.rects.items()]


def _require_arrow(document: Document, arrow_id: str) -> Arrow:
    element = require(document, arrow_id)
    if not isinstance(element, Arrow):
        raise CommandError(f'"{arrow_id}" is not an arrow')
    return element


class Reconnect(FieldChanges):
    """Bind one end of an arrow to another element (or another anchor of the same one), or free it
    at a canvas point (an end dragged off every box)."""

    def __init__(self, arrow_id: str, end: ArrowEnd, endpoint: Endpoint, gesture: str | None = None) -> None:
        super().__init__()
        if end not in ("source", "target"):
            raise CommandError(f"an arrow end is 'source' or 'target', not {end!r}")
        self.arrow_id = arrow_id
        self.end = end
        self.endpoint = endpoint
        self.gesture = gesture  # one drag of the end merges into one step
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Reconnect %1"), (ElementRef(arrow_id),))

    def plan(self, document: Document) -> list[Change]:
        _require_arrow(document, self.arrow_id)
        return [(self.arrow_id, self.end, self.endpoint)]


class SetWaypoints(FieldChanges):
    """Replace an arrow's waypoints; dragging one waypoint is one merged step."""

    def __init__(self, arrow_id: str, waypoints: Sequence[Point], gesture: str | None = None) -> None:
        super().__init__()
        self.arrow_id = arrow_id
        self.waypoints = list(waypoints)
        self.gesture = gesture
        self.caption = Title(QT_TRANSLATE_NOOP("Commands", "Move waypoints of %1"), (ElementRef(arrow_id),))

    def plan(self, document: Document) -> list[Change]:
        _require_arrow(document, self.arrow_id)
        return [(self.arrow_id, "waypoints", self.waypoints)]
