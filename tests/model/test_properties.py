"""Properties over generated documents: lossless round trips, and only our error on garbage."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import Document, DocumentError, dumps, loads
from tests.model.strategies import documents

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(documents())
def test_save_load_round_trip_is_lossless_and_stable(document: Document) -> None:
    text = dumps(document)
    again = loads(text)
    assert again == document
    assert dumps(again) == text


def _mutate(data: Any, path: list[Any], replacement: Any) -> Any:
    if not path:
        return replacement
    head, *rest = path
    if isinstance(data, dict) and data:
        key = list(data)[head % len(data)]
        data[key] = _mutate(data[key], rest, replacement)
    elif isinstance(data, list) and data:
        data[head % len(data)] = _mutate(data[head % len(data)], rest, replacement)
    else:
        return replacement
    return data


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=10,
)


@FAST
@given(documents(max_elements=4), st.lists(st.integers(0, 50), max_size=6), json_values)
def test_mutated_documents_only_raise_document_error(document: Document, path: list[int], value: Any) -> None:
    data = json.loads(dumps(document))
    mutated = _mutate(data, path, value)
    try:
        loads(json.dumps(mutated))
    except DocumentError as error:
        assert "\n" not in str(error)


@FAST
@given(st.binary(max_size=200))
def test_random_bytes_only_raise_document_error(payload: bytes) -> None:
    try:
        loads(payload)
    except DocumentError:
        pass


@FAST
@given(documents(max_elements=4), st.integers(0, 10_000), st.binary(min_size=1, max_size=8))
def test_garbled_bytes_only_raise_document_error(document: Document, offset: int, junk: bytes) -> None:
    raw = dumps(document).encode("utf-8")
    position = offset % len(raw)
    try:
        loads(raw[:position] + junk + raw[position + len(junk) :])
    except DocumentError:
        pass
