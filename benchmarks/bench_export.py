"""Export figures for issue 3: our SVG and PNG export against Graphviz ``neato -n2`` on the same graphs.

Run from the repository root (``make bench`` does): the bundled example, then generated documents
of 1,000 and 10,000 boxes with as many arrows (varied labels as in the example), in the whiteboard
theme (sketched outlines, handwriting font) and the clean one.

Every figure is ``layout_document`` + ``to_svg`` on a document freshly loaded from its file, in a
fresh Python process (Qt and the fonts set up, no render cache filled): **cold**. The same process
then exports the same document three more times: **warm** (median), where the memoized text
layouts, sketch outlines and formatted path data are reused, as in an editor exporting again.

Graphviz gets the same boxes at the same positions (1 px = 1 pt, ``neato -n2`` keeps them) and the
same labels; its PNG is asked at 144 dpi, the pixel size of our 2x PNG. Targets: SVG of 10,000
boxes <= 0.2 s and >= 7x faster than neato; PNG of 1,000 boxes at 2x no slower than neato.
``--quick`` leaves out the 10,000-box PNG comparison and the clean theme.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.generate import generated  # noqa: E402
from editor.model import Arrow, Box, Document, TextElement, dumps, load  # noqa: E402
from editor.model.document import texts_of  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"
NEATO_TIMEOUT = 600
WARM_RUNS = 3


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(document: Document) -> str:
    """The document's boxes and arrows as a DOT graph with fixed positions (y flipped, in points)."""
    lines = ["digraph G {", "  graph [splines=line, outputorder=edgesfirst];", '  node [shape=box, style="rounded"];']
    for element in document.elements:
        if isinstance(element, Arrow):
            continue
        rect = getattr(element, "rect", None)
        if rect is None:
            continue
        label = (
            "\\n".join(text.text for _, text in texts_of(element)) if isinstance(element, (Box, TextElement)) else ""
        )
        x, y = rect.x + rect.width / 2, -(rect.y + rect.height / 2)
        lines.append(
            f'  {_quote(element.id)} [pos="{x:.1f},{y:.1f}!", width={rect.width / 72:.3f}, '
            f"height={rect.height / 72:.3f}, fixedsize=true, label={_quote(label)}];"
        )
    for element in document.elements:
        if isinstance(element, Arrow):
            lines.append(
                f"  {_quote(element.source.element)} -> {_quote(element.target.element)} "
                f"[label={_quote(element.label.text)}];"
            )
    lines.append("}")
    return "\n".join(lines) + "\n"


def neato(dot: Path, fmt: str, out: Path, *extra: str) -> float | str:
    binary = shutil.which("neato")
    if binary is None:
        return "no neato"
    started = time.perf_counter()
    try:
        subprocess.run(
            [binary, "-n2", f"-T{fmt}", *extra, "-o", str(out), str(dot)],
            check=True,
            timeout=NEATO_TIMEOUT,
            capture_output=True,
        )
    except subprocess.TimeoutExpired:
        return f">{NEATO_TIMEOUT}s"
    except subprocess.CalledProcessError as error:
        return f"failed: {error.stderr.decode(errors='replace').strip()[:60]}"
    return time.perf_counter() - started


def measure(path: Path, png: bool) -> dict[str, object]:
    """In this (fresh) process: load, then one cold and WARM_RUNS warm exports; PNG at 2x after."""
    from editor.render.errors import RenderError
    from editor.render.fonts import register_bundled_fonts
    from editor.render.layout import layout_document
    from editor.render.png import to_png
    from editor.render.qt import ensure_gui_application
    from editor.render.svg import to_svg

    ensure_gui_application()
    register_bundled_fonts()
    document = load(path)
    runs, cpu = [], []
    for _ in range(1 + WARM_RUNS):
        started, cpu_started = time.perf_counter(), time.process_time()
        display_list = layout_document(document)
        laid_out = time.perf_counter()
        svg = to_svg(display_list)
        runs.append((laid_out - started, time.perf_counter() - laid_out))
        cpu.append(time.process_time() - cpu_started)
    result: dict[str, object] = {
        "cold": runs[0],
        "warm": runs[1:],
        "cpu": cpu,
        "svg_bytes": len(svg.encode("utf-8")),
    }
    if png:
        try:
            started = time.perf_counter()
            data = to_png(display_list, None, scale=2)
            result["png"] = time.perf_counter() - started
            result["png_bytes"] = len(data)
        except RenderError as error:
            result["png_refused"] = str(error)
    return result


def _fmt(value: float | str) -> str:
    return f"{value:7.3f} s" if isinstance(value, float) else f"{value:>9}"


def _ratio(ours: float | str, theirs: float | str) -> str:
    if isinstance(ours, float) and isinstance(theirs, float) and ours > 0:
        return f"{theirs / ours:5.1f}x"
    return "   -  "


def _in_fresh_process(path: Path, png: bool) -> dict[str, object]:
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(path), *(["--png"] if png else [])]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=env, timeout=1200).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def bench(name: str, document: Document, folder: Path, *, png_neato: bool) -> None:
    path = folder / f"{name}.diagram.json"
    path.write_text(dumps(document), encoding="utf-8")
    result = _in_fresh_process(path, png=True)
    cold_layout, cold_write = result["cold"]  # type: ignore[misc]
    warm = [layout + write for layout, write in result["warm"]]  # type: ignore[attr-defined]
    cold, warm_median = cold_layout + cold_write, statistics.median(warm)
    dot = folder / f"{name}.dot"
    dot.write_text(to_dot(document), encoding="utf-8")
    neato_svg = neato(dot, "svg", folder / f"{name}-neato.svg")
    cpu = result["cpu"]
    print(
        f"{name:>22} | SVG cold {cold:6.3f} s (layout {cold_layout:.3f} + write {cold_write:.3f}; "
        f"cpu {cpu[0]:.3f}), warm {warm_median:6.3f} s (cpu {statistics.median(cpu[1:]):.3f}), "  # type: ignore[index, call-overload]
        f"{result['svg_bytes'] / 1e6:5.2f} MB | neato {_fmt(neato_svg)} | "
        f"neato/ours cold {_ratio(cold, neato_svg)}, warm {_ratio(warm_median, neato_svg)}",
        flush=True,
    )
    if "png" in result:
        ours_png: float | str = float(result["png"]) + cold_layout  # type: ignore[arg-type]
        png_text = f"{ours_png:6.3f} s incl. cold layout ({float(result['png_bytes']) / 1e6:5.1f} MB)"  # type: ignore[arg-type]
    else:
        ours_png, png_text = "capped", f"refused: {str(result.get('png_refused'))[:70]}"
    # where ours is capped, a neato PNG of the same size would only measure Cairo's failure
    wanted = png_neato and isinstance(ours_png, float)
    neato_png = neato(dot, "png", folder / f"{name}-neato.png", "-Gdpi=144") if wanted else "skipped"
    print(
        f"{'':>22} | PNG 2x {png_text} | neato {_fmt(neato_png)} | neato/ours {_ratio(ours_png, neato_png)}",
        flush=True,
    )


def main() -> int:
    if "--measure" in sys.argv:
        path = Path(sys.argv[sys.argv.index("--measure") + 1])
        print(json.dumps(measure(path, png="--png" in sys.argv)))
        return 0
    quick = "--quick" in sys.argv
    print(
        f"export benchmark: ours vs Graphviz neato -n2, same positions; {os.cpu_count()} cores, load "
        f"{os.getloadavg()[0]:.1f}; cold = fresh process, first export of the loaded document; warm = median "
        f"of {WARM_RUNS} more; cpu = this process's CPU seconds (less sensitive to a busy machine)"
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bench("example", load(EXAMPLE), folder, png_neato=True)
        for theme in ("whiteboard",) if quick else ("whiteboard", "clean"):
            for count in (1000, 10000):
                bench(f"{count} boxes {theme}", generated(count, theme), folder, png_neato=not (quick and count > 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
