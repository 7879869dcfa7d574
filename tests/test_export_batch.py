"""``diagram-editor export`` of many documents: files, folders and globs, an output pattern, several
formats, worker processes, skipping what is up to date, progress and a summary; one document's
failure never stops the others."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from editor.cli import main

pytestmark = pytest.mark.usefixtures("qapp")
ROOT = Path(__file__).resolve().parents[1]
OAUTH = ROOT / "docs" / "examples" / "oauth-pkce.diagram.json"


@pytest.fixture
def docs(tmp_path: Path, example_path: Path) -> Path:
    """A docs folder: the example at the top, the OAuth example (en, ar, he) in a subfolder."""
    folder = tmp_path / "docs"
    (folder / "flows").mkdir(parents=True)
    shutil.copy(example_path, folder / "cache.diagram.json")
    shutil.copy(OAUTH, folder / "flows" / "oauth.diagram.json")
    return folder


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "editor", "export", *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=300, check=False,
    )  # fmt: skip


def test_a_folder_in_every_language_and_two_formats_on_two_workers(docs: Path, tmp_path: Path) -> None:
    result = _cli("docs", "-o", "build/{stem}.{lang}.{ext}", "--format", "png,svg", "--lang", "all", "--jobs", "2",
                  cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = sorted(path.name for path in (tmp_path / "build").iterdir())
    assert written == sorted(
        f"{stem}.{lang}.{ext}" for stem, langs in (("cache", ["en"]), ("oauth", ["en", "ar", "he"]))
        for lang in langs for ext in ("png", "svg")
    )  # fmt: skip
    lines = result.stderr.splitlines()
    assert sum(line.startswith("[") for line in lines) == 4  # one line per document and format
    assert "8 files written, 0 up to date, 0 warnings, 0 failed" in lines[-1]
    # byte for byte what the one-file export writes
    single = tmp_path / "single.ar.svg"
    assert main(["export", str(docs / "flows" / "oauth.diagram.json"), "--lang", "ar", "-o", str(single)]) == 0
    assert single.read_bytes() == (tmp_path / "build" / "oauth.ar.svg").read_bytes()


def test_up_to_date_outputs_are_skipped_unless_forced(docs: Path, tmp_path: Path, capsys) -> None:
    pattern = str(tmp_path / "out" / "{stem}.{ext}")
    assert main(["export", str(docs), "-o", pattern, "--format", "svg", "--jobs", "1"]) == 0
    target = tmp_path / "out" / "cache.svg"
    before = target.stat().st_mtime_ns
    capsys.readouterr()
    assert main(["export", str(docs), "-o", pattern, "--format", "svg", "--jobs", "1"]) == 0
    assert "0 files written, 2 up to date" in capsys.readouterr().err
    assert target.stat().st_mtime_ns == before
    time.sleep(0.01)
    (docs / "cache.diagram.json").touch()  # the document changed: only it is exported again
    assert main(["export", str(docs), "-o", pattern, "--format", "svg", "--jobs", "1"]) == 0
    assert "1 files written, 1 up to date" in capsys.readouterr().err
    assert main(["export", str(docs), "-o", pattern, "--format", "svg", "--jobs", "1", "--force"]) == 0
    assert "2 files written, 0 up to date" in capsys.readouterr().err


def test_a_broken_document_does_not_stop_the_others(docs: Path, tmp_path: Path, capsys) -> None:
    (docs / "broken.diagram.json").write_text('{"format": "diagram-editor"', encoding="utf-8")
    glob = str(docs / "**" / "*.diagram.json")
    code = main(["export", glob, "-o", str(tmp_path / "out" / "{stem}.png"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 2  # bad input among them
    assert "broken.diagram.json: line 1" in err and "invalid JSON" in err
    assert (tmp_path / "out" / "cache.png").is_file() and (tmp_path / "out" / "oauth.png").is_file()
    assert err.splitlines()[-1].endswith("2 files written, 0 up to date, 0 warnings, 1 failed")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "out.png"], "several documents need {stem} or {name} in OUTPUT"),
        (["-o", "{stem}.png", "--format", "png,svg"], "several formats need {ext} in OUTPUT"),
        (["-o", "{stem}.{ext}", "--format", "png,gif"], "unknown format 'gif'"),
        (["-o", "{stem}.png", "--jobs", "0"], "--jobs"),
        (["-o", "{stem}.{ext}", "--format", "svg,pdf", "--scale", "2"], "--scale applies to PNG only"),
        (["-o", "{stem}.{ext}", "--format", "png,pdf", "--text-as-paths"], "--text-as-paths applies to SVG only"),
    ],
)
def test_bad_batch_requests_are_one_line_and_exit_2(docs: Path, args: list[str], message: str, capsys) -> None:
    assert main(["export", str(docs), *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_an_input_that_names_nothing_is_reported_and_the_rest_exported(docs: Path, tmp_path: Path, capsys) -> None:
    code = main(["export", str(docs / "cache.diagram.json"), str(tmp_path / "nope*.json"),
                 "-o", str(tmp_path / "{stem}.svg")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "nope*.json: no such file" in err and (tmp_path / "cache.svg").is_file()


def test_a_terminal_gets_a_progress_bar(docs: Path, tmp_path: Path) -> None:
    """On a terminal the per-document lines give way to one bar redrawn in place, then the summary."""
    leader, follower = pty.openpty()
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        process = subprocess.Popen(
            [sys.executable, "-m", "editor", "export", "docs", "-o", "tty/{stem}.{ext}", "--format", "svg",
             "--jobs", "1"], cwd=tmp_path, env=env, stderr=follower, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=300) == 0
    finally:
        os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert "\r" in text and "[" + "#" * 15 in text and "2/2" in text
    assert "[1/2]" not in text  # no per-document lines on a terminal
    assert "2 files written" in text


def test_each_format_of_a_batch_takes_its_own_options(docs: Path, tmp_path: Path, capsys) -> None:
    """--scale goes to the PNGs and --text-as-paths to the SVGs of one png,svg batch; neither
    format refuses the other's option."""
    out = tmp_path / "out"
    source = str(docs / "cache.diagram.json")
    pattern = str(out / "{stem}.{ext}")
    assert main(["export", source, "-o", pattern, "--format", "png,svg", "--scale", "0.5", "--text-as-paths"]) == 0
    assert "0 failed" in capsys.readouterr().err
    half = QImage(str(out / "cache.png"))
    assert main(["export", source, "-o", str(tmp_path / "full.png")]) == 0
    full = QImage(str(tmp_path / "full.png"))
    assert (half.width(), half.height()) == (round(full.width() / 2), round(full.height() / 2))
    svg = (out / "cache.svg").read_text(encoding="utf-8")
    assert "<text" not in svg and "<path" in svg
