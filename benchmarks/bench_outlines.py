"""Box outlines against rectangles: what drawing and ending arrows on them costs.

2,000 boxes in a grid and 4,000 arrows between random pairs, all of one outline, laid out
(``layout_document``: outlines, text, arrow routes ending on each outline) in the clean theme and
in the whiteboard one (sketched outlines). Warm figures: the median of ``RUNS`` layouts after a
first one, as an editor exporting again; the rectangle row is the yardstick. An ellipse's ends are
solved exactly; the other outlines cross their sampled edges (a cloud's 48), so they cost most.
``--quick`` measures the rectangle, ellipse, diamond and cloud only.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.model import Arrow, Box, BoxShape, Document, Endpoint, Rect, Settings  # noqa: E402
from editor.render.layout import layout_document  # noqa: E402
from editor.render.qt import ensure_gui_application  # noqa: E402

BOXES, ARROWS, RUNS = 2000, 4000, 3


def document(shape: BoxShape, theme: str) -> Document:
    chosen = random.Random(1)
    elements: list[Box | Arrow] = [
        Box(id=f"b{i}", rect=Rect(x=(i % 50) * 300, y=(i // 50) * 200, width=200, height=120), shape=shape)
        for i in range(BOXES)
    ]
    for i in range(ARROWS):
        source, target = chosen.randrange(BOXES), chosen.randrange(BOXES)
        elements.append(Arrow(id=f"a{i}", source=Endpoint(element=f"b{source}"), target=Endpoint(element=f"b{target}")))
    return Document(settings=Settings(theme=theme), elements=elements)


def warm_seconds(doc: Document) -> float:
    layout_document(doc, "en")
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        layout_document(doc, "en")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ensure_gui_application()
    quick = "--quick" in sys.argv
    shapes = [BoxShape.RECTANGLE, BoxShape.ELLIPSE, BoxShape.DIAMOND, BoxShape.CLOUD] if quick else list(BoxShape)
    print(f"{BOXES} boxes, {ARROWS} arrows; warm layout, median of {RUNS} (seconds; x rectangle)")
    for theme in ("clean", "whiteboard"):
        base = 0.0
        for shape in shapes:
            seconds = warm_seconds(document(shape, theme))
            base = base or seconds
            print(f"  {theme:10} {shape.value:14} {seconds:6.3f}  x{seconds / base:4.1f}", flush=True)


if __name__ == "__main__":
    main()
