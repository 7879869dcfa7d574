"""The floor under issue 15's SVG rows: what a 10,000-box export cannot do without, part by part.

``python benchmarks/bench_svg_floor.py [--runs N]`` generates the 10k documents of
``bench_targets`` (both themes), then measures in fresh processes (CPU seconds, the median of
``--runs``; CPU because a shared machine stretches wall time, not work):

* **start**: the interpreter alone, then the interpreter with the modules an SVG export imports
  (pydantic and the model, Qt, the renderer);
* **load**: reading and validating the document (pydantic-core);
* **parts** of the export, each timed in one process after the load: the document JSON the SVG
  carries (``dumps``), the layout and the SVG groups of every element (``layout_groups`` and
  ``groups_markup``, the streamed writer's loop), the font subsets (``font_face_rules_for``: fontTools
  imported, the faces subset and compressed to WOFF2);

and prints the lower bound of the whole export on ``CORES`` cores: the start and the load run one
after the other (nothing can be laid out before the document is read), the rest at best spread
evenly over the cores. Next to it, ``neato -n2 -Tsvg`` on the same graph and the issue's targets,
so the gap says whether a target can be met by spreading work or only by doing less of it.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_targets import _environment, _write, once  # noqa: E402

CORES = 2
TARGETS = {"whiteboard": 0.6, "clean": 0.4}
IMPORTS = "import editor.cli, editor.headless.export, editor.render.svg_stream, editor.render.fit"
#: one part of an export after the load, in a fresh process: prints its CPU seconds
PART = """
import sys, time
from editor.model import dumps, load
from editor.render.qt import ensure_gui_application
ensure_gui_application()
from editor.render.fit import fitted_for_export
from editor.render.layout_context import make_context
from editor.render.svg_stream import _Written
document = fitted_for_export(load(sys.argv[2]))
ctx = make_context(document, None, None)
start = time.process_time()
if sys.argv[1] == "dumps":
    dumps(document)
elif sys.argv[1] == "layout":
    written = _Written().add(ctx, document.in_paint_order())
else:
    from editor.render.font_embedding import font_face_rules_for
    from editor.render.text_forecast import forecast_characters
    characters = forecast_characters(ctx, document.in_paint_order())
    start = time.process_time()
    font_face_rules_for(characters)
print(time.process_time() - start)
"""


def _cpu(command: list[str], folder: Path, runs: int) -> float:
    return statistics.median(once(command, folder, _environment())[1] for _ in range(runs))


def _part(name: str, path: Path, runs: int) -> float:
    command = [sys.executable, "-c", PART, name, str(path)]
    env = _environment() | {"QT_QPA_PLATFORM": "offscreen"}
    return statistics.median(
        float(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout) for _ in range(runs)
    )


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    print(f"SVG 10k floor: CPU seconds, median of {runs} fresh processes; {CORES} cores, load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        interpreter = _cpu([sys.executable, "-c", "pass"], folder, runs)
        imports = _cpu([sys.executable, "-c", IMPORTS], folder, runs)
        print(f"  interpreter {interpreter:.2f} s; with the export's imports {imports:.2f} s")
        for theme, limit in TARGETS.items():
            path = _write(folder, f"10k-{theme}.diagram.json", 10_000, theme)
            loaded = _cpu(
                [sys.executable, "-c", f"{IMPORTS}; from editor.model import load; load({str(path)!r})"], folder, runs
            )
            parts = {part: _part(part, path, runs) for part in ("dumps", "layout", "fonts")}
            neato = shutil.which("neato")
            peer = (
                _cpu([neato, "-n2", "-Tsvg", "-o", str(folder / "n.svg"), f"{path}.dot"], folder, runs)
                if neato
                else 0.0
            )
            spread = sum(parts.values()) / CORES
            floor = loaded + spread
            shown = ", ".join(f"{part} {seconds:.2f}" for part, seconds in parts.items())
            print(
                f"  {theme}: start + load {loaded:.2f} s (serial); {shown} (spread over {CORES} cores: {spread:.2f} s)"
            )
            verdict = (
                f"{floor / peer:.2f}x neato's {peer:.2f} s CPU, target {limit:g}x = {peer * limit:.2f} s"
                if peer
                else ""
            )
            print(f"    floor {floor:.2f} s wall at best; {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
