"""Translation providers behind one interface; :func:`make_provider` builds one by name."""

from __future__ import annotations

from editor.i18n.errors import FailureKind, ProviderError
from editor.i18n.providers.base import Provider, ProviderConfig, ProviderLimits
from editor.i18n.providers.memory import MemoryProvider
from editor.i18n.providers.online import (
    DeeplProvider,
    GoogleProvider,
    LibreProvider,
    MicrosoftProvider,
    MyMemoryProvider,
)
from editor.i18n.providers.pseudo import PseudoProvider

PROVIDERS: dict[str, type[Provider]] = {
    provider.name: provider
    for provider in (
        GoogleProvider,
        LibreProvider,
        MyMemoryProvider,
        DeeplProvider,
        MicrosoftProvider,
        MemoryProvider,
        PseudoProvider,
    )
}
DEFAULT_PROVIDER = GoogleProvider.name


def make_provider(name: str, config: ProviderConfig | None = None) -> Provider:
    """A ready provider; raises :class:`ProviderError` for an unknown name or a missing key."""
    config = config or ProviderConfig()
    kind = PROVIDERS.get(name)
    if kind is None:
        raise ProviderError(name, FailureKind.CONFIG, f"unknown provider; choose one of {', '.join(PROVIDERS)}")
    if issubclass(kind, (GoogleProvider, LibreProvider, MyMemoryProvider, DeeplProvider, MicrosoftProvider)):
        return kind(config)
    return kind()


__all__ = [
    "DEFAULT_PROVIDER",
    "PROVIDERS",
    "Provider",
    "ProviderConfig",
    "ProviderLimits",
    "make_provider",
]
