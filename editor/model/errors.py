"""The one error reading, validating and saving documents raise, and how pydantic's validation
errors become it: the first problem as one line, located by a JSON path that names the element
(``elements[3] (id "api").rect.width``), in words a person can act on.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from editor.model.elements import ELEMENT_ID_PATTERN, ELEMENT_ID_RULE
from editor.model.text import TEXT_PATTERN, text_problem

MAX_NESTING = 64


class DocumentError(Exception):
    """The one error loading, validating and saving raise: a problem with a document, located
    precisely enough for one line of output.

    ``source`` names the file (or ``<memory>``), ``where`` the place inside it: a JSON
    path such as ``elements[3] (id "api").rect.width`` or ``line 4, column 7``.
    """

    def __init__(self, message: str, *, source: str = "<memory>", where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.where = where

    def with_source(self, source: str) -> DocumentError:
        return DocumentError(self.message, source=source, where=self.where)

    def __str__(self) -> str:
        place = f"{self.source}: {self.where}: " if self.where else f"{self.source}: "
        return place + self.message


def nesting_depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            break
        if isinstance(current, dict):
            stack.extend((child, depth + 1) for child in current.values())
        elif isinstance(current, list):
            stack.extend((child, depth + 1) for child in current)
    return deepest


def _place(location: tuple[int | str, ...], data: Any) -> str:
    """A JSON path that names the element id, e.g. ``elements[3] (id "api").rect.width``."""
    parts: list[str] = []
    current = data
    for index, key in enumerate(location):
        if isinstance(key, int):
            parts.append(f"[{key}]")
            if isinstance(current, list) and 0 <= key < len(current):
                current = current[key]
                if index == 1 and location[0] == "elements" and isinstance(current, dict):
                    element_id = current.get("id")
                    if isinstance(element_id, str):
                        parts.append(f' (id "{element_id}")')
            else:
                current = None
        else:
            tag = index > 0 and isinstance(location[index - 1], int)
            if tag and isinstance(current, dict) and key == current.get("type"):
                continue  # pydantic's discriminator tag (right after the list index): not a real step in the file
            name = str(key)
            plain_name = name.replace("_", "").replace("-", "").isalnum() and name.isprintable()
            # A key from the file may hold anything (a newline, a quote): quote it, keeping one line.
            parts.append((("." if parts else "") + name) if plain_name else f"[{json.dumps(name)}]")
            current = current.get(key) if isinstance(current, dict) else None
    return "".join(parts) or "(document)"


def located_error(error: ValidationError, data: Any, under: tuple[int | str, ...] = ()) -> DocumentError:
    """The first problem as one located line; ``under`` is where ``data`` sits in a document."""
    detail = error.errors(include_url=False)[0]
    message = detail["msg"].removeprefix("Value error, ")
    pattern = (detail.get("ctx") or {}).get("pattern")
    if detail["type"] == "string_pattern_mismatch" and pattern == ELEMENT_ID_PATTERN:
        message = f"{detail['input']!r} is not a valid element id ({ELEMENT_ID_RULE})"
    elif (detail["type"] == "string_pattern_mismatch" and pattern == TEXT_PATTERN) or (
        detail["type"] == "string_unicode" and isinstance(detail["input"], str)
    ):
        message = text_problem(detail["input"])
    if message.startswith("elements[") and detail["loc"] == ():
        where, _, message = message.partition(": ")
        return DocumentError(message, where=where)
    extra = f" (and {error.error_count() - 1} more problems)" if error.error_count() > 1 else ""
    return DocumentError(message + extra, where=_place((*under, *detail["loc"]), data))
