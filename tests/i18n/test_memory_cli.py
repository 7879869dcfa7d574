"""``diagram-editor memory`` and the memory obeying a glossary, through the CLI with the fake server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from editor.cli import main
from editor.i18n.memory import MEMORY_FILE_NAME
from editor.model import load
from tests.i18n.conftest import EXAMPLE
from tests.i18n.fake_libretranslate import FakeLibreTranslate

Start = Callable[[str], FakeLibreTranslate]


def _copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(EXAMPLE.read_bytes())
    return path


def _translate(path: Path, server: FakeLibreTranslate, *extra: str) -> None:
    assert main(["translate", str(path), "--provider", "libre", "--endpoint", server.url, *extra]) == 0


def _translated(tmp_path: Path, server: FakeLibreTranslate, languages: str) -> Path:
    path = _copy(tmp_path, "doc.diagram.json")
    _translate(path, server, "--to", languages)
    return path


def _database_name(path: Path) -> str:
    return load(path).element("database").name.variants["de"].text  # type: ignore[union-attr]


def test_a_glossary_added_after_a_run_takes_effect_on_the_next_run(
    tmp_path: Path, libre_server: Start, private_data_dir: Path
) -> None:
    server = libre_server("good")
    first, fresh = _copy(tmp_path, "first.diagram.json"), _copy(tmp_path, "fresh.diagram.json")
    _translate(first, server, "--to", "de")
    assert _database_name(first) == "Primäre Datenbank"
    assert (private_data_dir / MEMORY_FILE_NAME).is_file()
    glossary = tmp_path / "terms.txt"
    glossary.write_text("Primary\n", encoding="utf-8")
    _translate(first, server, "--to", "de", "--glossary", str(glossary))  # the same document, no --all
    assert _database_name(first) == "Primary Datenbank"
    _translate(fresh, server, "--to", "de", "--glossary", str(glossary))  # another document: the memory must not answer
    assert _database_name(fresh) == "Primary Datenbank"


def test_translate_all_asks_the_engine_again(
    tmp_path: Path, libre_server: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    server = libre_server("good")
    path = _translated(tmp_path, server, "de")
    asked = len(server.requests)
    capsys.readouterr()
    _translate(path, server, "--to", "de", "--all")
    assert len(server.requests) == 2 * asked
    assert "  de: 46 strings (45 distinct): 39 sent, 0 from memory" in capsys.readouterr().out


def test_memory_lists_exports_clears_and_imports(
    tmp_path: Path, libre_server: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _translated(tmp_path, libre_server("good"), "de,ja")
    assert main(["translate", str(path), "--to", "ar", "--provider", "pseudo"]) == 0
    capsys.readouterr()
    assert main(["memory"]) == 0
    listing = capsys.readouterr().out
    assert "  en -> de: 40 entries (libre 40)" in listing and "  en -> ar: 40 entries (pseudo 40)" in listing
    assert "total: 120 entries" in listing
    tmx = tmp_path / "all.tmx"
    assert main(["memory", "--export", str(tmx)]) == 0
    assert capsys.readouterr().out == f"wrote {tmx}: 120 entries (TMX 1.4)\n"
    assert main(["memory", "--clear", "--lang", "ja"]) == 0
    assert capsys.readouterr().out == "cleared 40 entries; 80 left\n"
    assert main(["memory", "--clear", "--provider", "pseudo"]) == 0
    assert capsys.readouterr().out == "cleared 40 entries; 40 left\n"
    assert main(["memory", "--clear", "--all"]) == 0
    assert capsys.readouterr().out == "cleared 40 entries; 0 left\n"
    assert main(["memory", "--import", str(tmx)]) == 0
    assert capsys.readouterr().out == f"imported 120 entries from {tmx} (en -> ar 40, en -> de 40, en -> ja 40)\n"
    again = tmp_path / "again.tmx"
    assert main(["memory", "--export", str(again)]) == 0
    assert again.read_bytes().split(b"<body>")[1] == tmx.read_bytes().split(b"<body>")[1]


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--clear"], "--clear needs --lang LANG, --provider NAME (or both), or --all alone"),
        (["--clear", "--all", "--lang", "de"], "--clear needs"),
        (["--lang", "not a tag"], "is not a language tag"),
        (["--all"], "--all goes with --clear"),
        (["--import", "missing.tmx"], "missing.tmx: cannot read"),
        (["--export", "no/such/folder/out.tmx"], "the folder no/such/folder does not exist"),
    ],
)
def test_bad_requests_exit_2_with_one_line(
    arguments: list[str],
    words: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["memory", *arguments]) == 2
    error = capsys.readouterr().err
    assert words in error and error.count("\n") == 1


def test_importing_a_file_that_is_not_tmx_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text('<!DOCTYPE x [<!ENTITY lol "lol">]><tmx/>', encoding="utf-8")
    assert main(["memory", "--import", str(bad)]) == 2
    assert "entity declarations are not accepted" in capsys.readouterr().err
