"""A timeout for every request deep-translator makes, and a record of what the last one did.

deep-translator calls ``requests.get``/``requests.post`` with no timeout and turns most failures
into exceptions that forget the HTTP status and headers (a 429's Retry-After, say). We wrap
``requests.Session.request`` once; the wrapper does nothing unless the calling thread is inside
:func:`request_policy`, so other code in the process keeps requests' own behaviour.
"""

from __future__ import annotations

import functools
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from editor.i18n.errors import FailureKind, ProviderError

_local = threading.local()
_install_lock = threading.Lock()
_TIMEOUT_POSITION = 6  # Session.request(method, url, params, data, headers, cookies, files, auth, timeout, ...)


@dataclass
class RequestRecord:
    """What the requests of one thread did while a policy was active."""

    timeout: float
    requests: int = 0
    url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    exception: BaseException | None = None

    def forget_last(self) -> None:
        self.url, self.status, self.headers, self.body, self.exception = "", None, {}, "", None


def _install() -> None:
    with _install_lock:
        if getattr(requests.Session.request, "_diagram_editor_policy", False):
            return
        original: Callable[..., Any] = requests.Session.request

        @functools.wraps(original)
        def request(self: requests.Session, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            record: RequestRecord | None = getattr(_local, "record", None)
            if record is None:
                return original(self, method, url, *args, **kwargs)
            if len(args) > _TIMEOUT_POSITION:
                if args[_TIMEOUT_POSITION] is None:
                    args = (*args[:_TIMEOUT_POSITION], record.timeout, *args[_TIMEOUT_POSITION + 1 :])
            elif kwargs.get("timeout") is None:
                kwargs["timeout"] = record.timeout
            record.forget_last()
            record.requests += 1
            record.url = url
            try:
                response = original(self, method, url, *args, **kwargs)
            except BaseException as error:
                record.exception = error
                raise
            record.status = response.status_code
            record.headers = dict(response.headers)
            if not kwargs.get("stream"):
                record.body = response.content[:300].decode("utf-8", "replace")
            return response

        request._diagram_editor_policy = True  # type: ignore[attr-defined]
        requests.Session.request = request  # type: ignore[method-assign,assignment]


@contextmanager
def request_policy(timeout: float) -> Iterator[RequestRecord]:
    """Inside this block, every request of this thread gets ``timeout`` seconds and is recorded."""
    _install()
    previous = getattr(_local, "record", None)
    record = RequestRecord(timeout=timeout)
    _local.record = record
    try:
        yield record
    finally:
        _local.record = previous


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def _caused_by(error: BaseException, kind: type[BaseException], name: str = "") -> bool:
    seen: set[int] = set()
    stack: list[BaseException] = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kind) or (name and type(current).__name__ == name):
            return True
        stack.extend(item for item in (current.__cause__, current.__context__) if item is not None)
        stack.extend(argument for argument in current.args if isinstance(argument, BaseException))
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException):
            stack.append(reason)
    return False


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return (text[:80] + "...") if len(text) > 80 else text


def describe_failure(
    provider: str, error: BaseException, record: RequestRecord | None, *, key_hint: str = "", endpoint: str = ""
) -> ProviderError:
    """One :class:`ProviderError` for whatever went wrong in a request, saying what to do about it."""
    if isinstance(error, ProviderError):
        return error
    host = urlsplit(record.url).netloc if record and record.url else urlsplit(endpoint).netloc or "the service"
    # with a record, only what the transport itself raised counts as a network failure (requests'
    # JSONDecodeError is a RequestException too, but it means the answer was garbage)
    transport = record.exception if record is not None else error
    if isinstance(transport, requests.exceptions.Timeout):
        seconds = f"{record.timeout:g} s" if record else "the time limit"
        return ProviderError(
            provider,
            FailureKind.TIMEOUT,
            f"no answer from {host} within {seconds}: check that the service is up, or allow more time (--timeout)",
        )
    if isinstance(transport, requests.exceptions.ConnectionError):
        if _caused_by(transport, socket.gaierror, "NameResolutionError"):
            return ProviderError(
                provider,
                FailureKind.DNS,
                f"cannot resolve the host name {host}: check the network connection and the service address",
            )
        if isinstance(transport, requests.exceptions.SSLError):
            return ProviderError(
                provider, FailureKind.OFFLINE, f"secure connection to {host} failed: check the address"
            )
        return ProviderError(
            provider,
            FailureKind.OFFLINE,
            f"cannot connect to {host}: check the network connection, or that the service at that address is running",
        )
    if isinstance(transport, requests.exceptions.RequestException):
        return ProviderError(provider, FailureKind.OFFLINE, f"request to {host} failed ({type(transport).__name__})")
    status = record.status if record else None
    if status in (401, 403) or type(error).__name__ in ("AuthorizationException", "ApiKeyException"):
        shown = f" (HTTP {status})" if status else ""
        return ProviderError(
            provider, FailureKind.AUTH, f"the service refused the API key{shown}: {key_hint or 'check the API key'}"
        )
    if status == 429 or type(error).__name__ == "TooManyRequests":
        wait = _retry_after_seconds(record.headers.get("Retry-After") if record else None)
        advice = f"wait {wait:g} s and run again" if wait is not None else "wait a minute and run again"
        return ProviderError(
            provider,
            FailureKind.RATE_LIMIT,
            f"too many requests (HTTP 429): {advice}; finished strings are kept in the translation memory",
            retry_after=wait,
        )
    if status is not None and status >= 500:
        return ProviderError(
            provider,
            FailureKind.SERVER,
            f"server error at {host} (HTTP {status}): try again later or choose another provider",
        )
    if status is not None and status >= 400:
        said = f": {_snippet(record.body)}" if record and record.body.strip() else ""
        return ProviderError(provider, FailureKind.CONFIG, f"{host} rejected the request (HTTP {status}{said})")
    if type(error).__name__ in ("LanguageNotSupportedException", "InvalidSourceOrTargetLanguage"):
        return ProviderError(provider, FailureKind.LANGUAGE, f"language not offered by this provider ({error})")
    body = _snippet(record.body) if record else ""
    return ProviderError(
        provider,
        FailureKind.BAD_RESPONSE,
        f"{host} answered with something that is not a translation ({body or type(error).__name__!s}): "
        "check that the address points at the right kind of service",
    )
