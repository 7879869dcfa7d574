"""Other tools' files turned into documents: draw.io, Excalidraw and Mermaid.

Importers sit just above the model: they read bytes and build ``Document`` objects, never touching
Qt, so the command line, the app and the tests share them. Each reports what it could not carry over
(``report.ImportReport``). :func:`import_path` is the one entry point: it tells the format from the
file's content (the extension only breaks ties) and returns one result per imported page.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from editor.importers.building import png_texts
from editor.importers.report import ImportFormatError, ImportReport, ImportResult, Tally, chosen_pages
from editor.model.io import PNG_SIGNATURE

__all__ = [
    "FORMATS",
    "ImportFormatError",
    "ImportReport",
    "ImportResult",
    "Tally",
    "detect_format",
    "import_path",
    "is_importable",
]

FORMATS = ("draw.io", "Excalidraw", "Mermaid")
#: File name endings offered by File > Open and accepted by drag and drop.
SUFFIXES: tuple[str, ...] = (".drawio", ".xml", ".drawio.svg", ".drawio.png", ".excalidraw", ".excalidraw.svg")
SUFFIXES += (".excalidraw.png", ".excalidraw.json", ".mmd", ".mermaid", ".md", ".svg", ".png")
MERMAID_SUFFIXES = (".mmd", ".mermaid", ".md", ".markdown")
MAX_FILE_BYTES = 100 * 1024 * 1024
_MERMAID_STARTS = ("flowchart", "graph", "%%", "---")


def is_importable(path: Path) -> bool:
    """Whether the name looks like a file this package imports (the content decides in the end)."""
    name = path.name.lower()
    return name.endswith(SUFFIXES) and not name.endswith(".diagram.json")


def detect_format(data: bytes, name: str) -> str:
    """``draw.io``, ``Excalidraw`` or ``Mermaid``, from the content first and the name second."""
    lowered = name.lower()
    if data.startswith(PNG_SIGNATURE):
        keywords = png_texts(data, name)
        if "mxfile" in keywords or "mxGraphModel" in keywords:
            return "draw.io"
        if "application/vnd.excalidraw+json" in keywords:
            return "Excalidraw"
        if "diagram-editor" in keywords:
            raise ImportFormatError(
                f"{name}: this PNG holds a Diagram Editor document; open it directly, no import needed"
            )
        raise ImportFormatError(f"{name}: PNG image holds no draw.io or Excalidraw diagram")
    head = data[:4096].decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        if "payload-type:application/vnd.excalidraw+json" in data.decode("utf-8", "replace"):
            return "Excalidraw"
        return "draw.io"
    if head.startswith("{"):
        if '"diagram-editor"' in head:
            raise ImportFormatError(f"{name}: this is already a Diagram Editor document; open it directly")
        return "Excalidraw"
    if lowered.endswith(MERMAID_SUFFIXES) or head.startswith(_MERMAID_STARTS):
        return "Mermaid"
    if lowered.endswith((".drawio", ".xml")):
        return "draw.io"
    if lowered.endswith(".excalidraw"):
        return "Excalidraw"
    raise ImportFormatError(
        f"{name}: not a draw.io, Excalidraw or Mermaid file (cannot tell its format from its content)"
    )


def _import_mermaid(data: bytes, name: str, page: int | None, all_pages: bool) -> list[ImportResult]:
    try:
        mermaid = importlib.import_module("editor.importers.mermaid")
    except ModuleNotFoundError:
        raise ImportFormatError(f"{name}: Mermaid import is not available in this build") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{name}: not UTF-8 text (byte {error.start})") from None
    results: list[ImportResult] = mermaid.import_mermaid(text, name, page=page, all_pages=all_pages)
    return results


def _with_language(result: ImportResult, language: str) -> ImportResult:
    """``result`` with ``language`` as its source language (the user knows better than the detector)."""
    settings = result.document.settings
    languages = [language] + [tag for tag in settings.languages if tag not in (language, settings.source_language)]
    document = result.document.model_copy(
        update={"settings": settings.model_copy(update={"source_language": language, "languages": languages})}
    )
    return ImportResult(document, result.report, result.needs_layout)


def import_path(
    path: Path, *, page: int | None = None, all_pages: bool = False, language: str | None = None
) -> list[ImportResult]:
    """Every page (or the chosen one) of a draw.io, Excalidraw or Mermaid file, as documents.

    Raises :class:`ImportFormatError` with one located line for a file that cannot be read or decoded.
    """
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFormatError(f"{name}: larger than {MAX_FILE_BYTES // 2**20} MB; not imported")
        data = path.read_bytes()
    except OSError as error:
        raise ImportFormatError(f"{path}: cannot read: {error.strerror or error}") from None
    kind = detect_format(data, name)
    if kind == "draw.io":
        from editor.importers.drawio import import_drawio

        results = import_drawio(data, name, page=page, all_pages=all_pages)
    elif kind == "Excalidraw":
        from editor.importers.excalidraw import import_excalidraw

        results = chosen_pages(import_excalidraw(data, name), name, page, all_pages)
    else:
        results = _import_mermaid(data, name, page, all_pages)
    return [_with_language(result, language) for result in results] if language else results
