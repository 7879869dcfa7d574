"""Which strings still need a translator, per language: missing, stale and flagged for review.

The ``translate`` and ``strings`` commands print it; the Languages panel lists it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from editor.model import Document, VariantStatus, iter_texts
from editor.model.document import TextAddress


@dataclass(frozen=True)
class PendingText:
    address: TextAddress
    source: str
    status: VariantStatus
    variant: str | None

    def describe(self) -> str:
        element_id, field_path = self.address
        shown = f' (was made from "{self.variant}")' if self.status is VariantStatus.STALE and self.variant else ""
        return f'{element_id}.{field_path}: "{self.source}"{shown}'


@dataclass
class LanguageReport:
    language: str
    total: int = 0
    current: int = 0
    missing: list[PendingText] = field(default_factory=list)
    stale: list[PendingText] = field(default_factory=list)
    review: list[PendingText] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.missing or self.stale or self.review)

    def summary(self) -> str:
        return (
            f"{self.language}: {self.current}/{self.total} current, {len(self.missing)} missing, "
            f"{len(self.stale)} stale, {len(self.review)} to review"
        )


def translation_report(document: Document, languages: Sequence[str] | None = None) -> list[LanguageReport]:
    """One report per language (the document's languages except the source, unless given)."""
    source_language = document.settings.source_language
    wanted = [tag for tag in (languages or document.settings.languages) if tag != source_language]
    reports = [LanguageReport(tag) for tag in wanted]
    for element_id, field_path, text in iter_texts(document):
        if not text.text.strip():
            continue
        for report in reports:
            report.total += 1
            status = text.status(report.language, source_language)
            variant = text.variants.get(report.language)
            pending = PendingText((element_id, field_path), text.text, status, variant.source if variant else None)
            if status is VariantStatus.MISSING:
                report.missing.append(pending)
            elif status is VariantStatus.STALE:
                report.stale.append(pending)
            elif status is VariantStatus.REVIEW:
                report.review.append(pending)
            else:
                report.current += 1
    return reports


def report_lines(reports: Sequence[LanguageReport], *, detail: bool = True, limit: int = 20) -> list[str]:
    """Readable lines: a summary per language, then its pending strings (at most ``limit`` each)."""
    lines: list[str] = []
    for report in reports:
        lines.append(report.summary())
        if not detail:
            continue
        for label, items in (("stale", report.stale), ("review", report.review), ("missing", report.missing)):
            lines.extend(f"  {label}: {item.describe()}" for item in items[:limit])
            if len(items) > limit:
                lines.append(f"  ... and {len(items) - limit} more {label}")
    return lines
