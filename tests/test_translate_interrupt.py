"""Ctrl-C during a translation request that hangs: the run stops at once (not after the request
timeout), exits 130, leaves the input unchanged and keeps the finished strings in the memory.
During a long export: 130, one line naming the input, no output and no temporary left.

The child runs the real command against the fake LibreTranslate server on 127.0.0.1 and gets a
real SIGINT. It is started with SIGINT restored to the default: a background job of a
non-interactive shell inherits SIGINT ignored, and a test of an ignored signal tests nothing.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.i18n.memory import DATA_DIR_VARIABLE, MEMORY_FILE_NAME
from tests.i18n.fake_libretranslate import FakeLibreTranslate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


def remembered(memory: Path) -> int:
    if not memory.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{memory}?mode=ro", uri=True) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM memory").fetchone()[0])
    except sqlite3.OperationalError:  # the child is still creating it
        return 0


def wait_for(condition: object, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the child never got there"
        time.sleep(0.02)


def test_ctrl_c_during_a_hanging_request_exits_130_at_once(tmp_path: Path) -> None:
    document = tmp_path / "redis.diagram.json"
    document.write_bytes(EXAMPLE.read_bytes())
    memory = tmp_path / "data" / MEMORY_FILE_NAME
    server = FakeLibreTranslate("good").start()
    server.hang_after = 1  # the first batch is answered, every later request hangs
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{DATA_DIR_VARIABLE: str(tmp_path / "data")})
    command = [sys.executable, "-m", "editor", "translate", str(document), "--to", "de"]
    command += ["--provider", "libre", "--endpoint", server.url, "--timeout", "30"]
    try:
        child = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 (no threads yet)
        )
        try:
            wait_for(lambda: len(server.requests) >= 2 and remembered(memory) > 0)
            time.sleep(0.2)  # the hanging requests are well under way
            finished = remembered(memory)
            sent = time.monotonic()
            child.send_signal(signal.SIGINT)
            out, err = child.communicate(timeout=60)
            elapsed = time.monotonic() - sent
        finally:
            if child.poll() is None:
                child.kill()
                child.communicate()
    finally:
        server.stop()
    print(f"exit {elapsed * 1000:.0f} ms after SIGINT")
    assert child.returncode == 130, err
    assert err.splitlines() == [
        f"diagram-editor: translate: {document}: interrupted; input unchanged, "
        "finished strings kept in the translation memory"
    ]
    assert out == ""
    assert elapsed < 1.0  # loose: it takes tens of milliseconds; without the fix, the 30 s timeout
    assert document.read_bytes() == EXAMPLE.read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "redis.diagram.json"]
    assert remembered(memory) == finished > 0  # the answered batch stays for the next run


@pytest.mark.parametrize(
    ("stop", "code", "word"), [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")]
)
def test_a_stop_during_a_long_export_leaves_no_file_and_one_line_naming_the_input(
    tmp_path: Path, stop: signal.Signals, code: int, word: str
) -> None:
    """A real SIGINT (Ctrl-C) or SIGTERM (kill, a CI timeout) once the PNG is being written (its
    temporary exists): the run stops with 130 or 143, the line names the subcommand and the input,
    and neither the output nor its temporary stays."""
    from benchmarks.generate import generated
    from editor.model import save

    save(generated(3000), tmp_path / "big.diagram.json")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "editor", "export", "big.diagram.json", "-o", "big.png", "--scale", "0.5"]
    child = subprocess.Popen(
        command,
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 (no threads yet)
    )
    try:
        wait_for(
            lambda: any(path.name.startswith(".big.png.") for path in tmp_path.iterdir()) or child.poll() is not None
        )
        assert child.poll() is None, "the export finished before it could be interrupted"
        sent = time.monotonic()
        child.send_signal(stop)
        _, err = child.communicate(timeout=60)
        elapsed = time.monotonic() - sent
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    print(f"exit {elapsed * 1000:.0f} ms after {stop.name}")
    assert child.returncode == code, err
    lines = [line for line in err.splitlines() if "overflow" not in line]
    assert lines == [f"diagram-editor: export: big.diagram.json: {word}; no file was left half-written"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["big.diagram.json"]
