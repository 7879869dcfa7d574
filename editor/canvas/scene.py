"""DiagramScene: mirrors a Document as items keyed by element id; edits go through commands."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Signal
from PySide6.QtGui import QPainter, QUndoStack
from PySide6.QtWidgets import QGraphicsScene
from typing_extensions import override

from editor.canvas.background import draw_background
from editor.canvas.items import ArrowView, BoxView, ElementView, make_view
from editor.canvas.stacking import apply_keys, needs_restack, stacking_keys
from editor.canvas.tiles import NO_CONTENTS, PROXY_LOD, Tile, tile_key
from editor.canvas.undo import QtCommand, push_command
from editor.canvas.views_map import LazyViews
from editor.commands import Command, CommandError, MoveElements
from editor.model import AnyElement, Arrow, Document
from editor.render.layout import paused_gc

SCENE_MARGIN = 2000.0
#: Items bigger than this on screen (a long arrow, a huge frame) are not given a drag pixmap.
MAX_MOVING_PIXELS = 2048.0 * 2048.0


class SceneMirror(QGraphicsScene):
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
        self._tile_of: dict[str, Tile] = {}
        self.views_by_id = LazyViews(lambda: self._tile_of, self._materialize_for)
        self._arrows_of: dict[str, set[str]] = {}
        #: Element id -> its items' z value (``stacking``).
        self._stack: dict[str, float] = {}
        self._tiles: dict[tuple[int, int, int], Tile] = {}
        self._lazy_tiles: set[Tile] = set()
        self._detailed_tiles: set[Tile] = set()
        self._prepared: tuple[QRectF, bool, int] | None = None
        self._building = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._build()

    # --- building ------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """Show another document; the undo history starts afresh."""
        self.undo_stack.clear()
        self.document = document
        self.language = document.settings.source_language
        self._build()
        self.document_replaced.emit()

    def _build(self) -> None:
        """Tiles and their member lists only: items are made per tile when needed."""
        self.clearSelection()
        for item in self.views_by_id.loaded.values():
            self.removeItem(item)
        for tile in self._tiles.values():
            self.removeItem(tile)
        self._tiles.clear()
        self._lazy_tiles.clear()
        self._detailed_tiles.clear()
        self._prepared = None
        self.views_by_id.loaded.clear()
        self._tile_of.clear()
        self._arrows_of.clear()
        self._building = True
        try:
            with paused_gc():  # collection during bulk building doubles its time
                self._stack = stacking_keys(self.document.elements)
                self._register_all()
                for tile in self._tiles.values():  # whole tiles enter the scene: one index insertion each
                    self.addItem(tile)
                self._update_scene_rect()  # works out every tile's extent and proxies from the model
        finally:
            self._building = False
        for view in self.views():  # the views cache the background (grid); settings may have changed it
            view.resetCachedContent()

    def _register_all(self) -> None:
        """Every element into its tile's member list (one plain loop: it runs per element on open)."""
        lookup = self.document.get
        tiles, tile_of, arrows_of = self._tiles, self._tile_of, self._arrows_of
        elements = self.document.elements
        arrows = [element for element in elements if isinstance(element, Arrow)]
        placed = [element for element in elements if not isinstance(element, Arrow)]
        for element in placed + arrows:  # arrows after what they connect, as their items are made
            is_arrow = isinstance(element, Arrow)
            key = tile_key(element, lookup(element.source.element) if is_arrow else None)  # type: ignore[union-attr]
            tile = tiles.get(key) or self._tile_at(key)
            tile.members.append(element.id)
            tile_of[element.id] = tile
            if is_arrow:
                for end in (element.source.element, element.target.element):  # type: ignore[union-attr]
                    found = arrows_of.get(end)
                    if found is None:
                        found = arrows_of[end] = set()
                    found.add(element.id)

    def _tile(self, element: AnyElement) -> Tile:
        anchor = self.document.get(element.source.element) if isinstance(element, Arrow) else None
        key = tile_key(element, anchor)
        return self._tiles.get(key) or self._tile_at(key)

    def _tile_at(self, key: tuple[int, int, int]) -> Tile:
        tile = self._tiles.get(key)
        if tile is None:
            tile = Tile(key[0], lambda: self.document, materialized=not self._building)
            if self._building:
                self._lazy_tiles.add(tile)
            else:
                self.addItem(tile)
            self._tiles[key] = tile
        self._prepared = None
        return tile

    def _register(self, element: AnyElement, tile: Tile) -> None:
        tile.members.append(element.id)
        self._tile_of[element.id] = tile
        if isinstance(element, Arrow):
            for end in (element.source.element, element.target.element):
                self._arrows_of.setdefault(end, set()).add(element.id)

    def _materialize_for(self, element_id: str | None) -> None:
        """Make the items of the tile holding ``element_id`` (None: of every tile)."""
        if element_id is None:
            for lazy in list(self._lazy_tiles):
                self.materialize(lazy)
            return
        tile = self._tile_of.get(element_id)
        if tile is not None:
            self.materialize(tile)

    def materialize(self, tile: Tile) -> None:
        """Give every member of ``tile`` its item (once)."""
        if tile.materialized:
            return
        tile.materialized = True
        self._lazy_tiles.discard(tile)
        document = self.document
        with paused_gc():
            for element_id in tile.members:
                element = document.get(element_id)
                if element is not None:  # gone: the refresh that asked is about to remove it
                    self._make_item(element, tile)
        tile.member_changed()

    def materialize_in(self, area: QRectF | QPointF) -> None:
        """Make the items of every tile over ``area`` (before hit-testing it)."""
        if not self._lazy_tiles:
            return
        rect = QRectF(area, area) if isinstance(area, QPointF) else area
        for tile in list(self._lazy_tiles):
            bounds = tile.boundingRect()
            if bounds.intersects(rect) or bounds.contains(rect.topLeft()):
                self.materialize(tile)

    def tile_of(self, element_id: str) -> Tile | None:
        return self._tile_of.get(element_id)

    def unmade_rects_in(self, area: QRectF) -> Iterator[tuple[str, QRectF]]:
        """(id, rectangle) of the placed elements over ``area`` whose tiles have no items yet."""
        for tile in list(self._lazy_tiles):
            if tile.boundingRect().intersects(area):
                for element_id in tile.members:
                    element = self.document.get(element_id)
                    if element is not None and not isinstance(element, Arrow):
                        rect = QRectF(element.rect.x, element.rect.y, element.rect.width, element.rect.height)
                        if rect.intersects(area):
                            yield element_id, rect

    def _make_item(self, element: AnyElement, tile: Tile) -> ElementView:
        """A top-level item at its stacking key (see ``tiles`` for why not a child of its tile)."""
        view = make_view(element, tile.detailed)
        view.sync(element, self.document, geometry_only=False)  # type: ignore[attr-defined]
        view.setZValue(self._stack[element.id])
        view.tile = tile
        self.addItem(view)
        tile.views[element.id] = view
        self.views_by_id.loaded[element.id] = view
        return view

    def _add_view(self, element: AnyElement) -> ElementView:
        tile = self._tile(element)
        self.materialize(tile)
        self._register(element, tile)
        view = self._make_item(element, tile)
        tile.member_changed()
        return view

    def _move_to_tile(self, view: ElementView, element: AnyElement) -> None:
        old = view.tile
        tile = self._tile(element)
        self.materialize(tile)
        if old is not None:
            old.members.remove(element.id)
            old.views.pop(element.id, None)
        tile.members.append(element.id)
        tile.views[element.id] = view
        self._tile_of[element.id] = tile
        view.tile = tile
        view.setFlag(NO_CONTENTS, not tile.detailed)
        tile.member_changed()
        if old is not None:
            old.member_changed()

    # --- level of detail ---------------------------------------------------------------------
    def prepare_paint(self, visible: QRectF, scale: float) -> None:
        """Before a view paints: tiles it shows paint in detail at ``scale`` >= PROXY_LOD, else whole."""
        detailed = scale >= PROXY_LOD
        prepared = self._prepared
        changes = Tile.bounds_changes
        if prepared is not None and prepared[1:] == (detailed, changes) and prepared[0] == visible:
            return  # same view, and no tile grew into it: a drag frame skips the walk over every tile
        self._prepared = (QRectF(visible), detailed, changes)
        if not detailed:
            for tile in self._detailed_tiles:
                tile.set_detailed(False)
            self._detailed_tiles.clear()
            return
        for tile in self._tiles.values():
            if not tile.detailed and tile.boundingRect().intersects(visible):
                self.materialize(tile)
                tile.set_detailed(True)
                self._detailed_tiles.add(tile)

    def content_bounds(self) -> QRectF:
        """What every element covers (cheap: a few hundred tiles, not every item)."""
        bounds = QRectF()
        for tile in self._tiles.values():
            extent = tile.extent()
            if not extent.isEmpty():
                bounds = bounds.united(extent)
        return bounds

    def _remove_view(self, element_id: str) -> None:
        view = self.views_by_id.loaded.pop(element_id, None)
        tile = self._tile_of.pop(element_id, None)
        self._stack.pop(element_id, None)
        if tile is not None:
            tile.members.remove(element_id)
            tile.views.pop(element_id, None)
        for arrows in self._arrows_of.values():
            arrows.discard(element_id)
        self._arrows_of.pop(element_id, None)
        if view is not None:
            view.setSelected(False)
            self.removeItem(view)
        if tile is not None:
            tile.member_changed()

    def _update_scene_rect(self) -> None:
        bounds = self.content_bounds()
        if bounds.isEmpty():
            bounds = QRectF(0, 0, 800, 600)
        self.setSceneRect(bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    # --- keeping in step with the document -------------------------------------------------
    def refresh(self, command: Command) -> None:
        """Bring the items of everything ``command`` touched (and arrows bound to it) up to date."""
        if command.changes_settings:
            self.language = (
                self.language
                if self.language in self.document.settings.languages
                else (self.document.settings.source_language)
            )
            self._build()
            self.update()
            self.document_changed.emit()
            return
        self.refresh_ids(command.affected_ids(), geometry_only=isinstance(command, MoveElements))
        self.document_changed.emit()

    def refresh_ids(self, ids: Iterable[str], geometry_only: bool = False) -> None:
        document = self.document
        arrows: set[str] = set()
        ids = list(ids)
        restack = not geometry_only and self._restack_needed(ids)
        for element_id in ids:
            element = document.get(element_id)
            view = self.views_by_id.get(element_id)
            if element is None:
                self._remove_view(element_id)
                continue
            if view is not None and isinstance(element, Arrow) != isinstance(view, ArrowView):
                self._remove_view(element_id)
                view = None
            if isinstance(element, Arrow):
                arrows.add(element_id)
                if view is not None:
                    self._rebind(element)
            if view is None:
                self._add_view(element)
                continue
            if view.tile is not None and view.tile.z != element.z:
                self._move_to_tile(view, element)
            view.sync(element, document, geometry_only)  # type: ignore[attr-defined]
            arrows.update(self._arrows_of.get(element_id, ()))
        for arrow_id in arrows:
            arrow = document.get(arrow_id)
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

    def _rebind(self, arrow: Arrow) -> None:
        for arrows in self._arrows_of.values():
            arrows.discard(arrow.id)
        for end in (arrow.source.element, arrow.target.element):
            self._arrows_of.setdefault(end, set()).add(arrow.id)

    def set_moving(self, ids: Iterable[str], moving: bool) -> None:
        """Boxes a drag moves paint through Qt's device cache until it ends (``ElementView.set_moving``).

        Not arrows, even those that move whole: measured again with the cache budget fixed,
        their moving frames took 13-15 ms against 9-12 ms painting from ``CachedPaint``.
        """
        views = self.views()
        limit = MAX_MOVING_PIXELS / max(views[0].transform().m11() if views else 1.0, 1e-6) ** 2
        for element_id in ids:
            view = self.views_by_id.loaded.get(element_id)
            if isinstance(view, BoxView):
                extent = view.boundingRect()
                view.set_moving(moving and extent.width() * extent.height() <= limit)

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
        self.refresh(command)
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
    def view_at(self, point: QPointF, kinds: tuple[type, ...] = (BoxView, ArrowView)) -> ElementView | None:
        self.materialize_in(point)
        for item in self.items(point):
            if isinstance(item, kinds):
                return item  # type: ignore[return-value]
        return None

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
