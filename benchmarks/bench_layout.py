"""Automatic layout of 1,000 boxes (issue 17's target: at most 2 s), and of 100 and 300 for the curve.

Generated documents (``generate.py``: N boxes, N labelled arrows between neighbours) are laid out
with ``auto_layout`` in a fresh process each time, so the first, cold figure includes measuring
every text with Qt; the warm figure is the median of further runs in that process (texts measured
already). The time spent inside Graphviz ``dot`` is shown apart, and the result is checked: no two
boxes overlap. ``--quick`` lays out 1,000 boxes only. Wall clock on a shared machine moves with its
load, so the CPU seconds of this process and of dot are printed too (they move less).
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from generate import generated  # noqa: E402

import editor.arrange.graphviz as graphviz  # noqa: E402
from editor.arrange.auto_layout import auto_layout  # noqa: E402
from editor.model import Arrow, Frame  # noqa: E402

TARGET_SECONDS = 2.0
WARM_RUNS = 3


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _dot_timer() -> tuple[list[float], list[float]]:
    """Wraps ``run_dot`` so each call's wall time and dot's CPU time are recorded."""
    spent: list[float] = []
    cpu: list[float] = []
    original = graphviz.run_dot

    def timed(*args: object, **kwargs: object) -> graphviz.GraphOutput:
        started, children = time.perf_counter(), _children_cpu()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent.append(time.perf_counter() - started)
            cpu.append(_children_cpu() - children)

    import editor.arrange.auto_layout as module

    module.run_dot = timed  # type: ignore[assignment]
    return spent, cpu


def _overlaps(document) -> int:
    rects = sorted(
        (e.rect.x, e.rect.y, e.rect.right, e.rect.bottom)
        for e in document.elements
        if not isinstance(e, (Arrow, Frame))
    )
    count = 0
    for index, (_, y0, x1, y1) in enumerate(rects):
        for a0, b0, _, b1 in rects[index + 1 :]:
            if a0 >= x1:
                break
            if b0 < y1 and y0 < b1:
                count += 1
    return count


def measure(count: int) -> None:
    document = generated(count)
    dot, dot_cpu = _dot_timer()
    cpu, started = time.process_time(), time.perf_counter()
    laid_out = auto_layout(document, direction="TB")
    cold, cold_cpu = time.perf_counter() - started, time.process_time() - cpu
    warm = []
    for _ in range(WARM_RUNS):
        started = time.perf_counter()
        auto_layout(document, direction="TB")
        warm.append(time.perf_counter() - started)
    arrows = sum(isinstance(e, Arrow) for e in document.elements)
    verdict = ""
    if count == 1000:
        verdict = "  OK (target 2 s)" if cold <= TARGET_SECONDS else "  OVER the 2 s target"
    print(
        f"{count:>5} boxes, {arrows} labelled arrows: cold {cold:.2f} s (dot {dot[0]:.2f} s; CPU: "
        f"ours {cold_cpu:.2f} s + dot {dot_cpu[0]:.2f} s), warm median {statistics.median(warm):.2f} s "
        f"(dot {statistics.median(dot[1:]):.2f} s); overlapping boxes: {_overlaps(laid_out)}{verdict}",
        flush=True,
    )


def main() -> int:
    if "--size" in sys.argv:
        measure(int(sys.argv[sys.argv.index("--size") + 1]))
        return 0
    sizes = [1000] if "--quick" in sys.argv else [100, 300, 1000]
    for count in sizes:  # a fresh process per size: nothing measured or imported before
        subprocess.run([sys.executable, __file__, "--size", str(count)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
