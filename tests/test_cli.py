"""The command line: exit codes, one-line errors, the app launcher without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *args], capture_output=True, text=True, check=False, cwd=ROOT, env=env
    )


def test_validate_example_exits_zero(example_path: Path) -> None:
    result = run_cli("validate", str(example_path))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


BAD_FILES: dict[str, bytes] = {
    "empty.diagram.json": b"",
    "latin1.diagram.json": '{"format": "caf\xe9"}'.encode("latin-1"),
    "syntax.diagram.json": b'{"format": "diagram-editor",',
    "array.diagram.json": b"[]",
    "format.diagram.json": b'{"format": "excalidraw", "schema_version": 2}',
    "noversion.diagram.json": b'{"format": "diagram-editor"}',
    "future.diagram.json": b'{"format": "diagram-editor", "schema_version": 7}',
    "deep.diagram.json": b'{"format": "diagram-editor", "schema_version": 2, "a": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "dangling.diagram.json": json.dumps(
        {
            "format": "diagram-editor",
            "schema_version": 2,
            "elements": [{"id": "x", "type": "arrow", "source": {"element": "a"}, "target": {"element": "b"}}],
        }
    ).encode(),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_gives_one_line_and_exit_two(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    assert main(["validate", str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"diagram-editor: {path}: ")
    assert "Traceback" not in captured.err


def test_subprocess_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.diagram.json"
    path.write_text('{"format": "diagram-editor", "schema_version": 2, "elements": [{"id": "a", "type": "blob"}]}')
    result = run_cli("validate", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert 'elements[0] (id "a")' in result.stderr


def test_missing_file_and_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.json"), str(tmp_path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"diagram-editor: {tmp_path / 'nope.json'}: no such file",
        f"diagram-editor: {tmp_path}: is a folder, not a file",
    ]


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 2
    assert main(["--no-such-flag"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("see --help" in line for line in err)


def test_schema_command_matches_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    committed = (ROOT / "resources" / "diagram.schema.json").read_text(encoding="utf-8")
    assert capsys.readouterr().out == committed, "run `make schema` and commit resources/diagram.schema.json"


def test_version_flag() -> None:
    from editor import __version__

    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"diagram-editor {__version__}"


def test_app_without_display_says_so_in_one_line(example_path: Path) -> None:
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_cli(str(example_path), env=env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr and "diagram-editor export" in result.stderr


def test_app_with_broken_file_exits_two_without_opening(tmp_path: Path) -> None:
    path = tmp_path / "x.diagram.json"
    path.write_text("{", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_cli(str(path), env=env)
    assert result.returncode == 2
    assert "invalid JSON" in result.stderr


def test_a_subcommand_imports_only_its_own_module(example_path) -> None:
    """``validate`` and ``export`` must not pay for the translation providers (requests, BeautifulSoup)."""
    code = (
        "import sys; from editor.cli import main; "
        f"assert main(['validate', {str(example_path)!r}]) == 0; "
        "print(sorted(m for m in ('editor.headless.translate', 'deep_translator', 'requests') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
