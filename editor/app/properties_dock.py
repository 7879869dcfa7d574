"""The properties panel: style and arrow settings of the selection, edited all at once.

Each change becomes one command over every selected id (``SetStyle`` for style fields,
``SetProperty`` for a box's outline and arrow routing and heads), emitted through ``command_requested``; the
window pushes it on the undo stack. Consecutive changes of one field on one selection
share a gesture key, so spinning a value up ten clicks, or arrowing through a list, is
still one undo step; touching another field or selecting something else starts a new one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDockWidget, QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget
from typing_extensions import override

from editor.app.property_editors import MIXED, ChoiceField, ColorField, NumberField
from editor.commands import Command, SetProperty, SetStyle, element_name
from editor.model import AnyElement, Arrow, ArrowHead, Box, BoxShape, Dash, Document, Routing
from editor.model.theme import PALETTE_ROLES

_FONTS = ("Caveat", "Noto Sans", "Noto Serif", "Noto Sans Mono", "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono")
_SKETCH = ("on", "off")
StyleWidget = ColorField | NumberField | ChoiceField


def common_value(values: Sequence[object]) -> object:
    """The one value every element shares, or MIXED."""
    first = values[0] if values else None
    return first if all(value == first for value in values) else MIXED


class PropertiesDock(QDockWidget):
    command_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock.properties")
        self.document: Document | None = None
        self.ids: list[str] = []
        self._session = 0
        self._last_field = ""
        self.style_fields: dict[str, StyleWidget] = {}
        self.arrow_fields: dict[str, ChoiceField] = {}
        self.box_fields: dict[str, ChoiceField] = {}
        self._labels: dict[str, tuple[QLabel, Callable[[], str]]] = {}

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("properties.summary")
        column.addWidget(self.summary)

        self.shape_group = QGroupBox(body)
        shape = QFormLayout(self.shape_group)
        self._shape_form = shape
        outline = ChoiceField([kind.value for kind in BoxShape], False)
        outline.setObjectName("properties.shape")
        self.box_fields["shape"] = outline
        outline.edited.connect(lambda value: self._box_edited("shape", value))
        self._add_row(shape, "shape", lambda: self.tr("Outline"), outline)
        self._style_row(shape, "palette", lambda: self.tr("Palette role"), ChoiceField(PALETTE_ROLES))
        self._style_row(shape, "fill", lambda: self.tr("Fill"), ColorField())
        self._style_row(shape, "stroke", lambda: self.tr("Stroke"), ColorField())
        self._style_row(shape, "stroke_width", lambda: self.tr("Stroke width"), NumberField(0, 100, 0.5, 1, " px"))
        self._style_row(shape, "dash", lambda: self.tr("Dash"), ChoiceField([dash.value for dash in Dash]))
        self._style_row(shape, "corner_radius", lambda: self.tr("Corner radius"), NumberField(0, 1000, 1, 0, " px"))
        self._style_row(shape, "opacity", lambda: self.tr("Opacity"), NumberField(0, 1, 0.05, 2))
        self._style_row(shape, "sketch", lambda: self.tr("Hand-drawn"), ChoiceField(_SKETCH))
        self._style_row(shape, "roughness", lambda: self.tr("Roughness"), NumberField(0, 10, 0.1, 1))
        column.addWidget(self.shape_group)

        self.text_group = QGroupBox(body)
        text = QFormLayout(self.text_group)
        families = sorted(set(_FONTS) | set(QFontDatabase.families()))
        self._style_row(text, "font_family", lambda: self.tr("Font"), ChoiceField(families, editable=True))
        self._style_row(text, "font_size", lambda: self.tr("Font size"), NumberField(1, 1000, 1, 1, " px"))
        self._style_row(text, "text_color", lambda: self.tr("Text colour"), ColorField())
        column.addWidget(self.text_group)

        self.arrow_group = QGroupBox(body)
        arrow = QFormLayout(self.arrow_group)
        heads = [head.value for head in ArrowHead]
        self._arrow_row(arrow, "routing", lambda: self.tr("Routing"), ChoiceField([r.value for r in Routing], False))
        self._arrow_row(arrow, "head_start", lambda: self.tr("Start head"), ChoiceField(heads, False))
        self._arrow_row(arrow, "head_end", lambda: self.tr("End head"), ChoiceField(heads, False))
        column.addWidget(self.arrow_group)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        self.retranslate()
        self.show_selection(None, [])

    # --- building -----------------------------------------------------------------------
    def _style_row(self, form: QFormLayout, field: str, label: Callable[[], str], widget: StyleWidget) -> None:
        widget.setObjectName(f"properties.{field}")
        self.style_fields[field] = widget
        widget.edited.connect(lambda value, name=field: self._style_edited(name, value))
        self._add_row(form, field, label, widget)

    def _arrow_row(self, form: QFormLayout, field: str, label: Callable[[], str], widget: ChoiceField) -> None:
        widget.setObjectName(f"properties.{field}")
        self.arrow_fields[field] = widget
        widget.edited.connect(lambda value, name=field: self._arrow_edited(name, value))
        self._add_row(form, field, label, widget)

    def _add_row(self, form: QFormLayout, field: str, label: Callable[[], str], widget: QWidget) -> None:
        caption = QLabel()
        caption.setBuddy(widget)
        self._labels[field] = (caption, label)
        form.addRow(caption, widget)

    # --- translation --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Properties"))
        self.shape_group.setTitle(self.tr("Shape"))
        self.text_group.setTitle(self.tr("Text"))
        self.arrow_group.setTitle(self.tr("Arrow"))
        for caption, label in self._labels.values():
            caption.setText(label())
        sketch = self.style_fields["sketch"]
        if isinstance(sketch, ChoiceField):
            sketch.set_labels({"on": self.tr("On"), "off": self.tr("Off")})
        for field, labels in self.value_labels().items():
            widget = self.style_fields.get(field) or self.arrow_fields.get(field) or self.box_fields.get(field)
            if isinstance(widget, ChoiceField):
                widget.set_labels(labels)
        for widget in (*self.style_fields.values(), *self.arrow_fields.values()):
            if isinstance(widget, ColorField | NumberField):
                widget.retranslate()
        self._update_summary()

    def _element_kinds(self) -> dict[str, str]:
        return {
            "box": self.tr("Box"),
            "arrow": self.tr("Arrow"),
            "text": self.tr("Text"),
            "legend": self.tr("Legend"),
            "frame": self.tr("Frame"),
            "image": self.tr("Image"),
        }

    def value_labels(self) -> dict[str, dict[str, str]]:
        """What the choice lists show for the stored values (the interface language, not the file's words)."""
        heads = {
            "none": self.tr("None"),
            "arrow": self.tr("Arrow"),
            "triangle": self.tr("Triangle"),
            "circle": self.tr("Circle"),
            "diamond": self.tr("Diamond"),
        }
        return {
            "dash": {"solid": self.tr("Solid"), "dashed": self.tr("Dashed"), "dotted": self.tr("Dotted")},
            "routing": {
                "straight": self.tr("Straight"),
                "orthogonal": self.tr("Right-angled"),
                "curved": self.tr("Curved"),
            },
            "head_start": heads,
            "head_end": heads,
            "shape": {
                "rectangle": self.tr("Rectangle"),
                "ellipse": self.tr("Ellipse"),
                "diamond": self.tr("Diamond"),
                "cylinder": self.tr("Cylinder"),
                "document": self.tr("Document"),
                "cloud": self.tr("Cloud"),
                "actor": self.tr("Actor"),
                "hexagon": self.tr("Hexagon"),
                "parallelogram": self.tr("Parallelogram"),
                "stadium": self.tr("Stadium"),
                "note": self.tr("Note"),
            },
            "palette": {
                "default": self.tr("Default"),
                "read-path": self.tr("Read path"),
                "write-path": self.tr("Write path"),
                "accent": self.tr("Accent"),
                "note": self.tr("Note"),
                "caution": self.tr("Caution"),
                "muted": self.tr("Muted"),
                "title": self.tr("Title"),
            },
        }

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing the selection ----------------------------------------------------------
    def show_selection(self, document: Document | None, ids: Sequence[str]) -> None:
        """Show ``ids`` of ``document``; a new selection starts a new undo gesture."""
        if document is not self.document or list(ids) != self.ids:
            self._session += 1
            self._last_field = ""
        self.document = document
        self.ids = [element_id for element_id in ids if document is not None and element_id in document]
        self.refresh()

    def elements(self) -> list[AnyElement]:
        if self.document is None:
            return []
        return [self.document.element(element_id) for element_id in self.ids if element_id in self.document]

    def refresh(self) -> None:
        """Re-read the values (after an undo, a redo or an edit elsewhere)."""
        elements = self.elements()
        self.ids = [element.id for element in elements]
        arrows = [element for element in elements if isinstance(element, Arrow)]
        self.shape_group.setEnabled(bool(elements))
        self.text_group.setEnabled(bool(elements))
        self.arrow_group.setVisible(bool(arrows))
        for field, widget in self.style_fields.items():
            values = [self._style_value(element, field) for element in elements]
            widget.set_value(common_value(values) if values else None)
        for field, choice in self.arrow_fields.items():
            values = [getattr(arrow, field).value for arrow in arrows]
            choice.set_value(common_value(values) if values else None)
        boxes = [element for element in elements if isinstance(element, Box)]
        self._shape_form.setRowVisible(self.box_fields["shape"], bool(boxes))
        self.box_fields["shape"].set_value(common_value([box.outline.value for box in boxes]) if boxes else None)
        self._update_summary()

    @staticmethod
    def _style_value(element: AnyElement, field: str) -> object:
        value: Any = getattr(element.style, field)
        if field == "sketch":
            return None if value is None else ("on" if value else "off")
        if field == "dash" and value is not None:
            return value.value
        return value

    def _update_summary(self) -> None:
        count = len(self.ids)
        if count == 0:
            self.summary.setText(self.tr("Nothing selected. Select elements on the canvas to edit their style."))
        elif count == 1:
            element = self.elements()[0]
            kind = self._element_kinds().get(element.type, element.type.capitalize())
            name = element_name(self.document, element.id) if self.document is not None else None
            if isinstance(name, str):  # its visible text; an element without text is named by its kind alone
                self.summary.setText(self.tr("%1 “%2”").replace("%1", kind).replace("%2", name))
            else:
                self.summary.setText(kind)
        else:
            self.summary.setText(self.tr("%n elements selected", "", count))

    # --- editing ------------------------------------------------------------------------
    def _gesture(self, field: str) -> str:
        """Changes of one field in a row, on one selection, are one undo step (spinning, arrowing
        through a list); another field or another selection starts a new step."""
        return f"properties:{self._session}:{field}"

    def _next_gesture(self, field: str) -> None:
        if self._last_field != field:
            self._session += 1
            self._last_field = field

    def _style_edited(self, field: str, value: object) -> None:
        if not self.ids:
            return
        if field == "sketch":
            value = None if value is None else value == "on"
        current = [getattr(element.style, field) for element in self.elements()]
        if all(existing == value for existing in current):
            return
        self._next_gesture(field)
        self.command_requested.emit(SetStyle(self.ids, {field: value}, gesture=self._gesture(field)))

    def _box_edited(self, field: str, value: object) -> None:
        """The outline of every selected box (other elements have none), as one undoable step."""
        boxes = [element for element in self.elements() if isinstance(element, Box)]
        if value is None or not boxes or all(box.outline.value == value for box in boxes):
            return
        self._next_gesture(field)
        self.command_requested.emit(SetProperty([box.id for box in boxes], field, value, gesture=self._gesture(field)))

    def _arrow_edited(self, field: str, value: object) -> None:
        arrows = [element for element in self.elements() if isinstance(element, Arrow)]
        if value is None or not arrows or all(getattr(arrow, field).value == value for arrow in arrows):
            return
        self._next_gesture(field)
        command: Command = SetProperty([arrow.id for arrow in arrows], field, value, gesture=self._gesture(field))
        self.command_requested.emit(command)
