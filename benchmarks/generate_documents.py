"""Generated documents for benchmarks: N boxes on a grid with N arrows between neighbours.

``python benchmarks/generate_documents.py 10000 out.diagram.json`` writes one; the canvas
benchmark calls ``generated(n)`` directly.
"""

from __future__ import annotations

import math
import sys
from typing import Any

from editor.model import Document, dumps

ICONS = ("mdi6.server", "mdi6.database", "mdi6.web", "mdi6.cog", "mdi6.tray-full")
SPACING_X = 260
SPACING_Y = 180


def generated_data(count: int) -> dict[str, Any]:
    """A document as JSON data: ``count`` boxes and ``count`` arrows (right and down neighbours)."""
    columns = max(1, math.ceil(math.sqrt(count)))
    elements: list[dict[str, Any]] = []
    for number in range(count):
        column, row = number % columns, number // columns
        elements.append(
            {
                "type": "box",
                "id": f"b{number}",
                "z": 10,
                "rect": {"x": column * SPACING_X, "y": row * SPACING_Y, "width": 200, "height": 110},
                "icon": ICONS[number % len(ICONS)],
                "name": {"text": f"Service {number}"},
                "role": {"text": "Handles requests"},
            }
        )
    for number in range(count):
        right = number + 1 if (number + 1) % columns and number + 1 < count else None
        target = right if right is not None and number % 2 == 0 else number + columns
        if target is None or target >= count:
            target = (number + 1) % count
        if target == number:
            continue
        elements.append(
            {
                "type": "arrow",
                "id": f"a{number}",
                "z": 5,
                "source": {"element": f"b{number}"},
                "target": {"element": f"b{target}"},
                "label": {"text": "calls" if number % 3 == 0 else ""},
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
