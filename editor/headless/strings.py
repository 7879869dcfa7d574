"""``diagram-editor strings``: hand a document's strings to human translators and take them back.

``strings INPUT --to de -o de.xlf`` exports XLIFF 2.0; ``strings INPUT --import de.xlf [-o OUTPUT]``
imports the translations (origin "file"); ``strings INPUT`` lists missing, stale and flagged
strings per language. Exit codes: 0 done, 1 could not write, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.i18n.memory import TranslationMemory
from editor.i18n.report import report_lines, translation_report
from editor.i18n.xliff import apply_xliff, export_xliff, read_xliff
from editor.model import DocumentError, iter_texts, load, save
from editor.model.atomic_files import write_atomically
from editor.model.text import is_language_tag

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT", help="a .diagram.json document")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--to", metavar="LANG", help="export the strings for translating into LANG (XLIFF 2.0)")
    action.add_argument("--import", dest="import_file", metavar="FILE", help="import a translated XLIFF 2.0 file")
    parser.add_argument("-o", "--output", metavar="OUTPUT", help="the XLIFF file to write, or the document to write")


def _export(args: argparse.Namespace) -> int:
    if not is_language_tag(args.to):
        print(f"diagram-editor: strings: --to: {args.to!r} is not a language tag (for example de)", file=sys.stderr)
        return EXIT_USAGE
    document = load(args.input)
    payload = export_xliff(document, args.to, original=Path(args.input).name)
    if not args.output or args.output == "-":
        sys.stdout.write(payload.decode("utf-8"))
        return EXIT_OK
    try:
        write_atomically(args.output, payload, keep_backup=False)
    except OSError as error:
        print(f"diagram-editor: strings: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILURE
    units = sum(1 for _, _, text in iter_texts(document) if text.text.strip())
    print(f"exported {units} strings for {args.to} to {args.output}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    document = load(args.input)
    try:
        data = Path(args.import_file).read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot read: {error.strerror or error}", source=args.import_file) from None
    with TranslationMemory() as memory:
        imported = read_xliff(document, data, source=args.import_file, memory=memory)
    output = args.output or args.input
    save(apply_xliff(document, imported), output)
    print(
        f"imported {imported.imported} {imported.language} strings from {args.import_file} "
        f"({imported.untranslated} untranslated, {len(imported.stale)} stale, {len(imported.review)} to review, "
        f"{len(imported.unknown)} for unknown elements)"
    )
    for name in imported.unknown[:10]:
        print(f"  unknown: {name}")
    print(f"wrote {output}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.to:
        return _export(args)
    if args.import_file:
        return _import(args)
    document = load(args.input)
    reports = translation_report(document)
    if not reports:
        print(f"{args.input}: no languages besides the source ({document.settings.source_language})")
    for line in report_lines(reports):
        print(line)
    return EXIT_OK
