"""DiagramView: zoom around the cursor, fit, 100 %, pan (middle button, Space+drag, scroll)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget
from typing_extensions import override

from editor.canvas.scene_editing import DiagramScene

MIN_ZOOM = 0.02
MAX_ZOOM = 16.0
ZOOM_STEP = 1.25
FIT_MARGIN = 40


class DiagramView(QGraphicsView):
    """The canvas widget. ``zoom_changed(float)`` feeds a zoom indicator (1.0 is 100 %)."""

    zoom_changed = Signal(float)

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.diagram = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._space_down = False

    # --- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom to ``factor`` keeping the scene point under ``around`` (viewport pixels) still."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        viewport_point = around if around is not None else QPointF(self.viewport().rect().center())
        scene_point = self.mapToScene(viewport_point.toPoint())
        self.resetTransform()
        self.scale(factor, factor)
        moved = self.mapToScene(viewport_point.toPoint())
        delta = moved - scene_point
        self.translate(delta.x(), delta.y())
        self._keep_point(scene_point, viewport_point)
        self.zoom_changed.emit(self.zoom())

    def _keep_point(self, scene_point: QPointF, viewport_point: QPointF) -> None:
        """Scroll bars decide the final position: put ``scene_point`` back under ``viewport_point``."""
        now = self.mapFromScene(scene_point)
        shift = now - viewport_point.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())

    def zoom_in(self, around: QPointF | None = None) -> None:
        """One step in around ``around``; by default around the pointer when it is over the canvas
        (the window's zoom keys come here), else around the centre (a toolbar click)."""
        self.set_zoom(self.zoom() * ZOOM_STEP, around if around is not None else self._cursor_point())

    def zoom_out(self, around: QPointF | None = None) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP, around if around is not None else self._cursor_point())

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def content_rect(self) -> QRectF:
        return self.diagram.content_bounds()

    def zoom_to_fit(self) -> None:
        bounds = self.content_rect()
        if bounds.isEmpty():
            self.zoom_reset()
            return
        bounds.adjust(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        self.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self.set_zoom(self.zoom())
        self.centerOn(bounds.center())
        self.zoom_changed.emit(self.zoom())

    # --- events --------------------------------------------------------------------------
    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.diagram.prepare_paint(visible, self.zoom())
        super().paintEvent(event)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.diagram.interaction is not None:
            event.accept()  # no window shortcut (undo, delete, paste...) while a gesture is previewed
            return True
        return super().event(event)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps, event.position())
            event.accept()
            return
        shift = Qt.KeyboardModifier.ShiftModifier
        if event.modifiers() & shift and not event.angleDelta().x():
            # Shift+wheel scrolls sideways (Qt's scroll bars would take Shift for a page step)
            sideways = QWheelEvent(
                event.position(),
                event.globalPosition(),
                event.pixelDelta().transposed(),
                event.angleDelta().transposed(),
                event.buttons(),
                event.modifiers() & ~shift,
                event.phase(),
                event.inverted(),
                event.source(),
            )
            super().wheelEvent(sideways)
            event.setAccepted(sideways.isAccepted())
            return
        super().wheelEvent(event)  # the plain wheel scrolls

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.diagram.editor is not None
        if (not editing and event.matches(QKeySequence.StandardKey.ZoomIn)) or (
            event.key() == Qt.Key.Key_Equal and (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        ):
            self.zoom_in(self._cursor_point())
        elif not editing and event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out(self._cursor_point())
        elif not editing and event.key() == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_reset()
        elif not editing and event.key() == Qt.Key.Key_1 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.zoom_to_fit()
        elif not editing and event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif event.key() == Qt.Key.Key_Escape and self.diagram.editor is None:
            self.diagram.cancel_interaction()
            if self.diagram.interaction is None:
                super().keyPressEvent(event)
        else:
            super().keyPressEvent(event)

    @override
    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._pan_from = None
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def _cursor_point(self) -> QPointF | None:
        local = self.viewport().mapFromGlobal(self.cursor().pos())
        return QPointF(local) if self.viewport().rect().contains(local) else None

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        panning = event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        )
        if panning:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta = point - self._pan_from
            self._pan_from = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
