"""Canvas figures for issue 4: open to first paint, memory, zoom to fit, drag frame times.

Each size runs in fresh processes (clean memory figures), ``--runs N`` of them (default 3): the
table shows each column's median and, below it, the range over the runs, since this virtual
machine has slow spells that lift every figure of a run by half. From the repository root:
``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py [--quick] [--runs N] [SIZE ...]``
(``--quick`` leaves out 50,000). Documents come from ``benchmarks/generate.py``.

What is measured:
- open: file on disk -> ``load`` -> scene and view built -> zoomed to fit -> the first
  paint of the viewport has happened (1400x900 offscreen).
- memory: growth of the resident set over that.
- fit: ``zoom_to_fit`` from 100 % plus the paint that follows.
- drag: 100 boxes (a 10x10 block of the generator's grid, centred at 50 % zoom, where
  boxes paint their sketch outlines, icons and text; ``dragged_on_screen`` counts those
  whose top-left corner is in view: 81, the outer ring is cut by the viewport's edges)
  selected and dragged with real mouse events sent to the viewport: each frame is one
  mouse move (the move command previewed on the document, the 100 items and every arrow
  bound to them updated, snapping included) plus the viewport repaint of the changed
  region, timed until the paint has finished.
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

from typing_extensions import override

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZES = (1000, 10000, 50000)
QUICK_SIZES = (1000, 10000)
DEFAULT_RUNS = 3
WARM_FRAMES = 5
DRAG_FRAMES = 80
BLOCK = 10
DRAG_ZOOM = 0.5
VIEWPORT = (1400, 900)
#: Issue 4's targets per column and size (open and fit are set for 10,000 and 50,000 only).
TARGETS = {
    "open_s": {10000: 0.5, 50000: 5.0},
    "memory_mb": {10000: 300.0},
    "fit_ms": {10000: 150.0},
    "drag_p50_ms": {1000: 16.0, 10000: 16.0, 50000: 16.0},
    "drag_p95_ms": {1000: 20.0, 10000: 20.0, 50000: 20.0},
}


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as stream:
        pages = int(stream.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(count: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import editor.model  # noqa: F401  (pydantic before PySide6)
    from benchmarks.generate import BOX_HEIGHT, BOX_WIDTH, box_position, columns_for, generated
    from editor.model import dumps, load

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.diagram.json"
        path.write_text(dumps(generated(count)), encoding="utf-8")

        from PySide6.QtCore import QEvent, QObject, QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        from editor.canvas import DiagramScene, DiagramView
        from editor.render.fonts import register_bundled_fonts

        app = QApplication.instance() or QApplication([])
        register_bundled_fonts()
        baseline = rss_mb()
        started = time.perf_counter()
        document = load(path)
        scene = DiagramScene(document)
        view = DiagramView(scene)
        view.resize(*VIEWPORT)
        view.show()
        view.zoom_to_fit()
        app.processEvents()  # the expose and the first paint of the viewport
        first_paint = time.perf_counter() - started
        memory = rss_mb() - baseline

        view.zoom_reset()
        app.processEvents()
        started = time.perf_counter()
        view.zoom_to_fit()
        app.processEvents()
        fit = time.perf_counter() - started

        class PaintCounter(QObject):
            paints = 0

            @override
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    PaintCounter.paints += 1
                return False

        counter = PaintCounter()
        view.viewport().installEventFilter(counter)
        columns = columns_for(count)  # the generator's grid, so the block really is 10x10
        first_row = first_column = 4 if columns >= BLOCK + 8 else 0
        block = [
            (first_row + row) * columns + first_column + column
            for row in range(min(BLOCK, columns))
            for column in range(min(BLOCK, columns))
        ][:100]
        scene.select_ids(f"b{number}" for number in block)
        bounds = scene.bounds_of(scene.selected_ids())
        assert bounds is not None
        view.set_zoom(DRAG_ZOOM)
        view.centerOn(bounds.center())
        app.processEvents()
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        on_screen = sum(1 for number in block if seen.contains(QPointF(*box_position(number, count))))
        grab_x, grab_y = box_position(block[0], count)
        grab = QPointF(grab_x + BOX_WIDTH / 2, grab_y + BOX_HEIGHT / 2)

        def send(kind: QEvent.Type, scene_point: QPointF, button: Qt.MouseButton) -> None:
            local = QPointF(view.mapFromScene(scene_point))
            held = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton
            event = QMouseEvent(
                kind,
                local,
                QPointF(view.viewport().mapToGlobal(local.toPoint())),
                button,
                held,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(view.viewport(), event)

        send(QEvent.Type.MouseButtonPress, grab, Qt.MouseButton.LeftButton)
        frames: list[float] = []
        forced = 0
        for frame in range(WARM_FRAMES + DRAG_FRAMES):
            point = QPointF(grab.x() + 7.3 * (frame + 1), grab.y() + 4.1 * (frame + 1))
            before = PaintCounter.paints
            started = time.perf_counter()
            send(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton)
            app.processEvents()  # the queued scene update and the viewport paint
            if PaintCounter.paints == before:
                view.viewport().repaint()
                forced += 1
            elapsed = (time.perf_counter() - started) * 1000
            if frame >= WARM_FRAMES:
                frames.append(elapsed)
        send(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.LeftButton)
        assert scene.undo_stack.count() == 1, "the drag must be one undo step"
        moved = scene.document.element(f"b{block[0]}")
        assert moved.rect.x != grab_x, "the drag moved nothing"  # type: ignore[union-attr]
        frames.sort()
        return {
            "boxes": count,
            "arrows": sum(1 for element in document.elements if element.type == "arrow"),
            "open_s": round(first_paint, 3),
            "memory_mb": round(memory, 1),
            "fit_ms": round(fit * 1000, 1),
            "drag_p50_ms": round(statistics.median(frames), 2),
            "drag_p95_ms": round(frames[int(len(frames) * 0.95) - 1], 2),
            "forced_repaints": forced,
            "dragged_on_screen": on_screen,
        }


def _cell(row: dict[str, float], column: str) -> str:
    value = row[column]
    target = TARGETS[column].get(int(row["boxes"]))
    if target is None:
        return f"{value}"
    mark = "ok" if value <= target else "MISS"
    return f"{value} / {target:g} {mark}"


def _measure_in_fresh_process(size: int) -> dict[str, float] | None:
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run(
        [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, env=environment, check=False
    )
    if result.returncode:
        print(f"{size:>7}: failed\n{result.stderr.strip()}")
        return None
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    arguments = sys.argv[1:]
    if len(arguments) == 2 and arguments[0] == "--one":
        print(json.dumps(measure(int(arguments[1]))))
        return 0
    runs_value = arguments[arguments.index("--runs") + 1] if "--runs" in arguments else None
    sizes = [int(argument) for argument in arguments if argument.isdigit() and argument != runs_value]
    if not sizes:
        sizes = list(QUICK_SIZES if "--quick" in arguments else SIZES)
    columns = ("open_s", "memory_mb", "fit_ms", "drag_p50_ms", "drag_p95_ms")
    titles = ("open→paint s", "memory MB", "zoom-to-fit ms", "drag p50 ms", "drag p95 ms")
    widths = (18, 16, 19, 17, 17)
    print("Canvas (offscreen, 1400x900; figure / target; drag: 100 selected boxes at 50 % zoom)")
    print(f"{'boxes':>7} {'arrows':>7} " + " ".join(f"{t:>{w}}" for t, w in zip(titles, widths, strict=True)))
    runs = int(arguments[arguments.index("--runs") + 1]) if "--runs" in arguments else DEFAULT_RUNS
    failed = False
    for size in sizes:
        rows = [row for _ in range(runs) if (row := _measure_in_fresh_process(size)) is not None]
        if len(rows) < runs:
            failed = True
        if not rows:
            continue
        median = {column: round(statistics.median(row[column] for row in rows), 3) for column in columns}
        median["boxes"] = rows[0]["boxes"]
        cells = " ".join(f"{_cell(median, c):>{w}}" for c, w in zip(columns, widths, strict=True))
        print(f"{rows[0]['boxes']:>7} {rows[0]['arrows']:>7} {cells}")
        spans = " ".join(
            f"{f'{min(row[c] for row in rows):g}-{max(row[c] for row in rows):g}':>{w}}"
            for c, w in zip(columns, widths, strict=True)
        )
        print(f"{f'range of {len(rows)}':>15} {spans}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
