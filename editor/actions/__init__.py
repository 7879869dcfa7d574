"""Action specs: id, title, shortcut, enabled rule and what runs; no widgets."""

from editor.actions.action_spec import (
    CONTEXT,
    ActionHost,
    ActionSpec,
    ActionState,
    AlignEdge,
    Axis,
    FitChoice,
)
from editor.actions.specs import (
    ACTIONS,
    ACTIONS_BY_ID,
    CONTEXT_MENUS,
    INSERT_ENTRIES,
    INSERT_SUBMENU,
    INSERT_TITLE,
    LANGUAGE_SUBMENU,
    MENUS,
    RECENT_SUBMENU,
    TOOLBAR,
    MenuEntries,
    key_sequences,
)

__all__ = [
    "ACTIONS",
    "ACTIONS_BY_ID",
    "CONTEXT",
    "CONTEXT_MENUS",
    "INSERT_ENTRIES",
    "INSERT_SUBMENU",
    "INSERT_TITLE",
    "LANGUAGE_SUBMENU",
    "MENUS",
    "RECENT_SUBMENU",
    "TOOLBAR",
    "ActionHost",
    "ActionSpec",
    "ActionState",
    "AlignEdge",
    "Axis",
    "FitChoice",
    "MenuEntries",
    "key_sequences",
]
