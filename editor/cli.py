"""Command line: ``diagram-editor [FILE]`` opens the app; subcommands work without a display.

Exit codes: 0 success, 1 runtime failure, 2 bad input or usage. Errors are one line on
stderr; ``--debug`` shows the traceback as well.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from typing import NoReturn

from editor import __version__
from editor.model import DocumentError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

#: subcommand name -> module in editor.headless with ``add_arguments(parser)`` and ``run(args) -> int``
SUBCOMMANDS = {
    "validate": ("validate", "check documents (or PNGs exported with one) and report problems"),
    "schema": ("schema", "print the JSON Schema of the document format"),
    "translate": ("translate", "translate a document's texts into other languages (adds per-language variants)"),
    "strings": ("strings", "export strings to XLIFF 2.0 for translators, import them back, or list what is missing"),
    "export": ("export", "render a document to PNG or SVG, in one or more of its languages"),
    "memory": ("memory", "list, export or import (TMX 1.4) and clear the translation memory"),
    "layout": ("layout", "lay a document (or a Mermaid file) out automatically as a layered drawing"),
    "import": (
        "import_",
        "turn a draw.io, Excalidraw or Mermaid file into a document (reports what it could not carry)",
    ),
}
#: names kept for subcommands that later versions add, so no file name is ever taken for them
RESERVED: tuple[str, ...] = ()


class UsageError(Exception):
    """Bad flags or arguments: exit code 2."""


class _Parser(argparse.ArgumentParser):
    """Reports usage problems as one line instead of argparse's two-line usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


def _build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """All subcommands, or with ``only`` just that one's arguments: the others stay unimported, since
    importing ``translate`` alone (its online providers, requests, BeautifulSoup) takes 0.1-0.3 s."""
    parser = _Parser(
        prog="diagram-editor",
        description="Diagram Editor: technical infographics in many languages.",
        epilog="Run without a subcommand to open the editor window.",
    )
    parser.add_argument("--version", action="version", version=f"diagram-editor {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module_name, summary) in SUBCOMMANDS.items():
        sub = subparsers.add_parser(name, help=summary, description=summary)
        if only is not None and name != only:
            continue
        module = importlib.import_module(f"editor.headless.{module_name}")
        sub.add_argument("--debug", action="store_true", help="show tracebacks for errors")
        module.add_arguments(sub)
        sub.set_defaults(handler=module.run)
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="diagram-editor", description="Open the Diagram Editor window.")
    parser.add_argument("--version", action="version", version=f"diagram-editor {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument("file", nargs="?", help="a .diagram.json document or an exported PNG to open")
    parser.add_argument(
        "--ui-language",
        metavar="CODE",
        help="interface language for this run: en, de, fr, es, pt_BR, ja, zh_CN or ar "
        "(default: the one chosen in the Language menu, else the system's)",
    )
    return parser


def _request_ui_language(code: str) -> None:
    """Starts the window in ``code`` (through the loader's environment variable) without remembering it."""
    from editor.i18n.ui_locale import ENVIRONMENT_VARIABLE, UnknownUiLanguage, ui_language

    try:
        os.environ[ENVIRONMENT_VARIABLE] = ui_language(code).code
    except UnknownUiLanguage as error:
        raise UsageError(f"diagram-editor: --ui-language: {error}") from None


#: set once a subcommand (not the editor window) has run: the process may then end without teardown
_headless_finished = False


def console_main() -> int:
    """:func:`main` for ``python -m editor`` and the ``diagram-editor`` script: after a subcommand the
    process ends at once (``os._exit``) once its output is flushed. Freeing a 100,000-element
    document object by object took half a second and bought nothing; every file a subcommand
    writes is closed (and renamed into place) before it returns. The editor window's run ends the
    ordinary way, so Qt and the settings shut down properly."""
    code = main()
    if _headless_finished:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)
    return code


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a CI job's timeout) during a subcommand, unwound exactly as Ctrl-C is, so
    a write in progress removes its temporary instead of leaving it for the next write to find."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` while a subcommand runs (the main thread only can set it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupted(args: argparse.Namespace | None, word: str = "interrupted") -> str:
    """The Ctrl-C (or SIGTERM) line: which subcommand on which input, and that no file is left half-written
    (every write goes to a temporary renamed into place, and an interrupted one removes it)."""
    command = getattr(args, "command", None)
    inputs = getattr(args, "input", None) or getattr(args, "file", None) or getattr(args, "files", None)
    if isinstance(inputs, list):
        inputs = ", ".join(inputs)
    place = "".join(f"{part}: " for part in (command, inputs) if part)
    return f"diagram-editor: {place}{word}; no file was left half-written"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in arguments
    args: argparse.Namespace | None = None
    try:
        first_word = next((word for word in arguments if not word.startswith("-")), None)
        if first_word in RESERVED and first_word not in SUBCOMMANDS:
            raise UsageError(f"diagram-editor: {first_word!r} is not available in this version yet")
        if first_word in SUBCOMMANDS or any(word in ("-h", "--help") for word in arguments):
            args = _build_parser(first_word).parse_args(arguments)
            if args.command is None:
                _build_parser().print_help()
                return EXIT_OK
            with _sigterm_unwinds():
                code = int(args.handler(args))
            global _headless_finished  # noqa: PLW0603 - one flag for the whole process, read by console_main
            _headless_finished = True
            return code
        app_args = _app_parser().parse_args(arguments)
        if app_args.ui_language:
            _request_ui_language(app_args.ui_language)
        from editor.app.launch import launch

        return launch(app_args.file)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except DocumentError as error:
        print(f"diagram-editor: {error}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return EXIT_USAGE
    except Terminated:
        print(_interrupted(args, "terminated"), file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print(_interrupted(args), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``... | head``): stop quietly, as Unix tools do
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as error:  # the last line of defence: one line, never a traceback
        print(f"diagram-editor: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        else:
            print("diagram-editor: run again with --debug for details", file=sys.stderr)
        return EXIT_FAILURE
