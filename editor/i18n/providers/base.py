"""The one interface every translation provider offers, and what online providers share.

A provider translates a *batch*: a few masked strings the service hands it at once. Online
providers pack a batch into one request (one string per line) and check the split of the
answer: same number of lines, and each line carrying only its own placeholders. When the check
fails, they fall back to one request per string, so a clever packing never costs correctness.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from editor.i18n.errors import FailureKind, ProviderError
from editor.i18n.providers.http_policy import describe_failure, request_policy

_PLACEHOLDER = re.compile(r"[{｛]\s*([0-9０-９]{1,4})\s*[}｝]")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ALIASES = {"zh-hans": ("zh-cn", "zh"), "zh-hant": ("zh-tw", "zh"), "he": ("iw",), "iw": ("he",), "nb": ("no",)}


@dataclass(frozen=True)
class ProviderLimits:
    """How the service should feed a provider."""

    max_request_chars: int = 4500
    max_batch_strings: int = 20
    max_concurrency: int = 4
    packs: bool = True


@dataclass(frozen=True)
class ProviderConfig:
    """Settings for one run; keys come from the environment or the app settings, never the document."""

    timeout: float = 10.0
    endpoint: str | None = None
    api_key: str | None = None
    region: str | None = None
    max_concurrency: int | None = None


class Provider(ABC):
    """Translates batches of masked strings from one language to another."""

    name: ClassVar[str]
    title: ClassVar[str]
    memory_only: ClassVar[bool] = False
    #: Writes fake text for testing layouts: only pseudo-locale tags may receive it (the service refuses others).
    testing_only: ClassVar[bool] = False
    limits: ProviderLimits = ProviderLimits()

    def __init__(self) -> None:
        self._requests = 0
        self._count_lock = threading.Lock()

    @property
    def requests_made(self) -> int:
        """Network requests sent so far (a packed batch is one request)."""
        return self._requests

    def _count(self, requests: int) -> None:
        with self._count_lock:
            self._requests += requests

    def describe(self) -> str:
        return self.title

    @abstractmethod
    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translations of ``texts`` in order; raises :class:`ProviderError` on failure."""


def _indices(text: str) -> list[int]:
    return [int(match.group(1).translate(_FULL_WIDTH_DIGITS)) for match in _PLACEHOLDER.finditer(text)]


def _shift(text: str, offset: int, keep: range | None = None) -> str:
    def _moved(match: re.Match[str]) -> str:
        index = int(match.group(1).translate(_FULL_WIDTH_DIGITS))
        if keep is not None and index not in keep:
            return match.group()
        return "{" + str(index + offset) + "}"

    return _PLACEHOLDER.sub(_moved, text)


def pack(texts: Sequence[str]) -> tuple[str, list[range]]:
    """One request text: a line per string, placeholders renumbered so each line's are its own."""
    lines: list[str] = []
    ranges: list[range] = []
    offset = 0
    for text in texts:
        count = len(_indices(text))
        lines.append(_shift(text, offset))
        ranges.append(range(offset, offset + count))
        offset += count
    return "\n".join(lines), ranges


def unpack(answer: str, texts: Sequence[str], ranges: Sequence[range]) -> list[str] | None:
    """The per-string answers, or None when the split cannot be trusted."""
    parts = [part.strip() for part in answer.strip("\n").split("\n")]
    if len(parts) != len(texts):
        return None
    result: list[str] = []
    for part, text, own in zip(parts, texts, ranges, strict=True):
        if text.strip() and not part:
            return None
        if any(index not in own for index in _indices(part)):
            return None  # a line carries another string's placeholder: the lines were shuffled or merged
        result.append(_shift(part, -own.start, own))
    return result


def language_code(tag: str, offered: Collection[str], provider: str) -> str:
    """The provider's spelling of a BCP 47 tag (de, zh-CN, de-DE...), or a LANGUAGE error."""
    lowered = {code.lower(): code for code in offered}
    wanted = tag.lower()
    for candidate in (wanted, *_ALIASES.get(wanted, ())):
        if candidate in lowered:
            return lowered[candidate]
    primary = wanted.split("-", 1)[0]
    for candidate in (primary, *_ALIASES.get(primary, ()), f"{primary}-{primary}"):
        if candidate in lowered:
            return lowered[candidate]
    for code in sorted(lowered):
        if code.split("-", 1)[0] == primary:
            return lowered[code]
    raise ProviderError(
        provider,
        FailureKind.LANGUAGE,
        f"{tag!r} is not offered; choose another provider, or export XLIFF for a human translator",
    )


class RemoteProvider(Provider):
    """A provider behind a deep-translator client, with timeouts, clear errors and packing."""

    key_hint: ClassVar[str] = ""
    offered_languages: ClassVar[Mapping[str, str] | None] = None

    def __init__(self, config: ProviderConfig) -> None:
        super().__init__()
        self.config = config
        if config.max_concurrency:
            self.limits = ProviderLimits(
                self.limits.max_request_chars, self.limits.max_batch_strings, config.max_concurrency, self.limits.packs
            )
        self._clients = threading.local()

    @abstractmethod
    def _make_client(self, source: str, target: str) -> Any:
        """A deep-translator client; made per thread, since they keep per-request state."""

    def code(self, tag: str) -> str:
        if self.offered_languages is None:
            return tag
        return language_code(tag, self.offered_languages.values(), self.title)

    def _client(self, source: str, target: str) -> Any:
        clients: dict[tuple[str, str], Any] = self._clients.__dict__.setdefault("by_pair", {})
        if (source, target) not in clients:
            clients[source, target] = self._make_client(self.code(source), self.code(target))
        return clients[source, target]

    def _request(self, text: str, source: str, target: str) -> str:
        with request_policy(self.config.timeout) as record:
            try:
                answer = self._client(source, target).translate(text)
            except ProviderError:
                raise
            except Exception as error:
                raise describe_failure(
                    self.title, error, record, key_hint=self.key_hint, endpoint=self.config.endpoint or ""
                ) from error
            finally:
                self._count(record.requests)
        if not isinstance(answer, str) or (text.strip() and not answer.strip()):
            raise describe_failure(self.title, ValueError("empty answer"), record, endpoint=self.config.endpoint or "")
        return answer

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        if self.limits.packs and len(texts) > 1 and not any("\n" in text for text in texts):
            packed, ranges = pack(texts)
            if len(packed) <= self.limits.max_request_chars:
                split = unpack(self._request(packed, source, target), texts, ranges)
                if split is not None:
                    return split
        return [self._request(text, source, target) for text in texts]
