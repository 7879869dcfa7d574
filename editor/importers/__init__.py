"""Other tools' files turned into documents: draw.io, Excalidraw and Mermaid.

Importers sit just above the model: they read bytes and build ``Document`` objects, never touching
Qt, so the command line, the app and the tests share them. Each reports what it could not carry over
(``report.ImportReport``).
"""

from editor.importers.report import ImportFormatError, ImportReport, ImportResult, Tally

__all__ = ["ImportFormatError", "ImportReport", "ImportResult", "Tally"]
