"""Masking protected terms, restoring them, and catching damaged placeholders."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.i18n.protect import Masked, PlaceholderDamage, Protector, restore

REFERENCE_TOKENS = ["HTTPS", "TCP", "JWT", "OAuth", "REST", "GraphQL", "JSON", "TTL", "GET", "PUT", "SET", "SETEX",
                    "DEL", "SELECT", "UPDATE", "200 OK", "/item/42", "cache:key:42", "300s"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "masked", "terms"),
    [
        ("HTTPS GET /item/42", "{0}", ["HTTPS GET /item/42"]),
        ("SETEX cache:key:42 TTL 300s", "{0}", ["SETEX cache:key:42 TTL 300s"]),
        ("200 OK JSON response", "{0} response", ["200 OK JSON"]),
        ("Cache hit: JSON value", "Cache hit: {0} value", ["JSON"]),
        (
            "Sign in with OAuth, then call GraphQL over TCP",
            "Sign in with {0}, then call {1} over {2}",
            ["OAuth", "GraphQL", "TCP"],
        ),
        ("Wait 3 retries of 250 ms", "Wait {0} retries of {1}", ["3", "250 ms"]),
        (
            "Mail ops@example.com or see https://example.com/docs.",
            "Mail {0} or see {1}.",
            ["ops@example.com", "https://example.com/docs"],
        ),
        ("Run `redis-cli FLUSHALL` carefully", "Run {0} carefully", ["`redis-cli FLUSHALL`"]),
        ("Hello {name}, read and/or write", "Hello {0}, read and/or write", ["{name}"]),
        ("404 Not Found page", "{0} page", ["404 Not Found"]),
    ],
)
def test_masks_built_in_terms(text: str, masked: str, terms: list[str]) -> None:
    result = Protector().mask(text)
    assert result.text == masked
    assert list(result.restorations) == terms
    assert restore(result, result.text) == text


def test_ordinary_words_that_look_like_commands_are_translated() -> None:
    masked = Protector().mask("Get the set, then rest and select a row to update")
    assert masked.restorations == ()


def test_document_glossary_and_forced_translations() -> None:
    protector = Protector(["Redis", "Worker"], {"cache hit": "Cache-Treffer"})
    masked = protector.mask("Cache hit: the Worker reads Redis")
    assert masked.text == "{0}: the {1} reads {2}"
    assert restore(masked, "{0}: der {1} liest {2}") == "Cache-Treffer: der Worker liest Redis"


def test_tolerated_engine_variants_of_placeholders() -> None:
    masked = Masked("{0} liest {1}", ("API", "cache:key:42"))
    assert restore(masked, "{ 0 } liest ｛１｝") == "API liest cache:key:42"


@pytest.mark.parametrize(
    "answer",
    ["{0} liest", "{0} liest {0}", "{0} liest {1} {2}", "{0} liest {l}", "liest"],
    ids=["lost", "duplicated", "unknown", "altered", "all lost"],
)
def test_damage_is_detected(answer: str) -> None:
    with pytest.raises(PlaceholderDamage):
        restore(Masked("{0} reads {1}", ("API", "cache:key:42")), answer)


def test_only_protected_terms_need_no_provider() -> None:
    protector = Protector()
    assert not protector.mask("DEL cache:key:42").needs_provider
    assert protector.mask("DEL the key").needs_provider


_words = st.sampled_from(
    ["cache", "the", "GET", "/item/42", "cache:key:42", "300s", "200 OK", "OAuth", "{x}", "42", "a@b.io",
     "read/write", "and", "`x y`", "https://e.org/a", ":", ",", "Über", "日本"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_words, max_size=12), st.sampled_from([" ", "  ", ", "]))
def test_mask_then_restore_is_identity(words: list[str], separator: str) -> None:
    text = separator.join(words)
    masked = Protector(["Über"]).mask(text)
    assert restore(masked, masked.text) == text
    assert re.findall(r"\{(\d+)\}", masked.text) == [str(index) for index in range(len(masked.restorations))]


def test_reference_tokens_are_each_protected() -> None:
    protector = Protector()
    for token in REFERENCE_TOKENS:
        assert protector.protected_terms(f"we use {token} here") == [token], token


def test_no_catastrophic_backtracking_on_long_paths() -> None:
    text = "/" + "a" * 5000 + "." + " word" * 2000
    masked = Protector().mask(text)
    assert restore(masked, masked.text) == text


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Read user_id from the row", ["user_id"]),
        ("Call getUserById on UserService", ["getUserById", "UserService"]),
        ("Topic orders.v1 and file values-prod.yaml", ["orders.v1", "values-prod.yaml"]),
        ("Set acks=all on /a?client_id=web&response_type=code", ["acks=all", "/a?client_id=web&response_type=code"]),
        ("Sign with RS256 and AES-256 in us-east-1", ["RS256", "AES-256", "us-east-1"]),
        ("Upgrade to v2, then 2.0 over HTTP/2 and apps/v1", ["v2", "2.0", "HTTP/2", "apps/v1"]),
        ("Run it with --dry-run or -o", ["--dry-run", "-o"]),
        ("Serve on 10.0.0.1 in 10.0.0.0/16 at :8080", ["10.0.0.1", "10.0.0.0/16", ":8080"]),
        ("Commit 3f2a9c1 for 123e4567-e89b-12d3-a456-4266141740", ["3f2a9c1", "123e4567-e89b-12d3-a456-4266141740"]),
        ("Replace <namespace> and <your client id>", ["<namespace>", "<your client id>"]),
        ("Index on orders(created_at), please", ["orders(created_at)"]),
        ("Header Authorization: Bearer <token>", ["Authorization: Bearer <token>"]),
    ],
)
def test_identifiers_are_protected_by_shape_without_a_glossary(text: str, terms: list[str]) -> None:
    assert Protector().protected_terms(text) == terms


@pytest.mark.parametrize(
    "text",
    ["Sign in", "Worker", "Browser", "Read-Through cache, e.g. read/write", "The 2nd attempt",
     "Authorization server issues a token", "Multi-factor prompt (optional)", "decade facade"],
)  # fmt: skip
def test_ordinary_words_stay_translatable(text: str) -> None:
    assert Protector().protected_terms(text) == []
