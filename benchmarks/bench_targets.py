"""Issue 15's table: every speed and memory target, ours against Graphviz where there is a peer.

Run from the repository root (``make bench`` does). Each figure is a fresh whole process, run
``RUNS`` times (``--quick``: once, and the 100,000-element peers left out); the table shows the
median wall time, the median CPU time (the process and the children it waited for: a busy shared
machine stretches wall time, CPU time much less) and the median peak resident memory, read with
``wait4`` by a small launcher so the benchmark's own memory is not counted.

Rows:

* SVG 10k whiteboard / clean: ``python -m editor export DOC -o out.svg`` against
  ``neato -n2 -Tsvg`` on the same graph (bench_export's ``to_dot``), run side by side; the
  targets are ratios of wall times (0.6 and 0.4), the CPU ratio is printed next to them.
* PNG 1k at 2x: ``export -o out.png --scale 2`` against ``neato -Tpng -Gdpi=144``; targets:
  0.6x neato's wall time, and peak memory at most 1.2x the bitmap (width x height x 4 bytes).
* validate 100k and SVG 100k (100,000 boxes + 100,000 arrows): absolute targets.
* translate 10k with the pseudo provider into en-XA, from an empty translation memory.
* the editor opening 100k to first paint, and dragging 100 boxes (bench_canvas, in its own
  fresh processes; its memory figure is the growth over the open).
"""

from __future__ import annotations

import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_big_inputs import MEASURE  # noqa: E402
from benchmarks.bench_canvas import _measure_in_fresh_process as canvas_in_fresh_process  # noqa: E402
from benchmarks.bench_export import neato_command  # noqa: E402

RUNS = 3
TIMEOUT = 1800


@dataclass
class Figure:
    """Medians over fresh processes: wall and CPU seconds, peak MB; ``failed`` holds the last error."""

    wall: float = 0.0
    cpu: float = 0.0
    peak_mb: float = 0.0
    failed: str = ""
    extra: dict[str, float] = field(default_factory=dict)


def _environment(data_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    if data_dir is not None:
        env["DIAGRAM_EDITOR_DATA_DIR"] = str(data_dir)
    return env


def once(command: Sequence[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak MB, error or "") of one fresh process, measured by bench_big_inputs' launcher."""
    launcher = [sys.executable, "-S", "-c", MEASURE, *command]
    result = subprocess.run(launcher, cwd=cwd, env=env, capture_output=True, text=True, check=True, timeout=TIMEOUT)
    code, wall, cpu, peak, last = result.stdout.rstrip("\n").split(" ", 4)
    return float(wall), float(cpu), float(peak), "" if code == "0" else f"exit {code}: {last[:80]}"


def measure(
    command: Sequence[str], cwd: Path, runs: int, env: dict[str, str], before: Callable[[], None] | None = None
) -> Figure:
    samples = []
    failed = ""
    for _ in range(runs):
        if before is not None:
            before()
        wall, cpu, peak, error = once(command, cwd, env)
        failed = failed or error
        samples.append((wall, cpu, peak))
    return Figure(*(statistics.median(sample[index] for sample in samples) for index in range(3)), failed=failed)


def editor(*args: str) -> list[str]:
    return [sys.executable, "-m", "editor", *args]


def png_bitmap_mb(path: Path) -> float:
    """width x height x 4 bytes of a PNG, from its header."""
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width * height * 4 / 2**20


@dataclass
class Row:
    case: str
    ours: Figure
    peer: Figure | None
    target: str
    verdict: str


def _seconds(figure: Figure | None) -> str:
    if figure is None:
        return "-"
    if figure.failed:
        return f"failed ({figure.failed})"
    return f"{figure.wall:6.2f} s (cpu {figure.cpu:5.2f}) {figure.peak_mb:6.0f} MB"


def ratio_row(case: str, ours: Figure, peer: Figure | None, limit: float) -> Row:
    """A row judged by ours/peer wall time (CPU ratio printed too)."""
    if peer is None or peer.failed or ours.failed or not peer.wall:
        return Row(case, ours, peer, f"<= {limit:g}x neato", "no peer" if peer is None else "n/a")
    wall, cpu = ours.wall / peer.wall, ours.cpu / max(peer.cpu, 1e-9)
    verdict = f"{wall:.2f}x {'pass' if wall <= limit else 'FAIL'} (cpu {cpu:.2f}x {'pass' if cpu <= limit else 'FAIL'})"
    return Row(case, ours, peer, f"<= {limit:g}x neato", verdict)


def absolute_row(case: str, ours: Figure, seconds: float, megabytes: float | None, peer: Figure | None = None) -> Row:
    target = f"<= {seconds:g} s" + (f", <= {megabytes:g} MB" if megabytes else "")
    if ours.failed:
        return Row(case, ours, peer, target, "FAIL (did not run)")
    time_ok, cpu_ok = ours.wall <= seconds, ours.cpu <= seconds
    memory_ok = megabytes is None or ours.peak_mb <= megabytes
    verdict = (
        f"time {'pass' if time_ok else 'FAIL'} (cpu {'pass' if cpu_ok else 'FAIL'})"
        + ("" if megabytes is None else f", memory {'pass' if memory_ok else 'FAIL'}")
        + ("" if peer is None or peer.failed or not peer.wall else f"; {ours.wall / peer.wall:.2f}x neato")
    )
    return Row(case, ours, peer, target, verdict)


def _write(folder: Path, name: str, count: int, theme: str) -> Path:
    """A generated document written by generate.py's code in another process (this one stays small)."""
    path = folder / name
    code = (
        "import sys; from benchmarks.generate import generated; from editor.model import dumps; "
        "from benchmarks.bench_export import to_dot; d = generated(int(sys.argv[1]), sys.argv[2]); "
        "open(sys.argv[3], 'w', encoding='utf-8').write(dumps(d)); "
        "open(sys.argv[3] + '.dot', 'w', encoding='utf-8').write(to_dot(d))"
    )
    subprocess.run([sys.executable, "-c", code, str(count), theme, str(path)], check=True, env=_environment())
    return path


def svg_rows(folder: Path, runs: int) -> list[Row]:
    rows = []
    for theme, limit in (("whiteboard", 0.6), ("clean", 0.4)):
        path = _write(folder, f"10k-{theme}.diagram.json", 10_000, theme)
        ours = measure(editor("export", path.name, "-o", "out.svg"), folder, runs, _environment())
        command = neato_command(Path(f"{path}.dot"), "svg", folder / "neato.svg")
        peer = measure(command, folder, runs, _environment()) if command else None
        rows.append(ratio_row(f"SVG 10k {theme}", ours, peer, limit))
    return rows


def png_row(folder: Path, runs: int) -> Row:
    path = _write(folder, "1k.diagram.json", 1_000, "whiteboard")
    ours = measure(editor("export", path.name, "-o", "out.png", "--scale", "2"), folder, runs, _environment())
    command = neato_command(Path(f"{path}.dot"), "png", folder / "neato.png", "-Gdpi=144")
    peer = measure(command, folder, runs, _environment()) if command else None
    row = ratio_row("PNG 1k at 2x", ours, peer, 0.6)
    if not ours.failed:
        bitmap = png_bitmap_mb(folder / "out.png")
        share = ours.peak_mb / bitmap
        row.target += ", peak <= 1.2x bitmap"
        row.verdict += f"; peak {share:.2f}x the {bitmap:.0f} MB bitmap {'pass' if share <= 1.2 else 'FAIL'}"
    return row


def big_rows(folder: Path, runs: int, quick: bool) -> list[Row]:
    path = _write(folder, "100k.diagram.json", 100_000, "whiteboard")
    validate = measure(editor("validate", path.name), folder, runs, _environment())
    export = measure(editor("export", path.name, "-o", "big.svg"), folder, runs, _environment())
    command = None if quick else neato_command(Path(f"{path}.dot"), "svg", folder / "neato-big.svg")
    peer = measure(command, folder, runs, _environment()) if command else None
    return [
        absolute_row("validate 100k", validate, 2.0, 700.0),
        absolute_row("SVG 100k", export, 15.0, 1500.0, peer),
    ]


def translate_row(folder: Path, runs: int) -> Row:
    path = _write(folder, "translate.diagram.json", 10_000, "whiteboard")
    data = folder / "data"

    def empty_memory() -> None:  # every run translates every string, none comes from the memory
        shutil.rmtree(data, ignore_errors=True)

    command = editor("translate", path.name, "--to", "en-XA", "--provider", "pseudo", "-o", "translated.json")
    ours = measure(command, folder, runs, _environment(data), before=empty_memory)
    return absolute_row("translate 10k pseudo", ours, 2.0, None)


def canvas_row(runs: int) -> Row:
    results = [result for _ in range(runs) if (result := canvas_in_fresh_process(100_000)) is not None]
    if not results:
        return Row("editor open 100k", Figure(failed="bench_canvas failed"), None, "", "FAIL")
    ours = Figure(
        wall=statistics.median(result["open_s"] for result in results),
        peak_mb=statistics.median(result["memory_mb"] for result in results),
    )
    p95 = statistics.median(result["drag_p95_ms"] for result in results)
    verdict = (
        f"open {'pass' if ours.wall <= 5 else 'FAIL'}, memory {'pass' if ours.peak_mb <= 1200 else 'FAIL'}, "
        f"drag p95 {p95:.1f} ms {'pass' if p95 <= 20 else 'FAIL'}"
    )
    row = Row("editor open 100k", ours, None, "<= 5 s, <= 1200 MB, p95 <= 20 ms", verdict)
    row.ours.cpu = float("nan")  # bench_canvas times the open inside its process: no CPU figure
    return row


def print_rows(rows: list[Row]) -> None:
    print(f"{'case':<22} | {'ours: wall (cpu) peak':<34} | {'Graphviz neato -n2':<34} | {'target':<34} | result")
    for row in rows:
        ours = (
            _seconds(row.ours)
            if row.ours.cpu == row.ours.cpu
            else f"{row.ours.wall:6.2f} s, +{row.ours.peak_mb:.0f} MB"
        )
        print(f"{row.case:<22} | {ours:<34} | {_seconds(row.peer):<34} | {row.target:<34} | {row.verdict}", flush=True)


def main() -> int:
    quick = "--quick" in sys.argv
    runs = 1 if quick else RUNS
    print(
        f"issue 15 targets: {runs} fresh process(es) per figure, medians; {os.cpu_count()} cores, load "
        f"{os.getloadavg()[0]:.1f}; cpu = process + waited-for children; peak = max resident set"
    )
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for step in (
            lambda: svg_rows(folder, runs),
            lambda: [png_row(folder, runs)],
            lambda: big_rows(folder, runs, quick),
            lambda: [translate_row(folder, runs)],
            lambda: [canvas_row(runs)],
        ):
            new = step()
            print_rows(new)
            rows += new
    print("\nsummary")
    print_rows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
