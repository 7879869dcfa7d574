"""Protected terms: masked into numbered placeholders before a provider sees a string, restored after.

Placeholder shape: ``{0}``, ``{1}``... Why this one:

- Google's own Translator Toolkit shows inline tags to translators as ``{0}`` / ``{1/}``, and
  ``{0}``-style format strings fill the software-localization corpora engines are trained on,
  so engines have learnt to copy them.
- It is plain ASCII without letters: nothing to transliterate, inflect or capitalize. Word-like
  sentinels (``xx0xx``, ``###T01###``, ``__P0__``) are reported to be translated or squeezed by
  real engines (Tolgee's AWS zh-TW fix, LibreTranslate issue 944); rare Unicode brackets such as
  ``⟦0⟧`` risk becoming unknown tokens in sentencepiece vocabularies (Argos, behind
  LibreTranslate) and being dropped.
- XML-ish ``<x id="0"/>`` only survives when the provider runs in HTML/XML mode, and
  deep-translator's clients send plain text.

Restoring tolerates what engines are known to do to such tokens (spaces inside the braces,
full-width braces and digits in CJK output); anything else (a placeholder lost, duplicated,
renumbered or altered) is *damage*: the caller keeps the source and flags the string for review,
never a corrupted mix. No live engine could be queried on the build machine (no network), so the
tolerated variants come from the reports above, not from a measurement.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

PLACEHOLDER = "{{{0}}}"
_PLACEHOLDER_SEEN = re.compile(r"[{｛]\s*([0-9０-９]{1,4})\s*[}｝]")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

PROTOCOLS = (
    "HTTPS", "HTTP", "HTTP/1.1", "HTTP/2", "HTTP/3", "TCP", "UDP", "TLS", "SSL", "mTLS", "JWT", "OAuth", "OAuth2",
    "OIDC", "SAML", "REST", "GraphQL", "gRPC", "JSON", "XML", "YAML", "CSV", "HTML", "CSS", "SQL", "NoSQL", "TTL",
    "URL", "URI", "API", "APIs", "SDK", "CLI", "DNS", "IP", "IPv4", "IPv6", "SSH", "FTP", "SFTP", "SMTP", "IMAP",
    "WebSocket", "WebSockets", "AMQP", "MQTT", "CDN", "CPU", "GPU", "RAM", "SSD", "UUID", "CRUD", "ACID", "LRU",
    "LFU", "TCP/IP", "S3", "CORS", "CSRF", "XSS", "JWKS", "JSONB", "ID", "IDs",
)  # fmt: skip
HTTP_VERBS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE")
REDIS_COMMANDS = (
    "GET", "SET", "SETEX", "SETNX", "PSETEX", "GETEX", "GETDEL", "MGET", "MSET", "DEL", "UNLINK", "EXPIRE",
    "PEXPIRE", "EXPIREAT", "PERSIST", "INCR", "DECR", "INCRBY", "HGET", "HSET", "HDEL", "HGETALL", "LPUSH",
    "RPUSH", "LPOP", "RPOP", "LRANGE", "SADD", "SREM", "SMEMBERS", "ZADD", "ZREM", "ZRANGE", "XADD", "XREAD",
    "PUBLISH", "SUBSCRIBE", "MULTI", "EXEC", "WATCH", "KEYS", "SCAN", "FLUSHDB", "FLUSHALL", "EXISTS",
)  # fmt: skip
SQL_KEYWORDS = (
    "SELECT", "INSERT", "UPDATE", "DELETE", "UPSERT", "MERGE", "FROM", "WHERE", "JOIN", "VALUES", "INTO",
    "COMMIT", "ROLLBACK", "BEGIN", "TRANSACTION", "CREATE", "DROP", "ALTER", "TABLE", "INDEX", "GROUP BY",
    "ORDER BY", "LIMIT", "RETURNING", "NULL",
)  # fmt: skip
HTTP_REASONS = (
    "OK", "Created", "Accepted", "No Content", "Moved Permanently", "Found", "See Other", "Not Modified",
    "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Conflict", "Gone",
    "Too Many Requests", "Internal Server Error", "Bad Gateway", "Service Unavailable", "Gateway Timeout",
)  # fmt: skip
UNITS = ("ms", "µs", "us", "ns", "s", "sec", "min", "h", "d", "B", "KB", "kB", "MB", "GB", "TB", "KiB", "MiB",
         "GiB", "Kbps", "Mbps", "Gbps", "rps", "qps", "px", "pt", "%", "°C", "x")  # fmt: skip
BUILT_IN_TERMS = tuple(dict.fromkeys(PROTOCOLS + HTTP_VERBS + REDIS_COMMANDS + SQL_KEYWORDS))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


#: (pattern, priority) for the built-in shapes; a lower priority number wins an overlap of equal length
_SHAPES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"`[^`\n]+`"), 0),
    (re.compile(r"\b(?:https?|ftp|wss?)://[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]"), 0),
    (re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"), 0),
    (re.compile(r"\{[^{}\n]{0,60}\}|%(?:\d+\$)?[sdif@]|\$\{[^}\n]{1,60}\}"), 0),
    (re.compile(rf"\b[1-5]\d\d (?:{_alternation(HTTP_REASONS)})(?![\w-])"), 1),
    (re.compile(r"(?<![\w/.-])/[\w.~%@+-](?:[\w.~%@+-]*[\w~%@+-])?(?:/[\w.~%@+-]*[\w~%@+-])*/?"), 1),
    (re.compile(r"(?<![\w:])[A-Za-z_][\w.-]*(?::[\w.*{}-]+)+"), 1),
    (re.compile(rf"(?<![\w.])\d+(?:[.,]\d+)*\s?(?:{_alternation(UNITS)})(?![\w])"), 2),
    (re.compile(r"(?<![\w.])[+-]?\d+(?:[.,:]\d+)*(?![\w])"), 3),
)
_BUILT_IN_WORDS = re.compile(rf"(?<![\w-])(?:{_alternation(BUILT_IN_TERMS)})(?![\w-])")

#: a whitespace-separated chunk, less the punctuation that wraps it in a sentence
_CHUNK = re.compile(r"\S+")
_CHUNK_LEADING = "\"'“‘([{"
_CHUNK_TRAILING = "\"'”’,;:!?."
HTTP_HEADERS = (
    "Authorization", "Content-Type", "Content-Length", "Cache-Control", "Accept", "Accept-Language", "Cookie",
    "Set-Cookie", "Location", "Retry-After", "ETag", "If-None-Match", "User-Agent", "Host", "Origin",
    "WWW-Authenticate", "Strict-Transport-Security", "Content-Security-Policy",
)  # fmt: skip
_HEADER_LINE = re.compile(
    rf"(?<![\w-])(?:{_alternation(HTTP_HEADERS)}|X-[A-Za-z][\w-]*):(?: (?:Bearer|Basic|Digest)(?![\w-]))?"
)
_ANGLE_PLACEHOLDER = re.compile(r"<[^<>\s][^<>\n]{0,58}>")
_INNER_CAPITAL = re.compile(r"[A-Za-z0-9][A-Z]")
_INNER_DOT = re.compile(r"[\w*-]\.[A-Za-z_*]")
_KEY_VALUE = re.compile(r"(?:^|[?&])[A-Za-z_][\w.\[\]-]*=")
_FLAG = re.compile(r"--?[A-Za-z][\w-]*(?:=.*)?")
_CODE_WITH_DIGITS = re.compile(r"(?=.*\d)(?=.*[A-Za-z])[\w./:+#-]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_PORT_OR_SIGIL = re.compile(r":\d{1,5}|[.@$][A-Za-z_{][\w.{}/-]*|\?\S+|X-[A-Za-z][\w-]*|\.{0,2}/[\w.-]+(?:/[\w.-]+)*")
_SLASH_VERSION = re.compile(r"[\w.-]+/[\w.-]*\d[\w.-]*")


def is_technical_chunk(chunk: str) -> bool:
    """True for identifiers no translation may touch, judged by shape alone (no glossary needed).

    snake_case, camelCase / PascalCase with an inner capital, all-caps acronyms (two capitals or
    more), dotted names and file names, key=value pairs and query strings, CLI flags, codes,
    versions, hashes and UUIDs (letters mixed with digits), ``HTTP/2``-like slashes, ports and
    sigils (``:8080``, ``.env``, ``@scope``, ``$VAR``). A capital after a hyphen or slash does not
    count (``Read-Through``, ``Read/Write`` stay translatable), nor do ordinals (``2nd``) or
    one-letter abbreviations (``e.g``).
    """
    if "_" in chunk.strip("_") and any(character.isalnum() for character in chunk):
        return True
    if _INNER_CAPITAL.search(chunk) or _KEY_VALUE.search(chunk) or _FLAG.fullmatch(chunk):
        return True
    if _INNER_DOT.search(chunk) and any(len(part) > 1 for part in re.split(r"[.]", chunk) if part):
        return not all(len(part) <= 1 for part in chunk.split("."))
    if _CODE_WITH_DIGITS.fullmatch(chunk) and not _ORDINAL.fullmatch(chunk):
        return True
    return bool(_PORT_OR_SIGIL.fullmatch(chunk) or _SLASH_VERSION.fullmatch(chunk))


def _technical_spans(text: str) -> Iterable[tuple[int, int]]:
    for match in _ANGLE_PLACEHOLDER.finditer(text):
        yield match.start(), match.end()
    for match in _HEADER_LINE.finditer(text):
        yield match.start(), match.end()
    for match in _CHUNK.finditer(text):
        start, chunk = _unwrapped(match.start(), match.group())
        if chunk and is_technical_chunk(chunk):
            yield start, start + len(chunk)


def _unwrapped(start: int, chunk: str) -> tuple[int, str]:
    """A chunk less sentence punctuation around it; a closing bracket stays when the chunk opened it."""
    stripped = chunk.lstrip(_CHUNK_LEADING)
    start += len(chunk) - len(stripped)
    while stripped:
        last = stripped[-1]
        opener = "([{"[")]}".index(last)] if last in ")]}" else ""
        if last in _CHUNK_TRAILING or (opener and stripped.count(last) > stripped.count(opener)):
            stripped = stripped[:-1]
        else:
            break
    return start, stripped


def _literal_pattern(term: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """A whole-word match for a glossary term (word boundaries only where the term has word ends)."""
    start = r"(?<![\w-])" if term[:1].isalnum() or term[:1] == "_" else ""
    end = r"(?![\w-])" if term[-1:].isalnum() or term[-1:] == "_" else ""
    return re.compile(start + re.escape(term) + end, re.IGNORECASE if ignore_case else 0)


class PlaceholderDamage(ValueError):
    """A provider lost, duplicated or altered a placeholder; the translation must not be used."""


@dataclass(frozen=True)
class Masked:
    """A string with its protected terms replaced by ``{0}``, ``{1}``..., and what they stand for."""

    text: str
    restorations: tuple[str, ...]

    @property
    def needs_provider(self) -> bool:
        """False when nothing but placeholders, digits and punctuation is left to translate."""
        return any(character.isalpha() for character in _PLACEHOLDER_SEEN.sub("", self.text))

    def placeholder_count(self) -> int:
        return len(self.restorations)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    value: str
    priority: int


class Protector:
    """Masks built-in technical terms plus one document's glossary for one target language."""

    def __init__(
        self,
        protected: Iterable[str] = (),
        forced: Mapping[str, str] | None = None,
    ) -> None:
        self._protected = [_literal_pattern(term) for term in sorted(set(protected), key=len, reverse=True) if term]
        self._forced = [
            (_literal_pattern(term, ignore_case=True), translation)
            for term, translation in sorted((forced or {}).items(), key=lambda item: len(item[0]), reverse=True)
            if term
        ]
        self._known_spans: dict[str, list[tuple[int, int, str]]] = {}  # one run asks about a text more than once

    def _candidates(self, text: str) -> list[_Span]:
        spans: list[_Span] = []
        for pattern, translation in self._forced:
            spans.extend(_Span(match.start(), match.end(), translation, -2) for match in pattern.finditer(text))
        for pattern in self._protected:
            spans.extend(_Span(match.start(), match.end(), match.group(), -1) for match in pattern.finditer(text))
        for pattern, priority in _SHAPES:
            spans.extend(_Span(match.start(), match.end(), match.group(), priority) for match in pattern.finditer(text))
        spans.extend(_Span(match.start(), match.end(), match.group(), 4) for match in _BUILT_IN_WORDS.finditer(text))
        spans.extend(_Span(start, end, text[start:end], 2) for start, end in _technical_spans(text))
        return spans

    def protected_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, restored value) of every protected run, in text order."""
        known = self._known_spans.get(text)
        if known is None:
            known = self._known_spans[text] = self._find_spans(text)
        return list(known)

    def _find_spans(self, text: str) -> list[tuple[int, int, str]]:
        chosen: list[_Span] = []
        for span in sorted(self._candidates(text), key=lambda s: (s.priority >= 0, s.start - s.end, s.priority)):
            if span.end > span.start and all(span.end <= kept.start or span.start >= kept.end for kept in chosen):
                chosen.append(span)
        chosen.sort(key=lambda span: span.start)
        merged: list[tuple[int, int, str]] = []
        for span in chosen:
            gap = text[merged[-1][1] : span.start] if merged else None
            if merged and gap is not None and gap.strip(" ") == "":
                start, _, value = merged[-1]
                merged[-1] = (start, span.end, value + gap + span.value)
            else:
                merged.append((span.start, span.end, span.value))
        return merged

    def mask(self, text: str) -> Masked:
        pieces: list[str] = []
        restorations: list[str] = []
        position = 0
        for start, end, value in self.protected_spans(text):
            pieces.append(text[position:start])
            pieces.append(PLACEHOLDER.format(len(restorations)))
            restorations.append(value)
            position = end
        pieces.append(text[position:])
        return Masked("".join(pieces), tuple(restorations))

    def protected_terms(self, text: str) -> list[str]:
        """The protected terms of ``text`` as they must appear in any translation of it."""
        return [value for _, _, value in self.protected_spans(text)]


def restore(masked: Masked, translated: str) -> str:
    """Put the protected terms back; raise :class:`PlaceholderDamage` unless each placeholder came back once."""
    found = [int(match.group(1).translate(_FULL_WIDTH_DIGITS)) for match in _PLACEHOLDER_SEEN.finditer(translated)]
    expected = list(range(len(masked.restorations)))
    if sorted(found) != expected:
        missing = sorted(set(expected) - set(found))
        extra = sorted(index for index in set(found) if found.count(index) > 1 or index not in expected)
        raise PlaceholderDamage(f"placeholders missing {missing}, duplicated or unknown {extra} in {translated!r}")

    def _value(match: re.Match[str]) -> str:
        return masked.restorations[int(match.group(1).translate(_FULL_WIDTH_DIGITS))]

    return _PLACEHOLDER_SEEN.sub(_value, translated)


def fingerprint(masked: Masked) -> str:
    """Names the protection a string was translated under: its masked shape and the terms masked.

    Two runs give the same fingerprint exactly when the same terms were protected or forced at
    the same places, so the memory can tell a translation made before a glossary change.
    """
    if not masked.restorations:
        return "plain"
    key = "\x1f".join((" ".join(masked.text.split()), *masked.restorations))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def protector_for(
    protected: Iterable[str], forced_by_language: Mapping[str, Mapping[str, str]], language: str
) -> Protector:
    """The protector for one target language: document terms plus that language's forced translations."""
    return Protector(protected, forced_by_language.get(language, {}))
