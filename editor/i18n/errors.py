"""The errors a translation run can end with: one clear message naming the provider and what to do."""

from __future__ import annotations

from enum import StrEnum


class FailureKind(StrEnum):
    OFFLINE = "offline"
    DNS = "dns"
    TIMEOUT = "timeout"
    AUTH = "auth"
    RATE_LIMIT = "rate-limit"
    SERVER = "server"
    BAD_RESPONSE = "bad-response"
    LANGUAGE = "language"
    CONFIG = "config"
    NOT_IN_MEMORY = "not-in-memory"


class ProviderError(Exception):
    """A provider could not translate; ``str()`` is the one line shown to the user.

    Whatever was translated before the failure is already in the translation memory, so the
    same run started again resumes instead of starting over.
    """

    def __init__(self, provider: str, kind: FailureKind, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"{provider}: {message}")
        self.provider = provider
        self.kind = kind
        self.retry_after = retry_after


class TranslationCancelled(Exception):
    """The user cancelled a run; the document is unchanged and finished strings stay in the memory."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"translation cancelled after {done} of {total} strings")
        self.done = done
        self.total = total
