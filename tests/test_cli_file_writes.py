"""What the command line writes: modes kept (export, translate in place and with -o, strings -o,
the .bak), new files with the umask's mode, a no-op translate that writes nothing, and every
translate failure line naming the input file."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.cli import main
from editor.i18n.memory import DATA_DIR_VARIABLE
from editor.model.atomic_files import backup_path
from tests.i18n.fake_libretranslate import FakeLibreTranslate

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


@pytest.fixture(autouse=True)
def _private_data(private_data_dir: Path) -> None:
    """Every test here keeps its translation memory in tmp_path."""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def existing(path: Path, file_mode: int) -> Path:
    path.write_bytes(b"old")
    path.chmod(file_mode)
    return path


def test_translate_in_place_keeps_the_mode_of_the_document_and_gives_it_to_the_backup(
    document: Path, umask: Callable[[int], int]
) -> None:
    document.chmod(0o644)
    umask(0o077)
    assert main(["translate", str(document), "--to", "en-XA", "--provider", "pseudo"]) == 0
    assert mode(document) == 0o644 and mode(backup_path(document)) == 0o644
    assert backup_path(document).read_bytes() == EXAMPLE.read_bytes()


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600)], ids=lambda value: f"{value:o}")
def test_new_outputs_get_the_umask_mode(
    document: Path, tmp_path: Path, umask: Callable[[int], int], mask: int, expected: int
) -> None:
    umask(mask)
    translated, xliff, svg = tmp_path / "t.diagram.json", tmp_path / "de.xlf", tmp_path / "d.svg"
    assert main(["translate", str(document), "--to", "en-XA", "--provider", "pseudo", "-o", str(translated)]) == 0
    assert main(["strings", str(document), "--to", "de", "-o", str(xliff)]) == 0
    assert main(["export", str(document), "-o", str(svg)]) == 0
    assert [mode(path) for path in (translated, xliff, svg)] == [expected] * 3


def test_replaced_outputs_keep_their_mode_whatever_the_umask(
    document: Path, tmp_path: Path, umask: Callable[[int], int]
) -> None:
    translated = existing(tmp_path / "t.diagram.json", 0o644)
    xliff = existing(tmp_path / "de.xlf", 0o640)
    png = existing(tmp_path / "d.png", 0o644)
    umask(0o077)
    assert main(["translate", str(document), "--to", "en-XA", "--provider", "pseudo", "-o", str(translated)]) == 0
    assert main(["strings", str(document), "--to", "de", "-o", str(xliff)]) == 0
    assert main(["export", str(document), "-o", str(png), "--scale", "0.25"]) == 0
    assert (mode(translated), mode(backup_path(translated)), mode(xliff), mode(png)) == (0o644, 0o644, 0o640, 0o644)
    assert png.read_bytes().startswith(b"\x89PNG") and xliff.read_bytes().startswith(b"<?xml")


def test_a_translate_with_nothing_to_do_writes_nothing(document: Path, capsys: pytest.CaptureFixture[str]) -> None:
    command = ["translate", str(document), "--to", "en-XA", "--provider", "pseudo"]
    assert main(command) == 0
    written = {path: path.read_bytes() for path in (document, backup_path(document))}
    for path in written:
        os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))  # 2001: any rewrite shows
    capsys.readouterr()
    assert main(command) == 0
    assert f"nothing changed; {document} left as it was" in capsys.readouterr().out
    for path, content in written.items():
        assert path.read_bytes() == content
        assert path.stat().st_mtime_ns == 1_000_000_000_000_000_000
    assert backup_path(document).read_bytes() == EXAMPLE.read_bytes()  # the pre-translation version survives


FAILURES = {
    "bad language list": ["--to", "de_DE!", "--provider", "pseudo"],
    "missing glossary": ["--to", "de", "--provider", "pseudo", "--glossary", "{tmp}/none.txt"],
    "provider fails": ["--to", "de", "--provider", "libre", "--endpoint", "{server}"],
    "output folder missing": ["--to", "en-XA", "--provider", "pseudo", "-o", "{tmp}/no/x.diagram.json"],
    "provider without its key": ["--to", "de", "--provider", "deepl"],
    "memory unavailable": ["--to", "de", "--provider", "pseudo"],
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_every_translate_failure_line_names_the_input_file(
    document: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    failure: str,
) -> None:
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    if failure == "memory unavailable":
        (tmp_path / "a-file").write_text("")
        monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "a-file" / "data"))  # a folder inside a file
    original = document.read_bytes()
    server = FakeLibreTranslate("error").start()
    try:
        arguments = [word.format(tmp=tmp_path, server=server.url) for word in FAILURES[failure]]
        assert main(["translate", str(document), *arguments]) in (1, 2)
    finally:
        server.stop()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"diagram-editor: translate: {document}: "), lines
    assert document.read_bytes() == original
