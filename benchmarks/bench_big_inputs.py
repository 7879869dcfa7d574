"""Big inputs fail fast (issue 14): ``validate`` and a refused PNG export of a 200,000-element document.

Run from the repository root (``make bench`` does). The document is ``generate.py``'s grid of
100,000 boxes and 100,000 arrows (about 90 MB of JSON), far wider than the 16,384 px PNG cap.
Each command runs as a subprocess; wall time, CPU time and peak memory (the child's own
``ru_maxrss``, from ``wait4``) are printed for:

* ``validate``: read and check the whole file (before issue 14: 3.5 s, 1.14 GB);
* ``export -o x.png``: refused with the cap message, now from the element rectangles before any
  layout (before issue 14: 35 s and 2.3 GB of layout first); the target is under 5 s;
* the cap check alone (``check_png_size`` on the loaded document), in this process.

``--quick`` uses 20,000 boxes. Times move with the load of a shared machine: CPU seconds are
printed next to wall clock.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.model import load  # noqa: E402
from editor.render.size_check import check_png_size  # noqa: E402

EXPORT_TARGET_SECONDS = 5.0


#: A small launcher: a child's ru_maxrss counts the memory of the process it was forked from.
MEASURE = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
last = (child.stderr.read().decode("utf-8", "replace").strip().splitlines() or [""])[-1]
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_utime + usage.ru_stime,
      usage.ru_maxrss / 1024, last)
"""


def run(*args: str, cwd: Path) -> tuple[int, float, float, float, str]:
    """(exit code, wall s, CPU s, peak MB, last stderr line) of ``python -m editor ARGS``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-S", "-c", MEASURE, sys.executable, "-m", "editor", *args]
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=True)
    code, wall, cpu, peak, last = result.stdout.rstrip("\n").split(" ", 4)
    return int(code), float(wall), float(cpu), float(peak), last


def main() -> int:
    boxes = 20_000 if "--quick" in sys.argv else 100_000
    print(f"big inputs: {boxes} boxes + {boxes} arrows; {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "big.diagram.json"
        # as the editor saves it (90 MB at 100,000), in another process: this one must stay small
        generate = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(boxes), str(path)]
        subprocess.run(generate, check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL)
        print(f"  document: {path.stat().st_size / 1e6:.0f} MB")
        code, wall, cpu, peak, _ = run("validate", path.name, cwd=folder)
        print(f"  validate: exit {code}, {wall:.2f} s wall, {cpu:.2f} s cpu, peak {peak:.0f} MB")
        code, wall, cpu, peak, message = run("export", path.name, "-o", "big.png", cwd=folder)
        print(
            f"  export png (refused): exit {code}, {wall:.2f} s wall, {cpu:.2f} s cpu, peak {peak:.0f} MB; "
            f"target {EXPORT_TARGET_SECONDS:g} s: {'met' if cpu <= EXPORT_TARGET_SECONDS else 'missed'} in CPU time, "
            f"{'met' if wall <= EXPORT_TARGET_SECONDS else 'missed'} in wall time on this machine"
        )
        print(f"    {message}")
        document = load(path)
        start = time.perf_counter()
        with contextlib.suppress(ValueError):
            check_png_size(document, scale=1.0, padding=24.0)
        print(f"  cap check alone: {(time.perf_counter() - start) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
