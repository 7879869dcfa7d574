"""The File and Edit menus' actions: the document's files and settings, the clipboard, undo."""

from __future__ import annotations

from editor.actions.action_spec import QT_TRANSLATE_NOOP, ActionSpec, StandardKey, has_elements, has_selection

FILE_ACTIONS = (
    ActionSpec(
        "file.new",
        QT_TRANSLATE_NOOP("Actions", "&New"),
        lambda host: host.new_document(),
        StandardKey.New,
        icon="mdi6.file-outline",
    ),
    ActionSpec(
        "file.new_from_template",
        QT_TRANSLATE_NOOP("Actions", "New from Te&mplate…"),
        lambda host: host.new_from_template(),
        icon="mdi6.file-document-multiple-outline",
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
        also="Ctrl+Y",
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
