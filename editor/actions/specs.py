"""Every command of the window, declared once: id, title, shortcut, icon, enabled rule, what runs.

The app turns these into QActions, menus, the toolbar and the keyboard shortcuts list, so a
shortcut or a title is changed in exactly one place. Titles are literal strings marked for
Qt Linguist with ``QT_TRANSLATE_NOOP("Actions", ...)``; the app translates them when it
builds and retranslates its QActions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from editor.actions.host import ActionHost, ActionState

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
    platforms where that standard key is empty), else a portable string such as "Ctrl+D"."""

    id: str
    title: str
    run: Callable[[ActionHost], object]
    shortcut: StandardKey | str | None = None
    fallback: str | None = None
    icon: str | None = None
    enabled: Rule = always
    checked: Rule | None = None
    group: str | None = None
    tip: str | None = None

    @property
    def checkable(self) -> bool:
        return self.checked is not None


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The sequences that trigger ``spec`` on this platform (a standard key may give several)."""
    if spec.shortcut is None:
        return []
    if isinstance(spec.shortcut, str):
        return [QKeySequence(spec.shortcut)]
    bound = [sequence for sequence in QKeySequence.keyBindings(spec.shortcut) if not sequence.isEmpty()]
    if not bound and spec.fallback:
        return [QKeySequence(spec.fallback)]
    return bound


FILE_ACTIONS = (
    ActionSpec(
        "file.new",
        QT_TRANSLATE_NOOP("Actions", "&New"),
        lambda host: host.new_document(),
        StandardKey.New,
        icon="mdi6.file-outline",
    ),
    ActionSpec(
        "file.open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        lambda host: host.open_with_dialog(),
        StandardKey.Open,
        icon="mdi6.folder-open-outline",
    ),
    ActionSpec(
        "file.save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        lambda host: host.save(),
        StandardKey.Save,
        icon="mdi6.content-save-outline",
    ),
    ActionSpec(
        "file.save_as",
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        lambda host: host.save_as(),
        StandardKey.SaveAs,
        icon="mdi6.content-save-edit-outline",
    ),
    ActionSpec(
        "file.export",
        QT_TRANSLATE_NOOP("Actions", "&Export PNG or SVG…"),
        lambda host: host.export_with_dialog(),
        "Ctrl+Shift+E",
        icon="mdi6.export-variant",
        enabled=has_elements,
    ),
    ActionSpec(
        "file.close", QT_TRANSLATE_NOOP("Actions", "&Close"), lambda host: host.close_document(), StandardKey.Close
    ),
    ActionSpec(
        "file.settings",
        QT_TRANSLATE_NOOP("Actions", "Se&ttings…"),
        lambda host: host.show_settings(),
        StandardKey.Preferences,
        fallback="Ctrl+,",
        icon="mdi6.cog-outline",
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        lambda host: host.quit(),
        StandardKey.Quit,
        fallback="Ctrl+Q",
    ),
)

EDIT_ACTIONS = (
    ActionSpec(
        "edit.undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        lambda host: host.undo(),
        StandardKey.Undo,
        icon="mdi6.undo",
        enabled=lambda state: state.can_undo,
    ),
    ActionSpec(
        "edit.redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        lambda host: host.redo(),
        StandardKey.Redo,
        icon="mdi6.redo",
        enabled=lambda state: state.can_redo,
    ),
    ActionSpec(
        "edit.cut",
        QT_TRANSLATE_NOOP("Actions", "Cu&t"),
        lambda host: host.cut(),
        StandardKey.Cut,
        icon="mdi6.content-cut",
        enabled=has_selection,
    ),
    ActionSpec(
        "edit.copy",
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        lambda host: host.copy(),
        StandardKey.Copy,
        icon="mdi6.content-copy",
        enabled=has_selection,
    ),
    ActionSpec(
        "edit.paste",
        QT_TRANSLATE_NOOP("Actions", "&Paste"),
        lambda host: host.paste(),
        StandardKey.Paste,
        icon="mdi6.content-paste",
    ),
    ActionSpec(
        "edit.duplicate",
        QT_TRANSLATE_NOOP("Actions", "Dup&licate"),
        lambda host: host.duplicate(),
        "Ctrl+D",
        icon="mdi6.content-duplicate",
        enabled=has_selection,
    ),
    ActionSpec(
        "edit.delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete"),
        lambda host: host.delete_selection(),
        StandardKey.Delete,
        icon="mdi6.delete-outline",
        enabled=has_selection,
    ),
    ActionSpec(
        "edit.select_all",
        QT_TRANSLATE_NOOP("Actions", "Select &All"),
        lambda host: host.select_all(),
        StandardKey.SelectAll,
        icon="mdi6.select-all",
        enabled=has_elements,
    ),
)

VIEW_ACTIONS = (
    ActionSpec(
        "view.zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        lambda host: host.zoom_in(),
        StandardKey.ZoomIn,
        fallback="Ctrl++",
        icon="mdi6.magnify-plus-outline",
    ),
    ActionSpec(
        "view.zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        lambda host: host.zoom_out(),
        StandardKey.ZoomOut,
        fallback="Ctrl+-",
        icon="mdi6.magnify-minus-outline",
    ),
    ActionSpec(
        "view.zoom_fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit to Content"),
        lambda host: host.zoom_fit(),
        "Ctrl+Shift+H",
        icon="mdi6.fit-to-screen-outline",
    ),
    ActionSpec(
        "view.zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "Actual Size (&100%)"),
        lambda host: host.zoom_reset(),
        "Ctrl+0",
        icon="mdi6.magnify-scan",
    ),
    ActionSpec(
        "view.grid",
        QT_TRANSLATE_NOOP("Actions", "Show &Grid"),
        lambda host: host.toggle_grid(),
        "Ctrl+'",
        icon="mdi6.grid",
        checked=lambda state: state.grid_visible,
    ),
    ActionSpec(
        "view.snap",
        QT_TRANSLATE_NOOP("Actions", "&Snap to Grid and Elements"),
        lambda host: host.toggle_snapping(),
        "Ctrl+;",
        icon="mdi6.magnet",
        checked=lambda state: state.snapping,
    ),
    ActionSpec(
        "view.theme_whiteboard",
        QT_TRANSLATE_NOOP("Actions", "&Whiteboard Theme"),
        lambda host: host.set_theme("whiteboard"),
        icon="mdi6.draw",
        checked=lambda state: state.theme == "whiteboard",
        group="theme",
    ),
    ActionSpec(
        "view.theme_clean",
        QT_TRANSLATE_NOOP("Actions", "&Clean Theme"),
        lambda host: host.set_theme("clean"),
        icon="mdi6.vector-square",
        checked=lambda state: state.theme == "clean",
        group="theme",
    ),
)

ARRANGE_ACTIONS = (
    ActionSpec(
        "arrange.align_left",
        QT_TRANSLATE_NOOP("Actions", "Align &Left"),
        lambda host: host.align("left"),
        "Alt+Shift+L",
        icon="mdi6.align-horizontal-left",
        enabled=two_selected,
    ),
    ActionSpec(
        "arrange.align_center",
        QT_TRANSLATE_NOOP("Actions", "Align &Centre"),
        lambda host: host.align("center"),
        "Alt+Shift+C",
        icon="mdi6.align-horizontal-center",
        enabled=two_selected,
    ),
    ActionSpec(
        "arrange.align_right",
        QT_TRANSLATE_NOOP("Actions", "Align &Right"),
        lambda host: host.align("right"),
        "Alt+Shift+R",
        icon="mdi6.align-horizontal-right",
        enabled=two_selected,
    ),
    ActionSpec(
        "arrange.align_top",
        QT_TRANSLATE_NOOP("Actions", "Align &Top"),
        lambda host: host.align("top"),
        "Alt+Shift+T",
        icon="mdi6.align-vertical-top",
        enabled=two_selected,
    ),
    ActionSpec(
        "arrange.align_middle",
        QT_TRANSLATE_NOOP("Actions", "Align &Middle"),
        lambda host: host.align("middle"),
        "Alt+Shift+M",
        icon="mdi6.align-vertical-center",
        enabled=two_selected,
    ),
    ActionSpec(
        "arrange.align_bottom",
        QT_TRANSLATE_NOOP("Actions", "Align &Bottom"),
        lambda host: host.align("bottom"),
        "Alt+Shift+B",
        icon="mdi6.align-vertical-bottom",
        enabled=two_selected,
    ),
    ActionSpec(
        "arrange.distribute_horizontal",
        QT_TRANSLATE_NOOP("Actions", "Distribute &Horizontally"),
        lambda host: host.distribute("horizontal"),
        "Alt+Shift+H",
        icon="mdi6.distribute-horizontal-center",
        enabled=three_selected,
    ),
    ActionSpec(
        "arrange.distribute_vertical",
        QT_TRANSLATE_NOOP("Actions", "Distribute &Vertically"),
        lambda host: host.distribute("vertical"),
        "Alt+Shift+V",
        icon="mdi6.distribute-vertical-center",
        enabled=three_selected,
    ),
    ActionSpec(
        "arrange.front",
        QT_TRANSLATE_NOOP("Actions", "Bring to &Front"),
        lambda host: host.bring_to_front(),
        "Ctrl+Shift+]",
        icon="mdi6.arrange-bring-to-front",
        enabled=has_selection,
    ),
    ActionSpec(
        "arrange.back",
        QT_TRANSLATE_NOOP("Actions", "Send to Bac&k"),
        lambda host: host.send_to_back(),
        "Ctrl+Shift+[",
        icon="mdi6.arrange-send-to-back",
        enabled=has_selection,
    ),
)

LANGUAGE_ACTIONS = (
    ActionSpec(
        "language.translate",
        QT_TRANSLATE_NOOP("Actions", "&Translate Diagram…"),
        lambda host: host.translate_with_dialog(),
        "Ctrl+Shift+T",
        icon="mdi6.translate",
        enabled=has_elements,
        tip=QT_TRANSLATE_NOOP("Actions", "Translate every label into other languages, as one undo step"),
    ),
    ActionSpec(
        "language.panel",
        QT_TRANSLATE_NOOP("Actions", "Languages &Panel"),
        lambda host: host.toggle_languages_panel(),
        "Ctrl+Shift+L",
        icon="mdi6.format-list-checks",
        checked=lambda state: state.languages_panel,
        tip=QT_TRANSLATE_NOOP("Actions", "Missing, stale and too long translations, per language"),
    ),
    ActionSpec(
        "language.fit_shrink",
        QT_TRANSLATE_NOOP("Actions", "Fit Text: &Shrink"),
        lambda host: host.fit_text("shrink"),
        icon="mdi6.format-font-size-decrease",
        enabled=has_elements,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Shrink text that does not fit: the selected elements, or the whole diagram when none is selected",
        ),
    ),
    ActionSpec(
        "language.fit_grow",
        QT_TRANSLATE_NOOP("Actions", "Fit Text: &Grow Boxes"),
        lambda host: host.fit_text("grow"),
        icon="mdi6.arrow-expand-all",
        enabled=has_elements,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Grow boxes until their text fits: the selected ones, or the whole diagram when none is selected"
        ),
    ),
)

HELP_ACTIONS = (
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        lambda host: host.show_shortcuts(),
        StandardKey.HelpContents,
        fallback="F1",
        icon="mdi6.keyboard-outline",
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("Actions", "&About Diagram Editor"),
        lambda host: host.show_about(),
        icon="mdi6.information-outline",
    ),
)

ACTIONS: tuple[ActionSpec, ...] = (
    *FILE_ACTIONS,
    *EDIT_ACTIONS,
    *VIEW_ACTIONS,
    *ARRANGE_ACTIONS,
    *LANGUAGE_ACTIONS,
    *HELP_ACTIONS,
)
ACTIONS_BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}

#: A submenu the app fills at run time (recent files, content languages).
RECENT_SUBMENU = "@recent"
LANGUAGE_SUBMENU = "@content-language"

#: Menu title (translatable, context "Actions") -> action ids, submenus and ``None`` separators.
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "file.new",
            "file.open",
            RECENT_SUBMENU,
            None,
            "file.save",
            "file.save_as",
            "file.export",
            None,
            "file.settings",
            None,
            "file.close",
            "file.quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (
            "edit.undo",
            "edit.redo",
            None,
            "edit.cut",
            "edit.copy",
            "edit.paste",
            "edit.duplicate",
            "edit.delete",
            None,
            "edit.select_all",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "view.zoom_in",
            "view.zoom_out",
            "view.zoom_fit",
            "view.zoom_reset",
            None,
            "view.grid",
            "view.snap",
            None,
            "view.theme_whiteboard",
            "view.theme_clean",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Arrange"),
        (
            "arrange.align_left",
            "arrange.align_center",
            "arrange.align_right",
            None,
            "arrange.align_top",
            "arrange.align_middle",
            "arrange.align_bottom",
            None,
            "arrange.distribute_horizontal",
            "arrange.distribute_vertical",
            None,
            "arrange.front",
            "arrange.back",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Language"),
        (LANGUAGE_SUBMENU, "language.translate", "language.panel", None, "language.fit_shrink", "language.fit_grow"),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("help.shortcuts", None, "help.about")),
)

#: The main toolbar, ``None`` for a separator.
TOOLBAR: tuple[str | None, ...] = (
    "file.new",
    "file.open",
    "file.save",
    "file.export",
    None,
    "edit.undo",
    "edit.redo",
    None,
    "edit.delete",
    "edit.duplicate",
    None,
    "view.zoom_out",
    "view.zoom_in",
    "view.zoom_fit",
    None,
    "view.grid",
    "view.snap",
    None,
    "arrange.align_left",
    "arrange.align_center",
    "arrange.align_top",
    "arrange.distribute_horizontal",
    "arrange.front",
    "arrange.back",
    None,
    "language.translate",
)
