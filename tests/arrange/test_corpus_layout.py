"""Every flowchart of the shared Mermaid corpus, imported and laid out, is a tidy drawing."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.arrange.auto_layout import auto_layout
from editor.importers.mermaid import import_mermaid
from tests.arrange.geometry import problems
from tests.importers.test_mermaid_corpus import FILES, needs_corpus


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_corpus_flowchart_lays_out_cleanly(path: Path) -> None:
    for result in import_mermaid(path.read_text(encoding="utf-8"), path.name):
        assert problems(auto_layout(result.document)) == []
