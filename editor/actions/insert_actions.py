"""The Insert menu's actions and the ones the canvas context menu offers for one kind of element.

Insert makes a box, a text (title, heading, caption, callout, note), a legend or a frame in the
middle of the view (at the clicked point when chosen from the canvas context menu), as one
undo step, and opens its text for editing. Edit Text (F2), the legend's Add and Remove Entry,
and the arrow routing sit in the Edit and Arrange menus too, so every command has a menu home
and a line in Help > Keyboard Shortcuts.
"""

from __future__ import annotations

from editor.actions.action_spec import QT_TRANSLATE_NOOP, ActionSpec, ActionState, has_selection


def arrows_selected(state: ActionState) -> bool:
    return state.arrows_selected > 0


def legend_selected(state: ActionState) -> bool:
    return state.legend_entries is not None


def legend_has_entries(state: ActionState) -> bool:
    return bool(state.legend_entries)


INSERT_ACTIONS = (
    ActionSpec(
        "insert.box",
        QT_TRANSLATE_NOOP("Actions", "&Box"),
        lambda host: host.insert_shape("box"),
        icon="mdi6.square-rounded-outline",
        tip=QT_TRANSLATE_NOOP("Actions", "Add a box in the middle of the view and edit its name"),
    ),
    ActionSpec(
        "insert.title",
        QT_TRANSLATE_NOOP("Actions", "&Title"),
        lambda host: host.insert_shape("title"),
        icon="mdi6.format-title",
    ),
    ActionSpec(
        "insert.heading",
        QT_TRANSLATE_NOOP("Actions", "&Heading"),
        lambda host: host.insert_shape("heading"),
        icon="mdi6.format-header-2",
    ),
    ActionSpec(
        "insert.caption",
        QT_TRANSLATE_NOOP("Actions", "&Caption Text"),
        lambda host: host.insert_shape("caption"),
        icon="mdi6.format-text",
    ),
    ActionSpec(
        "insert.callout",
        QT_TRANSLATE_NOOP("Actions", "C&allout"),
        lambda host: host.insert_shape("callout"),
        icon="mdi6.message-text-outline",
    ),
    ActionSpec(
        "insert.note",
        QT_TRANSLATE_NOOP("Actions", "&Note"),
        lambda host: host.insert_shape("note"),
        icon="mdi6.note-text-outline",
    ),
    ActionSpec(
        "insert.legend",
        QT_TRANSLATE_NOOP("Actions", "&Legend"),
        lambda host: host.insert_shape("legend"),
        icon="mdi6.format-list-numbered",
    ),
    ActionSpec(
        "insert.frame",
        QT_TRANSLATE_NOOP("Actions", "&Frame"),
        lambda host: host.insert_shape("frame"),
        icon="mdi6.select",
        tip=QT_TRANSLATE_NOOP("Actions", "Add a titled frame behind everything, to group elements"),
    ),
)

#: Edit menu: text and legend entries of the selected element.
ELEMENT_EDIT_ACTIONS = (
    ActionSpec(
        "edit.text",
        QT_TRANSLATE_NOOP("Actions", "&Edit Text"),
        lambda host: host.edit_selected_text(),
        "F2",
        icon="mdi6.form-textbox",
        enabled=has_selection,
    ),
    ActionSpec(
        "edit.legend_add_entry",
        QT_TRANSLATE_NOOP("Actions", "Add Legend E&ntry"),
        lambda host: host.add_legend_entry(),
        icon="mdi6.playlist-plus",
        enabled=legend_selected,
        tip=QT_TRANSLATE_NOOP("Actions", "Add an entry below the clicked one (or at the end) and edit it"),
    ),
    ActionSpec(
        "edit.legend_remove_entry",
        QT_TRANSLATE_NOOP("Actions", "Remo&ve Legend Entry"),
        lambda host: host.remove_legend_entry(),
        icon="mdi6.playlist-remove",
        enabled=legend_has_entries,
        tip=QT_TRANSLATE_NOOP("Actions", "Remove the clicked entry (or the last one)"),
    ),
)

#: Arrange menu: how the selected arrows run.
ROUTING_ACTIONS = (
    ActionSpec(
        "arrange.route_straight",
        QT_TRANSLATE_NOOP("Actions", "&Straight Arrows"),
        lambda host: host.set_routing("straight"),
        icon="mdi6.vector-line",
        enabled=arrows_selected,
        checked=lambda state: state.routing == "straight",
        group="routing",
    ),
    ActionSpec(
        "arrange.route_orthogonal",
        QT_TRANSLATE_NOOP("Actions", "&Orthogonal Arrows"),
        lambda host: host.set_routing("orthogonal"),
        icon="mdi6.vector-polyline",
        enabled=arrows_selected,
        checked=lambda state: state.routing == "orthogonal",
        group="routing",
    ),
    ActionSpec(
        "arrange.route_curved",
        QT_TRANSLATE_NOOP("Actions", "C&urved Arrows"),
        lambda host: host.set_routing("curved"),
        icon="mdi6.chart-bell-curve",
        enabled=arrows_selected,
        checked=lambda state: state.routing == "curved",
        group="routing",
    ),
)
