"""``diagram-editor export`` of many documents at once: files, folders and globs, every format and
language, on every core.

A documentation team keeps dozens of diagrams in a repository and exports them all whenever one
changes. Starting the program once per file costs a Qt and pydantic start-up each time (draw.io's
command line starts Electron per file); here a pool of worker processes each starts once and
exports document after document through the same code as a single export (``export.run``), so
the output is byte for byte what the one-file command writes. Outputs newer than their document
are skipped unless ``--force``. A failed document does not stop the others; the summary counts
them and the exit code says whether any failed (2 when one was bad input, else 1).
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import io
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from editor.model import DocumentError

#: placeholders of a batch OUTPUT pattern besides {lang}
PLACEHOLDERS = ("{stem}", "{name}", "{ext}")
DOCUMENT_SUFFIX = ".diagram.json"


@dataclass(frozen=True)
class Job:
    """One document in one format."""

    source: Path
    kind: str
    output: str  # the pattern with {stem}, {name} and {ext} filled in; {lang} left to export.run


@dataclass
class Outcome:
    job: Job
    written: list[str] = field(default_factory=list)
    skipped: bool = False
    error: str = ""
    bad_input: bool = False
    warnings: list[str] = field(default_factory=list)


def wants_batch(args: argparse.Namespace) -> bool:
    """A batch when there are several inputs, a folder or glob, several formats, or a batch-only
    option or placeholder; otherwise the one-file export runs exactly as before."""
    inputs: list[str] = args.input
    single_file = len(inputs) == 1 and Path(inputs[0]).is_file()
    return (
        not single_file
        or "," in (args.format or "")
        or args.jobs is not None
        or args.force
        or any(mark in args.output for mark in PLACEHOLDERS)
    )


def documents(inputs: Iterable[str]) -> tuple[list[Path], list[str]]:
    """The documents named by files, folders (every ``*.diagram.json`` below) and globs, each once,
    in order; and one message per input that names nothing."""
    found: dict[Path, None] = {}
    missing: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            matches = sorted(path.rglob(f"*{DOCUMENT_SUFFIX}"))
        elif path.is_file():
            matches = [path]
        else:
            matches = sorted(Path(name) for name in glob.glob(item, recursive=True) if Path(name).is_file())
        if not matches:
            missing.append(f"{item}: no such file, and no document in that folder or matching that pattern")
        found.update(dict.fromkeys(matches))
    return list(found), missing


def _stem(path: Path) -> str:
    name = path.name
    return name[: -len(DOCUMENT_SUFFIX)] if name.endswith(DOCUMENT_SUFFIX) else path.stem


def plan(args: argparse.Namespace, sources: list[Path], kinds: list[str]) -> list[Job]:
    """Every (document, format) pair with its output pattern; a pattern that would send two of them
    to one file is a usage error."""
    from editor.headless.export import ExportError

    pattern: str = args.output
    if len(sources) > 1 and "{stem}" not in pattern and "{name}" not in pattern:
        raise ExportError("several documents need {stem} or {name} in OUTPUT (e.g. -o 'build/{stem}.{lang}.{ext}')")
    if len(kinds) > 1 and "{ext}" not in pattern:
        raise ExportError("several formats need {ext} in OUTPUT (e.g. -o 'build/{stem}.{ext}')")
    if "{ext}" not in pattern and not pattern.lower().endswith(tuple(f".{kind}" for kind in kinds)) and not args.format:
        raise ExportError("cannot tell the format: end OUTPUT with .png, .svg or .pdf, or pass --format")
    jobs = []
    for source in sources:
        for kind in kinds:
            output = pattern.replace("{stem}", _stem(source)).replace("{name}", source.name).replace("{ext}", kind)
            jobs.append(Job(source, kind, output))
    return jobs


def _single_args(args: argparse.Namespace, job: Job) -> argparse.Namespace:
    """The one-file export of ``job``: the options of the other formats asked for are left out
    (``--scale`` means the PNGs of a ``png,svg`` batch; :func:`run_batch` checked them once)."""
    single = argparse.Namespace(**vars(args))
    single.input, single.output, single.format = str(job.source), job.output, job.kind
    if job.kind != "png":
        single.scale = single.dpi = None
    if job.kind != "svg":
        single.embed_fonts = single.no_embed_fonts = single.text_as_paths = False
    return single


def _up_to_date(args: argparse.Namespace, job: Job) -> bool:
    """Whether every file this job would write exists and is newer than its document."""
    from editor.headless.export import _languages
    from editor.model import load

    document = load(job.source)
    languages = _languages(_single_args(args, job), document.settings.languages, document.settings.source_language)
    targets = [job.output.replace("{lang}", code) for code in languages] if "{lang}" in job.output else [job.output]
    newest_input = job.source.stat().st_mtime
    return all(Path(target).is_file() and Path(target).stat().st_mtime >= newest_input for target in targets)


def export_job(args: argparse.Namespace, job: Job) -> Outcome:
    """Exports one job in this process, as ``diagram-editor export`` would, with what it printed."""
    from editor.headless.export import run

    outcome = Outcome(job)
    printed, warned = io.StringIO(), io.StringIO()
    try:
        Path(job.output).parent.mkdir(parents=True, exist_ok=True)
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(warned):
            run(_single_args(args, job))
    except DocumentError as error:
        outcome.error, outcome.bad_input = f"diagram-editor: {error}", True
    except Exception as error:  # one document's failure never stops the others
        outcome.error = f"diagram-editor: {job.source}: {type(error).__name__}: {error}"
    outcome.written = [line for line in printed.getvalue().splitlines() if line]
    outcome.warnings = [line for line in warned.getvalue().splitlines() if line]
    return outcome


def _start_worker() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from editor.render.qt import ensure_gui_application

    ensure_gui_application()


def _checked(args: argparse.Namespace, jobs: list[Job]) -> tuple[list[Job], list[Outcome]]:
    """The jobs to run, and the outcomes of those that need no worker: up to date (unless
    ``--force``) or a document that does not load. Checking here, without Qt, spares a run that
    has nothing to do the start of the worker processes."""
    stale: list[Job] = []
    settled: list[Outcome] = []
    for job in jobs:
        try:
            if args.force or not _up_to_date(args, job):
                stale.append(job)
            else:
                settled.append(Outcome(job, skipped=True))
        except DocumentError as error:
            settled.append(Outcome(job, error=f"diagram-editor: {error}", bad_input=True))
    return stale, settled


def _outcomes(args: argparse.Namespace, jobs: list[Job], workers: int) -> Iterator[Outcome]:
    if not jobs:
        return
    if workers <= 1 or len(jobs) <= 1:
        _start_worker()
        for job in jobs:
            yield export_job(args, job)
        return
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: Qt must not be forked
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker) as pool:
        futures: list[Future[Outcome]] = [pool.submit(export_job, args, job) for job in jobs]
        for future in as_completed(futures):
            yield future.result()


class Progress:
    """A bar on a terminal, redrawn in place with messages printed above it; one line per document
    elsewhere (CI logs, pipes)."""

    def __init__(self, total: int, stream: io.TextIOBase | None = None) -> None:
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.bar = bool(getattr(self.stream, "isatty", lambda: False)())

    def report(self, outcome: Outcome) -> None:
        self.done += 1
        lines = [*outcome.warnings, *([outcome.error] if outcome.error else [])]
        if not self.bar:
            state = "up to date" if outcome.skipped else "failed" if outcome.error else ", ".join(outcome.written)
            lines.append(f"[{self.done}/{self.total}] {outcome.job.source} ({outcome.job.kind}): {state}")
        if self.bar:
            self.stream.write("\r\033[K")
        for line in lines:
            self.stream.write(line + "\n")
        if self.bar:
            width = 30
            filled = round(width * self.done / self.total)
            self.stream.write(
                f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {outcome.job.source.name}"
            )
            if self.done == self.total:
                self.stream.write("\r\033[K")
        self.stream.flush()


def run_batch(args: argparse.Namespace) -> int:
    from editor.headless.export import FORMATS, ExportError, check_format_options

    kinds = [kind.strip() for kind in (args.format or "").split(",") if kind.strip()]
    for kind in kinds:
        if kind not in FORMATS:
            raise ExportError(f"unknown format {kind!r} in --format (png, svg or pdf)")
    if not kinds:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        kinds = [suffix] if suffix in FORMATS else []
    if not kinds:
        raise ExportError("cannot tell the format: end OUTPUT with .png, .svg or .pdf, or pass --format png,svg")
    check_format_options(args, kinds)
    started = time.monotonic()
    sources, missing = documents(args.input)
    for message in missing:
        print(f"diagram-editor: export: {message}", file=sys.stderr)
    if not sources:
        return 2
    jobs = plan(args, sources, kinds)
    stale, settled = _checked(args, jobs)
    workers = min(args.jobs or os.cpu_count() or 1, max(len(stale), 1))
    progress = Progress(len(jobs))
    outcomes = []
    for outcome in [*settled, *_outcomes(args, stale, workers)]:
        progress.report(outcome)
        outcomes.append(outcome)
    failed = [outcome for outcome in outcomes if outcome.error]
    print(
        f"exported {len(sources)} documents in {len(kinds)} format(s) with {workers} worker(s) in "
        f"{time.monotonic() - started:.1f} s: {sum(len(o.written) for o in outcomes)} files written, "
        f"{sum(o.skipped for o in outcomes)} up to date, {sum(len(o.warnings) for o in outcomes)} warnings, "
        f"{len(failed) + len(missing)} failed",
        file=sys.stderr,
    )
    if missing or any(outcome.bad_input for outcome in failed):
        return 2
    return 1 if failed else 0
