"""Every command in the README's ``sh`` blocks runs, so the README cannot rot.

``diagram-editor`` lines run for real, in README order, in a scratch folder holding the bundled
example as ``diagram.diagram.json``: LibreTranslate goes to a local fake server, the other online
providers to a closed local proxy (no test reaches the internet), where they must fail with one
line and exit 1. A line without a subcommand opens the editor: it must still be running after a
moment. ``make`` lines are checked with ``make -n`` (their targets exist and resolve).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.cli import SUBCOMMANDS
from tests.i18n.fake_libretranslate import FakeLibreTranslate

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
ONLINE_WITHOUT_ENDPOINT = ("google", "mymemory", "deepl", "microsoft")


def readme_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            command = line.split(" #", 1)[0].strip()
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


def test_readme_has_the_two_command_quick_start() -> None:
    text = README.read_text(encoding="utf-8")
    quick_start = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick_start, flags=re.S)
    assert block is not None
    assert block.group(1).split() == ["make", "run", "make", "test"]


def test_make_targets_in_readme_resolve() -> None:
    targets = {word for command in readme_commands() if command.startswith("make ") for word in command.split()[1:]}
    assert {"run", "test"} <= targets
    for target in sorted(targets):
        if "=" in target:
            continue
        result = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"make -n {target}: {result.stderr}"


@pytest.mark.slow
def test_every_cli_command_in_readme_runs(tmp_path: Path, example_path: Path) -> None:
    commands = [command for command in readme_commands() if command.startswith("diagram-editor")]
    assert len(commands) >= 15, "the README should show the command line at work"
    shutil.copy(example_path, tmp_path / "diagram.diagram.json")
    for fixture in (ROOT / "tests" / "importers" / "fixtures").iterdir():  # the Import section's files
        shutil.copy(fixture, tmp_path / fixture.name)
    server = FakeLibreTranslate("good").start()
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        QT_QPA_PLATFORM="offscreen",
        DIAGRAM_EDITOR_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LIBRETRANSLATE_URL=server.url,
        HTTPS_PROXY="http://127.0.0.1:9",  # a closed port: online providers fail fast, locally
        HTTP_PROXY="http://127.0.0.1:9",
        NO_PROXY="127.0.0.1,localhost",
        DEEPL_API_KEY="test-key",
        MICROSOFT_API_KEY="test-key",
    )
    try:
        for command in commands:
            words = shlex.split(command.replace("$LIBRETRANSLATE_URL", server.url))
            first_word = next((word for word in words[1:] if not word.startswith("-")), None)
            if first_word not in SUBCOMMANDS and "--version" not in words and "--help" not in words:
                _check_editor_opens(words, tmp_path, env)
                continue
            result = subprocess.run(
                words, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
            )
            provider = words[words.index("--provider") + 1] if "--provider" in words else None
            if provider in ONLINE_WITHOUT_ENDPOINT:
                assert result.returncode == 1, f"{command}: {result.stderr}"
                assert len(result.stderr.strip().splitlines()) == 1, f"{command}: {result.stderr}"
            else:
                assert result.returncode == 0, f"{command}: exit {result.returncode}: {result.stderr}"
            assert "Traceback" not in result.stderr
    finally:
        server.stop()


def _check_editor_opens(words: list[str], folder: Path, env: dict[str, str]) -> None:
    process = subprocess.Popen(words, cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4)
        assert process.poll() is None, f"{' '.join(words)} exited: {process.communicate()[1]}"
    finally:
        process.kill()
        process.communicate()


def test_shortcut_table_matches_the_action_table(qapp: object) -> None:
    from PySide6.QtGui import QKeySequence

    from editor.actions import ACTIONS, shown_sequences

    expected = ["| Action | Shortcut |", "|---|---|"]
    for spec in ACTIONS:
        sequences = [sequence.toString(QKeySequence.SequenceFormat.PortableText) for sequence in shown_sequences(spec)]
        sequences = [text for text in sequences if text]
        if sequences:
            expected.append(f"| {spec.title.replace('&', '')} | {sequences[0]} |")
    text = README.read_text(encoding="utf-8")
    table = text.split("<!-- shortcuts:", 1)[1].split("-->", 1)[1].split("<!-- /shortcuts -->", 1)[0]
    assert table.strip().splitlines() == expected


def test_every_linked_file_exists() -> None:
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)\)", text)
    assert links
    missing = [link for link in links if not link.startswith("http") and not (ROOT / link).exists()]
    assert not missing
