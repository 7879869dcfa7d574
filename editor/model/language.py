"""BCP 47 language tags, checked by shape (RFC 5646 well-formedness, no registry)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

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

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ku-arab", "sd"})


def is_language_tag(tag: str) -> bool:
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
