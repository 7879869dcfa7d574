"""The time to draw an SVG image is bounded (issue 14): what the estimate says against what Qt takes,
what a hostile document costs to export now, and what the estimate adds to normal images.

Run from the repository root (``make bench`` does). Three tables:

1. **Estimate against Qt.** Each SVG is drawn by QSvgRenderer straight onto a QImage (what every
   SVG image cost before), in a child process stopped after ``--cap`` seconds, next to
   :func:`editor.render.svg_cost.estimate` and the route it picks (``vectors`` here, or the
   ``helper``). The estimate only routes, so what matters is the largest ns per cost unit among
   the shapes drawn here: times :data:`LIGHT_BUDGET` it is the longest an image drawn here takes.
2. **Hostile documents exported.** ``export -o x.png`` of one-image documents, drawn 4,000 px
   wide: on main these took 37 s (a 1,000-segment self-crossing stroke), 7 s (filled), 221 s
   (dashed 0.01) and more than five minutes (20,000 segments). Now each is refused by the helper
   at the limit, or drawn within it.
3. **Normal images.** The estimate's own time (once per image and size) against drawing the
   image, for a small logo and a detailed illustration of 12,000 curve segments.

``--quick`` skips the slowest cases. Times move with the load of the shared machine.
"""

from __future__ import annotations

import base64
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor.render.qt import ensure_gui_application  # noqa: E402
from editor.render.svg_cost import LIGHT_BUDGET, estimate  # noqa: E402

DRAW = """
import sys, time
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
raw, side = sys.stdin.buffer.read(), int(sys.argv[1])
renderer = QSvgRenderer(QByteArray(raw))
image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
image.fill(0)
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
start = time.perf_counter()
renderer.render(painter, QRectF(0, 0, side, side))
painter.end()
print(time.perf_counter() - start)
"""


def scribble(segments: int, extra: str = 'stroke="black" fill="none"', seed: int = 1) -> bytes:
    rng = random.Random(seed)
    points = " ".join(f"L {rng.uniform(0, 40):.2f} {rng.uniform(0, 40):.2f}" for _ in range(segments))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><path d="M 0 0 {points}" {extra}/></svg>'.encode()
    )


def wrap(inner: str, box: str = "0 0 40 40") -> bytes:
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}">{inner}</svg>'.encode()


LOGO = wrap(
    '<rect x="4" y="4" width="32" height="20" rx="4" fill="#2060c0" stroke="#103060" stroke-width="1.5"/>'
    '<circle cx="20" cy="30" r="7" fill="none" stroke="#c04020" stroke-width="2" stroke-dasharray="3 1"/>'
    '<path d="M6 36 C 12 26, 28 26, 34 36" fill="none" stroke="#208040"/>'
)


def illustration(shapes: int = 400, curves: int = 30) -> bytes:
    """Many small closed outlines of curves, filled and stroked: a detailed drawing's kind of work."""
    rng = random.Random(3)
    paths = []
    for _ in range(shapes):
        x, y, r = rng.uniform(0, 400), rng.uniform(0, 400), rng.uniform(3, 20)
        d = [f"M {x + r:.1f} {y:.1f}"]
        for step in range(1, curves + 1):
            a = step / curves * 6.283
            q = r * rng.uniform(0.7, 1.3)
            d.append(f"Q {x + q * 1.1:.1f} {y + q * 0.3:.1f} {x + r * math.cos(a):.1f} {y + r * math.sin(a):.1f}")
        colour = f"#{rng.randrange(0x1000000):06x}"
        paths.append(f'<path d="{" ".join(d)} Z" fill="{colour}" stroke="#222" stroke-width="0.8"/>')
    return wrap("".join(paths), "0 0 420 420")


def other_shapes() -> dict[str, tuple[bytes, int]]:
    """Curves, many subpaths, markers, references, text, clip paths, huge pens: the other ways to
    give Qt work, each at a size where it is measurable."""
    rng = random.Random(5)
    nums = lambda count: " ".join(f"{rng.uniform(0, 40):.1f}" for _ in range(count))  # noqa: E731
    curves = " ".join(f"C {nums(6)}" for _ in range(300))
    subpaths = " ".join(f"M {nums(2)} l 0.5 0.3" for _ in range(10000))  # Qt drops path data much longer
    vertices = " ".join(f"L {nums(2)}" for _ in range(2000))
    group = scribble(100).decode().split("<path", 1)[1].split("/>")[0]
    return {
        "300 self-crossing cubic curves, stroked": (
            wrap(f'<path d="M 0 0 {curves}" stroke="black" fill="none"/>'),
            1000,
        ),
        "10,000 short subpaths, stroked": (wrap(f'<path d="{subpaths}" stroke="black" stroke-width="0.2"/>'), 4000),
        "marker on each of 2,000 vertices": (
            wrap(
                '<marker id="m" markerWidth="4" markerHeight="4" viewBox="0 0 4 4">'
                '<circle cx="2" cy="2" r="2"/></marker>'
                f'<path d="M 0 0 {vertices}" stroke="black" stroke-width="0.1" fill="none" marker-mid="url(#m)"/>'
            ),
            1000,
        ),
        "<use> 200 times of a 100-segment scribble": (
            wrap(f'<defs><path id="s"{group}/></defs>' + '<use href="#s"/>' * 200),
            400,
        ),
        "text, 2,000 glyphs": (wrap('<text x="0" y="20" font-size="4">' + "WM" * 1000 + "</text>"), 4000),
        "clip path of a 300-segment scribble": (
            wrap(
                f'<clipPath id="c"><path d="M 0 0 {vertices[:6000]}"/></clipPath>'
                '<rect width="40" height="40" clip-path="url(#c)"/>'
            ),
            1000,
        ),
        "stroke width 1000 on 100 segments": (scribble(100, 'stroke="black" fill="none" stroke-width="1000"'), 1000),
    }


def qt_time(raw: bytes, side: int, cap: float) -> float | None:
    """Seconds QSvgRenderer takes to draw ``raw`` ``side`` px wide; None past ``cap``."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", DRAW, str(side)], input=raw, capture_output=True, timeout=cap, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout)


def table_estimate(cap: float, quick: bool) -> None:
    print(f"\n1. estimate against Qt (LIGHT_BUDGET {LIGHT_BUDGET:.0e} units; Qt stopped after {cap:g} s)")
    print(f"{'case':44} {'px':>5} {'estimate':>9} {'Qt s':>7} {'ns/unit':>8}  route")
    cases = [
        ("logo", LOGO, 400),
        ("logo", LOGO, 4000),
        ("illustration 12,000 curves", illustration(), 1000),
        ("scribble 50, stroke 1/40", scribble(50), 1000),
        ("scribble 100, stroke 1/40", scribble(100), 1000),
        ("scribble 400, stroke 1/40", scribble(400), 1000),
        ("scribble 400, fill", scribble(400, 'fill="black"'), 1000),
        (
            "scribble 400, stroke 10 (1/4 of the box)",
            scribble(400, 'stroke="black" fill="none" stroke-width="10"'),
            1000,
        ),
        ("scribble 400, hairline 0.01", scribble(400, 'stroke="black" fill="none" stroke-width="0.01"'), 1000),
        ("scribble 20000, hairline 0.01", scribble(20000, 'stroke="black" fill="none" stroke-width="0.01"'), 4000),
        ("scribble 20000, hairline 0.04", scribble(20000, 'stroke="black" fill="none" stroke-width="0.04"'), 1000),
        ("scribble 100, dashes 0.1", scribble(100, 'stroke="black" fill="none" stroke-dasharray="0.1"'), 1000),
        ("scribble 100, dashes 0.01", scribble(100, 'stroke="black" fill="none" stroke-dasharray="0.01"'), 1000),
        ("scribble 30, dashes 0.01", scribble(30, 'stroke="black" fill="none" stroke-dasharray="0.01"'), 300),
        ("scribble 2000, fill", scribble(2000, 'fill="black"'), 100),
        ("scribble 1000, stroke 1/40", scribble(1000), 200),
        ("scribble 1000, stroke 1/40", scribble(1000), 1000),
    ]
    cases += [(name, raw, side) for name, (raw, side) in other_shapes().items()]
    if not quick:
        cases.append(("scribble 1000, stroke 1/40", scribble(1000), 4000))
    worst = 0.0
    for name, raw, side in cases:
        cost = estimate(raw, side, side)
        seconds = qt_time(raw, side, cap)
        ratio = seconds / cost * 1e9 if seconds is not None and cost else float("nan")
        if seconds is not None and seconds > 0.01:
            worst = max(worst, ratio)
        route = "vectors" if cost <= LIGHT_BUDGET else "helper"
        shown = f"{seconds:7.3f}" if seconds is not None else f">{cap:5.0f} "
        print(f"{name:44} {side:5} {cost:9.2e} {shown} {ratio:8.2f}  {route}")
    longest = worst * LIGHT_BUDGET / 1e9
    print(f"largest ns/unit over 0.01 s: {worst:.1f} -> an image drawn here takes at most ~{longest:.2f} s")


def document(raw: bytes, side: int) -> str:
    image = {
        "type": "image",
        "id": "logo",
        "rect": {"x": 0, "y": 0, "width": side, "height": side},
        "mime": "image/svg+xml",
        "data": base64.b64encode(raw).decode(),
    }
    return json.dumps({"format": "diagram-editor", "schema_version": 2, "elements": [image]})


def table_exports(quick: bool) -> None:
    print("\n2. hostile documents exported as PNG, 4,000 px wide (main: 37 s, 7 s, 221 s, > 300 s)")
    cases = [
        ("1,000 segments, stroked", scribble(1000)),
        ("1,000 segments, filled", scribble(1000, 'fill="black"')),
        ("1,000 segments, dashes 0.01", scribble(1000, 'stroke="black" fill="none" stroke-dasharray="0.01"')),
    ]
    if not quick:
        cases.append(("20,000 segments, stroked", scribble(20000)))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        for name, raw in cases:
            source = Path(folder) / "hostile.diagram.json"
            source.write_text(document(raw, 4000), encoding="utf-8")
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "editor", "export", str(source), "-o", str(Path(folder) / "x.png")],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            line = (done.stderr.strip().splitlines() or ["(written)"])[-1].split(".data: ")[-1]
            print(f"{name:32} exit {done.returncode}  {time.perf_counter() - start:5.1f} s  {line}")


def table_normal() -> None:
    print("\n3. normal images: the estimate (once per image and size) against drawing")
    for name, raw, side in (("logo", LOGO, 200), ("logo", LOGO, 2000), ("illustration", illustration(), 1000)):
        start = time.perf_counter()
        cost = estimate(raw, side, side)
        spent = time.perf_counter() - start
        seconds = qt_time(raw, side, 60) or float("nan")
        route = "vectors" if cost <= LIGHT_BUDGET else "helper"
        print(f"{name:14} {side:5} px  estimate {spent * 1000:6.1f} ms  draw {seconds * 1000:7.1f} ms  {route}")


def main() -> int:
    quick = "--quick" in sys.argv
    cap = 60.0 if not quick else 20.0
    ensure_gui_application()
    print(f"SVG drawing time: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    table_estimate(cap, quick)
    table_exports(quick)
    table_normal()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
