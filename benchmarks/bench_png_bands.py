"""PNG export of big documents (issue 15): our banded, streamed PNG against Graphviz ``neato -n2 -Tpng``.

Both run as whole processes under ``/usr/bin/time -v`` (wall clock and peak resident memory),
``RUNS`` times each, alternating ours and neato so a busy machine slows both alike; the median is
printed. Ours is ``python -m editor export DOC -o out.png --scale S`` end to end (start-up,
loading, layout, painting, compression, writing); neato gets the same boxes at the same positions
(``benchmarks/bench_export.py``'s DOT) at ``-Gdpi`` = 72 x S, so its image has about the size of ours.

Targets: wall time at most 0.6 x neato's, and peak memory at most 1.2 x the bitmap's own size
(width x height x 4 bytes). Cases: 1,000 boxes (and as many arrows) at 2x, about 16,000 px square;
10,000 at 1x, about 25,000 px square (not with ``--quick``). The last column says whether both
targets were met. Below it: CPU seconds (user + system; on a busy machine, wall time follows the
load, and ours needs both cores while neato needs one), the PNG's size with neato's, and the
sizes of our pixels compressed at a few zlib levels (the level is chosen in
``editor/render/png_stream.py``).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_export import to_dot  # noqa: E402
from benchmarks.generate import generated  # noqa: E402
from editor.model import dumps  # noqa: E402

RUNS = 3
TIME_TARGET = 0.6  # ours / neato, wall clock
MEMORY_TARGET = 1.2  # peak resident memory / the bitmap's bytes
TIMEOUT = 900
CASES = (("1k at 2x", 1000, 2.0), ("10k at 1x", 10000, 1.0))


Measured = tuple[float, float, float]  # wall seconds, peak MB, CPU seconds (user + system)


def timed(command: list[str], env: dict[str, str] | None = None) -> Measured | str:
    """(wall seconds, peak MB, CPU seconds) of a whole process under /usr/bin/time -v, or why it failed."""
    try:
        result = subprocess.run(
            ["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return f">{TIMEOUT}s"
    if result.returncode:
        lines = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("\t")]
        return f"failed: {(lines or ['?'])[-1][:60]}"
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    cpu = [float(value) for value in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", result.stderr)]
    assert wall is not None and peak is not None and len(cpu) == 2, result.stderr
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    return hours * 3600 + minutes * 60 + seconds, int(peak.group(1)) / 1024, sum(cpu)


def png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def idat_sizes_at_levels(path: Path, levels: tuple[int, ...] = (1, 3, 6)) -> dict[int, float]:
    """MB of our PNG's pixel stream recompressed at each zlib level (what choosing the level trades)."""
    data, offset, idat = path.read_bytes(), 8, []
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        if data[offset + 4 : offset + 8] == b"IDAT":
            idat.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    raw = zlib.decompress(b"".join(idat))
    return {level: len(zlib.compress(raw, level)) / 1e6 for level in levels}


def _median(values: list[Measured | str]) -> Measured | str:
    numbers = [value for value in values if not isinstance(value, str)]
    if len(numbers) < len(values):
        return next(value for value in values if isinstance(value, str))
    wall, peak, cpu = (statistics.median(column) for column in zip(*numbers, strict=True))
    return wall, peak, cpu


def case(name: str, count: int, scale: float, folder: Path) -> bool:
    document = generated(count, "whiteboard")
    source, dot = folder / f"{count}.diagram.json", folder / f"{count}.dot"
    source.write_text(dumps(document), encoding="utf-8")
    dot.write_text(to_dot(document), encoding="utf-8")
    ours_png, neato_png = folder / f"{count}.png", folder / f"{count}-neato.png"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    ours_command = [sys.executable, "-m", "editor", "export", str(source), "-o", str(ours_png), "--scale", f"{scale:g}"]
    neato = shutil.which("neato")
    neato_command = [neato or "neato", "-n2", "-Tpng", f"-Gdpi={72 * scale:g}", "-o", str(neato_png), str(dot)]
    ours_runs: list[Measured | str] = []
    neato_runs: list[Measured | str] = []
    for _ in range(RUNS):
        ours_runs.append(timed(ours_command, env))
        neato_runs.append(timed(neato_command) if neato else "no neato")
    ours, theirs = _median(ours_runs), _median(neato_runs)
    if isinstance(ours, str):
        print(f"{name:>10} | ours {ours}", flush=True)
        return False
    width, height = png_size(ours_png)
    bitmap = width * height * 4 / 2**20
    ratio = ours[0] / theirs[0] if not isinstance(theirs, str) else float("nan")
    passed = ratio <= TIME_TARGET and ours[1] <= MEMORY_TARGET * bitmap
    neato_text = f"{theirs[0]:7.2f} s {theirs[1]:7.0f} MB" if not isinstance(theirs, str) else f"{theirs:>18}"
    cpu_text = f"cpu {ours[2]:.1f} s" + (f" vs neato's {theirs[2]:.1f} s" if not isinstance(theirs, str) else "")
    print(
        f"{name:>10} | {ours[0]:7.2f} s {ours[1]:7.0f} MB | bitmap {width} x {height} = {bitmap:6.0f} MB | "
        f"neato {neato_text} | ratio {ratio:5.2f} | target <= {TIME_TARGET} x neato, <= {MEMORY_TARGET} x bitmap | "
        f"{'pass' if passed else 'FAIL'}",
        flush=True,
    )
    neato_size = f"{neato_png.stat().st_size / 1e6:.1f} MB" if neato_png.exists() else "-"
    levels = ""
    if count <= 1000:  # recompressing the 10k image's 1.9 GB of pixels would take longer than the case
        sizes = idat_sizes_at_levels(ours_png)
        levels = " (its pixels at " + ", ".join(f"level {level} {size:.1f} MB" for level, size in sizes.items()) + ")"
    print(f"{'':>10} | {cpu_text}; PNG {ours_png.stat().st_size / 1e6:.1f} MB{levels}; neato's {neato_size}")
    return passed


def main() -> int:
    quick = "--quick" in sys.argv
    print(
        f"PNG export: ours (bands streamed into the encoder) vs neato -n2 -Tpng; {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}; whole processes under /usr/bin/time -v, median of {RUNS}, alternating"
    )
    print(f"{'case':>10} | ours: wall, peak | bitmap (w x h x 4) | neato: wall, peak | ours/neato | target | result")
    with tempfile.TemporaryDirectory() as name:
        for label, count, scale in CASES[:1] if quick else CASES:
            case(label, count, scale, Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
