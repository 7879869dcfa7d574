"""Reading and writing documents: tolerant of old versions, strict after migration, atomic.

Documents are JSON files, or the JSON stored in an exported PNG (an iTXt chunk) or SVG (in
``<metadata>``), read and written here without Qt. Every problem is one ``DocumentError``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import gc
import json
import os
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from editor.model import migrations
from editor.model.atomic_files import write_atomically
from editor.model.document import FORMAT_NAME, SCHEMA_VERSION, Document
from editor.model.errors import MAX_NESTING, DocumentError, located_error, nesting_depth

MAX_FILE_BYTES = 100 * 1024 * 1024
PDF_HAS_NO_DOCUMENT = "a PDF does not carry its diagram: open the .diagram.json, PNG or SVG it was exported from"


#: where pydantic's JSON writer spells a float unlike ``json.dumps``: with an exponent (``1e-7``,
#: Python ``1e-07``), below 1e-4 in full (``0.00001``, Python ``1e-05``) or 17 digits and more
#: (Python ``1e+17``); NaN as ``null``. Searched with digits made zeros, each by a literal (fast)
_DIGITS_AS_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_EXPONENT = re.compile(rb"0e-?0+[,\n]")
_LONG_NUMBER = b"0" * 17


def _spelled_alike(fast: bytes) -> bool:
    """False when ``fast`` may hold a float ``json.dumps`` writes otherwise (false alarms are harmless)."""
    zeros = fast.translate(_DIGITS_AS_ZEROS)
    return not (
        _EXPONENT.search(zeros) or _LONG_NUMBER in zeros or b" 0.0000" in fast or b"-0.0000" in fast or b"null" in fast
    )


def dumps(document: Document) -> str:
    """Stable text: fields in model order, two-space indent, UTF-8 kept readable.

    Written by pydantic's JSON serializer (Rust): ``json.dumps`` with an indent runs the pure-Python
    encoder, 0.7 s of a 10,000-box export that embeds the document. The two agree byte for byte but
    for some float spellings (:func:`_spelled_alike`); a document with one of those (or text
    pydantic refuses to encode) is written by ``json.dumps`` as before, so files never change.
    """
    with paused_gc():  # the texts' serializer makes a dict each: collections over a big document cost seconds
        with contextlib.suppress(ValueError):
            fast = document.__pydantic_serializer__.to_json(document, indent=2, exclude_none=True)
            if _spelled_alike(fast):
                return fast.decode("utf-8") + "\n"
        data = document.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def from_data(data: Any) -> Document:
    """Validate parsed JSON, migrating older schema versions first."""
    if not isinstance(data, dict):
        raise DocumentError(f"expected a JSON object at the top level, found {type(data).__name__}")
    if data.get("format") != FORMAT_NAME:
        found = data.get("format")
        raise DocumentError(
            f"not a diagram-editor document (format is {found!r}, expected {FORMAT_NAME!r})", where="format"
        )
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DocumentError("missing or non-integer schema_version", where="schema_version")
    if version > SCHEMA_VERSION:
        raise DocumentError(
            f"written by a newer version of Diagram Editor (schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}): update the application to open it",
            where="schema_version",
        )
    if version < migrations.OLDEST_SUPPORTED:
        raise DocumentError(f"schema_version {version} is older than any version we can read", where="schema_version")
    data = migrations.upgrade(data, version)
    try:
        return Document.model_validate(data)
    except ValidationError as error:
        # A valid document is never deep, so depth is only measured to explain a failure
        # (walking every value of a 10,000-box file would cost 0.2 s on the happy path).
        if nesting_depth(data) > MAX_NESTING:
            raise DocumentError(f"JSON nested deeper than {MAX_NESTING} levels") from None
        raise located_error(error, data) from None


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: reading, laying out or writing a big document allocates
    a million acyclic objects at once, and the collector's passes over them cost a third of a
    10,000-box load and doubled layout and export times.

    On the way out the new objects join the oldest generation directly (``freeze`` then
    ``unfreeze`` moves every tracked object there without scanning it); otherwise the first
    young-generation pass after re-enabling would walk them all at once (0.1-0.2 s for a
    10,000-box document). They stay collectable: full collections still see them.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _validate_current_version(text: str | bytes) -> Document | None:
    """The happy path: a current-version file parsed and validated in one pass by pydantic-core.

    Saves the Python JSON parse (about 0.1 s at 10,000 boxes). Anything it rejects (an older
    version to migrate, a newer one, any error) goes the slow way, which explains the problem.
    """
    try:
        document = Document.model_validate_json(text)
    except ValidationError:
        return None
    # The envelope has defaults for building documents in code; a file must state it.
    return document if {"format", "schema_version"} <= document.model_fields_set else None


def _blank(text: str | bytes) -> bool:
    """Empty or only whitespace, without copying a big file when its first character says no."""
    return not text or (text[:1].isspace() and not text.strip())


def loads(text: str | bytes, *, source: str = "<memory>") -> Document:
    try:
        tried_fast = False
        if isinstance(text, bytes):
            if len(text) > MAX_FILE_BYTES:
                raise DocumentError(f"file is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB limit")
            if text.startswith(PNG_SIGNATURE):
                text = read_embedded_document(text)
            elif text.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
                text = read_svg_document(text)
            elif _blank(text):
                raise DocumentError("file is empty")
            elif text.startswith(b"%PDF-"):
                raise DocumentError(PDF_HAS_NO_DOCUMENT)
            else:  # pydantic-core reads the bytes itself: no decoded copy (a BOM or bad UTF-8 goes the slow way)
                with paused_gc():
                    fast = _validate_current_version(text)
                if fast is not None:
                    return fast
                tried_fast = True
            try:
                text = text.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise DocumentError(
                    f"not UTF-8 text (byte 0x{text[error.start]:02x} at offset {error.start})"
                ) from None
        if _blank(text):
            raise DocumentError("file is empty")
        if not tried_fast:
            with paused_gc():
                fast = _validate_current_version(text)
            if fast is not None:
                return fast
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise DocumentError(
                f"invalid JSON: {error.msg}", where=f"line {error.lineno}, column {error.colno}"
            ) from None
        except RecursionError:
            raise DocumentError(f"JSON nested deeper than {MAX_NESTING} levels") from None
        return from_data(data)
    except DocumentError as error:
        raise error.with_source(source) from None


def read_limited(path: str | os.PathLike[str]) -> bytes:
    """A document file's bytes, refused past the size limit; every failure is one DocumentError."""
    source = str(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise DocumentError(f"file is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB limit", source=source)
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise DocumentError("no such file", source=source) from None
    except IsADirectoryError:
        raise DocumentError("is a folder, not a file", source=source) from None
    except PermissionError:
        raise DocumentError("permission denied", source=source) from None
    except OSError as error:
        raise DocumentError(f"cannot read: {error.strerror or error}", source=source) from None
    return raw


def load(path: str | os.PathLike[str]) -> Document:
    """Read a ``.diagram.json`` file, or a PNG or SVG that we exported with the document embedded."""
    return loads(read_limited(path), source=str(path))


def save(document: Document, path: str | os.PathLike[str]) -> bool:
    """Writes ``document`` atomically, keeping the previous file as ``.bak`` and the file's mode
    (see :mod:`editor.model.atomic_files`); False when the file already held exactly this."""
    try:
        return write_atomically(path, dumps(document).encode("utf-8"))
    except OSError as error:
        raise DocumentError(f"cannot save: {error.strerror or error}", source=str(path)) from None


# --- the document JSON inside an exported PNG (an iTXt chunk) ---------------------------------

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DOCUMENT_KEYWORD = b"diagram-editor"


def _chunks(data: bytes) -> list[tuple[bytes, bytes, int]]:
    """(type, body, offset of the chunk) for every chunk; raises on a truncated file."""
    found, offset = [], len(PNG_SIGNATURE)
    while offset < len(data):
        if offset + 8 > len(data):
            raise DocumentError("PNG file is truncated")
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        end = offset + 12 + length
        if end > len(data):
            raise DocumentError(f"PNG chunk {kind.decode('latin-1', 'replace')} is truncated")
        found.append((kind, data[offset + 8 : offset + 8 + length], offset))
        offset = end
        if kind == b"IEND":
            break
    return found


def png_chunk(kind: bytes, body: bytes) -> bytes:
    """One PNG chunk: length, type, body, CRC."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def document_chunk(document_json: str) -> bytes:
    """The compressed iTXt chunk that carries the document inside an exported PNG."""
    body = (
        DOCUMENT_KEYWORD + b"\x00" + b"\x01\x00" + b"\x00" + b"\x00" + zlib.compress(document_json.encode("utf-8"), 9)
    )
    return png_chunk(b"iTXt", body)


def embed_document(png: bytes, document_json: str) -> bytes:
    """A copy of ``png`` with the document stored as a compressed iTXt chunk before IEND."""
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG image")
    chunks = _chunks(png)
    iend_offset = next(offset for kind, _, offset in chunks if kind == b"IEND")
    return png[:iend_offset] + document_chunk(document_json) + png[iend_offset:]


def read_embedded_document(png: bytes) -> bytes:
    """The document JSON bytes stored by :func:`embed_document`."""
    for kind, body, _ in _chunks(png):
        if kind != b"iTXt":
            continue
        keyword, _, rest = body.partition(b"\x00")
        if keyword != DOCUMENT_KEYWORD or len(rest) < 2:
            continue
        compressed, method = rest[0], rest[1]
        language_end = rest.index(b"\x00", 2)
        translated_end = rest.index(b"\x00", language_end + 1)
        text = rest[translated_end + 1 :]
        if compressed:
            if method != 0:
                raise DocumentError("embedded document uses an unknown compression")
            text = _inflate(text, "PNG")
        return text
    raise DocumentError("PNG image has no embedded diagram (export it from Diagram Editor to keep one)")


def _inflate(data: bytes, container: str) -> bytes:
    """Decompressed embedded JSON, refused past the file size limit (a small file may inflate hugely)."""
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data, MAX_FILE_BYTES)
    except zlib.error:
        raise DocumentError(f"embedded document in the {container} is corrupt") from None
    if inflater.unconsumed_tail:
        raise DocumentError(f"embedded document is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB limit")
    return text


# --- the document JSON inside an exported SVG (in <metadata>, which screen readers do not read) ----

SVG_DOCUMENT_NAMESPACE = "urn:diagram-editor:document"
_SVG_DOCUMENT = re.compile(rb"<diagram-editor:document\b[^>]*>([A-Za-z0-9+/=\s]*)</diagram-editor:document>")


def svg_metadata(document_json: str) -> str:
    """``<metadata>`` with the document: deflated JSON in base64 (a quarter of its size, no markup).

    zlib's default level 6: level 9 took three times as long (0.2 s for a 10,000-box document, 2 s
    at 100,000) for a metadata block a fifth smaller, 0.3 % of such an SVG."""
    packed = base64.b64encode(zlib.compress(document_json.encode("utf-8"), 6)).decode("ascii")
    attrs = f'xmlns:diagram-editor="{SVG_DOCUMENT_NAMESPACE}" encoding="deflate-base64"'
    return f"<metadata><diagram-editor:document {attrs}>{packed}</diagram-editor:document></metadata>\n"


def read_svg_document(svg: bytes) -> bytes:
    """The document JSON of :func:`svg_metadata`, by pattern: no XML parse, so no entity is expanded."""
    found = _SVG_DOCUMENT.search(svg)
    if found is None:
        kind = "SVG image" if b"<svg" in svg[:4096] else "XML file, not a diagram document: it"
        raise DocumentError(f"{kind} has no embedded diagram (export it from Diagram Editor to keep one)")
    try:
        packed = base64.b64decode(b"".join(found.group(1).split()), validate=True)
    except (binascii.Error, ValueError):
        raise DocumentError("embedded document in the SVG is corrupt") from None
    return _inflate(packed, "SVG")
