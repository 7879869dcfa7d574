"""One global stacking key per element, so the canvas stacks items exactly as exports paint.

Exports paint by z, ties in document order (``Document.in_paint_order``). Qt stacks
top-level items by z value, ties in insertion order, which after undo, paste or a lazily
made tile is not document order. So each item's z value is ``z + index * step``: the
element's integer z plus a fraction that grows with its place in the document's list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QGraphicsItem

from editor.model import AnyElement

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
