"""Text in the source language plus per-language variants that know what they were made from.

Languages are BCP 47 tags, checked by shape (RFC 5646 well-formedness, no registry).
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
)

_BCP47 = re.compile(
    r"""^(?:
        (?P<lang>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})
        (?:-(?P<script>[a-z]{4}))?
        (?:-(?P<region>[a-z]{2}|[0-9]{3}))?
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*
        (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*
        (?:-x(?:-[a-z0-9]{1,8})+)?
      |x(?:-[a-z0-9]{1,8})+
    )$""",
    re.VERBOSE | re.IGNORECASE,
)

#: What any text of a document may hold: everything XML 1.0 can carry, so every writer (PNG iTXt,
#: SVG, XLIFF, TMX, the clipboard) can store it. No C0 control characters but tab, line feed and
#: carriage return; no U+FFFE or U+FFFF. Unpaired surrogates ("\\ud800" is legal JSON) are refused
#: by pydantic-core itself, which needs valid UTF-8 to match the pattern. Checked in Rust: a
#: Python validator on every text would cost seconds on a 200,000-element document.
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*$"
_NOT_ALLOWED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
Text = Annotated[str, StringConstraints(pattern=TEXT_PATTERN)]


def allowed_text(value: str) -> str:
    """``value`` without the characters the text rule refuses: for text typed or received live
    (an edit, a translation provider's answer), where refusing would lose the user's work.
    A file that holds them is refused at load instead, with the place named."""
    return _NOT_ALLOWED.sub("", value) if _NOT_ALLOWED.search(value) else value


def text_problem(value: str) -> str:
    """Why ``value`` breaks the text rule, as one sentence (for the located load error)."""
    found = _NOT_ALLOWED.search(value)
    if found is None:
        return "text breaks the text rule"
    character, position = found.group(), found.start()
    if 0xD800 <= ord(character) <= 0xDFFF:
        return (
            f"text holds an unpaired surrogate U+{ord(character):04X} at character {position}, "
            "which no file can store; remove it"
        )
    if character in "\ufffe\uffff":
        return f"text holds the noncharacter U+{ord(character):04X} at character {position}, which XML cannot carry"
    return (
        f"text holds the control character U+{ord(character):04X} at character {position}; "
        "tab, line feed and carriage return are the only control characters allowed"
    )


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ku-arab", "sd"})


@lru_cache(maxsize=1024)
def is_language_tag(tag: str) -> bool:
    """Cached: every variant of every text names its language, a few tags over and over, and the
    BCP 47 pattern costs 30 microseconds a match (1 s of loading a 10,000-box translated document)."""
    return bool(_BCP47.match(tag))


def check_language_tag(tag: str) -> str:
    if not is_language_tag(tag):
        raise ValueError(f"{tag!r} is not a BCP 47 language tag (for example en, de, pt-BR, zh-Hans)")
    return tag


def primary_subtag(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def is_right_to_left(tag: str) -> bool:
    """Whether text in this language runs right to left (ar-XB is the RTL pseudo-locale)."""
    lowered = tag.lower()
    return primary_subtag(lowered) in RTL_LANGUAGES or lowered == "ar-xb" or "-arab" in lowered


LanguageTag = Annotated[str, AfterValidator(check_language_tag)]


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

    text: Text
    source: Text = Field(description="The source-language text this variant was made from")
    origin: Origin = Origin.HUMAN
    provider: Text | None = Field(default=None, description="Provider name for machine variants")
    needs_review: bool = Field(default=False, description="Set when a provider damaged protected terms")


class LocalizedText(BaseModel):
    """A string in the document's source language with its translations."""

    model_config = ConfigDict(extra="forbid")

    text: Text = ""
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
        """A copy edited in ``language``: the source itself, or a human variant of it.

        Characters no file could store (a NUL, an unpaired surrogate) are dropped from ``text``.
        """
        text = allowed_text(text)
        if language == source_language:
            return LocalizedText(text=text, variants=dict(self.variants))
        variants = dict(self.variants)
        variants[language] = Variant(text=text, source=self.text, origin=Origin.HUMAN)
        return LocalizedText(text=self.text, variants=variants)


def plain(text: str) -> LocalizedText:
    return LocalizedText(text=text)
