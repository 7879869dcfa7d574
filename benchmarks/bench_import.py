"""Import of the shared corpus (draw.io, Excalidraw): per format, how many files, shapes, edges and
texts, the share of each that arrived, the warnings by kind and the time per file.

The corpus stays outside the repository (``DIAGRAM_EDITOR_CORPUS``, default ``../shared/corpus``);
without it the benchmark says so and exits 0. ``--quick`` imports each file once instead of three
times (the time shown is the best of the runs).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from editor.importers import ImportFormatError, ImportResult, Tally, import_path
from tests.importers.corpus import ENVIRONMENT_VARIABLE, corpus_files, corpus_root

TOP_WARNINGS = 12


def _timed(path: Path, runs: int) -> tuple[list[ImportResult], float]:
    best, results = float("inf"), []
    for _ in range(runs):
        start = time.perf_counter()
        results = import_path(path, all_pages=True)
        best = min(best, time.perf_counter() - start)
    return results, best


def _share(tally: Tally) -> str:
    return f"{tally.arrived}/{tally.found} ({tally.share():.1%})"


def _general(sentence: str) -> str:
    """Warnings by kind: the per-shape-name sentences counted under one heading."""
    if "shapes of kind" in sentence and "imported as frames" in sentence:
        return "draw.io shapes of other kinds that hold others imported as frames"
    if "shapes of kind" in sentence:
        return "draw.io shapes of other kinds imported as plain (or, for round kinds, fully rounded) boxes"
    return sentence


def report_format(name: str, paths: list[Path], runs: int) -> None:
    totals = {"shapes": Tally(), "edges": Tally(), "texts": Tally()}
    warnings: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    times, pages, failures = [], 0, []
    for path in paths:
        try:
            results, seconds = _timed(path, runs)
        except ImportFormatError as error:
            failures.append(str(error))
            continue
        times.append(seconds)
        pages += len(results)
        for result in results:
            for key, tally in totals.items():
                own: Tally = getattr(result.report, key)
                tally.found += own.found
                tally.arrived += own.arrived
            for sentence, count in result.report.losses.items():
                warnings[_general(sentence)] += count
                if "shapes of kind" in sentence and "imported as frames" not in sentence:
                    kinds[sentence.split('"')[1]] += count
    print(f"{name}: {len(paths)} files, {pages} pages, {len(failures)} refused")
    for key, tally in totals.items():
        print(f"  {key:7} arrived {_share(tally)}")
    if times:
        print(
            f"  time per file: median {statistics.median(times) * 1000:.1f} ms, "
            f"mean {statistics.fmean(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms"
        )
    print("  warnings by kind:")
    for sentence, count in warnings.most_common():
        print(f"    {count:5}  {sentence}")
    if kinds:
        top = ", ".join(f"{kind} {count}" for kind, count in kinds.most_common(TOP_WARNINGS))
        print(f"  commonest shape kinds without an equivalent: {top}")
    for failure in failures:
        print(f"  refused: {failure}")


def main() -> int:
    files = corpus_files()
    if not any(files.values()):
        print(f"no corpus at {corpus_root()}; set {ENVIRONMENT_VARIABLE} to run this benchmark")
        return 0
    runs = 1 if "--quick" in sys.argv else 3
    for name, paths in files.items():
        report_format(name, paths, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
