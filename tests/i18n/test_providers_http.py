"""deep-translator's real LibreTranslate client over real HTTP against the fake server on 127.0.0.1."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest
import requests

from editor.i18n.errors import FailureKind, ProviderError
from editor.i18n.providers import PROVIDERS, ProviderConfig, make_provider
from editor.i18n.providers.base import pack, unpack
from editor.i18n.providers.http_policy import request_policy
from editor.i18n.providers.online import GoogleProvider, LibreProvider
from tests.i18n.fake_libretranslate import FakeLibreTranslate

Start = Callable[[str], FakeLibreTranslate]


def _libre(server: FakeLibreTranslate, timeout: float = 3.0) -> LibreProvider:
    provider = make_provider("libre", ProviderConfig(endpoint=server.url.rstrip("/"), timeout=timeout))
    assert isinstance(provider, LibreProvider)
    return provider


def test_packs_a_batch_into_one_request(libre_server: Start) -> None:
    server = libre_server("good")
    provider = _libre(server)
    answers = provider.translate_batch(["{0} checks {1}", "Read path", "Cache miss"], "en", "de")
    assert answers == ["{0} prüft {1}", "Lese Pfad", "Cache Fehltreffer"]
    assert len(server.requests) == provider.requests_made == 1
    assert server.requests[0]["q"] == "{0} checks {1}\nRead path\nCache miss"
    assert server.requests[0]["source"] == "en" and server.requests[0]["target"] == "de"


def test_japanese_and_arabic_come_back_in_their_scripts(libre_server: Start) -> None:
    provider = _libre(libre_server("good"))
    assert provider.translate_batch(["Primary database"], "en", "ja") == ["プライマリデータベース"]
    assert provider.translate_batch(["Primary database"], "en", "ar") == ["الرئيسية قاعدة البيانات"]


def test_split_that_cannot_be_trusted_falls_back_to_one_request_per_string() -> None:
    texts = ["{0} reads", "writes {0}"]
    packed, ranges = pack(texts)
    assert packed == "{0} reads\nwrites {1}"
    assert unpack("{0} liest\nschreibt {1}", texts, ranges) == ["{0} liest", "schreibt {0}"]
    assert unpack("{0} liest schreibt {1}", texts, ranges) is None  # lines merged
    assert unpack("schreibt {1}\n{0} liest", texts, ranges) is None  # lines swapped


@pytest.mark.parametrize(
    ("mode", "kind", "words"),
    [
        ("rate-limit", FailureKind.RATE_LIMIT, ["HTTP 429", "wait 7 s", "translation memory"]),
        ("error", FailureKind.SERVER, ["HTTP 500", "try again later"]),
        ("garbage", FailureKind.BAD_RESPONSE, ["not a translation", "Service temporarily moved"]),
        ("unauthorized", FailureKind.AUTH, ["HTTP 403", "LIBRE_API_KEY"]),
    ],
)
def test_failures_name_the_provider_and_what_to_do(
    libre_server: Start, mode: str, kind: FailureKind, words: list[str]
) -> None:
    provider = _libre(libre_server(mode))
    with pytest.raises(ProviderError) as caught:
        provider.translate_batch(["Read path"], "en", "de")
    message = str(caught.value)
    assert caught.value.kind is kind
    assert message.startswith("LibreTranslate: ")
    assert "\n" not in message
    for word in words:
        assert word in message
    if mode == "rate-limit":
        assert caught.value.retry_after == 7


def test_a_hanging_server_times_out(libre_server: Start) -> None:
    server = libre_server("hang")
    provider = _libre(server, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(ProviderError) as caught:
        provider.translate_batch(["Read path"], "en", "de")
    assert time.monotonic() - started < 5
    assert caught.value.kind is FailureKind.TIMEOUT
    assert "within 0.5 s" in str(caught.value) and "--timeout" in str(caught.value)


def test_connection_refused_is_reported_as_offline() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    provider = make_provider("libre", ProviderConfig(endpoint=f"http://127.0.0.1:{port}/", timeout=2))
    with pytest.raises(ProviderError) as caught:
        provider.translate_batch(["Read path"], "en", "de")
    assert caught.value.kind is FailureKind.OFFLINE
    assert f"127.0.0.1:{port}" in str(caught.value)


def test_unresolvable_host_is_reported_as_dns() -> None:
    provider = make_provider("libre", ProviderConfig(endpoint="http://no-such-host.invalid/", timeout=2))
    with pytest.raises(ProviderError) as caught:
        provider.translate_batch(["Read path"], "en", "de")
    assert caught.value.kind is FailureKind.DNS
    assert "no-such-host.invalid" in str(caught.value)


def test_policy_gives_requests_a_timeout_only_inside_the_block(libre_server: Start) -> None:
    server = libre_server("hang")
    with request_policy(0.3) as record, pytest.raises(requests.exceptions.Timeout):
        requests.post(server.url + "translate", params={"q": "x"})
    assert record.requests == 1 and isinstance(record.exception, requests.exceptions.Timeout)
    with pytest.raises(requests.exceptions.Timeout):  # outside the block requests keeps its own rules
        requests.post(server.url + "translate", params={"q": "x"}, timeout=0.3)


def test_keyed_providers_need_a_key_and_never_read_it_from_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    with pytest.raises(ProviderError) as caught:
        make_provider("deepl")
    assert caught.value.kind is FailureKind.AUTH and "DEEPL_API_KEY" in str(caught.value)
    monkeypatch.setenv("DEEPL_API_KEY", "abc:fx")
    assert make_provider("deepl").config.api_key == "abc:fx"


def test_provider_table_and_language_codes() -> None:
    assert set(PROVIDERS) == {"google", "libre", "mymemory", "deepl", "microsoft", "memory", "pseudo"}
    google = make_provider("google")
    assert isinstance(google, GoogleProvider)
    assert [google.code(tag) for tag in ("de", "zh-Hans", "he", "pt-BR")] == ["de", "zh-CN", "iw", "pt"]
    assert make_provider("mymemory").code("de") == "de-DE"  # type: ignore[attr-defined]
    with pytest.raises(ProviderError) as caught:
        google.code("tlh")
    assert caught.value.kind is FailureKind.LANGUAGE


def test_libre_endpoint_gets_its_trailing_slash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBRETRANSLATE_URL", "http://translate.internal:5000")
    provider = make_provider("libre")
    assert isinstance(provider, LibreProvider)
    assert provider.config.endpoint == "http://translate.internal:5000/"
