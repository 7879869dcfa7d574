"""The Language and Help menus' actions: translate, the Languages panel, fitting text; shortcuts, about."""

from __future__ import annotations

from editor.actions.action_spec import QT_TRANSLATE_NOOP, ActionSpec, StandardKey, has_elements

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
