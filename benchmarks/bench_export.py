"""Export figures for issue 3: our SVG and PNG export against Graphviz ``neato -n2`` on the same graphs.

Run from the repository root (``make bench`` does): the bundled example, then generated documents
of 1,000 and 10,000 boxes with as many arrows. Graphviz gets the same boxes at the same positions
(1 px = 1 pt, ``neato -n2`` keeps them) and the same labels; its PNG is asked at 144 dpi, the pixel
size of our 2x PNG. Targets: SVG of 10,000 boxes <= 0.2 s and >= 7x faster than neato; PNG of
1,000 boxes at 2x no slower than neato. ``--quick`` leaves out the 10,000-box PNG comparison.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.generate import generated  # noqa: E402
from editor.model import Arrow, Box, Document, TextElement, load  # noqa: E402
from editor.model.document import texts_of  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"
NEATO_TIMEOUT = 600


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


def timed(action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


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


def _fmt(value: float | str) -> str:
    return f"{value:7.3f} s" if isinstance(value, float) else f"{value:>9}"


def _ratio(ours: float | str, theirs: float | str) -> str:
    if isinstance(ours, float) and isinstance(theirs, float) and ours > 0:
        return f"{theirs / ours:5.1f}x"
    return "   -  "


def bench(name: str, document: Document, folder: Path, *, png_neato: bool) -> None:
    from editor.render.errors import RenderError
    from editor.render.layout import layout_document
    from editor.render.png import to_png
    from editor.render.svg import to_svg

    display_list, layout_time = timed(lambda: layout_document(document))
    svg, write_time = timed(lambda: to_svg(display_list))
    (folder / f"{name}.svg").write_text(svg, encoding="utf-8")
    dot = folder / f"{name}.dot"
    dot.write_text(to_dot(document), encoding="utf-8")
    neato_svg = neato(dot, "svg", folder / f"{name}-neato.svg")
    svg_total = layout_time + write_time
    print(
        f"{name:>14} | SVG  layout {layout_time:6.3f} s + write {write_time:6.3f} s = {svg_total:6.3f} s "
        f"({len(svg) / 1e6:5.1f} MB) | neato {_fmt(neato_svg)} | neato/ours: "
        f"write only {_ratio(write_time, neato_svg)}, whole {_ratio(svg_total, neato_svg)}"
    )
    try:
        png, png_time = timed(lambda: to_png(display_list, None, scale=2))
        png_text = f"{png_time:6.3f} s ({len(png) / 1e6:5.1f} MB)"
        ours_png: float | str = png_time + layout_time
    except RenderError as error:
        png_text, ours_png = f"refused: {str(error)[:70]}", "capped"
    # where ours is capped, a neato PNG of the same size would only measure Cairo's failure
    wanted = png_neato and isinstance(ours_png, float)
    neato_png = neato(dot, "png", folder / f"{name}-neato.png", "-Gdpi=144") if wanted else "skipped"
    print(
        f"{'':>14} | PNG 2x paint+encode {png_text} | neato {_fmt(neato_png)} | "
        f"neato/ours (with layout) {_ratio(ours_png, neato_png)}"
    )


def main() -> int:
    quick = "--quick" in sys.argv
    from editor.render.qt import ensure_gui_application

    ensure_gui_application()
    print("export benchmark: ours (layout + write) vs Graphviz neato -n2, same positions; 2 cores")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bench("example", load(EXAMPLE), folder, png_neato=True)
        for count in (1000, 10000):
            document, build = timed(lambda count=count: generated(count))
            print(f"{'':>14} | generated {count} boxes + arrows, validated in {build:.2f} s")
            bench(f"{count} boxes", document, folder, png_neato=not (quick and count > 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
