"""Every command of the window, declared once and assembled here: the table, the menus, the toolbar.

The app turns these into QActions, menus, the toolbar and the keyboard shortcuts list, so a
shortcut or a title is changed in exactly one place. Titles are literal strings marked for
Qt Linguist with ``QT_TRANSLATE_NOOP("Actions", ...)``; the app translates them when it
builds and retranslates its QActions. The canvas's right-click menu (``CONTEXT_MENUS``) is
made of the same runs of entries as the menu bar. The specs themselves live one module per
pair of menus, in menu-bar order; ``key_sequences`` resolves a spec's keys on this platform.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from editor.actions.action_spec import QT_TRANSLATE_NOOP, ActionSpec
from editor.actions.file_edit_actions import EDIT_ACTIONS, FILE_ACTIONS
from editor.actions.group_style_actions import GROUP_ACTIONS, STYLE_ACTIONS
from editor.actions.insert_actions import ELEMENT_EDIT_ACTIONS, INSERT_ACTIONS, ROUTING_ACTIONS
from editor.actions.language_help_actions import HELP_ACTIONS, LANGUAGE_ACTIONS
from editor.actions.tool_actions import TOOL_ACTIONS, TOOLS
from editor.actions.view_arrange_actions import ARRANGE_ACTIONS, VIEW_ACTIONS

ACTIONS: tuple[ActionSpec, ...] = (
    *FILE_ACTIONS,
    *EDIT_ACTIONS,
    *STYLE_ACTIONS,
    *ELEMENT_EDIT_ACTIONS,
    *VIEW_ACTIONS,
    *INSERT_ACTIONS,
    *TOOL_ACTIONS,
    *ARRANGE_ACTIONS,
    *GROUP_ACTIONS,
    *ROUTING_ACTIONS,
    *LANGUAGE_ACTIONS,
    *HELP_ACTIONS,
)
ACTIONS_BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}
#: The shortcuts the table spells out, e.g. Duplicate's "Ctrl+D".
_NAMED_SHORTCUTS = tuple(QKeySequence(spec.shortcut) for spec in ACTIONS if isinstance(spec.shortcut, str))
#: Keys of Sun and multimedia keyboards that Qt adds to standard keys (F14 is Undo, F20 Cut...):
#: they stay bound, but a list for people shows only keys a common keyboard has.
_SPECIAL_KEYS = (range(Qt.Key.Key_F13.value, Qt.Key.Key_F35.value + 1), range(Qt.Key.Key_Help.value, 0x01FFFFFF))


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The sequences that trigger ``spec`` on this platform (a standard key may give several).

    A standard key's platform bindings give way to a shortcut the table spells out: X11 also
    binds Delete to Ctrl+D, which is Duplicate's, and Qt triggers neither action on a key that
    two of them claim.
    """
    extra = [QKeySequence(spec.also)] if spec.also else []
    if spec.shortcut is None:
        return extra
    if isinstance(spec.shortcut, str):
        return [QKeySequence(spec.shortcut), *extra]
    bound = [
        sequence
        for sequence in QKeySequence.keyBindings(spec.shortcut)
        if not sequence.isEmpty() and sequence not in _NAMED_SHORTCUTS
    ]
    if not bound and spec.fallback:
        bound = [QKeySequence(spec.fallback)]
    return bound + [sequence for sequence in extra if sequence not in bound]


def _typeable(sequence: QKeySequence) -> bool:
    key = sequence[0].key().value  # type: ignore[index]  # the stub lacks QKeySequence.__getitem__
    return not any(key in special for special in _SPECIAL_KEYS)


def shown_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The keys of ``spec`` worth listing for people (Help table, README): Ctrl+Z, not F14 or Undo."""
    return [sequence for sequence in key_sequences(spec) if _typeable(sequence)]


def shortcut_text(spec: ActionSpec, native: bool = True) -> str:
    """The listed keys of ``spec`` on this platform, e.g. "Ctrl+Z, Alt+Backspace" (portable
    spelling when ``native`` is False, as the README has it)."""
    form = QKeySequence.SequenceFormat.NativeText if native else QKeySequence.SequenceFormat.PortableText
    return ", ".join(text for text in (sequence.toString(form) for sequence in shown_sequences(spec)) if text)


#: A submenu the app fills at run time (recent files, content languages).
RECENT_SUBMENU = "@recent"
LANGUAGE_SUBMENU = "@content-language"
#: The canvas menu's Insert submenu: the Insert menu's entries under its title.
INSERT_SUBMENU = "@insert"

MenuEntries = tuple[str | None, ...]
#: Runs of entries that stand both in the menu bar and in the canvas's right-click menu.
CLIPBOARD_ENTRIES: MenuEntries = ("edit.cut", "edit.copy", "edit.paste", "edit.duplicate", "edit.delete")
LEGEND_ENTRIES: MenuEntries = ("edit.legend_add_entry", "edit.legend_remove_entry")
Z_ORDER_ENTRIES: MenuEntries = ("arrange.front", "arrange.back")
GROUP_ENTRIES: MenuEntries = ("arrange.group", "arrange.ungroup")
STYLE_ENTRIES: MenuEntries = ("edit.copy_style", "edit.paste_style", "arrange.lock")
ROUTING_ENTRIES: MenuEntries = ("arrange.route_straight", "arrange.route_orthogonal", "arrange.route_curved")
#: The canvas tools (Insert menu and the tools bar): a press on the canvas makes what they say.
TOOL_ENTRIES: MenuEntries = tuple(f"tool.{tool.name}" for tool in TOOLS)

INSERT_TITLE = QT_TRANSLATE_NOOP("Actions", "&Insert")
INSERT_ENTRIES: MenuEntries = (
    "insert.box",
    None,
    "insert.title",
    "insert.heading",
    "insert.caption",
    "insert.callout",
    "insert.note",
    None,
    "insert.legend",
    "insert.frame",
    None,
    *TOOL_ENTRIES,
)

#: Menu title (translatable, context "Actions") -> action ids, submenus and ``None`` separators.
MENUS: tuple[tuple[str, MenuEntries], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "file.new",
            "file.new_from_template",
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
            *CLIPBOARD_ENTRIES,
            None,
            *STYLE_ENTRIES,
            None,
            "edit.select_all",
            None,
            "edit.text",
            *LEGEND_ENTRIES,
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
    (INSERT_TITLE, INSERT_ENTRIES),
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
            *Z_ORDER_ENTRIES,
            None,
            *GROUP_ENTRIES,
            None,
            *ROUTING_ENTRIES,
            None,
            "arrange.auto_layout",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Language"),
        (LANGUAGE_SUBMENU, "language.translate", "language.panel", None, "language.fit_shrink", "language.fit_grow"),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("help.shortcuts", None, "help.about")),
)

#: The canvas's right-click menu, by what was clicked: "element" for any element, then "arrows"
#: added when arrows are selected and "legend" when one legend is; "canvas" for empty canvas.
CONTEXT_MENUS: dict[str, MenuEntries] = {
    "element": ("edit.text", None, *CLIPBOARD_ENTRIES, None, *STYLE_ENTRIES, None, *Z_ORDER_ENTRIES, *GROUP_ENTRIES),
    "arrows": ROUTING_ENTRIES,
    "legend": LEGEND_ENTRIES,
    "canvas": ("edit.paste", INSERT_SUBMENU, None, "edit.select_all", "view.zoom_fit"),
}

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

#: The tools bar (a toolbar of its own, beside the main one): the canvas tools, then how the
#: selected arrows run, checked as the selection's arrows are.
TOOLS_BAR: tuple[str | None, ...] = (
    *TOOL_ENTRIES,
    None,
    *ROUTING_ENTRIES,
)
