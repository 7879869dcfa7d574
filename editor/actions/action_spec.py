"""What one action is, what its rules read and what it may ask of the window.

``ActionSpec`` declares a command once: id, title, shortcut, icon, enabled and checked rules
(reading an ``ActionState`` snapshot), and what runs. Actions live below the canvas and the
app, so they see the window only through the ``ActionHost`` protocol; mypy checks every
spec's ``run`` against it. The menu tables (``file_edit_actions`` and its siblings) are lists
of specs; ``specs`` assembles them with the menu and toolbar layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from PySide6.QtGui import QKeySequence

AlignEdge = Literal["left", "center", "right", "top", "middle", "bottom"]
Axis = Literal["horizontal", "vertical"]
FitChoice = Literal["shrink", "grow"]


@dataclass(frozen=True, slots=True)
class ActionState:
    """A snapshot of what the enabled and checked rules depend on."""

    selection_count: int = 0
    element_count: int = 0
    can_undo: bool = False
    can_redo: bool = False
    grid_visible: bool = True
    snapping: bool = True
    theme: str = "whiteboard"
    languages_panel: bool = False
    arrows_selected: int = 0
    #: The routing every selected arrow shares ("straight", "orthogonal", "curved"), else None.
    routing: str | None = None
    #: How many entries the one selected legend has; None unless exactly one legend is selected.
    legend_entries: int | None = None
    #: The canvas tool in use (``tool_actions.TOOLS``).
    tool: str = "select"
    #: The selection holds a whole group (Ungroup has something to do).
    grouped_selected: bool = False
    #: Everything selected is locked (Lock shows checked).
    locked_selected: bool = False
    #: A style was copied (Paste Style has something to paste).
    style_copied: bool = False


class ActionHost(Protocol):
    """The window's side of every action (implemented by ``editor.app.main_window.MainWindow``)."""

    # files
    def new_document(self) -> object: ...
    def new_from_template(self) -> object: ...
    def open_with_dialog(self) -> object: ...
    def save(self) -> object: ...
    def save_as(self) -> object: ...
    def export_with_dialog(self) -> object: ...
    def close_document(self) -> object: ...
    def show_settings(self) -> object: ...
    def quit(self) -> object: ...

    # editing
    def undo(self) -> object: ...
    def redo(self) -> object: ...
    def cut(self) -> object: ...
    def copy(self) -> object: ...
    def paste(self) -> object: ...
    def duplicate(self) -> object: ...
    def delete_selection(self) -> object: ...
    def select_all(self) -> object: ...
    def edit_selected_text(self) -> object: ...
    def add_legend_entry(self) -> object: ...
    def remove_legend_entry(self) -> object: ...

    # inserting: "box", a text role ("title", "heading", "caption", "callout", "note"), "legend", "frame"
    def insert_shape(self, kind: str) -> object: ...
    def set_tool(self, name: str) -> object: ...

    # view
    def zoom_in(self) -> object: ...
    def zoom_out(self) -> object: ...
    def zoom_fit(self) -> object: ...
    def zoom_reset(self) -> object: ...
    def toggle_grid(self) -> object: ...
    def toggle_snapping(self) -> object: ...
    def set_theme(self, name: str) -> object: ...

    # arrange
    def align(self, edge: AlignEdge) -> object: ...
    def distribute(self, axis: Axis) -> object: ...
    def bring_to_front(self) -> object: ...
    def send_to_back(self) -> object: ...
    def set_routing(self, routing: str) -> object: ...
    def auto_layout(self) -> object: ...
    def group_selection(self) -> object: ...
    def ungroup_selection(self) -> object: ...
    def toggle_lock(self) -> object: ...
    def copy_style(self) -> object: ...
    def paste_style(self) -> object: ...

    # content languages
    def translate_with_dialog(self) -> object: ...
    def toggle_languages_panel(self) -> object: ...
    def fit_text(self, fit: FitChoice) -> object: ...

    # help
    def show_shortcuts(self) -> object: ...
    def show_about(self) -> object: ...


StandardKey = QKeySequence.StandardKey
#: The Qt Linguist context every action title lives in.
CONTEXT = "Actions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate in ``context`` and returns it (typed, unlike PySide's)."""
    return text


Rule = Callable[[ActionState], bool]


def always(_state: ActionState) -> bool:
    return True


def has_selection(state: ActionState) -> bool:
    return state.selection_count > 0


def two_selected(state: ActionState) -> bool:
    return state.selection_count >= 2


def three_selected(state: ActionState) -> bool:
    return state.selection_count >= 3


def has_elements(state: ActionState) -> bool:
    return state.element_count > 0


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command. ``shortcut`` is a standard key where Qt has one (``fallback`` covers
    platforms where that standard key is empty), else a portable string such as "Ctrl+D";
    ``also`` is one more key on every platform (Redo's Ctrl+Y, which Qt leaves out on Linux).
    ``canvas_only`` keys (the single-letter tools) work only while the canvas has focus, so they
    never fire from a text field or a dock."""

    id: str
    title: str
    run: Callable[[ActionHost], object]
    shortcut: StandardKey | str | None = None
    fallback: str | None = None
    also: str | None = None
    icon: str | None = None
    enabled: Rule = always
    checked: Rule | None = None
    group: str | None = None
    tip: str | None = None
    canvas_only: bool = False

    @property
    def checkable(self) -> bool:
        return self.checked is not None
