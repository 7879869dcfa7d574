"""Group and ungroup (Arrange menu), lock, and copy or paste a style (Edit menu).

The keys are the ones draw.io and Excalidraw users already know: Ctrl+G groups, Ctrl+Shift+G
ungroups, Ctrl+Alt+C and Ctrl+Alt+V copy and paste a style. Lock is Ctrl+L: draw.io's
Ctrl+Shift+L is the Languages panel here.
"""

from __future__ import annotations

from editor.actions.action_spec import QT_TRANSLATE_NOOP, ActionSpec, ActionState, has_selection, two_selected


def grouped_selected(state: ActionState) -> bool:
    return state.grouped_selected


def style_to_paste(state: ActionState) -> bool:
    return state.selection_count > 0 and state.style_copied


GROUP_ACTIONS = (
    ActionSpec(
        "arrange.group",
        QT_TRANSLATE_NOOP("Actions", "&Group"),
        lambda host: host.group_selection(),
        "Ctrl+G",
        icon="mdi6.group",
        enabled=two_selected,
        tip=QT_TRANSLATE_NOOP("Actions", "Make the selection one group that moves, copies and deletes as one"),
    ),
    ActionSpec(
        "arrange.ungroup",
        QT_TRANSLATE_NOOP("Actions", "U&ngroup"),
        lambda host: host.ungroup_selection(),
        "Ctrl+Shift+G",
        icon="mdi6.ungroup",
        enabled=grouped_selected,
    ),
    ActionSpec(
        "arrange.lock",
        QT_TRANSLATE_NOOP("Actions", "L&ock"),
        lambda host: host.toggle_lock(),
        "Ctrl+L",
        icon="mdi6.lock-outline",
        enabled=has_selection,
        checked=lambda state: state.locked_selected,
        tip=QT_TRANSLATE_NOOP("Actions", "Locked elements cannot be moved, resized, edited or deleted"),
    ),
)

STYLE_ACTIONS = (
    ActionSpec(
        "edit.copy_style",
        QT_TRANSLATE_NOOP("Actions", "Cop&y Style"),
        lambda host: host.copy_style(),
        "Ctrl+Alt+C",
        icon="mdi6.format-paint",
        enabled=has_selection,
    ),
    ActionSpec(
        "edit.paste_style",
        QT_TRANSLATE_NOOP("Actions", "Paste &Style"),
        lambda host: host.paste_style(),
        "Ctrl+Alt+V",
        icon="mdi6.brush-variant",
        enabled=style_to_paste,
    ),
)
