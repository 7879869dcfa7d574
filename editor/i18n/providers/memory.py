"""The translation memory as a provider: offline, reuses what was translated or imported before."""

from __future__ import annotations

from collections.abc import Sequence

from editor.i18n.errors import FailureKind, ProviderError
from editor.i18n.providers.base import Provider, ProviderLimits


class MemoryProvider(Provider):
    """Never sends a request. The service already serves every string the memory knows; whatever
    reaches this provider is unknown to the memory, so it stays untranslated (reported as missing).
    """

    name = "memory"
    title = "Translation memory"
    memory_only = True
    limits = ProviderLimits(max_request_chars=100_000, max_batch_strings=200, max_concurrency=1, packs=False)

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        raise ProviderError(
            self.title,
            FailureKind.NOT_IN_MEMORY,
            f"{len(texts)} strings were never translated into {target}: use an online provider or import a file first",
        )
