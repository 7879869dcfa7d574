"""DiagramScene: the mirror plus input. Mouse and keys start interactions; methods edit.

The public methods (delete_selection, copy_selection, paste, align...) are what the
app turns into actions; ``editor/canvas/__init__.py`` lists them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QElapsedTimer, QLineF, QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsSceneDragDropEvent, QGraphicsSceneMouseEvent
from typing_extensions import override

from editor.actions.tool_actions import SELECT, TOOLS_BY_NAME
from editor.canvas import clipboard, operations
from editor.canvas.badges import checked_badges, draw_badges
from editor.canvas.geometry import resize_handles, side_handles
from editor.canvas.group_marks import draw_group_frames, draw_lock_badges, group_corner_at
from editor.canvas.interactions import (
    Connect,
    DragWaypoint,
    Interaction,
    MoveSelection,
    ReconnectEnd,
    ResizeElement,
    RubberBand,
)
from editor.canvas.items import ArrowView, BoxView, ElementView
from editor.canvas.overlay import GRAB_PIXELS, bend_handles, draw_overlay
from editor.canvas.scene_groups import SceneGroups
from editor.canvas.shape_drop import accepts_drop, drop_at
from editor.canvas.text_editing import InlineTextEditor, field_at
from editor.canvas.tools import tool_gesture
from editor.commands import QT_TRANSLATE_NOOP, MoveElements, SetWaypoints
from editor.model import Anchor, Arrow, Document

NUDGE = 1.0
#: Shift+arrow; with snapping on, one grid cell instead, so what sits on the grid stays on it.
NUDGE_LARGE = 10.0
#: Nudges closer together than this (ms) with the same selection are one undo step.
NUDGE_BURST_MS = 1500
DRAG_START_PIXELS = 3.0
NUDGE_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def _owns_points(arrow: Arrow) -> bool:
    """Whether moving ``arrow`` moves something of its own: bends or free ends."""
    return bool(arrow.waypoints) or arrow.source.is_free or arrow.target.is_free


class DiagramScene(SceneGroups):
    """The editable scene; see the package docstring for its public methods."""

    #: The canvas tool changed (its name, ``actions.tool_actions.TOOLS``).
    tool_changed = Signal(str)

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(document, parent)
        self.interaction: Interaction | None = None
        self.tool = SELECT
        #: A locked tool stays after it made something (else the scene hands back to select).
        self.tool_locked = False
        self.editor: InlineTextEditor | None = None
        self.pointer = QPointF()
        self.hover_id: str | None = None
        self.guides: list[QLineF] = []
        self.rubber_band: QRectF | None = None
        self.rubber_line: tuple[QPointF, QPointF] | None = None
        self.drop_target: BoxView | None = None
        #: A press on a selected element that may become a drag: (id to keep alone on a click, point).
        self._pending: tuple[str, QPointF] | None = None
        self._nudge_clock = QElapsedTimer()
        self._nudge_key: tuple[str, tuple[str, ...]] | None = None
        self._nudge_count = 0
        self.paste_count = 0
        self.translation_badges: dict[str, str] = {}

    # --- handles ---------------------------------------------------------------------------
    def _handle_at(self, point: QPointF) -> Interaction | None:
        reach = GRAB_PIXELS / self.view_scale()

        def near(target: QPointF) -> bool:
            return QLineF(point, target).length() <= reach

        corner = group_corner_at(self, point, reach)  # a selected group's frame (``group_marks``)
        if corner is not None:
            return corner
        single = self.single_selected_box()
        if single is not None and not self.document.element(single.element_id).locked:
            for name, spot in resize_handles(single.rect()).items():
                if near(spot):
                    return ResizeElement(self, point, single.element_id, name)
        for element_id in self.selected_ids():
            view = self.views_by_id.get(element_id)
            if not isinstance(view, ArrowView) or len(view.points()) < 2 or view.element().locked:
                continue
            points = view.points()
            if near(points[0]) or near(points[-1]):
                return ReconnectEnd(self, point, element_id, "source" if near(points[0]) else "target")
            for index, spot in enumerate(self.waypoint_points(element_id)):
                if near(spot):
                    return DragWaypoint(self, point, element_id, index, insert=False)
            for index, spot in enumerate(bend_handles(points, self.waypoint_points(element_id))):
                if near(spot):
                    return DragWaypoint(self, spot, element_id, index, insert=True)
        hovered = self.views_by_id.get(self.hover_id or "")
        if isinstance(hovered, BoxView):
            for side, spot in side_handles(hovered.rect()).items():
                if near(spot):
                    return Connect(self, spot, hovered.element_id, Anchor(side))
        return None

    # --- mouse -----------------------------------------------------------------------------
    @override
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        point = event.scenePos()
        self.pointer = point
        if self.editor is not None:
            if self.editor.sceneBoundingRect().contains(point):
                super().mousePressEvent(event)
                return
            self.editor.commit()
        if event.button() != Qt.MouseButton.LeftButton or self.interaction is not None:
            event.ignore() if event.button() == Qt.MouseButton.MiddleButton else event.accept()
            return
        event.accept()
        gesture = tool_gesture(self, point, self.tool, event.modifiers())
        if gesture is not None:
            self.interaction = gesture
            return
        handle = self._handle_at(point)
        if handle is not None:
            self.interaction = handle
            return
        adding = bool(event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
        view = self.element_at(point)  # through a frame's inside: a drag there is a rubber band
        if view is None:
            self.leave_group()
            self.interaction = RubberBand(self, point, adding)
            return
        keep_alone = ""  # a plain click on one of several selected: if no drag follows, only it stays
        unit = self.click_unit(view.element_id)  # its whole group (``scene_groups``)
        if adding:
            chosen = set(self.selected_ids())
            self.select_ids(chosen - set(unit) if view.isSelected() else chosen | set(unit))
        elif not view.isSelected():
            self.select_ids(unit)
        else:
            keep_alone = view.element_id
        if view.isSelected():
            self._pending = (keep_alone, point)

    @override
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        point = event.scenePos()
        self.pointer = point
        if self.editor is not None and self.interaction is None and self._pending is None:
            super().mouseMoveEvent(event)
            return
        if self._pending is not None:
            start = self._pending[1]
            if QLineF(start, point).length() * self.view_scale() < DRAG_START_PIXELS:
                return
            self._pending = None
            self.interaction = MoveSelection(self, start)
        if self.interaction is not None:
            self.interaction.move(point, event.modifiers())
            return
        hovered = self.box_at(point)
        hover_id = hovered.element_id if hovered is not None else self._keep_hover(point)
        if hover_id != self.hover_id:
            self.hover_id = hover_id
            self.update()

    def _keep_hover(self, point: QPointF) -> str | None:
        """Stay on the hovered box while the pointer is over one of its connection handles, which
        reach past its edge (near a frame's handle, not anywhere in its rectangle: its inside is
        looked through)."""
        view = self.views_by_id.get(self.hover_id or "")
        if isinstance(view, BoxView):
            reach = GRAB_PIXELS / self.view_scale()
            if any(QLineF(point, spot).length() <= reach for spot in side_handles(view.rect()).values()):
                return view.element_id
        return None

    @override
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.pointer = event.scenePos()
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] and event.button() == Qt.MouseButton.LeftButton:
            self.select_ids(self.click_unit(pending[0]))  # clicked, not dragged (as in draw.io and Excalidraw)
        if self.interaction is not None and event.button() == Qt.MouseButton.LeftButton:
            interaction, self.interaction = self.interaction, None
            interaction.finish(event.scenePos())
            self.update()
            return
        super().mouseReleaseEvent(event)

    @override
    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        point = event.scenePos()
        if self.editor is not None and self.editor.sceneBoundingRect().contains(point):
            super().mouseDoubleClickEvent(event)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._cancel_interaction()
        for element_id in self.selected_ids():
            waypoints = self.waypoint_points(element_id)
            reach = GRAB_PIXELS / self.view_scale()
            for index, spot in enumerate(waypoints):
                if QLineF(point, spot).length() <= reach:
                    arrow = self.document.element(element_id)
                    assert isinstance(arrow, Arrow)
                    self.push(SetWaypoints(element_id, arrow.waypoints[:index] + arrow.waypoints[index + 1 :]))
                    return
        view = self.element_at(point)
        if view is None:  # empty canvas, or inside a frame: a new box there
            self.leave_group()
            operations.create_box_at(self, point, edit=True)
            return
        if self.enter_group(view.element_id):  # a group: the first double-click goes inside it
            return
        self.edit_text(view.element_id, field_at(self, view, point))

    # --- keys ------------------------------------------------------------------------------
    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None:
            super().keyPressEvent(event)
            return
        if self.interaction is not None and event.key() != Qt.Key.Key_Escape:
            event.accept()  # the gesture owns its elements until it ends: only Esc (cancel) counts now
            return
        key = event.key()
        modifiers = event.modifiers()
        if key == Qt.Key.Key_Escape:
            if self.interaction is not None:
                self._cancel_interaction()
            elif self.tool != SELECT:
                self.set_tool(SELECT)
            else:
                self.leave_group()
                self.select_ids([])
        elif key in NUDGE_KEYS:
            large = self.document.settings.grid.size if self.snap_to_grid else NUDGE_LARGE
            step = large if modifiers & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = NUDGE_KEYS[Qt.Key(key)]
            self.nudge(dx * step, dy * step)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_F2:
            selected = self.selected_ids()
            if selected:
                self.edit_text(selected[0], None)
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif key == Qt.Key.Key_D and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.duplicate_selection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _cancel_interaction(self) -> None:
        self._pending = None
        if self.interaction is not None:
            interaction, self.interaction = self.interaction, None
            interaction.cancel()
        self.update()

    def cancel_interaction(self) -> None:
        """Esc: abandon the gesture in progress (or the text being edited)."""
        if self.editor is not None:
            self.editor.cancel()
        self._cancel_interaction()

    # --- tools ---------------------------------------------------------------------------------
    def set_tool(self, name: str, locked: bool = False) -> None:
        """Use tool ``name`` for the next press on the canvas (``locked``: keep it afterwards)."""
        if name not in TOOLS_BY_NAME:
            raise ValueError(f"unknown tool {name!r}: one of {', '.join(TOOLS_BY_NAME)}")
        self._cancel_interaction()
        self.tool_locked = locked and name != SELECT
        cursor = Qt.CursorShape.ArrowCursor if name == SELECT else Qt.CursorShape.CrossCursor
        for view in self.views():
            view.viewport().setCursor(cursor)
        if name != self.tool:
            self.tool = name
            self.tool_changed.emit(name)

    def tool_done(self) -> None:
        """A tool made its element: back to select unless the tool is locked."""
        if not self.tool_locked:
            self.set_tool(SELECT)

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selection; nudges in quick succession are one undo step."""
        ids = self.movable_ids(self.selected_ids())
        if not any(not isinstance(arrow := self.document.get(i), Arrow) or _owns_points(arrow) for i in ids):
            return  # nothing of its own to move (an arrow without bends follows its ends): no empty step
        key = tuple(ids)
        if self._nudge_key is None or self._nudge_key[1] != key or self._nudge_clock.elapsed() > NUDGE_BURST_MS:
            self._nudge_count += 1
            self._nudge_key = (f"nudge-{self._nudge_count}", key)
        self._nudge_clock.restart()
        self.push(MoveElements(ids, dx, dy, gesture=self._nudge_key[0]))
        self.update()

    # --- drop an icon from the picker or a shape from the palette ----------------------------
    @override
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(accepts_drop(event.mimeData()))

    @override
    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(accepts_drop(event.mimeData()))

    @override
    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if drop_at(self, event.scenePos(), event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- painting --------------------------------------------------------------------------
    @override
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        draw_badges(self, painter, QRectF(rect))
        draw_lock_badges(self, painter, QRectF(rect))
        draw_overlay(self, painter, QRectF(rect))
        draw_group_frames(self, painter)

    # --- public editing API (see the package docstring) ------------------------------------
    def edit_text(self, element_id: str, field: str | None) -> None:
        view = self.views_by_id.get(element_id)
        if isinstance(view, ElementView) and self.unlocked([element_id]):
            self.select_ids([element_id])
            InlineTextEditor.open(self, view, field)

    def delete_selection(self) -> None:
        operations.delete(self, self.unlocked(self.selected_ids()))

    def copy_selection(self) -> None:
        clipboard.copy(self, self.selected_ids())

    def cut_selection(self) -> None:
        ids = self.selected_ids()
        clipboard.copy(self, ids)
        operations.delete(self, self.unlocked(ids), title=QT_TRANSLATE_NOOP("Commands", "Cut"))

    def paste(self) -> None:
        clipboard.paste(self)

    def duplicate_selection(self) -> None:
        clipboard.duplicate(self, self.selected_ids())

    def align(self, edge: str) -> None:
        """Line up the selection: left, center, right, top, middle or bottom (locked ones stay)."""
        operations.align(self, self.unlocked(self.selected_ids()), edge)

    def distribute(self, axis: str) -> None:
        """Even gaps between three or more selected elements: horizontal or vertical (locked ones stay)."""
        operations.distribute(self, self.unlocked(self.selected_ids()), axis)

    def bring_to_front(self) -> None:
        operations.reorder(self, self.selected_ids(), to_front=True)

    def send_to_back(self) -> None:
        operations.reorder(self, self.selected_ids(), to_front=False)

    def select_all(self) -> None:
        self.select_ids(element.id for element in self.document.elements)

    def create_box_at(self, pos: QPointF, icon: str | None = None, name: str = "", role: str = "") -> str | None:
        """Add a box centred on ``pos`` (a palette entry or a drop); returns its id."""
        return operations.create_box_at(self, pos, icon=icon, name=name, role=role)

    def create_element_at(self, kind: str, pos: QPointF) -> str | None:
        """Add a text (title, heading, caption, callout, note), legend or frame at ``pos``."""
        return operations.create_element_at(self, kind, pos)

    def set_translation_badges(self, badges: Mapping[str, str]) -> None:
        """Element id -> "missing" | "stale" | "review", drawn at the element's top-right corner
        (screen only, never exported); an empty mapping clears them."""
        self.translation_badges = checked_badges(badges)
        self.update()

    def set_routing(self, routing: str) -> None:
        operations.set_routing(self, self.selected_ids(), routing)
