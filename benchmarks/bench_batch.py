"""Batch export of a docs folder: 100 diagrams the size of the bundled example, each in 4 languages
(en, de, ja, ar from the reviewed XLIFF files), as PNG and SVG.

Three ways, each a whole process timed from outside:
- ``export`` once per document and format (what a shell loop or a CI step per file does; draw.io's
  CLI works this way), measured on the first ``--peer-count`` documents and given as a rate;
- one batch ``export`` with ``--jobs 1``;
- one batch ``export`` with ``--jobs 2`` (this machine's cores).

    python benchmarks/bench_batch.py [--count 100] [--peer-count 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

LANGUAGES = ("en", "de", "ja", "ar")
FORMATS = ("png", "svg")


def _translated_example(folder: Path) -> Path:
    from make_images import translated_example

    from editor.model import save
    from editor.render.qt import ensure_gui_application

    ensure_gui_application()
    path = folder / "example.diagram.json"
    document = translated_example()
    document.settings.languages = [code for code in document.settings.languages if code in LANGUAGES]
    save(document, path)
    return path


def _run(command: list[str], cwd: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--peer-count", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="10 documents, 4 for the per-file peer")
    args, _ = parser.parse_known_args()
    count, peer_count = (10, 4) if args.quick else (args.count, min(args.peer_count, args.count))
    cli = [sys.executable, "-m", "editor", "export"]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        source = _translated_example(work)
        docs = work / "docs"
        docs.mkdir()
        (work / "peer").mkdir()
        for index in range(count):
            shutil.copy(source, docs / f"diagram-{index:03}.diagram.json")
        images_per_document = len(LANGUAGES) * len(FORMATS)

        peer = 0.0
        for path in sorted(docs.iterdir())[:peer_count]:
            stem = path.name.removesuffix(".diagram.json")
            for kind in FORMATS:
                peer += _run([*cli, str(path), "--lang", "all", "-o", f"peer/{stem}.{{lang}}.{kind}"], work)
        peer_rate = peer_count * images_per_document / peer

        rows = [("export once per document and format", peer_count, peer, peer_rate)]
        for jobs in (1, 2):
            out = f"batch{jobs}/{{stem}}.{{lang}}.{{ext}}"
            elapsed = _run([*cli, "docs", "-o", out, "--format", "png,svg", "--lang", "all", "--jobs", str(jobs)], work)
            rows.append((f"one batch export, --jobs {jobs}", count, elapsed, count * images_per_document / elapsed))
        print(f"{count} diagrams x {len(LANGUAGES)} languages x PNG+SVG = {count * images_per_document} images")
        print(f"{'way':40} {'diagrams':>8} {'seconds':>8} {'images/s':>9} {'vs per-file':>11}")
        for name, documents, seconds, rate in rows:
            print(f"{name:40} {documents:8} {seconds:8.1f} {rate:9.1f} {rate / peer_rate:10.1f}x")
        print(f"speed-up from 1 to 2 workers: {rows[2][3] / rows[1][3]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
