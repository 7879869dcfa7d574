"""Upgrades of older documents, one schema step at a time, applied before validation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.model.document import SCHEMA_VERSION

JsonObject = dict[str, Any]
Migration = Callable[[JsonObject], JsonObject]

#: ``MIGRATIONS[n]`` turns a version-n document into a version n+1 one.
MIGRATIONS: dict[int, Migration] = {}

OLDEST_SUPPORTED = 1


def migration(from_version: int) -> Callable[[Migration], Migration]:
    def register(upgrade: Migration) -> Migration:
        MIGRATIONS[from_version] = upgrade
        return upgrade

    return register


def _as_localized(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


@migration(1)
def _plain_strings_become_localized_text(data: JsonObject) -> JsonObject:
    """Version 1 stored labels as plain strings and called a box's name ``label``."""
    settings = data.get("settings")
    if isinstance(settings, dict) and "title" in settings:
        settings["title"] = _as_localized(settings["title"])
    for element in data.get("elements") or []:
        if not isinstance(element, dict):
            continue
        if element.get("type") == "box" and "label" in element:
            element["name"] = element.pop("label")
        for field in ("name", "role", "label", "text", "title", "description"):
            if field in element:
                element[field] = _as_localized(element[field])
        for entry in element.get("entries") or []:
            if isinstance(entry, dict) and "text" in entry:
                entry["text"] = _as_localized(entry["text"])
            elif isinstance(entry, str):
                pass
        if isinstance(element.get("entries"), list):
            element["entries"] = [
                {"text": {"text": entry}} if isinstance(entry, str) else entry for entry in element["entries"]
            ]
    return data


@migration(2)
def _shapes_free_ends_and_groups_are_new(data: JsonObject) -> JsonObject:
    """Version 3 adds box outlines, arrow ends free on the canvas and groups, all optional.

    A version-2 document is a valid version-3 one as it stands; the step exists so an older
    application meets a version-3 file with "update the application" rather than an unknown field.
    """
    return data


def upgrade(data: JsonObject, version: int, *, target: int = SCHEMA_VERSION) -> JsonObject:
    """Run every migration from ``version`` up to ``target``; the caller checks the range."""
    for step in range(version, target):
        data = MIGRATIONS[step](data)
        data["schema_version"] = step + 1
    return data
