"""Text in the source language plus per-language variants that know what they were made from."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from editor.model.language import LanguageTag


class Origin(StrEnum):
    """Where a variant came from; decides how much a reviewer should trust it."""

    MACHINE = "machine"
    HUMAN = "human"
    FILE = "file"
    MEMORY = "memory"


class VariantStatus(StrEnum):
    SOURCE = "source"
    CURRENT = "current"
    STALE = "stale"
    MISSING = "missing"
    REVIEW = "review"


class Variant(BaseModel):
    """One translation of a text, with the source text it translated (for stale tracking)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    source: str = Field(description="The source-language text this variant was made from")
    origin: Origin = Origin.HUMAN
    provider: str | None = Field(default=None, description="Provider name for machine variants")
    needs_review: bool = Field(default=False, description="Set when a provider damaged protected terms")


class LocalizedText(BaseModel):
    """A string in the document's source language with its translations."""

    model_config = ConfigDict(extra="forbid")

    text: str = ""
    variants: dict[LanguageTag, Variant] = Field(default_factory=dict)

    @model_serializer(mode="wrap")
    def _omit_empty_variants(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data: dict[str, object] = handler(self)
        if not self.variants:
            data.pop("variants", None)
        return data

    def status(self, language: str, source_language: str) -> VariantStatus:
        if language == source_language:
            return VariantStatus.SOURCE
        variant = self.variants.get(language)
        if variant is None:
            return VariantStatus.MISSING if self.text.strip() else VariantStatus.CURRENT
        if variant.needs_review:
            return VariantStatus.REVIEW
        return VariantStatus.CURRENT if variant.source == self.text else VariantStatus.STALE

    def resolve(self, language: str, source_language: str) -> tuple[str, VariantStatus]:
        """The text to show in ``language``; falls back to the source when there is no variant."""
        status = self.status(language, source_language)
        if status in (VariantStatus.SOURCE, VariantStatus.MISSING):
            return self.text, status
        variant = self.variants.get(language)
        if variant is None or status is VariantStatus.REVIEW:
            return self.text, status
        return variant.text, status

    def in_language(self, language: str, source_language: str) -> str:
        return self.resolve(language, source_language)[0]

    def with_text(self, language: str, source_language: str, text: str) -> LocalizedText:
        """A copy edited in ``language``: the source itself, or a human variant of it."""
        if language == source_language:
            return LocalizedText(text=text, variants=dict(self.variants))
        variants = dict(self.variants)
        variants[language] = Variant(text=text, source=self.text, origin=Origin.HUMAN)
        return LocalizedText(text=self.text, variants=variants)


def plain(text: str) -> LocalizedText:
    return LocalizedText(text=text)
