"""Every real Mermaid file of the shared corpus imports: no crash, a report, every text and every
edge arrives (bound to its ends), and the layout places it.

The corpus lives outside the repository: ``DIAGRAM_EDITOR_CORPUS`` names its folder, by default
``../shared/corpus`` from the repository root; without it these tests skip and say why.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.importers.mermaid import import_mermaid, mermaid_blocks
from editor.model import Arrow, Document, texts_of
from tests.importers.corpus import ENVIRONMENT_VARIABLE, corpus_root

CORPUS = corpus_root() / "mermaid"
FILES = sorted(
    path
    for path in (CORPUS.glob("*.m*") if CORPUS.is_dir() else [])
    if path.suffix == ".mmd" or (path.suffix == ".md" and path.stem != "ATTRIBUTION")
)
needs_corpus = pytest.mark.skipif(not FILES, reason=f"no Mermaid corpus at {CORPUS} (set {ENVIRONMENT_VARIABLE})")

#: lines that carry no visible text: styles, classes, interactions, comments
_SILENT_LINE = re.compile(r"^\s*(?:(?:classDef|class|style|linkStyle|click|direction)\b|%%).*$", re.MULTILINE)
_SYNTAX = re.compile(
    r"</?[A-Za-z][^<>]*>|</>|#\w+;|&\w+;|\bfa[a-z0-9]*:fa-[\w-]+|:::[\w-]+|\b(?:shape|label|icon|form|pos|h|w)\s*:\s*"
)
_SYNTAX_WORDS = {
    "flowchart",
    "graph",
    "subgraph",
    "end",
    "TB",
    "TD",
    "LR",
    "RL",
    "BT",
    "elk",
    "shape",
    "label",
    "o",
    "x",
}
_SHAPE_VALUE = re.compile(
    r"icon\s*:\s*\"[^\"]*\"|shape\s*:\s*[\w-]+|form\s*:\s*\"?\w+\"?|pos\s*:\s*\"?\w+\"?|\bh\s*:\s*\d+"
)


def _source_words(text: str) -> set[str]:
    """The words a reader of the rendered Mermaid chart could see (plus node ids, which show when
    a node has no label), found without the importer's parser."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    text = _SHAPE_VALUE.sub(" ", _SILENT_LINE.sub("", text))
    text = _SYNTAX.sub(" ", text)
    return {word for word in re.findall(r"[^\W_]+", text) if word not in _SYNTAX_WORDS}


def _document_words(document: Document) -> set[str]:
    texts = [document.settings.title.text, *(element.id for element in document.elements)]
    texts += [text.text for element in document.elements for _, text in texts_of(element)]
    return set(re.findall(r"[^\W_]+", "\n".join(texts)))


def _imported(path: Path) -> list[Document]:
    text = path.read_text(encoding="utf-8")
    results = import_mermaid(text, path.name)
    if path.suffix == ".md":
        assert len(results) <= len(mermaid_blocks(text))
    documents = []
    for result in results:
        report = result.report
        assert report.format == "mermaid" and result.needs_layout
        assert report.texts.arrived == report.texts.found, report
        assert report.shapes.arrived == report.shapes.found, report
        invisible = sum(count for sentence, count in report.losses.items() if sentence.startswith("invisible"))
        assert report.edges.arrived + invisible == report.edges.found, report
        arrows = [element for element in result.document.elements if isinstance(element, Arrow)]
        assert len(arrows) == report.edges.arrived
        for arrow in arrows:  # bound to real, non-arrow ends
            for end in (arrow.source.element, arrow.target.element):
                assert not isinstance(result.document.element(end), Arrow)
        documents.append(result.document)
    return documents


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_corpus_file_imports_with_every_text(path: Path) -> None:
    documents = _imported(path)
    assert documents
    arrived = set().union(*(_document_words(document) for document in documents))
    missing = _source_words(path.read_text(encoding="utf-8")) - arrived
    assert not missing, f"{path.name}: words of the source that did not arrive: {sorted(missing)}"


@needs_corpus
def test_the_corpus_is_the_real_one() -> None:
    assert len(FILES) >= 60
