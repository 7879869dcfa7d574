"""Reading Qt Linguist ``.ts`` files (XML) for the catalogue tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    status: str  # "" when finished, else "unfinished", "obsolete" or "vanished"
    translations: tuple[str, ...]  # one, or one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return not self.status and bool(self.translations) and all(text.strip() for text in self.translations)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The file's target language and its messages."""
    root = ElementTree.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=context_name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    status="" if translation is None else translation.get("type", ""),
                    translations=texts,
                )
            )
    return root.get("language", ""), messages


_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def accelerator(text: str) -> str | None:
    """The mnemonic character after a single ``&`` (``&&`` is a literal ampersand), upper-cased."""
    found = re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    if len(found) > 1:
        raise ValueError(f"{text!r} has {len(found)} accelerators")
    return found[0].upper() if found else None
