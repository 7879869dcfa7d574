"""Big generated documents for benchmarks: N boxes on a grid and N arrows between neighbours.

``python benchmarks/generate.py 10000 out.diagram.json`` writes one; benchmarks import
:func:`generated` (a Document) or :func:`generated_data` (its JSON data). Every box has an
icon, a name and a role; every arrow a short label, so text layout is part of the cost. The
words vary as in the bundled example (names, roles of one or two lines, requests with keys
and numbers), so no cache sees the same label twice in a row. ``theme`` picks the look.
"""

from __future__ import annotations

import math
import sys
from typing import Any

from editor.model import Document, dumps
from editor.model.document import SCHEMA_VERSION

ICONS = ("mdi6.server", "mdi6.database", "mdi6.web", "mdi6.cog", "mdi6.tray-full")
NAMES = ("API Service", "Redis Cache", "Message Queue", "Worker", "Browser", "Monitoring")
ROLES = (
    "Handles requests",
    "Serves cached JSON values",
    "Source of truth for items",
    "Publishes invalidation events",
    "Deletes stale cache keys",
    "Sends reads and writes",
    "Watches the hit ratio",
)
VERBS = ("GET /item/", "GET cache:key:", "SETEX cache:key:", "DEL cache:key:", "UPDATE row ", "SELECT row ")
BOX_WIDTH, BOX_HEIGHT = 200, 140
SPACING_X, SPACING_Y = 320, 200


def columns_for(count: int) -> int:
    """Columns for a roughly square drawing (1,000 boxes stay under the 16,384 px PNG cap at 2x)."""
    return max(1, math.ceil(math.sqrt(count * SPACING_Y / SPACING_X)))


def box_position(number: int, count: int) -> tuple[float, float]:
    columns = columns_for(count)
    return (number % columns) * SPACING_X, (number // columns) * SPACING_Y


def arrow_target(number: int, count: int) -> int:
    """The right neighbour for even boxes, the one below for odd ones (wrapping at the end)."""
    columns = columns_for(count)
    right = number + 1 if (number + 1) % columns and number + 1 < count else None
    target = right if right is not None and number % 2 == 0 else number + columns
    return target if target < count else (number + 1) % count


def generated_data(count: int, theme: str = "whiteboard") -> dict[str, Any]:
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
                "name": {"text": f"{NAMES[number % len(NAMES)]} {number}"},
                "role": {"text": ROLES[(number * 3) % len(ROLES)]},
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
                "label": {"text": f"{VERBS[number % len(VERBS)]}{(number * 7919) % 1000}"},
            }
        )
    return {
        "format": "diagram-editor",
        "schema_version": SCHEMA_VERSION,
        "settings": {"title": {"text": f"{count} boxes"}, "theme": theme},
        "elements": elements,
    }


def generated(count: int, theme: str = "whiteboard") -> Document:
    return Document.model_validate(generated_data(count, theme))


if __name__ == "__main__":
    size, path = int(sys.argv[1]), sys.argv[2]
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(dumps(generated(size)))
    print(f"wrote {path}")
