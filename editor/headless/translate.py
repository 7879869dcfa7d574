"""``diagram-editor translate INPUT --to de,fr,ja``: add or refresh translated variants of every text.

Only missing, stale and flagged strings are translated unless ``--all``. The output is written
atomically; on any failure or Ctrl-C nothing is written and the input stays byte-identical, and a
run that changes nothing writes nothing. Every error line names the input file. Exit codes:
0 done, 1 the provider, the network or the disk failed, 2 bad input, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from editor.headless.options import NumberRange
from editor.i18n.errors import ProviderError
from editor.i18n.memory import TranslationMemory
from editor.i18n.providers import DEFAULT_PROVIDER, PROVIDERS, Provider, ProviderConfig, make_provider
from editor.i18n.report import report_lines, translation_report
from editor.i18n.service import TranslationResult, apply_translation, translate_document
from editor.model import Document, DocumentError, Glossary, dumps, load, save
from editor.model.text import is_language_tag
from editor.render.forked import later

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
MAX_TIMEOUT = 3600.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT", help="a .diagram.json document")
    parser.add_argument("--to", required=True, metavar="LANGS", help="target languages, comma-separated: de,fr,ja")
    parser.add_argument("--provider", choices=list(PROVIDERS), default=DEFAULT_PROVIDER, help="translation provider")
    parser.add_argument("--endpoint", metavar="URL", help="service address (LibreTranslate server, Google mirror)")
    parser.add_argument(
        "--glossary", metavar="FILE", help="extra terms: JSON like the document's glossary, or one term per line"
    )
    parser.add_argument(
        "--all", action="store_true", help="refresh every machine translation, not only missing and stale ones"
    )
    parser.add_argument("-o", "--output", metavar="OUTPUT", help="write here instead of replacing INPUT")
    parser.add_argument(
        "--timeout",
        type=NumberRange(0, MAX_TIMEOUT, unit="seconds"),
        default=10.0,
        metavar="S",
        help="seconds to wait for each request (10)",
    )


def parse_languages(value: str) -> list[str]:
    languages = [part.strip() for part in value.split(",") if part.strip()]
    bad = [tag for tag in languages if not is_language_tag(tag)]
    if not languages or bad:
        raise ValueError(f"--to: {', '.join(bad) or 'nothing'} is not a list of language tags (for example de,fr,ja)")
    return list(dict.fromkeys(languages))


def load_glossary(path: str) -> Glossary:
    """A glossary file: JSON in the document's glossary shape, or plain text with one protected term a line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise DocumentError(f"cannot read: {error.strerror or error}", source=path) from None
    except UnicodeDecodeError:
        raise DocumentError("not UTF-8 text", source=path) from None
    if path.endswith(".json"):
        try:
            return Glossary.model_validate(json.loads(text))
        except (ValueError, TypeError) as error:
            first_line = str(error).splitlines()[0]
            raise DocumentError(f"not a glossary ({first_line})", source=path) from None
    terms = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return Glossary(protected=terms)


def overflow_counts(document: Document, languages: list[str], source: object) -> dict[str, int] | None:
    """Labels that overflow their box per language, each named as ``export`` names them (up to ten a
    language, then a count), measured as export will draw them (grown where the fit is grow);
    None if Qt is unavailable."""
    try:
        from editor.headless.export import warn_overflows
        from editor.render.fit import fitted_for_export
        from editor.render.layout import document_overflows
        from editor.render.qt import ensure_gui_application
    except ImportError:
        return None
    ensure_gui_application()
    fitted = fitted_for_export(document)
    counts: dict[str, int] = {}
    for language in languages:
        overflows = document_overflows(fitted, language)
        warn_overflows(source, overflows)
        counts[language] = len(overflows)
    return counts


def overflow_report(document: Document, languages: list[str], source: object) -> tuple[dict[str, int] | None, str]:
    """:func:`overflow_counts` and the warnings it writes, as text: work a forked child can do
    (and hand back) while this process saves the document."""
    warnings = io.StringIO()
    with contextlib.redirect_stderr(warnings):
        counts = overflow_counts(document, languages, source)
    return counts, warnings.getvalue()


def summary_lines(result: TranslationResult, provider: Provider, overflows: dict[str, int] | None) -> list[str]:
    lines = [f"translated into {', '.join(result.languages) or 'no language'} with {provider.describe()}"]
    for language in result.languages:
        counts = result.counts[language]
        lines.append(
            f"  {language}: {counts.strings} strings ({counts.distinct} distinct): {counts.sent} sent, "
            f"{counts.cached} from memory, {counts.protected_only} protected terms only, "
            f"{counts.stale} stale refreshed, {counts.review} to review, {counts.missing} missing"
        )
    if overflows is None:
        shown = "not checked (rendering unavailable)"
    else:
        shown = f"{sum(overflows.values())}" + (
            f" ({', '.join(f'{language}: {count}' for language, count in overflows.items())})" if overflows else ""
        )
    lines.append(f"requests: {result.requests}; overflowing labels: {shown}")
    return lines


def _fail(source: str, message: str, code: int) -> int:
    print(f"diagram-editor: translate: {source}: {message}", file=sys.stderr)
    return code


@contextlib.contextmanager
def _interrupt_leaves_at_once(source: str) -> Iterator[None]:
    """Ctrl-C while requests are in flight ends the process within milliseconds.

    A worker thread blocked in a socket read cannot be stopped, and both the thread pool's
    shutdown and the interpreter's exit wait for it: up to the whole ``--timeout``, and a second
    Ctrl-C only starts the same wait again. Nothing is written before the run ends and every
    finished string is already committed to the translation memory, so the process says so and
    leaves with ``os._exit``, abandoning those threads. An ignored SIGINT (a background job)
    stays ignored.
    """
    if threading.current_thread() is not threading.main_thread() or (
        signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return

    def leave(signal_number: int, frame: FrameType | None) -> None:
        del signal_number, frame
        sys.stdout.flush()
        _fail(source, "interrupted; input unchanged, finished strings kept in the translation memory", 0)
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)

    signal.signal(signal.SIGINT, leave)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def run(args: argparse.Namespace) -> int:
    source = str(args.input)
    with _interrupt_leaves_at_once(source):
        outcome = _translate(args, source)
    if isinstance(outcome, int):
        return outcome
    try:
        return _write_and_report(args, *outcome)
    except KeyboardInterrupt:
        return _fail(source, "interrupted", EXIT_INTERRUPTED)


def _translate(args: argparse.Namespace, source: str) -> int | tuple[str | None, Document, TranslationResult, Provider]:
    """The document's JSON when the output replaces the input (else None), the translated document,
    the run's result and the provider; or an exit code."""
    try:
        languages = parse_languages(args.to)
    except ValueError as error:
        return _fail(source, str(error), EXIT_USAGE)
    document = load(args.input)
    try:
        extra = load_glossary(args.glossary) if args.glossary else Glossary()
    except DocumentError as error:
        return _fail(source, f"--glossary {error}", EXIT_USAGE)
    source_language = document.settings.source_language
    if source_language in languages:
        print(
            f"diagram-editor: translate: {source}: skipping {source_language}, the document's source language",
            file=sys.stderr,
        )
    try:
        provider = make_provider(args.provider, ProviderConfig(timeout=args.timeout, endpoint=args.endpoint))
        with TranslationMemory() as memory:
            result = translate_document(
                document,
                languages,
                provider,
                only_missing_and_stale=not args.all,
                memory=memory,
                extra_protected=extra.protected,
                extra_forced=extra.forced,
            )
    except ProviderError as error:
        return _fail(source, str(error), EXIT_FAILURE)
    except OSError as error:
        return _fail(source, f"translation memory unavailable: {error}", EXIT_FAILURE)
    replaces_input = Path(args.output or args.input).resolve() == Path(args.input).resolve()
    before = dumps(document) if replaces_input else None
    # the document as it was is not needed any more: translated in place, without a copy
    return before, apply_translation(document, result, in_place=True), result, provider


def _write_and_report(
    args: argparse.Namespace, before: str | None, translated: Document, result: TranslationResult, provider: Provider
) -> int:
    """Writes the output unless the run changed nothing in place (``before`` is the input's JSON
    when the output replaces it): rewriting the same document would replace its ``.bak`` with the
    current content and lose the version before it.

    The overflow check (Qt's import, a layout of every label) runs in a forked child on a spare
    core while the document is saved; where forking is unsafe or no core is idle it runs here, after
    the save, with the same result. Its warnings are printed where they always were, before the summary.
    """
    output = args.output or args.input
    overflows = later(overflow_report, translated, list(result.languages), output)
    unchanged_in_place = before is not None and dumps(translated) == before
    if not unchanged_in_place:
        try:
            save(translated, output)
        except DocumentError as error:
            reason = error.message.removeprefix("cannot save: ")
            return _fail(str(args.input), f"cannot write {output}: {reason}", EXIT_FAILURE)
    counts, warnings = overflows()
    sys.stderr.write(warnings)
    for line in summary_lines(result, provider, counts):
        print(line)
    pending = [report for report in translation_report(translated, result.languages) if not report.complete]
    for line in report_lines(pending, limit=10):
        print(line)
    print(f"nothing changed; {args.input} left as it was" if unchanged_in_place else f"wrote {output}")
    return EXIT_OK
