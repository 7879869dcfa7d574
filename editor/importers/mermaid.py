"""Mermaid flowcharts (``.mmd`` files, and the ```` ```mermaid ```` blocks of Markdown) as documents.

Shapes become boxes of the matching outline (circle, diamond, cylinder...), links become arrows bound to
their ends with their labels, subgraphs become frames, and style statements become style
overrides. Mermaid has no coordinates: the boxes get a rough layered grid along the chart's
direction and the result says ``needs_layout``, so the caller runs ``editor.arrange.auto_layout``
(whose ``direction="auto"`` reads the direction back from that grid). What cannot be carried over
is counted in the report, one sentence per kind.
"""

from __future__ import annotations

import re

from editor.importers.mermaid_document import build_document
from editor.importers.mermaid_parser import MermaidSyntaxError, parse
from editor.importers.report import PAGES_LEFT, ImportFormatError, ImportReport, ImportResult, chosen_pages

_FENCE = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*mermaid\b[^\n]*$", re.MULTILINE)
_KIND = re.compile(r"^\s*([A-Za-z-]+)")
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
LOST_OTHER_DIAGRAMS = "Mermaid blocks of other diagram kinds ({kinds}) skipped: only flowcharts are imported"


def _blocks_with_lines(markdown: str) -> list[tuple[int, str]]:
    """(line of the block's first content line, block text) for each fenced mermaid block."""
    blocks = []
    position = 0
    while found := _FENCE.search(markdown, position):
        fence = found.group("fence")
        start = found.end() + 1
        closing = re.compile(rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        end_match = closing.search(markdown, start)
        end = len(markdown) if end_match is None else end_match.start()
        blocks.append((markdown.count("\n", 0, start) + 1, markdown[start:end]))
        position = len(markdown) if end_match is None else end_match.end()
    return blocks


def mermaid_blocks(markdown: str) -> list[str]:
    """The text of every ```` ```mermaid ```` (or ``~~~mermaid``) block of a Markdown document."""
    return [text for _, text in _blocks_with_lines(markdown)]


def _is_flowchart(text: str) -> bool:
    body = re.sub(r"\A---\n.*?\n---[ \t]*\n", "", text.replace("\r\n", "\n"), flags=re.DOTALL)
    body = re.sub(r"^[ \t]*%%.*$", "", body, flags=re.MULTILINE)
    kind = _KIND.match(body)
    return kind is not None and kind.group(1) in ("flowchart", "graph", "flowchart-elk")


def _kind(text: str) -> str:
    found = _KIND.match(re.sub(r"^[ \t]*%%.*$", "", text, flags=re.MULTILINE))
    return found.group(1) if found else "unknown"


def _import_one(text: str, source: str, first_line: int, page: str | None) -> ImportResult:
    try:
        chart = parse(text, first_line)
    except MermaidSyntaxError as error:
        raise ImportFormatError(f"{source}: line {error.line}: {error}") from None
    report = ImportReport(source=source, format="mermaid", page=page)
    document = build_document(chart, report)
    return ImportResult(document=document, report=report, needs_layout=True)


def import_mermaid(text: str, source: str, *, page: int | None = None, all_pages: bool = True) -> list[ImportResult]:
    """One result per flowchart: a ``.mmd`` file gives one, a Markdown file one per mermaid block
    (or only the ``page``-th, or only the first unless ``all_pages``).

    ``source`` names the file in messages and reports. Raises ``ImportFormatError`` with one
    located line (``diagram.mmd: line 4: ...``) when the text cannot be read as a flowchart.
    """
    markdown = source.lower().endswith(_MARKDOWN_SUFFIXES) or (not _is_flowchart(text) and bool(_FENCE.search(text)))
    if not markdown:
        return chosen_pages([_import_one(text, source, 1, None)], source, page, all_pages)
    blocks = _blocks_with_lines(text)
    flowcharts = [(line, block) for line, block in blocks if _is_flowchart(block)]
    if not flowcharts:
        found = f"{len(blocks)} mermaid block(s), none a flowchart" if blocks else "no ```mermaid blocks"
        raise ImportFormatError(f"{source}: no Mermaid flowchart to import ({found})")
    results = [
        _import_one(block, source, line, f"block at line {line}" if len(flowcharts) > 1 else None)
        for line, block in flowcharts
    ]
    chosen = chosen_pages(results, source, page, all_pages)
    if len(chosen) < len(results) and page is None:
        chosen[0].report.lose(PAGES_LEFT.format(kind="Mermaid flowcharts"), len(results) - 1)
    results = chosen
    skipped = len(blocks) - len(flowcharts)
    if skipped:
        others = sorted({_kind(block) for _, block in blocks if not _is_flowchart(block)})
        results[0].report.lose(LOST_OTHER_DIAGRAMS.format(kinds=", ".join(others)), skipped)
    return results
