"""Canvas figures for issue 4: open to first paint, memory, zoom to fit, drag frame times.

Each size runs in a fresh process (clean memory figures). Run from the repository root:
``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py [1000 10000 50000]``.
Targets (issue 4): 10k open <= 0.5 s, 50k <= 5 s; drag frame p50 <= 16 ms, p95 <= 20 ms;
zoom-to-fit of 10k <= 150 ms; <= 300 MB at 10k.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZES = (1000, 10000, 50000)
DRAG_FRAMES = 60
SELECTED = 100


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as stream:
        pages = int(stream.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(count: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import editor.model  # noqa: F401  (pydantic before PySide6)
    from benchmarks.generate_documents import generated
    from editor.model import dumps, load

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.diagram.json"
        path.write_text(dumps(generated(count)), encoding="utf-8")

        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtWidgets import QApplication

        from editor.canvas import DiagramScene, DiagramView
        from editor.canvas.interactions import MoveSelection
        from editor.render.fonts import register_bundled_fonts

        app = QApplication.instance() or QApplication([])
        register_bundled_fonts()
        baseline = rss_mb()
        started = time.perf_counter()
        document = load(path)
        scene = DiagramScene(document)
        view = DiagramView(scene)
        view.resize(1400, 900)
        view.show()
        view.zoom_to_fit()
        app.processEvents()  # the expose and the first paint of the viewport
        first_paint = time.perf_counter() - started
        memory = rss_mb() - baseline

        started = time.perf_counter()
        view.zoom_to_fit()
        app.processEvents()
        fit = time.perf_counter() - started

        # a working zoom (100 %) over the top-left corner, 100 boxes selected, dragged frame by frame
        view.zoom_reset()
        view.centerOn(QPointF(1300, 900))
        selected = [f"b{number}" for number in range(SELECTED)]
        scene.select_ids(selected)
        app.processEvents()
        drag = MoveSelection(scene, QPointF(100, 100))
        frames: list[float] = []
        for frame in range(DRAG_FRAMES):
            started = time.perf_counter()
            drag.move(QPointF(100 + frame * 3, 100 + frame * 2), Qt.KeyboardModifier.AltModifier)
            app.processEvents()  # the repaint of what moved
            frames.append((time.perf_counter() - started) * 1000)
        drag.finish(QPointF(100 + DRAG_FRAMES * 3, 100))
        frames.sort()
        return {
            "boxes": count,
            "arrows": sum(1 for element in document.elements if element.type == "arrow"),
            "open_to_first_paint_s": round(first_paint, 3),
            "memory_mb": round(memory, 1),
            "zoom_to_fit_ms": round(fit * 1000, 1),
            "drag_frame_p50_ms": round(statistics.median(frames), 2),
            "drag_frame_p95_ms": round(frames[int(len(frames) * 0.95) - 1], 2),
        }


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]))))
        return 0
    sizes = [int(argument) for argument in sys.argv[1:]] or list(SIZES)
    header = ("boxes", "arrows", "open→paint s", "memory MB", "fit ms", "drag p50", "drag p95")
    print(" ".join(f"{title:>{width}}" for title, width in zip(header, (7, 7, 13, 10, 8, 9, 9), strict=True)))
    for size in sizes:
        environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        output = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, env=environment, check=True
        ).stdout
        row = json.loads(output.strip().splitlines()[-1])
        print(
            f"{row['boxes']:>7} {row['arrows']:>7} {row['open_to_first_paint_s']:>13} {row['memory_mb']:>10}"
            f" {row['zoom_to_fit_ms']:>8} {row['drag_frame_p50_ms']:>9} {row['drag_frame_p95_ms']:>9}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
