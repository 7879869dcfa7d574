"""The Languages panel: per language, what is missing, stale, flagged for review or too long.

One row per target language with its counts; under it one row per pending string and per
overflowing label, naming the element. Clicking a string shows that language on the canvas
and selects the element; clicking a language shows the diagram in it. The fit choice for the
whole diagram and the shrink / grow buttons for the chosen rows emit commands (one undo step
each) through ``command_requested``. The window calls ``refresh`` after every document change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editor.app.diagram_languages import language_label
from editor.app.fit import OverflowingLabel, grow_command, overflowing_labels, shrink_command
from editor.commands import QT_TRANSLATE_NOOP, SetSettings, Title
from editor.i18n.report import LanguageReport, PendingText, translation_report
from editor.model import Document, TextFit, VariantStatus, iter_texts, texts_of
from editor.model.document import SETTINGS

ROLE_LANGUAGE = Qt.ItemDataRole.UserRole
ROLE_ELEMENT = Qt.ItemDataRole.UserRole + 1
#: The badge an element shows when several of its texts are pending: the most urgent wins.
BADGE_RANK = {VariantStatus.REVIEW: 3, VariantStatus.STALE: 2, VariantStatus.MISSING: 1}
FIT_CHOICES = (TextFit.NONE, TextFit.SHRINK, TextFit.GROW)


def translation_badges(document: Document, language: str) -> dict[str, str]:
    """Element id -> "missing" | "stale" | "review" for ``language`` (empty for the source)."""
    source = document.settings.source_language
    badges: dict[str, str] = {}
    if language == source:
        return badges
    for element_id, _field, text in iter_texts(document):
        if element_id == SETTINGS or not text.text.strip():
            continue
        status = text.status(language, source)
        if status in BADGE_RANK and BADGE_RANK[status] > BADGE_RANK.get(
            VariantStatus(badges.get(element_id, "current")), 0
        ):
            badges[element_id] = status.value
    return badges


@dataclass
class LanguageState:
    """What the panel shows for one language."""

    report: LanguageReport
    overflows: list[OverflowingLabel] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        report = self.report
        return {
            "missing": len(report.missing),
            "stale": len(report.stale),
            "review": len(report.review),
            "overflow": len(self.overflows),
        }


class LanguagesDock(QDockWidget):
    command_requested = Signal(object)
    element_requested = Signal(str, str)  # language, element id
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock.languages")
        self.document: Document | None = None
        self.states: dict[str, LanguageState] = {}
        self._expanded: set[str] = set()
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel(body)
        self.summary.setObjectName("languages.summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("languages.tree")
        self.tree.setColumnCount(3)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemExpanded.connect(lambda item: self._expanded.add(str(item.data(0, ROLE_LANGUAGE))))
        self.tree.itemCollapsed.connect(lambda item: self._expanded.discard(str(item.data(0, ROLE_LANGUAGE))))

        self.fit_caption = QLabel(body)
        self.fit = QComboBox(body)
        self.fit.setObjectName("languages.fit")
        for choice in FIT_CHOICES:
            self.fit.addItem("", choice.value)
        self.fit.activated.connect(self._fit_chosen)
        self.fit_caption.setBuddy(self.fit)
        self.shrink_button = QPushButton(body)
        self.shrink_button.setObjectName("languages.shrink")
        self.grow_button = QPushButton(body)
        self.grow_button.setObjectName("languages.grow")
        self.shrink_button.clicked.connect(lambda: self._fit_rows(TextFit.SHRINK))
        self.grow_button.clicked.connect(lambda: self._fit_rows(TextFit.GROW))
        fit_row = QHBoxLayout()
        fit_row.addWidget(self.fit_caption)
        fit_row.addWidget(self.fit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shrink_button)
        buttons.addWidget(self.grow_button)
        column.addWidget(self.summary)
        column.addWidget(self.tree, 1)
        column.addLayout(fit_row)
        column.addLayout(buttons)
        self.setWidget(body)
        self.retranslate()
        self._selection_changed()

    # --- content ---------------------------------------------------------------------------
    def refresh(self, document: Document) -> None:
        """Recompute every language's report and overflows, and rebuild the list."""
        self.document = document
        reports = translation_report(document)
        overflows = overflowing_labels(document, [report.language for report in reports])
        self.states = {report.language: LanguageState(report) for report in reports}
        for label in overflows:
            self.states[label.language].overflows.append(label)
        self.fit.setCurrentIndex(max(0, self.fit.findData(document.settings.fit.value)))
        self._rebuild()

    def _rebuild(self) -> None:
        chosen = {(item.data(0, ROLE_LANGUAGE), item.data(0, ROLE_ELEMENT)) for item in self.tree.selectedItems()}
        blocked = self.tree.blockSignals(True)
        self.tree.clear()
        for language, state in self.states.items():
            top = QTreeWidgetItem(self.tree, [language_label(language), "", self._counts_text(state)])
            top.setData(0, ROLE_LANGUAGE, language)
            top.setData(0, ROLE_ELEMENT, None)
            top.setToolTip(2, self._counts_text(state, long=True))
            rows = [*self._pending_rows(state.report), *self._overflow_rows(state.overflows)]
            for text, where, problem, element_id in rows:
                child = QTreeWidgetItem(top, [text, where, problem])
                child.setData(0, ROLE_LANGUAGE, language)
                child.setData(0, ROLE_ELEMENT, element_id)
                child.setToolTip(0, text)
                child.setSelected((language, element_id) in chosen)
            top.setExpanded(language in self._expanded or (bool(rows) and len(self.states) == 1))
        self.tree.blockSignals(blocked)
        self.summary.setText(self._summary_text())
        self._selection_changed()

    def _pending_rows(self, report: LanguageReport) -> list[tuple[str, str, str, str]]:
        labels = {"stale": self.tr("stale"), "review": self.tr("to review"), "missing": self.tr("missing")}
        rows: list[tuple[str, str, str, str]] = []
        for kind, items in (("stale", report.stale), ("review", report.review), ("missing", report.missing)):
            rows.extend((item.source, self._where(item), labels[kind], item.address[0]) for item in items)
        return rows

    def _overflow_rows(self, overflows: Sequence[OverflowingLabel]) -> list[tuple[str, str, str, str]]:
        rows = []
        for label in overflows:
            shown = self.tr("too long by %1 px").replace("%1", f"{label.overflow:.0f}")
            rows.append((self._element_text(label), f"{label.element_id}.{label.field}", shown, label.element_id))
        return rows

    def _where(self, item: PendingText) -> str:
        element_id, field_path = item.address
        return self.tr("document title") if element_id == SETTINGS else f"{element_id}.{field_path}"

    def _element_text(self, label: OverflowingLabel) -> str:
        """The element's first non-empty text, in the label's language. Looked up by id: walking every
        text of the document per overflowing label took minutes on a 12,000-box Japanese document."""
        element = None if self.document is None else self.document.get(label.element_id)
        if element is None or self.document is None:
            return label.element_id
        source = self.document.settings.source_language
        for _field, text in texts_of(element):
            if text.text.strip():
                return text.in_language(label.language, source)
        return label.element_id

    def _counts_text(self, state: LanguageState, *, long: bool = False) -> str:
        counts = state.counts()
        if not any(counts.values()):
            return self.tr("complete")
        if long:
            return (
                self.tr("%1 missing, %2 stale, %3 to review, %4 too long")
                .replace("%1", str(counts["missing"]))
                .replace("%2", str(counts["stale"]))
                .replace("%3", str(counts["review"]))
                .replace("%4", str(counts["overflow"]))
            )
        parts = [
            self.tr("%1 missing").replace("%1", str(counts["missing"])) if counts["missing"] else "",
            self.tr("%1 stale").replace("%1", str(counts["stale"])) if counts["stale"] else "",
            self.tr("%1 to review").replace("%1", str(counts["review"])) if counts["review"] else "",
            self.tr("%1 too long").replace("%1", str(counts["overflow"])) if counts["overflow"] else "",
        ]
        return " · ".join(part for part in parts if part)

    def _summary_text(self) -> str:
        if not self.states:
            return self.tr("The diagram has no translations yet. Use Language > Translate Diagram… to add some.")
        complete = sum(1 for state in self.states.values() if not any(state.counts().values()))
        return (
            self.tr("%1 of %2 languages complete and fitting.")
            .replace("%1", str(complete))
            .replace("%2", str(len(self.states)))
        )

    # --- clicks ----------------------------------------------------------------------------
    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        language = str(item.data(0, ROLE_LANGUAGE))
        element_id = item.data(0, ROLE_ELEMENT)
        if element_id is None:
            self.language_requested.emit(language)
        elif element_id != SETTINGS:
            self.element_requested.emit(language, str(element_id))

    def chosen_element_ids(self) -> list[str]:
        ids = [item.data(0, ROLE_ELEMENT) for item in self.tree.selectedItems()]
        return list(dict.fromkeys(str(element_id) for element_id in ids if element_id not in (None, SETTINGS)))

    def _selection_changed(self) -> None:
        chosen = bool(self.chosen_element_ids())
        self.shrink_button.setEnabled(chosen)
        self.grow_button.setEnabled(chosen)

    def _fit_rows(self, fit: TextFit) -> None:
        ids = self.chosen_element_ids()
        if self.document is None or not ids:
            return
        command = shrink_command(self.document, ids) if fit is TextFit.SHRINK else grow_command(self.document, ids)
        if command is not None:
            self.command_requested.emit(command)

    def _fit_chosen(self, index: int) -> None:
        if self.document is None:
            return
        fit = TextFit(str(self.fit.itemData(index)))
        if fit is self.document.settings.fit:
            return
        if fit is TextFit.GROW:
            command = grow_command(self.document)
        elif fit is TextFit.SHRINK:
            command = shrink_command(self.document)
        else:
            command = SetSettings({"fit": TextFit.NONE})
            command.caption = Title(QT_TRANSLATE_NOOP("Commands", "Keep text size and boxes"))
        if command is not None:
            self.command_requested.emit(command)

    # --- interface language ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Languages"))
        self.tree.setHeaderLabels([self.tr("Text"), self.tr("Element"), self.tr("Status")])
        self.fit_caption.setText(self.tr("When text does not fi&t:"))
        for index, text in enumerate((self.tr("Leave as is"), self.tr("Shrink the text"), self.tr("Grow the box"))):
            self.fit.setItemText(index, text)
        self.shrink_button.setText(self.tr("&Shrink Text"))
        self.shrink_button.setToolTip(self.tr("Shrink the chosen elements' text to fit (down to its minimum size)"))
        self.grow_button.setText(self.tr("&Grow Box"))
        self.grow_button.setToolTip(self.tr("Grow the chosen elements until their text fits in every language"))
        if self.document is not None:
            self._rebuild()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
