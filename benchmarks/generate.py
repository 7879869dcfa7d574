"""Big generated documents for benchmarks: N boxes on a grid and N arrows between neighbours.

``python benchmarks/generate.py 10000 out.diagram.json`` writes one; benchmarks import
:func:`generated` (a Document) or :func:`generated_data` (its JSON data). Every box has an
icon, a name and a role; every arrow a short label, so text layout is part of the cost.
"""

from __future__ import annotations

import math
import sys
from typing import Any

from editor.model import Document, dumps

ICONS = ("mdi6.server", "mdi6.database", "mdi6.web", "mdi6.cog", "mdi6.tray-full")
BOX_WIDTH, BOX_HEIGHT = 180, 100
SPACING_X, SPACING_Y = 240, 160


def box_position(number: int, count: int) -> tuple[float, float]:
    columns = max(1, math.ceil(math.sqrt(count)))
    return (number % columns) * SPACING_X, (number // columns) * SPACING_Y


def arrow_target(number: int, count: int) -> int:
    """The right neighbour for even boxes, the one below for odd ones (wrapping at the end)."""
    columns = max(1, math.ceil(math.sqrt(count)))
    right = number + 1 if (number + 1) % columns and number + 1 < count else None
    target = right if right is not None and number % 2 == 0 else number + columns
    return target if target < count else (number + 1) % count


def generated_data(count: int) -> dict[str, Any]:
    """``count`` boxes and ``count`` arrows (fewer only when count is 1) as document JSON data."""
    elements: list[dict[str, Any]] = []
    for number in range(count):
        x, y = box_position(number, count)
        elements.append(
            {
                "type": "box",
                "id": f"b{number}",
                "z": 10,
                "rect": {"x": x, "y": y, "width": BOX_WIDTH, "height": BOX_HEIGHT},
                "icon": ICONS[number % len(ICONS)],
                "name": {"text": f"Service {number}"},
                "role": {"text": "Handles requests"},
            }
        )
    for number in range(count):
        target = arrow_target(number, count)
        if target == number:
            continue
        elements.append(
            {
                "type": "arrow",
                "id": f"a{number}",
                "z": 5,
                "source": {"element": f"b{number}"},
                "target": {"element": f"b{target}"},
                "label": {"text": f"call {number}"},
            }
        )
    return {
        "format": "diagram-editor",
        "schema_version": 2,
        "settings": {"title": {"text": f"{count} boxes"}},
        "elements": elements,
    }


def generated(count: int) -> Document:
    return Document.model_validate(generated_data(count))


if __name__ == "__main__":
    size, path = int(sys.argv[1]), sys.argv[2]
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(dumps(generated(size)))
    print(f"wrote {path}")
