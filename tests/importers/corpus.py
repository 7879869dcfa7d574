"""Where the shared corpus of other people's files lives, and which of them this package imports.

The corpus stays outside the repository: ``DIAGRAM_EDITOR_CORPUS`` names it, else ``../shared/corpus``
beside the repository root. Used by the corpus tests and by ``benchmarks/bench_import.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENVIRONMENT_VARIABLE = "DIAGRAM_EDITOR_CORPUS"
#: corpus sub-folder -> format name; Mermaid files are the Mermaid importer's to test
FOLDERS = {"drawio": "draw.io", "excalidraw": "Excalidraw"}
NOT_DIAGRAMS = (".md", ".txt")


def corpus_root() -> Path:
    return Path(os.environ.get(ENVIRONMENT_VARIABLE) or ROOT.parent / "shared" / "corpus")


def corpus_files() -> dict[str, list[Path]]:
    """Every diagram file of the corpus by format (empty when the corpus is absent)."""
    root = corpus_root()
    return {
        name: sorted(path for path in (root / folder).glob("*") if path.is_file() and path.suffix not in NOT_DIAGRAMS)
        for folder, name in FOLDERS.items()
    }
