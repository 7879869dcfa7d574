"""Load and save: stable bytes, atomic replacement, backups, migrations and version checks."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor.model import Document, DocumentError, dumps, load, loads, migrations, save
from editor.model.atomic_files import backup_path


def test_example_loads_and_saves_to_identical_bytes(example_path: Path, tmp_path: Path) -> None:
    document = load(example_path)
    copy = tmp_path / "copy.diagram.json"
    save(document, copy)
    assert copy.read_bytes() == example_path.read_bytes()


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "doc.diagram.json"
    first = Document()
    save(first, path)
    second = first.model_copy(deep=True)
    second.settings.title.text = "Second"
    save(second, path)
    assert load(path).settings.title.text == "Second"
    assert load(backup_path(path)).settings.title.text == ""


def test_failed_write_leaves_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.diagram.json"
    save(Document(), path)
    before = path.read_bytes()
    real_fsync = os.fsync

    def failing_fsync(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    changed = Document()
    changed.settings.title.text = "never written"
    with pytest.raises(DocumentError, match="No space left on device"):
        save(changed, path)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.diagram.json"]


def test_write_interrupted_midway_leaves_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.diagram.json"
    save(Document(), path)
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, stream):  # type: ignore[no-untyped-def]
            self.stream = stream

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            self.stream.close()

        def write(self, payload: bytes) -> None:
            self.stream.write(payload[: len(payload) // 2])
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    changed = Document()
    changed.settings.title.text = "never written"
    with pytest.raises(DocumentError, match="Input/output error"):
        save(changed, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["doc.diagram.json"]


def test_version_one_file_is_migrated(tmp_path: Path) -> None:
    old = {
        "format": "diagram-editor",
        "schema_version": 1,
        "settings": {"title": "Old title"},
        "elements": [
            {"id": "a", "type": "box", "rect": {"x": 0, "y": 0, "width": 10, "height": 10}, "label": "A", "role": "r"},
            {"id": "b", "type": "box", "rect": {"x": 50, "y": 0, "width": 10, "height": 10}, "label": "B"},
            {"id": "ab", "type": "arrow", "source": {"element": "a"}, "target": {"element": "b"}, "label": "go"},
            {"id": "l", "type": "legend", "rect": {"x": 0, "y": 50, "width": 10, "height": 10}, "entries": ["one"]},
        ],
    }
    document = loads(json.dumps(old))
    assert document.schema_version == 3
    assert document.settings.title.text == "Old title"
    box = document.element("a")
    assert box.name.text == "A" and box.role.text == "r"  # type: ignore[union-attr]
    assert document.element("ab").label.text == "go"  # type: ignore[union-attr]
    assert document.element("l").entries[0].text.text == "one"  # type: ignore[union-attr]


def test_every_version_step_has_a_migration() -> None:
    from editor.model import SCHEMA_VERSION

    assert sorted(migrations.MIGRATIONS) == list(range(migrations.OLDEST_SUPPORTED, SCHEMA_VERSION))


def test_synthetic_older_version_runs_registered_steps_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    fake = {0: lambda data: (calls.append(0), data)[1], 1: lambda data: (calls.append(1), data)[1]}
    monkeypatch.setattr(migrations, "MIGRATIONS", fake)
    upgraded = migrations.upgrade({"schema_version": 0}, 0, target=2)
    assert calls == [0, 1]
    assert upgraded["schema_version"] == 2


def test_newer_version_is_refused_with_a_clear_message() -> None:
    text = dumps(Document()).replace('"schema_version": 3', '"schema_version": 99')
    with pytest.raises(DocumentError, match="written by a newer version"):
        loads(text, source="future.diagram.json")


def test_png_with_embedded_document_loads(example_path: Path, tmp_path: Path) -> None:
    import struct
    import zlib

    from editor.model.io import PNG_SIGNATURE, embed_document

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    tiny = PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    png = tmp_path / "out.png"
    png.write_bytes(embed_document(tiny, example_path.read_text(encoding="utf-8")))
    assert load(png) == load(example_path)
    plain = tmp_path / "plain.png"
    plain.write_bytes(tiny)
    with pytest.raises(DocumentError, match="no embedded diagram"):
        load(plain)


def test_svg_with_embedded_document_loads_and_hostile_ones_are_refused(example_path: Path, tmp_path: Path) -> None:
    """The SVG's <metadata> is read by pattern, with the PNG's limits: no XML parse, no inflation past
    the file size limit; anything else is one clear line."""
    import base64
    import zlib

    from editor.model.io import MAX_FILE_BYTES, svg_metadata

    svg = tmp_path / "out.svg"
    metadata = svg_metadata(example_path.read_text(encoding="utf-8"))
    svg.write_text(f'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">{metadata}</svg>\n')
    assert load(svg) == load(example_path)
    cases = {
        '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>': "SVG image has no embedded diagram",
        "<html>hello</html>": "not a diagram document",
        metadata.replace('encoding="deflate-base64">', 'encoding="deflate-base64">!!'): "no embedded diagram",
        metadata.replace('encoding="deflate-base64">', 'encoding="deflate-base64">AAAA'): "is corrupt",
    }
    bomb = base64.b64encode(zlib.compress(b" " * (MAX_FILE_BYTES + 1), 9)).decode("ascii")  # 100 KB inflating to 100 MB
    cases[metadata.split(">", 2)[0] + ">" + metadata.split(">", 2)[1] + f">{bomb}</diagram-editor:document>"] = (
        "larger than the 100 MB limit"
    )
    for text, message in cases.items():
        hostile = tmp_path / "hostile.svg"
        hostile.write_text(text, encoding="utf-8")
        with pytest.raises(DocumentError, match=message) as caught:
            load(hostile)
        assert "\n" not in str(caught.value) and str(caught.value).startswith(str(hostile))
