"""DiagramScene: mirrors a Document as items keyed by element id; edits go through commands.

It also draws the canvas background (the theme's colour and the grid) the way exports draw them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QObject, QRect, QRectF, Signal
from PySide6.QtGui import QPainter, QPen, QUndoStack
from PySide6.QtWidgets import QGraphicsView
from typing_extensions import override

from editor.canvas.items import ArrowView, ElementView
from editor.canvas.tiled_scene import TiledScene, apply_keys, needs_restack, stacking_keys
from editor.canvas.undo import QtCommand, push_command
from editor.commands import Command, CommandError, MoveElements
from editor.model import Arrow, Document
from editor.model.io import paused_gc
from editor.model.theme import theme_named
from editor.render.display_list import GridSpec
from editor.render.painter import grid_lines, qcolor

MINIMAL_UPDATE = QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate
BOUNDING_UPDATE = QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate
#: A drag repaints one bounding rectangle when what it moves covers at least this share of it.
DENSE_SHARE = 0.25
#: Items bigger than this on screen (a long arrow, a huge frame) are not given a drag pixmap.
MAX_MOVING_PIXELS = 2048.0 * 2048.0


#: Grid lines closer than this many screen pixels are not drawn.
MIN_GRID_PIXELS = 6.0


def draw_background(document: Document, painter: QPainter, rect: QRectF) -> None:
    """Fill ``rect`` with the background colour and draw the grid as one aliased hairline batch.

    The view caches what this draws (a drag frame blits it instead of drawing 2-3 ms of
    lines), so the scene resets that cache whenever it rebuilds for new settings.
    """
    settings = document.settings
    theme = theme_named(settings.theme)
    scale = painter.worldTransform().m11()
    grid = GridSpec(settings.grid.size, theme.grid_color, settings.grid.visible)
    painter.fillRect(rect, qcolor(settings.background or theme.background))
    if not grid.visible or grid.size * scale < MIN_GRID_PIXELS:
        return
    lines = [QLineF(x1, y1, x2, y2) for x1, y1, x2, y2 in grid_lines(grid, rect)]
    pen = QPen(qcolor(grid.color), 1.0)
    pen.setCosmetic(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.drawLines(lines)
    painter.restore()


class SceneMirror(TiledScene):
    """The document-to-items half of the scene: build, refresh after commands, push."""

    document_replaced = Signal()
    document_changed = Signal()
    command_refused = Signal(str)
    language_changed = Signal(str)

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document or Document()
        self.language = self.document.settings.source_language
        self.undo_stack = QUndoStack(self)
        self._build()

    # --- building ------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """Show another document; the undo history starts afresh."""
        self.undo_stack.clear()
        self.document = document
        self.language = document.settings.source_language
        self._build()
        self.document_replaced.emit()

    def _build(self, keep_visible: bool = False) -> None:
        """Tiles and their member lists only: items are made per tile when needed."""
        self.clearSelection()
        self._clear_tiles()
        self._building = True
        try:
            with paused_gc():  # collection during bulk building doubles its time
                self._stack = stacking_keys(self.document.elements)
                self._register_all()
                for tile in self._tiles.values():  # whole tiles enter the scene: one index insertion each
                    self.addItem(tile)
                self.fit_scene_rect(keep_visible, force=True)  # every tile's extent is known by now
        finally:
            self._building = False
        for view in self.views():  # the views cache the background (grid); settings may have changed it
            view.resetCachedContent()

    # --- keeping in step with the document -------------------------------------------------
    def refresh(self, command: Command, settle: bool = True) -> None:
        """Bring the items of everything ``command`` touched (and arrows bound to it) up to date;
        ``settle`` (not during a drag) fits the scene rectangle to the content again."""
        if command.changes_settings:
            self.language = (
                self.language
                if self.language in self.document.settings.languages
                else (self.document.settings.source_language)
            )
            self._build(keep_visible=True)
            self.update()
            self.document_changed.emit()
            return
        self.refresh_ids(command.affected_ids(), geometry_only=isinstance(command, MoveElements))
        if settle:
            self.fit_scene_rect()
        self.document_changed.emit()

    def refresh_ids(self, ids: Iterable[str], geometry_only: bool = False) -> None:
        """Items of ``ids`` (made, removed, moved to another tile or synced), then each arrow
        bound to one of them synced once. Runs per drag frame: lookups stay plain dict gets."""
        document = self.document
        lookup, loaded, arrows_of = document.get, self.views_by_id.loaded, self._arrows_of
        synced: set[str] = set()
        arrows: set[str] = set()
        ids = list(ids)
        restack = not geometry_only and self._restack_needed(ids)
        for element_id in ids:
            element = lookup(element_id)
            view = loaded.get(element_id)
            if view is None:
                view = self.views_by_id.get(element_id)  # makes its tile's items
            if element is None:
                self._remove_view(element_id)
                continue
            if view is not None and isinstance(element, Arrow) != isinstance(view, ArrowView):
                self._remove_view(element_id)
                view = None
            if isinstance(element, Arrow) and view is not None:
                self._bind(element)
            if view is None:
                self._add_view(element)
                continue
            if view.tile is not None and view.tile.z != element.z:
                self._move_to_tile(view, element)
            view.sync(element, document, geometry_only)  # type: ignore[attr-defined]
            synced.add(element_id)
            bound = arrows_of.get(element_id)
            if bound:
                arrows.update(bound)
        for arrow_id in arrows - synced:
            arrow = lookup(arrow_id)
            view = loaded.get(arrow_id)
            if view is None:
                view = self.views_by_id.get(arrow_id)
            if isinstance(arrow, Arrow) and view is not None:
                view.sync(arrow, document, geometry_only)  # type: ignore[attr-defined]
        if restack:
            apply_keys(self.views_by_id.loaded, self._stack)

    def _restack_needed(self, ids: list[str]) -> bool:
        """Work out every element's stacking key again if one of ``ids`` is new or changed z
        (an insertion shifts the document places of all that follow it)."""
        lookup = self.document.get
        for element_id in ids:
            element = lookup(element_id)
            if element is not None and needs_restack(self._stack, element):
                self._stack = stacking_keys(self.document.elements)
                return True
        return False

    def set_moving(self, ids: Iterable[str], moving: bool) -> None:
        """While a drag lasts, what it shifts whole paints through Qt's device cache (a blit, no
        Python paint call: ``ElementView.set_moving``) and the views repaint one rectangle.

        Shifted whole: the boxes, and the arrows with both ends among them (and their waypoints,
        if any). Arrows with one end left behind are routed again every frame and paint directly.
        Measured on 50,000 boxes, 100 dragged, alternating in one process: arrows cached once
        their extent is what they draw (it was both ends' boxes) p50 10.3 -> 8.8 ms, p95 15.3 ->
        11.3; one bounding rectangle instead of Qt's minimal region of a few hundred rectangles
        (whose clipping slows every blit) p50 10.6-12.5 -> 9.2-11.0 ms. Only for a dense drag:
        four boxes at the corners of that block took 2.9 ms a frame with the minimal region and
        6.4 ms repainting everything between them.
        """
        views = self.views()
        limit = MAX_MOVING_PIXELS / max(views[0].transform().m11() if views else 1.0, 1e-6) ** 2
        ids = set(ids)
        shifted = [self.views_by_id.loaded.get(element_id) for element_id in ids]
        for arrow_id in {arrow_id for element_id in ids for arrow_id in self._arrows_of.get(element_id, ())}:
            ends = self._ends_of.get(arrow_id, ())
            arrow = self.document.get(arrow_id)
            whole = all(end in ids for end in ends) and isinstance(arrow, Arrow)
            own = arrow.waypoints or len(ends) < 2  # type: ignore[union-attr]  # bends or free ends
            if whole and (not own or arrow_id in ids):
                shifted.append(self.views_by_id.loaded.get(arrow_id))
        covered, union = 0.0, QRectF()
        for view in shifted:
            if view is not None:
                extent = view.boundingRect()
                area = extent.width() * extent.height()
                view.set_moving(moving and area <= limit)
                covered += area
                union = union.united(view.sceneBoundingRect())
        dense = covered >= DENSE_SHARE * union.width() * union.height()
        mode = BOUNDING_UPDATE if moving and dense else MINIMAL_UPDATE
        for canvas in views:
            canvas.setViewportUpdateMode(mode)

    def relayout_all(self) -> None:
        """Every item lays out again (language or theme shown changed)."""
        for view in self.views_by_id.loaded.values():  # tiles without items draw no text
            view.invalidate()

    # --- editing ---------------------------------------------------------------------------
    def push(self, command: Command) -> bool:
        """Apply ``command`` as one undo step; False (and a command_refused signal) when refused."""
        try:
            push_command(self.undo_stack, command, self.document, self.refresh)
        except CommandError as error:
            self.command_refused.emit(str(error))
            return False
        return True

    def preview(self, command: Command) -> bool:
        """Apply without an undo entry (a drag in progress); ``commit_preview`` or revert later."""
        try:
            command.apply(self.document)
        except CommandError:
            return False
        self.refresh(command, settle=False)
        return True

    def revert_preview(self, command: Command) -> None:
        command.revert(self.document)
        self.refresh(command)

    def commit_preview(self, command: Command) -> None:
        """Put an already applied preview on the undo stack as one step."""
        wrapped = QtCommand(command, self.document, self.refresh)
        wrapped._applied = True
        self.undo_stack.push(wrapped)

    # --- language --------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Show (and edit) the document in ``code``; it must be one of the document's languages."""
        if code != self.document.settings.source_language and code not in self.document.settings.languages:
            raise ValueError(f"the document has no language {code!r}")
        if code == self.language:
            return
        self.language = code
        self.relayout_all()
        self.language_changed.emit(code)

    # --- painting --------------------------------------------------------------------------
    @override
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        draw_background(self.document, painter, QRectF(rect))

    # --- lookups ---------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Selected element ids (cheap: no walk over the document, so safe per frame)."""
        return [item.element_id for item in self.selectedItems() if isinstance(item, ElementView)]

    def select_ids(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        blocked = self.blockSignals(True)
        try:
            for item in self.selectedItems():
                if isinstance(item, ElementView) and item.element_id not in wanted:
                    item.setSelected(False)
            for element_id in wanted:
                view = self.views_by_id.get(element_id)
                if view is not None:
                    view.setSelected(True)
        finally:
            self.blockSignals(blocked)
        self.selectionChanged.emit()
        self.update()
