"""In-place text editing: a QGraphicsTextItem exists only while a label is being edited.

Enter commits, Shift+Enter starts a new line, Esc cancels, clicking away commits. The
edit is one ``EditText`` in the scene's language: in a non-source language it writes
that language's variant (origin human), which the translation workflow relies on.

While it is open, the window's Ctrl shortcuts that change elements (group, lock, copy style,
align...) do nothing, as in a draw.io or Excalidraw text: they would act on the element under
the text being typed. Only the file and zoom keys still reach the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QKeyEvent, QKeySequence, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from editor.canvas.items import ArrowView, BoxView, ElementView
from editor.commands import EditText
from editor.model import LocalizedText, texts_of
from editor.model.theme import theme_named
from editor.render.bidi import without_controls
from editor.render.display_list import TextLineOp
from editor.render.fonts import qfont
from editor.render.layout import layout_element

if TYPE_CHECKING:
    from editor.canvas.scene_editing import DiagramScene

EDITOR_Z = 1e10  # above every stacking key (z <= 10**9)
LABEL_WIDTH = 220.0
#: window shortcuts that still work while a text is edited (the edit is committed on focus out)
_WINDOW_KEYS = (
    QKeySequence.StandardKey.Save,
    QKeySequence.StandardKey.SaveAs,
    QKeySequence.StandardKey.Open,
    QKeySequence.StandardKey.New,
    QKeySequence.StandardKey.Quit,
    QKeySequence.StandardKey.ZoomIn,
    QKeySequence.StandardKey.ZoomOut,
)


def _claims_shortcut(event: QKeyEvent) -> bool:
    """Whether the editor keeps a Ctrl shortcut from the window (see the module docstring)."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    return not any(event.matches(key) for key in _WINDOW_KEYS)


def _text_of(scene: DiagramScene, element_id: str, field: str) -> LocalizedText | None:
    element = scene.document.get(element_id)
    if element is None:
        return None
    return dict(texts_of(element)).get(field)


def primary_field(scene: DiagramScene, element_id: str) -> str | None:
    element = scene.document.get(element_id)
    if element is None:
        return None
    fields = [field for field, _ in texts_of(element)]
    return fields[0] if fields else None


def _compact(text: str) -> str:
    return "".join(without_controls(text).split())


def line_fields(scene: DiagramScene, view: ElementView) -> list[tuple[TextLineOp, str | None]]:
    """Every drawn text line of the element with the field it shows (None: not a field's text,
    e.g. a legend badge's number).

    The layout draws fields in ``texts_of`` order, each as consecutive lines that together
    spell its text; so each line is matched, in order, as the next piece of the current
    field or the start of a later one. Containment alone is ambiguous: a name "API" is
    inside a role "Public API gateway".

    The lines are laid out afresh where the element is now: an item that was only moved
    paints its earlier layout shifted, so its cached lines sit where it was laid out.
    """
    element = scene.document.element(view.element_id)
    source = scene.document.settings.source_language
    fields = [(field, _compact(text.in_language(scene.language, source))) for field, text in texts_of(element)]
    result: list[tuple[TextLineOp, str | None]] = []
    current, rest = 0, fields[0][1] if fields else ""
    for op in layout_element(scene.document, view.element_id, scene.language).ops:
        if not isinstance(op, TextLineOp):
            continue
        piece = _compact(op.text)
        found: str | None = None
        for index in range(current, len(fields)) if piece else ():
            remaining = rest if index == current else fields[index][1]
            if remaining.startswith(piece):
                found, current, rest = fields[index][0], index, remaining[len(piece) :]
                break
        result.append((op, found))
    return result


def _line_box(op: TextLineOp) -> QRectF:
    return QRectF(op.x, op.y - op.ascent, op.width, op.ascent + op.descent)


def field_at(scene: DiagramScene, view: ElementView, point: QPointF) -> str | None:
    """Which text of the element the user double-clicked: the field of the line under ``point``
    (or of the nearest line, for a click beside the text or on a legend badge)."""
    lines = [(op, field) for op, field in line_fields(scene, view) if field is not None]
    clicked = min(
        lines,
        key=lambda line: (
            (0.0, 0.0)
            if _line_box(line[0]).contains(point)
            else (abs(_line_box(line[0]).center().y() - point.y()), abs(_line_box(line[0]).center().x() - point.x()))
        ),
        default=None,
    )
    return clicked[1] if clicked is not None else primary_field(scene, view.element_id)


_ALIGNMENTS = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


def label_placement(
    scene: DiagramScene, view: ElementView, field: str
) -> tuple[QRectF, QFont, Qt.AlignmentFlag, float] | None:
    """Where the field's text is drawn (area, font, alignment, top of the first line), so the
    editor sits exactly over the label; None when the field shows no text yet."""
    text = _text_of(scene, view.element_id, field)
    if text is None:
        return None
    shown = text.in_language(scene.language, scene.document.settings.source_language)
    lines = [op for op, shows in line_fields(scene, view) if shows == field and op.text.strip()]
    if not shown.strip() or not lines:
        return None
    first = lines[0]
    lines = [op for op in lines if (op.size, op.weight) == (first.size, first.weight)]
    left = min(op.x for op in lines)
    right = max(op.x + op.width for op in lines)
    if isinstance(view, BoxView):
        inner = view.text_area().adjusted(6, 0, -6, 0)
    else:
        inner = QRectF(left - 4, 0, right - left + 8, 1)
    if first.anchor == "center":
        middle = (left + right) / 2
        half = max(inner.width() / 2, (right - left) / 2 + 2)
        area = QRectF(middle - half, 0, 2 * half, 1)
    elif first.anchor == "left":
        area = QRectF(left, 0, max(inner.right() - left, right - left + 2), 1)
    else:
        area = QRectF(min(inner.left(), left - 2), 0, right - min(inner.left(), left - 2), 1)
    font = qfont(first.families, first.size, first.weight)
    return area, font, _ALIGNMENTS[first.anchor], first.y - first.ascent


class InlineTextEditor(QGraphicsTextItem):
    """A text item over the element, alive only while editing one field."""

    def __init__(  # noqa: PLR0917
        self,
        scene: DiagramScene,
        element_id: str,
        field: str,
        area: QRectF,
        font: QFont,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
        top: float | None = None,
    ) -> None:
        super().__init__()
        self._floor = 0.0
        self.diagram = scene
        self.element_id = element_id
        self.field = field
        self.area = area
        self._closed = False
        text = _text_of(scene, element_id, field)
        self.original = text.in_language(scene.language, scene.document.settings.source_language) if text else ""
        self.setFont(font)
        self.setPlainText(self.original)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.document().setDocumentMargin(0)
        self.setTextWidth(area.width())
        option = self.document().defaultTextOption()
        option.setAlignment(alignment)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setZValue(EDITOR_Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        height = self.boundingRect().height()
        self.setPos(area.x(), top if top is not None else area.center().y() - height / 2)
        self._floor = height  # deleting lines never uncovers the label being replaced

    @classmethod
    def open(cls, scene: DiagramScene, view: ElementView, field: str | None) -> InlineTextEditor | None:
        if scene.editor is not None:
            scene.editor.commit()
        field = field or primary_field(scene, view.element_id)
        if field is None or _text_of(scene, view.element_id, field) is None:
            return None
        element = scene.document.element(view.element_id)
        theme = theme_named(scene.document.settings.theme)
        style = theme.style_for(element.style.palette).merged(element.style)
        font = QFont(style.font_family or "Caveat")
        font.setPixelSize(max(8, round(style.font_size or 18)))
        if isinstance(view, BoxView):
            area = view.text_area().adjusted(6, 6, -6, -6)
        else:
            assert isinstance(view, ArrowView)
            points = view.points()
            middle = (points[0] + points[-1]) / 2 if points else QPointF()
            area = QRectF(middle.x() - LABEL_WIDTH / 2, middle.y() - 20, LABEL_WIDTH, 40)
        placed = label_placement(scene, view, field)
        if placed is not None:
            area, font, alignment, top = placed
            editor = cls(scene, view.element_id, field, area, font, alignment, top)
        else:
            editor = cls(scene, view.element_id, field, area, font)
        scene.addItem(editor)
        scene.editor = editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        return editor

    # --- finishing ---------------------------------------------------------------------------
    def _close(self) -> None:
        self._closed = True
        self.diagram.editor = None
        self.clearFocus()
        self.diagram.removeItem(self)
        views = self.diagram.views()
        if views:
            views[0].setFocus()

    def commit(self) -> None:
        if self._closed:
            return
        text = self.toPlainText()
        self._close()
        if text != self.original:
            self.diagram.push(EditText(self.element_id, self.field, self.diagram.language, text))

    def cancel(self) -> None:
        if not self._closed:
            self._close()
            self.diagram.update()

    # --- Qt overrides ------------------------------------------------------------------------
    @override
    def sceneEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _claims_shortcut(event):
            event.accept()  # the key comes here as a key press, where the text ignores what it does not know
            return True
        return super().sceneEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                self.commit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.commit()

    @override
    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        if rect.height() < self._floor:
            rect.setHeight(self._floor)
        return rect

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.save()
        painter.setPen(QPen(QColor("#2b7bd6"), 1.2))
        painter.setBrush(QBrush(QColor("#ffffff")))  # opaque: the label being replaced must not show through
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        painter.restore()
        super().paint(painter, option, widget)  # type: ignore[arg-type]
