"""Small editors for one style value each, with room for "theme default" and "mixed".

Every editor shows a value that may be ``None`` (follow the theme) or mixed (the selected
elements disagree), and emits ``edited(value)`` only when the user changes it, never when
the panel fills it in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)
from typing_extensions import override

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")

#: What a mixed selection shows and what "follow the theme" shows (set by retranslate()).
MIXED = object()


class ColorField(QWidget):
    """A swatch that opens a colour dialog, and the hex code, editable by hand."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.swatch = QToolButton(self)
        self.swatch.setFixedSize(26, 22)
        self.swatch.clicked.connect(self._pick)
        self.code = QLineEdit(self)
        self.code.setMaxLength(9)
        self.code.setClearButtonEnabled(True)
        self.code.editingFinished.connect(self._typed)
        layout.addWidget(self.swatch)
        layout.addWidget(self.code, 1)
        self._value: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.code.setPlaceholderText(self.tr("Theme"))
        self.swatch.setToolTip(self.tr("Choose a colour"))
        self.code.setToolTip(self.tr("A colour as #rrggbb; empty follows the theme"))

    def set_value(self, value: object) -> None:
        with QSignalBlocker(self.code):
            if value is MIXED:
                self._value = None
                self.code.clear()
                self.code.setPlaceholderText(self.tr("Mixed"))
            else:
                self._value = value if isinstance(value, str) else None
                self.code.setText(self._value or "")
                self.code.setPlaceholderText(self.tr("Theme"))
        self._paint_swatch()

    def _paint_swatch(self) -> None:
        color = self._value or "transparent"
        self.swatch.setStyleSheet(
            f"QToolButton {{ background: {color[:7] if self._value else color}; border: 1px solid #8894a0;"
            " border-radius: 3px; }"
        )

    def _typed(self) -> None:
        text = self.code.text().strip()
        if not text:
            new: str | None = None
        elif _HEX.match(text):
            new = ("#" + text.lstrip("#")).lower()
        else:
            self.code.setText(self._value or "")  # not a colour: put back what was there
            return
        if new != self._value:
            self._value = new
            self.code.setText(new or "")
            self._paint_swatch()
            self.edited.emit(new)

    def _pick(self) -> None:
        start = QColor(self._value[:7]) if self._value else QColor("#ffffff")
        chosen = QColorDialog.getColor(start, self, self.tr("Choose a colour"))
        if chosen.isValid():
            self.code.setText(chosen.name())
            self._typed()


class NumberField(QDoubleSpinBox):
    """A number whose lowest step means "theme default"; mixed selections show "Mixed"."""

    edited = Signal(object)

    def __init__(self, low: float, high: float, step: float, decimals: int, suffix: str = "") -> None:
        super().__init__()
        self._step = step
        self.setDecimals(decimals)
        self.setRange(low - step, high)
        self.setSingleStep(step)
        self.setSuffix(suffix)
        self.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
        self.setAccelerated(True)
        self._mixed = False
        self.valueChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setSpecialValueText(self.tr("Mixed") if self._mixed else self.tr("Theme"))

    def set_value(self, value: object) -> None:
        self._mixed = value is MIXED
        self.retranslate()
        with QSignalBlocker(self):
            self.setValue(float(value) if isinstance(value, int | float) else self.minimum())

    def current(self) -> float | None:
        return None if self.value() <= self.minimum() else self.value()

    def _changed(self, _value: float) -> None:
        self._mixed = False
        self.retranslate()
        self.edited.emit(self.current())

    @override
    def stepBy(self, steps: int) -> None:
        if self.value() <= self.minimum() and steps > 0:
            with QSignalBlocker(self):
                self.setValue(self.minimum() + self._step)  # from "Theme" start at the first real value
            steps -= 1
        super().stepBy(steps)
        if steps == 0:
            self._changed(self.value())


class ChoiceField(QComboBox):
    """A fixed list of values; the first entry is "theme default" (None) when ``optional``."""

    edited = Signal(object)

    def __init__(self, values: Sequence[str], optional: bool = True, editable: bool = False) -> None:
        super().__init__()
        self.values = list(values)
        self.optional = optional
        self.labels: dict[str, str] = {}
        self.setEditable(editable)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = self.lineEdit()
            if line is not None:
                line.editingFinished.connect(self._typed)
        self.activated.connect(self._picked)
        self._fill()

    def set_labels(self, labels: dict[str, str]) -> None:
        """Translated display names for values (the stored values stay as they are)."""
        self.labels = labels
        self._fill()

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Its own entries ("Theme default") follow a language switch, whether or not the
        owner gives it new value labels (the font list has none)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def _fill(self) -> None:
        current = self.currentData()
        with QSignalBlocker(self):
            self.clear()
            if self.optional:
                self.addItem(self.tr("Theme default"), None)
            for value in self.values:
                self.addItem(self.labels.get(value, value), value)
            self._select(current)

    def _select(self, value: object) -> None:
        if value is MIXED:
            self.setPlaceholderText(self.tr("Mixed"))
            self.setCurrentIndex(-1)
            if self.isEditable():
                self.setEditText("")
                line = self.lineEdit()
                if line is not None:
                    line.setPlaceholderText(self.tr("Mixed"))
            return
        index = self.findData(value)
        if index < 0 and isinstance(value, str) and self.isEditable():
            self.setEditText(value)
            return
        self.setCurrentIndex(max(index, 0))

    def set_value(self, value: object) -> None:
        with QSignalBlocker(self):
            self._select(value)

    def _picked(self, index: int) -> None:
        self.edited.emit(self.itemData(index))

    def _typed(self) -> None:
        text = self.currentText().strip()
        index = self.findText(text)
        value = self.itemData(index) if index >= 0 else (text or None)
        self.edited.emit(value)
