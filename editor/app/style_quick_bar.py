"""The style quick bar: a small floating bar over the canvas, next to what is selected.

As in draw.io and Excalidraw, the looks people change most are one click away: the theme's
palette roles as swatches, the stroke dash, hand-drawn on or off, and Copy Style and Paste
Style (the window's own actions, Ctrl+Alt+C and Ctrl+Alt+V). Each click is one undo step on
every selected element (``StyleActions``). The bar sits above the selection, or below it when
there is no room above, and never over it: when neither fits it hides. It hides too while a
text is edited and while a gesture (a drag, a resize) is under way, and shows again once it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton
from typing_extensions import override

from editor.app.action_builder import ActionSet, themed_icon
from editor.canvas import DiagramScene, DiagramView
from editor.canvas.group_marks import selection_bounds
from editor.commands import PasteStyle, SetStyle
from editor.model import AnyElement, Dash, Style
from editor.model.theme import PALETTE_ROLES, theme_named

ValueLabels = dict[str, dict[str, str]]
#: Room (viewport pixels) between the selection and the bar, and how often a hidden bar looks
#: again whether the text being edited was closed (closing without a change sends no signal).
GAP = 20
EDIT_POLL_MS = 200
SWATCH = 18
DASH_PATTERNS = {Dash.SOLID: Qt.PenStyle.SolidLine, Dash.DASHED: Qt.PenStyle.DashLine, Dash.DOTTED: Qt.PenStyle.DotLine}


def swatch_icon(fill: str, stroke: str, dash: Dash) -> QIcon:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(stroke), 2.0, DASH_PATTERNS.get(dash, Qt.PenStyle.SolidLine))
    painter.setPen(pen)
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(QRectF(2, 2, SWATCH - 4, SWATCH - 4), 4, 4)
    painter.end()
    return QIcon(pixmap)


def dash_icon(dash: Dash, colour: QColor) -> QIcon:
    pixmap = QPixmap(SWATCH + 6, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = QPen(colour, 2.0, DASH_PATTERNS[dash])
    painter.setPen(pen)
    painter.drawLine(2, SWATCH // 2, SWATCH + 4, SWATCH // 2)
    painter.end()
    return QIcon(pixmap)


class StyleActions(QObject):
    """Copy Style, Paste Style and the quick bar's single fields, and the facts the group, lock
    and style actions' rules read.

    Copy Style remembers the first selected element's ``Style`` for this window (as draw.io does;
    the system clipboard keeps what Ctrl+C copied); Paste Style gives it to every selected element
    as one undo step.
    """

    #: A style was copied (Paste Style becomes available).
    style_copied = Signal()

    def __init__(self, scene: DiagramScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.copied: Style | None = None

    # --- styles ------------------------------------------------------------------------------
    def first_selected(self) -> AnyElement | None:
        selected = self.scene.selected_ids()
        return self.scene.document.get(selected[0]) if selected else None

    def copy_style(self) -> bool:
        """Ctrl+Alt+C: remember the first selected element's style."""
        first = self.first_selected()
        if first is None:
            return False
        self.copied = first.style.model_copy(deep=True)
        self.style_copied.emit()
        return True

    def paste_style(self) -> bool:
        """Ctrl+Alt+V: the copied style on every selected element, as one undo step."""
        ids = self.scene.selected_ids()
        if self.copied is None or not ids:
            return False
        return self.scene.push(PasteStyle(ids, self.copied))

    def set_style(self, field: str, value: object) -> bool:
        """One style field on every selected element (a quick bar click), as one undo step."""
        ids = self.scene.selected_ids()
        return bool(ids) and self.scene.push(SetStyle(ids, {field: value}))

    def shown_style(self) -> Style | None:
        """The first selected element's style as drawn: the theme's, its palette role's, its own."""
        first = self.first_selected()
        if first is None:
            return None
        theme = theme_named(self.scene.document.settings.theme)
        return theme.style_for(first.style.palette).merged(first.style)

    # --- what the rules read -----------------------------------------------------------------
    def state_facts(self) -> dict[str, Any]:
        selected = [self.scene.document.get(element_id) for element_id in self.scene.selected_ids()]
        return {  # a selection change may come while removed items still count as selected
            "grouped_selected": bool(self.scene.selected_groups()),
            "locked_selected": bool(selected) and all(element is None or element.locked for element in selected),
            "style_copied": self.copied is not None,
        }


class StyleQuickBar(QFrame):
    def __init__(
        self, view: DiagramView, styles: StyleActions, actions: ActionSet, labels: Callable[[], ValueLabels]
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("style_quick_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.view = view
        self.scene = view.diagram
        self.styles = styles
        #: The Properties panel's names for palette roles and dashes, in the interface language.
        self.labels = labels
        self.palette_buttons: dict[str, QToolButton] = {}
        self.dash_buttons: dict[Dash, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        for role in PALETTE_ROLES:
            self.palette_buttons[role] = self._button(f"style_quick_bar.palette.{role}", self._setter("palette", role))
            layout.addWidget(self.palette_buttons[role])
        layout.addWidget(self._separator())
        for dash in Dash:
            self.dash_buttons[dash] = self._button(f"style_quick_bar.dash.{dash.value}", self._setter("dash", dash))
            self.dash_buttons[dash].setIcon(dash_icon(dash, self.palette().color(self.foregroundRole())))
            layout.addWidget(self.dash_buttons[dash])
        layout.addWidget(self._separator())
        self.sketch_button = self._button("style_quick_bar.sketch", self._toggle_sketch)
        self.sketch_button.setIcon(themed_icon("mdi6.draw"))
        layout.addWidget(self.sketch_button)
        layout.addWidget(self._separator())
        for action_id in ("edit.copy_style", "edit.paste_style"):
            layout.addWidget(self._action_button(actions[action_id]))
        self._edit_poll = QTimer(self)
        self._edit_poll.setSingleShot(True)
        self._edit_poll.setInterval(EDIT_POLL_MS)
        self._edit_poll.timeout.connect(self.follow)
        self._soon = QTimer(self)  # owned by the bar: it dies with the window, never firing after
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.follow)
        self.scene.selectionChanged.connect(self._follow_soon)
        self.scene.document_changed.connect(self.follow)
        self.scene.document_replaced.connect(self._follow_soon)
        view.zoom_changed.connect(self._follow_soon)
        view.horizontalScrollBar().valueChanged.connect(self._follow_soon)
        view.verticalScrollBar().valueChanged.connect(self._follow_soon)
        self.retranslate()
        self.hide()

    # --- building ----------------------------------------------------------------------------
    def _button(self, name: str, clicked: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.setCheckable(True)
        button.setIconSize(QSize(SWATCH + 6, SWATCH))
        button.clicked.connect(lambda _checked=False: clicked())
        return button

    def _action_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"style_quick_bar.{action.objectName() or action.text()}")
        button.setAutoRaise(True)
        button.setDefaultAction(action)
        return button

    def _separator(self) -> QFrame:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _setter(self, field: str, value: object) -> Callable[[], object]:
        return lambda: self.styles.set_style(field, value)

    def _toggle_sketch(self) -> None:
        shown = self.styles.shown_style()
        if shown is not None:
            self.styles.set_style("sketch", not shown.sketch)

    # --- following the selection ---------------------------------------------------------------
    def _follow_soon(self, *_args: object) -> None:
        """After the event at hand: a double-click selects before it opens the text editor."""
        self._soon.start()

    def follow(self) -> None:
        """Show the bar next to the selection with its current looks, or hide it."""
        if self.scene.editor is not None:
            self.hide()
            self._edit_poll.start()
            return
        bounds = selection_bounds(self.scene) if self.scene.interaction is None else QRectF()
        place = self._place_for(bounds) if not bounds.isNull() else None
        if place is None:
            self.hide()
            return
        self._show_current()
        self.move(place)
        self.show()
        self.raise_()

    def _place_for(self, bounds: QRectF) -> QPoint | None:
        """Above the selection, else below it, inside the viewport; None when neither fits."""
        self.adjustSize()
        area = self.view.viewport().rect()
        shown = self.view.mapFromScene(bounds).boundingRect()
        size = self.sizeHint()
        x = max(area.left() + 4, min(shown.center().x() - size.width() // 2, area.right() - size.width() - 4))
        above = shown.top() - GAP - size.height()
        if above >= area.top():
            return QPoint(x, above)
        below = shown.bottom() + GAP
        if below + size.height() <= area.bottom():
            return QPoint(x, below)
        return None

    def _show_current(self) -> None:
        """Swatches in the document's theme; the first selected element's role, dash and sketch checked."""
        theme = theme_named(self.scene.document.settings.theme)
        first = self.styles.first_selected()
        shown = self.styles.shown_style()
        role_now = (first.style.palette if first is not None else None) or "default"
        for role, button in self.palette_buttons.items():
            look = theme.style_for(role)
            button.setIcon(swatch_icon(look.fill or "#ffffff", look.stroke or "#000000", look.dash or Dash.SOLID))
            button.setChecked(role == role_now)
        for dash, button in self.dash_buttons.items():
            button.setChecked(shown is not None and shown.dash == dash)
        self.sketch_button.setChecked(bool(shown is not None and shown.sketch))

    # --- the interface language ----------------------------------------------------------------
    def retranslate(self) -> None:
        labels = self.labels()
        tips: dict[QToolButton, str] = {
            button: self.tr("Palette role: %1").replace("%1", labels["palette"].get(role, role))
            for role, button in self.palette_buttons.items()
        }
        tips.update({button: labels["dash"][dash.value] for dash, button in self.dash_buttons.items()})
        tips[self.sketch_button] = self.tr("Hand-drawn on or off")
        for button, tip in tips.items():
            button.setToolTip(tip)
            button.setAccessibleName(tip)  # a swatch shows no text: screen readers read this

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
