"""``scene.views_by_id``: element id -> item, making a tile's items when one of them is asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from editor.canvas.items import ElementView


class LazyViews(Mapping[str, ElementView]):
    """Every element of the document is a key; its item is made (with the rest of its tile)
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
