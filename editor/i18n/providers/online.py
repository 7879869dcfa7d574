"""deep-translator's online services behind our provider interface.

Each client is made inside a request policy (Microsoft's constructor already calls the network),
one per worker thread, since the clients keep per-request state in attributes.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar

from deep_translator import DeeplTranslator, GoogleTranslator, LibreTranslator, MicrosoftTranslator, MyMemoryTranslator
from deep_translator.constants import (
    DEEPL_LANGUAGE_TO_CODE,
    GOOGLE_LANGUAGES_TO_CODES,
    LIBRE_LANGUAGES_TO_CODES,
    MY_MEMORY_LANGUAGES_TO_CODES,
)

from editor.i18n.errors import FailureKind, ProviderError
from editor.i18n.providers.base import ProviderConfig, ProviderLimits, RemoteProvider

DEFAULT_LIBRE_ENDPOINT = "http://localhost:5000/"


def with_trailing_slash(url: str) -> str:
    """deep-translator appends ``translate`` to LibreTranslate's URL, so the slash matters."""
    return url if url.endswith("/") else url + "/"


class GoogleProvider(RemoteProvider):
    """Google Translate's public web endpoint: no key; the default online provider."""

    name = "google"
    title = "Google Translate"
    limits = ProviderLimits(max_request_chars=4500, max_batch_strings=20, max_concurrency=4)
    offered_languages = GOOGLE_LANGUAGES_TO_CODES

    def _make_client(self, source: str, target: str) -> Any:
        client = GoogleTranslator(source=source, target=target)
        if self.config.endpoint:  # a mirror or a proxy that speaks the same /m page
            client._base_url = self.config.endpoint
        return client


class LibreProvider(RemoteProvider):
    """A LibreTranslate server, usually self-hosted; the key may be empty for a keyless server."""

    name = "libre"
    title = "LibreTranslate"
    key_hint = "set LIBRE_API_KEY (or the key in Settings) to a key the server accepts"
    limits = ProviderLimits(max_request_chars=4500, max_batch_strings=20, max_concurrency=4)
    offered_languages = LIBRE_LANGUAGES_TO_CODES

    def __init__(self, config: ProviderConfig) -> None:
        endpoint = config.endpoint or os.environ.get("LIBRETRANSLATE_URL") or DEFAULT_LIBRE_ENDPOINT
        super().__init__(
            ProviderConfig(
                timeout=config.timeout,
                endpoint=with_trailing_slash(endpoint),
                api_key=config.api_key or os.environ.get("LIBRE_API_KEY"),
                region=config.region,
                max_concurrency=config.max_concurrency,
            )
        )

    def describe(self) -> str:
        return f"{self.title} at {self.config.endpoint}"

    def _make_client(self, source: str, target: str) -> Any:
        # deep-translator refuses to run without a key, even for servers that need none
        return LibreTranslator(
            source=source, target=target, api_key=self.config.api_key or "none", custom_url=self.config.endpoint
        )


class MyMemoryProvider(RemoteProvider):
    """MyMemory: free, no key, 500 characters a request."""

    name = "mymemory"
    title = "MyMemory"
    limits = ProviderLimits(max_request_chars=480, max_batch_strings=8, max_concurrency=2)
    offered_languages = MY_MEMORY_LANGUAGES_TO_CODES

    def _make_client(self, source: str, target: str) -> Any:
        return MyMemoryTranslator(source=source, target=target)


class _KeyedProvider(RemoteProvider):
    key_variable: ClassVar[str]

    def __init__(self, config: ProviderConfig) -> None:
        key = config.api_key or os.environ.get(self.key_variable)
        if not key:
            raise ProviderError(
                self.title, FailureKind.AUTH, f"needs an API key: set {self.key_variable} or enter the key in Settings"
            )
        super().__init__(ProviderConfig(config.timeout, config.endpoint, key, config.region, config.max_concurrency))


class DeeplProvider(_KeyedProvider):
    name = "deepl"
    title = "DeepL"
    key_variable = "DEEPL_API_KEY"
    key_hint = "check DEEPL_API_KEY (free keys end in :fx)"
    limits = ProviderLimits(max_request_chars=4500, max_batch_strings=20, max_concurrency=4)
    offered_languages = DEEPL_LANGUAGE_TO_CODE

    def _make_client(self, source: str, target: str) -> Any:
        key = self.config.api_key or ""
        return DeeplTranslator(source=source, target=target, api_key=key, use_free_api=key.endswith(":fx"))


class MicrosoftProvider(_KeyedProvider):
    name = "microsoft"
    title = "Microsoft Translator"
    key_variable = "MICROSOFT_API_KEY"
    key_hint = "check MICROSOFT_API_KEY and MICROSOFT_REGION"
    limits = ProviderLimits(max_request_chars=4500, max_batch_strings=20, max_concurrency=4)
    offered_languages = None  # the client fetches the list itself

    def _make_client(self, source: str, target: str) -> Any:
        region = self.config.region or os.environ.get("MICROSOFT_REGION")
        return MicrosoftTranslator(source=source, target=target, api_key=self.config.api_key, region=region)
