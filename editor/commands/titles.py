"""Undo step names as translatable templates, so the History and Edit > Undo speak the interface language.

Commands stay free of Qt: a title is an English template with ``%1``, ``%2`` placeholders and
its arguments. ``str()`` gives the English text (the pure-Python History, the CLI, the tests);
the Qt adapter looks the template up in the interface catalogue and substitutes the arguments,
again whenever the interface language changes. Templates are literal strings marked with
``QT_TRANSLATE_NOOP("Commands", ...)``, which is how pyside6-lupdate finds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from editor.model import Document, texts_of

#: The Qt Linguist context of every undo step name (lupdate needs it spelled out in each mark).
CONTEXT = "Commands"

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate in ``context`` and returns it unchanged (typed, Qt-free)."""
    return text


@dataclass(frozen=True, slots=True)
class Title:
    """A template such as "Move %1" plus its arguments; an argument that is itself a Title is translated too.

    Plain string arguments (language codes, field names) are shown as they are; an
    ``ElementRef`` shows its id until :func:`named` swaps in what the user sees of it.
    """

    template: str
    arguments: tuple[str | Title | ElementRef, ...] = ()

    def render(self, translate: Callable[[str], str]) -> str:
        """The title with ``translate`` applied to this template and every nested one."""

        def argument(match: re.Match[str]) -> str:
            number = int(match.group(1))
            if not 1 <= number <= len(self.arguments):
                return match.group(0)
            value = self.arguments[number - 1]
            if isinstance(value, Title):
                return value.render(translate)
            return value.element_id if isinstance(value, ElementRef) else value

        return _PLACEHOLDER.sub(argument, translate(self.template))

    def __str__(self) -> str:
        return self.render(lambda template: template)


@dataclass(frozen=True, slots=True)
class ElementRef:
    """An element a title speaks of, by id: people see its text or its kind, never the id."""

    element_id: str


# Longest visible text a title quotes; longer ones are cut with an ellipsis.
NAME_LENGTH = 30
KIND_NAMES: dict[str, str] = {
    "box": QT_TRANSLATE_NOOP("Commands", "box"),
    "arrow": QT_TRANSLATE_NOOP("Commands", "arrow"),
    "text": QT_TRANSLATE_NOOP("Commands", "text"),
    "legend": QT_TRANSLATE_NOOP("Commands", "legend"),
    "frame": QT_TRANSLATE_NOOP("Commands", "frame"),
    "image": QT_TRANSLATE_NOOP("Commands", "image"),
}


def element_name(document: Document, element_id: str, language: str | None = None) -> str | Title:
    """What a user calls an element: its first visible text (cut to ``NAME_LENGTH``), else its kind."""
    element = document.get(element_id)
    if element is None:
        return Title(QT_TRANSLATE_NOOP("Commands", "element"))
    source = document.settings.source_language
    for _field, text in texts_of(element):
        shown = " ".join(text.in_language(language or source, source).split())
        if shown:
            return shown if len(shown) <= NAME_LENGTH else shown[: NAME_LENGTH - 1].rstrip() + "…"
    return Title(KIND_NAMES.get(element.type, element.type))


def named(title: Title, document: Document, language: str | None = None) -> Title:
    """``title`` with every element it speaks of named as the user sees it in ``document``."""
    if not any(isinstance(value, ElementRef | Title) for value in title.arguments):
        return title
    arguments = tuple(
        element_name(document, value.element_id, language)
        if isinstance(value, ElementRef)
        else named(value, document, language)
        if isinstance(value, Title)
        else value
        for value in title.arguments
    )
    return replace(title, arguments=arguments)


def as_title(value: str | Title) -> Title:
    """A title given as plain text becomes a template without arguments (looked up as it is)."""
    return value if isinstance(value, Title) else Title(value)


#: Names of the fields that "Change %1" speaks of; others are shown as the field's own name.
FIELD_LABELS: dict[str, str] = {
    "palette": QT_TRANSLATE_NOOP("Commands", "palette role"),
    "fill": QT_TRANSLATE_NOOP("Commands", "fill"),
    "stroke": QT_TRANSLATE_NOOP("Commands", "stroke"),
    "stroke_width": QT_TRANSLATE_NOOP("Commands", "stroke width"),
    "dash": QT_TRANSLATE_NOOP("Commands", "dash"),
    "corner_radius": QT_TRANSLATE_NOOP("Commands", "corner radius"),
    "opacity": QT_TRANSLATE_NOOP("Commands", "opacity"),
    "sketch": QT_TRANSLATE_NOOP("Commands", "hand-drawn look"),
    "roughness": QT_TRANSLATE_NOOP("Commands", "roughness"),
    "font_family": QT_TRANSLATE_NOOP("Commands", "font"),
    "font_size": QT_TRANSLATE_NOOP("Commands", "font size"),
    "text_color": QT_TRANSLATE_NOOP("Commands", "text colour"),
    "fit": QT_TRANSLATE_NOOP("Commands", "text fit"),
    "routing": QT_TRANSLATE_NOOP("Commands", "routing"),
    "head_start": QT_TRANSLATE_NOOP("Commands", "start head"),
    "head_end": QT_TRANSLATE_NOOP("Commands", "end head"),
    "icon": QT_TRANSLATE_NOOP("Commands", "icon"),
    "role": QT_TRANSLATE_NOOP("Commands", "text role"),
    "locked": QT_TRANSLATE_NOOP("Commands", "lock"),
    "shape": QT_TRANSLATE_NOOP("Commands", "outline"),
}


def field_label(field: str) -> str | Title:
    """The translatable name of ``field``, or its plain name when it has none."""
    label = FIELD_LABELS.get(field)
    return Title(label) if label is not None else field.replace("_", " ")
