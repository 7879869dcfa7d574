"""The bundled templates: starting points for File > New from Template, each translated in full.

A template is an ordinary document in ``resources/templates/`` (shipped in the wheel and the
bundle with the other resources). Its title is the document title; its one-line description is
the caption with id ``subtitle`` under the title, so both are translated like any other text.
Each template carries its translations as variants (reviewed XLIFF files in
``resources/templates/translations/`` are their source, see ``python -m translations.templates``).
The bundled example closes the list, in English only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.model.document import Document, iter_texts
from editor.model.elements import TextElement
from editor.model.io import load
from editor.model.text import VariantStatus
from editor.resources import resource_path

TEMPLATES_FOLDER = "templates"
SUFFIX = ".diagram.json"
#: The id of the caption whose text describes a template in the New from Template list.
DESCRIPTION_ID = "subtitle"
#: The order the list shows them in; any other template in the folder follows, by name.
TEMPLATE_ORDER = ("request-flow", "ci-cd-pipeline", "layered-architecture", "incident-response")
EXAMPLE = ("examples", "redis-cache-invalidation.diagram.json")


@dataclass(frozen=True)
class Template:
    """One starting point: the file it comes from and the document in it (read once)."""

    path: Path
    document: Document

    @property
    def name(self) -> str:
        """The file name without ``.diagram.json``: a stable id for tests and settings."""
        return self.path.name.removesuffix(SUFFIX)

    def has_language(self, language: str) -> bool:
        """Whether every text is translated into ``language`` and none is stale or flagged."""
        settings = self.document.settings
        if language == settings.source_language:
            return True
        if language not in settings.languages:
            return False
        return all(
            text.status(language, settings.source_language) is VariantStatus.CURRENT
            for _, _, text in iter_texts(self.document)
        )

    def language_for(self, wanted: str) -> str:
        """``wanted`` when the template is fully translated into it, else its source language."""
        return wanted if self.has_language(wanted) else self.document.settings.source_language

    def title(self, language: str) -> str:
        settings = self.document.settings
        return settings.title.in_language(self.language_for(language), settings.source_language) or self.name

    def description(self, language: str) -> str:
        """The ``subtitle`` caption in ``language`` (or the source language); empty when there is none."""
        caption = self.document.get(DESCRIPTION_ID)
        if not isinstance(caption, TextElement):
            return ""
        return caption.text.in_language(self.language_for(language), self.document.settings.source_language)

    def new_document(self) -> Document:
        """A fresh copy to edit: nothing the user does can reach the template itself."""
        return self.document.model_copy(deep=True)


def _rank(path: Path) -> tuple[int, str]:
    stem = path.name.removesuffix(SUFFIX)
    return (TEMPLATE_ORDER.index(stem) if stem in TEMPLATE_ORDER else len(TEMPLATE_ORDER), stem)


def template_paths() -> list[Path]:
    """The template files in list order, the bundled example last."""
    folder = resource_path(TEMPLATES_FOLDER)
    found = sorted(folder.glob(f"*{SUFFIX}"), key=_rank) if folder.is_dir() else []
    example = resource_path(*EXAMPLE)
    return [*found, example] if example.is_file() else found


def load_templates() -> list[Template]:
    """Every bundled template, read and validated (a broken one raises DocumentError naming it)."""
    return [Template(path, load(path)) for path in template_paths()]
