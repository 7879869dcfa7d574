"""Issue 17's corpus figures for Mermaid: per file, the shapes, edges and texts that arrived out of
those found, the time to import and to lay out; then the losses by kind over the whole corpus.

The corpus is the shared folder of real files by others (``DIAGRAM_EDITOR_CORPUS``, by default
``../shared/corpus`` from the repository root); without it this says so and exits 0.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.arrange.auto_layout import auto_layout  # noqa: E402
from editor.importers.mermaid import import_mermaid  # noqa: E402
from editor.importers.report import Tally  # noqa: E402
from tests.importers.corpus import ENVIRONMENT_VARIABLE, corpus_root  # noqa: E402

CORPUS = corpus_root() / "mermaid"


def _share(tally: Tally) -> str:
    return f"{tally.arrived}/{tally.found}"


def main() -> int:
    files = sorted(CORPUS.glob("*.mmd")) if CORPUS.is_dir() else []
    if not files:
        print(f"no Mermaid corpus at {CORPUS} (set {ENVIRONMENT_VARIABLE}); nothing measured")
        return 0
    totals = {"shapes": Tally(), "edges": Tally(), "texts": Tally()}
    losses: Counter[str] = Counter()
    import_seconds = layout_seconds = 0.0
    print(f"{'file':<58} {'shapes':>7} {'edges':>7} {'texts':>7} {'import':>8} {'layout':>8}")
    for path in files:
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        results = import_mermaid(text, path.name)
        imported = time.perf_counter() - started
        started = time.perf_counter()
        for result in results:
            auto_layout(result.document)
        laid_out = time.perf_counter() - started
        import_seconds, layout_seconds = import_seconds + imported, layout_seconds + laid_out
        for result in results:
            report = result.report
            for name, total in totals.items():
                tally = getattr(report, name)
                total.found += tally.found
                total.arrived += tally.arrived
            losses.update(report.losses)
            print(
                f"{path.name[:58]:<58} {_share(report.shapes):>7} {_share(report.edges):>7} "
                f"{_share(report.texts):>7} {imported * 1000:>6.1f}ms {laid_out * 1000:>6.0f}ms"
            )
    print(
        f"{len(files)} files: shapes {_share(totals['shapes'])} ({totals['shapes'].share():.1%}), "
        f"edges {_share(totals['edges'])} ({totals['edges'].share():.1%}), "
        f"texts {_share(totals['texts'])} ({totals['texts'].share():.1%}); "
        f"import {import_seconds:.2f} s, layout {layout_seconds:.2f} s in all"
    )
    print("losses by kind over the corpus:")
    for sentence, count in losses.most_common():
        print(f"  {count:>4}  {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
