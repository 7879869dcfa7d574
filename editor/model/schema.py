"""The published JSON Schema of the document format."""

from __future__ import annotations

import json

from editor.model.document import Document


def json_schema() -> dict[str, object]:
    schema = Document.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Diagram Editor document"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
