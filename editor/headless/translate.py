"""``diagram-editor translate INPUT --to de,fr,ja``: add or refresh translated variants of every text.

Only missing, stale and flagged strings are translated unless ``--all``. The output is written
atomically; on any failure nothing is written and the input stays byte-identical. Exit codes:
0 done, 1 the provider or the network failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from editor.i18n.errors import ProviderError
from editor.i18n.memory import TranslationMemory
from editor.i18n.providers import DEFAULT_PROVIDER, PROVIDERS, Provider, ProviderConfig, make_provider
from editor.i18n.report import report_lines, translation_report
from editor.i18n.service import TranslationResult, apply_translation, translate_document
from editor.model import Document, DocumentError, Glossary, load, save
from editor.model.text import is_language_tag

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


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
        "--timeout", type=float, default=10.0, metavar="S", help="seconds to wait for each request (10)"
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
        from editor.render.layout import layout_document
        from editor.render.qt import ensure_gui_application
    except ImportError:
        return None
    ensure_gui_application()
    fitted = fitted_for_export(document)
    counts: dict[str, int] = {}
    for language in languages:
        overflows = layout_document(fitted, language).overflows
        warn_overflows(source, overflows)
        counts[language] = len(overflows)
    return counts


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


def run(args: argparse.Namespace) -> int:
    try:
        languages = parse_languages(args.to)
    except ValueError as error:
        print(f"diagram-editor: translate: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.timeout <= 0:
        print("diagram-editor: translate: --timeout must be a positive number of seconds", file=sys.stderr)
        return EXIT_USAGE
    document = load(args.input)
    extra = load_glossary(args.glossary) if args.glossary else Glossary()
    source_language = document.settings.source_language
    if source_language in languages:
        print(f"diagram-editor: translate: skipping {source_language}, the document's source language", file=sys.stderr)
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
        print(f"diagram-editor: translate: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as error:
        print(f"diagram-editor: translate: translation memory unavailable: {error}", file=sys.stderr)
        return EXIT_FAILURE
    translated = apply_translation(document, result)
    output = args.output or args.input
    save(translated, output)
    for line in summary_lines(result, provider, overflow_counts(translated, list(result.languages), output)):
        print(line)
    pending = [report for report in translation_report(translated, result.languages) if not report.complete]
    for line in report_lines(pending, limit=10):
        print(line)
    print(f"wrote {output}")
    return EXIT_OK
