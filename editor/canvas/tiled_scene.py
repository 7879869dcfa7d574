"""The tile half of the scene: which tile holds each element, items made per tile when needed,
level of detail, each item's stacking key, what the content covers and the scene rectangle
that follows it.

Tiles (``tiles.Tile``) list nearby elements of one z; they paint zoomed-out proxies and
make their items the first time they are shown in detail or one of their elements is
needed. The scene rectangle (what the scroll bars reach) is the content plus a generous
margin: it grows the moment a tile grows past it (a drag, a nudge, a paste far away), and
after an edit that left it far from the content it is fitted again, never shrinking under
what a view shows.

Items stack exactly as exports paint: by z, ties in document order (``Document.in_paint_order``).
Qt stacks top-level items by z value, ties in insertion order, which after undo, paste or a
lazily made tile is not document order. So each item's z value is ``z + index * step``: the
element's integer z plus a fraction that grows with its place in the document's list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from editor.canvas.items import ElementView, make_view
from editor.canvas.tiles import NO_CONTENTS, PROXY_LOD, Tile, rect_tile_key, tile_key
from editor.model import AnyElement, Arrow, Document, bound_ids
from editor.model.io import paused_gc

#: Fraction per list place: exact in a double next to any allowed z (|z| <= 10**9 < 2**30)
#: for documents of up to 2**20 elements; bigger ones share the unit interval evenly.
STACK_STEP = 2.0**-20


def stacking_keys(elements: Sequence[AnyElement]) -> dict[str, float]:
    """Element id -> z value for its item, ordered like (z, document index)."""
    step = STACK_STEP if len(elements) < 2**20 else 1.0 / (len(elements) + 1)
    return {element.id: element.z + index * step for index, element in enumerate(elements)}


def needs_restack(keys: Mapping[str, float], element: AnyElement) -> bool:
    """True when ``element`` is new to ``keys`` or its z left the unit interval of its key."""
    key = keys.get(element.id)
    return key is None or not element.z <= key < element.z + 1


def apply_keys(views: Mapping[str, QGraphicsItem], keys: Mapping[str, float]) -> int:
    """Give every item its key (only those that changed: setZValue re-sorts); how many changed."""
    changed = 0
    for element_id, view in views.items():
        key = keys.get(element_id)
        if key is not None and view.zValue() != key:
            view.setZValue(key)
            changed += 1
    return changed


def _anchor_of(arrow: AnyElement, lookup: Callable[[str], AnyElement | None]) -> AnyElement | None:
    """The element whose tile an arrow shares: its source's, else its target's (free ends have none)."""
    assert isinstance(arrow, Arrow)
    bound = bound_ids(arrow)
    return lookup(bound[0]) if bound else None


class LazyViews(Mapping[str, ElementView]):
    """``scene.views_by_id``: every element of the document is a key; its item is made (with the rest of its tile)
    on first lookup. ``loaded`` holds the items made so far, for code that must not make any."""

    def __init__(self, known: Callable[[], Mapping[str, object]], materialize: Callable[[str | None], None]) -> None:
        self.loaded: dict[str, ElementView] = {}
        self._known = known
        self._materialize = materialize

    def __getitem__(self, element_id: str) -> ElementView:
        view = self.loaded.get(element_id)
        if view is None:
            self._materialize(element_id)
            view = self.loaded[element_id]
        return view

    def __contains__(self, element_id: object) -> bool:
        return element_id in self._known()

    def __iter__(self) -> Iterator[str]:
        self._materialize(None)  # every tile
        return iter(list(self.loaded))

    def __len__(self) -> int:
        return len(self._known())


#: Room around the content that the scroll bars reach (scene units).
SCENE_MARGIN = 2000.0
#: The scene rectangle of an empty document.
EMPTY_AREA = QRectF(0, 0, 800, 600)


class TiledScene(QGraphicsScene):
    """Tiles, their items and the scene rectangle; ``SceneMirror`` keeps them in step with edits."""

    document: Document

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tile_of: dict[str, Tile] = {}
        self.views_by_id = LazyViews(lambda: self._tile_of, self._materialize_for)
        #: Element id -> ids of the arrows bound to it; arrow id -> its two ends.
        self._arrows_of: dict[str, set[str]] = {}
        self._ends_of: dict[str, tuple[str, ...]] = {}
        #: Element id -> its items' z value (``stacking_keys``).
        self._stack: dict[str, float] = {}
        self._tiles: dict[tuple[int, int, int], Tile] = {}
        self._lazy_tiles: set[Tile] = set()
        self._detailed_tiles: set[Tile] = set()
        self._prepared: tuple[QRectF, bool, int] | None = None
        self._building = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def _clear_tiles(self) -> None:
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
        self._ends_of.clear()

    def _register_all(self) -> None:
        """Every element into its tile's member list, then each tile's proxies and extent from the
        elements in hand. One plain loop per element, each arrow's ends read once: this runs for
        every element on open (100,000 boxes + arrows: about 0.9 -> 0.7 s CPU)."""
        tiles, tile_of, arrows_of, ends_of = self._tiles, self._tile_of, self._arrows_of, self._ends_of
        arrows: list[Arrow] = []
        placed_by_id: dict[str, AnyElement] = {}
        contents: dict[tuple[int, int, int], list[AnyElement]] = {}
        for element in self.document.elements:
            if type(element) is Arrow:
                arrows.append(element)
                continue
            placed_by_id[element.id] = element
            key = rect_tile_key(element.z, element.rect)  # type: ignore[union-attr]
            found = contents.get(key)
            if found is None:
                found = contents[key] = []
            found.append(element)
        lookup = placed_by_id.get  # an arrow bound to an arrow gets no rectangle from it either way
        for arrow in arrows:  # after what they connect, as their items are made
            ends = ends_of[arrow.id] = bound_ids(arrow)
            for end in ends:
                bound = arrows_of.get(end)
                if bound is None:
                    bound = arrows_of[end] = set()
                bound.add(arrow.id)
            key = tile_key(arrow, lookup(ends[0]) if ends else None)
            found = contents.get(key)
            if found is None:
                found = contents[key] = []
            found.append(arrow)
        for key, members in contents.items():
            tile = tiles.get(key) or self._tile_at(key)
            ids = [element.id for element in members]
            tile.members.extend(ids)
            tile_of.update(dict.fromkeys(ids, tile))
            tile.prime(members, lookup)

    def _tile(self, element: AnyElement) -> Tile:
        anchor = _anchor_of(element, self.document.get) if isinstance(element, Arrow) else None
        key = tile_key(element, anchor)
        return self._tiles.get(key) or self._tile_at(key)

    def _tile_at(self, key: tuple[int, int, int]) -> Tile:
        tile = self._tiles.get(key)
        if tile is None:
            tile = Tile(key[0], lambda: self.document, materialized=not self._building, grew=self._content_grew)
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
            self._bind(element)

    def _bind(self, arrow: Arrow) -> None:
        """Record the ends of ``arrow`` (forgetting earlier ones), so moving an end finds it."""
        self._unbind(arrow.id)
        ends = self._ends_of[arrow.id] = bound_ids(arrow)
        for end in ends:
            self._arrows_of.setdefault(end, set()).add(arrow.id)

    def _unbind(self, arrow_id: str) -> None:
        for end in self._ends_of.pop(arrow_id, ()):
            bound = self._arrows_of.get(end)
            if bound is not None:
                bound.discard(arrow_id)

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
        key = self._stack.get(element.id)
        if key is None:  # not through a command's refresh: work the keys out now
            self._stack = stacking_keys(self.document.elements)
            key = self._stack[element.id]
        view.setZValue(key)
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
        self._unbind(element_id)
        self._arrows_of.pop(element_id, None)  # arrows still bound to it go in the same command
        if view is not None:
            view.setSelected(False)
            self.removeItem(view)
        if tile is not None:
            tile.member_changed()

    # --- the scene rectangle ---------------------------------------------------------------
    def _content_grew(self, covers: QRectF) -> None:
        """A tile now reaches ``covers``: let the scroll bars reach it too (cheap: per drag frame)."""
        area = self.sceneRect()
        if not area.contains(covers):
            self.setSceneRect(area.united(covers.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)))

    def fit_scene_rect(self, keep_visible: bool = True, force: bool = False) -> None:
        """Content plus margin; with ``keep_visible`` also whatever a view shows, so a view
        scrolled out to empty canvas (or to where a box was before an undo) does not jump.

        A rectangle that still holds the content with half the margin and is not more than
        twice the margin too big is kept (unless ``force``): a new one makes Qt rebuild its whole
        item index.
        """
        bounds = self.content_bounds()
        content = EMPTY_AREA if bounds.isEmpty() else bounds
        half, double = SCENE_MARGIN / 2, SCENE_MARGIN * 2
        snug = content.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        loose = content.adjusted(-double, -double, double, double)
        if keep_visible:
            for view in self.views():
                shown = view.mapToScene(view.viewport().rect()).boundingRect()
                snug, loose = snug.united(shown), loose.united(shown)
        current = self.sceneRect()
        if not force and current.contains(content.adjusted(-half, -half, half, half)) and loose.contains(current):
            return
        self.setSceneRect(snug)
