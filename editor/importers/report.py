"""What one import brought in and what it could not.

Importers never drop anything silently: every element of the source that does not arrive as it was
is counted under a sentence naming its kind (``draw.io shapes of kind "mxgraph.bpmn.task" imported
as plain boxes``), and the command line and the app show one line per sentence. The counts of what
was found and what arrived feed the corpus benchmark, which prints the share that arrived per format.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from editor.model import Document


class ImportFormatError(ValueError):
    """A file that cannot be decoded as the format it claims to be; the message is one located line
    (``diagram.drawio: <diagram> 2 ("Page-2"): not valid base64``). The command line exits 2."""


@dataclass
class Tally:
    """How many of one kind of thing the source held, and how many of them arrived."""

    found: int = 0
    arrived: int = 0

    def share(self) -> float:
        return 1.0 if self.found == 0 else self.arrived / self.found


@dataclass
class ImportReport:
    """The account of one imported page: counts per kind and the losses, one sentence each."""

    source: str
    format: str
    page: str | None = None
    shapes: Tally = field(default_factory=Tally)
    edges: Tally = field(default_factory=Tally)
    texts: Tally = field(default_factory=Tally)
    losses: Counter[str] = field(default_factory=Counter)

    def lose(self, sentence: str, count: int = 1) -> None:
        """Record ``count`` things that did not arrive as they were; ``sentence`` names their kind
        in the plural and says what became of them."""
        self.losses[sentence] += count

    def lines(self) -> list[str]:
        """One line per kind of loss, most frequent first, prefixed with its count."""
        where = self.source if self.page is None else f"{self.source} (page {self.page!r})"
        return [f"{where}: {count} {sentence}" for sentence, count in self.losses.most_common()]


@dataclass
class ImportResult:
    """One imported page. ``needs_layout`` is set when the source has no coordinates (Mermaid): the
    caller runs the automatic layout before the document is shown or saved."""

    document: Document
    report: ImportReport
    needs_layout: bool = False


T = TypeVar("T")
#: the loss line of a multi-diagram file imported without --page or --all-pages; {kind}: "draw.io pages"...
PAGES_LEFT = "more {kind} in the file not imported (choose one with --page N, or --all-pages)"


def chosen_pages(pages: Sequence[T], name: str, page: int | None, all_pages: bool) -> list[T]:
    """The page asked for (1-based), every page, or the first: the one rule for files that hold
    several diagrams (draw.io pages, a Markdown file's flowcharts). The caller notes the pages left
    (``PAGES_LEFT``) when it took the first of several by default."""
    if page is not None:
        if not 1 <= page <= len(pages):
            raise ImportFormatError(f"{name}: there is no page {page} (the file has {len(pages)})")
        return [pages[page - 1]]
    return list(pages) if all_pages else list(pages[:1])
