"""Never lose work: kill the real app with SIGKILL after edits, and the next start gets them back."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.app.recovery import RecoverySidecar, orphaned_work
from editor.app.recovery_dialog import differences
from editor.app.test_hooks import ENABLE_VARIABLE, SOCKET_VARIABLE
from editor.model import load
from tests.app.conftest import click_in_next_modal

ROOT = Path(__file__).resolve().parents[2]


class Control:
    """The test side of editor.app.test_hooks: one JSON request, one JSON reply."""

    def __init__(self, path: Path, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.socket.connect(str(path))
                break
            except OSError:
                self.socket.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self.socket.settimeout(timeout)
        self.reader = self.socket.makefile("r", encoding="utf-8")

    def ask(self, **request: object) -> dict:
        self.socket.sendall((json.dumps(request) + "\n").encode("utf-8"))
        reply = json.loads(self.reader.readline())
        assert reply.get("ok"), reply
        return reply

    def close(self) -> None:
        self.reader.close()
        self.socket.close()


def start_app(document: Path, data: Path, config: Path, control: Path) -> subprocess.Popen[bytes]:
    environment = dict(os.environ)
    environment.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "DIAGRAM_EDITOR_DATA_DIR": str(data),
            "XDG_CONFIG_HOME": str(config),  # the app's QSettings (native format is INI here)
            ENABLE_VARIABLE: "1",
            SOCKET_VARIABLE: str(control),
        }
    )
    return subprocess.Popen(
        [sys.executable, "-m", "editor", str(document)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_edits_survive_sigkill_and_the_next_start_restores_them(
    tmp_path, example_path, isolated, make_window, qtbot
) -> None:
    document = tmp_path / "cache.diagram.json"
    shutil.copyfile(example_path, document)
    config = tmp_path / "app-config"
    config.mkdir()
    (config / "DiagramEditor").mkdir()
    (config / "DiagramEditor" / "Diagram Editor.conf").write_text("[recovery]\nedits=2\n", encoding="utf-8")
    control_path = tmp_path / "control.sock"
    process = start_app(document, isolated, config, control_path)
    try:
        control = Control(control_path)
        status = control.ask(op="status")
        assert status["pid"] == process.pid and not status["unsaved"]
        control.ask(op="edit_text", id="api", field="name", text="Gateway API")
        control.ask(op="move", ids=["redis"], dx=40, dy=20)
        reply = control.ask(op="edit_text", id="database", field="role", text="Postgres, the source of truth")
        assert reply["autosave_writes"] == 1  # every second edit writes: after edit 2, not yet after 3
        reply = control.ask(op="move", ids=["worker"], dx=0, dy=-10)
        assert reply["autosave_writes"] == 2
        sidecar = Path(control.ask(op="status")["sidecar"])
        assert "Postgres, the source of truth" in sidecar.read_text(encoding="utf-8")
        control.close()
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert load(document).element("api").name.text != "Gateway API"  # nothing was saved to the file

    found = orphaned_work()
    assert [work.original_path for work in found] == [str(document.resolve())]
    diff = differences(found[0])
    assert "Gateway API" in diff and "Postgres, the source of truth" in diff

    window = make_window()
    seen: list = []
    click_in_next_modal(lambda modal: modal.restore_button, seen)
    assert window.files.offer_recovery() == 1
    assert seen[0].objectName() == "dialog.recovery"
    assert window.document.element("api").name.text == "Gateway API"
    assert window.document.element("database").role.text == "Postgres, the source of truth"
    original = load(example_path).element("redis").rect
    assert window.document.element("redis").rect.x == original.x + 40
    assert window.document.element("worker").rect.y == load(example_path).element("worker").rect.y - 10
    assert window.files.path == str(document.resolve())
    assert window.isWindowModified()  # restored, not yet saved
    assert orphaned_work() == []  # this window's own sidecar now protects the work (its pid is alive)
    assert window.files.autosaver.sidecar.exists

    assert window.save()
    assert load(document).element("api").name.text == "Gateway API"
    assert not window.files.autosaver.sidecar.exists


def test_discard_deletes_the_sidecar(isolated, make_window, example_path) -> None:
    folder = isolated / "recovery"
    sidecar = RecoverySidecar(folder)
    sidecar.write(load(example_path), None)
    envelope = json.loads(sidecar.path.read_text(encoding="utf-8"))
    envelope["pid"] = 2**22 + 12345  # beyond pid_max on Linux: never a live process
    sidecar.path.write_text(json.dumps(envelope), encoding="utf-8")
    window = make_window()
    seen: list = []
    click_in_next_modal(lambda modal: modal.discard_button, seen)
    assert window.files.offer_recovery() == 0
    assert not sidecar.path.exists()
    assert window.document.elements == []


def test_a_live_process_sidecar_is_left_alone(isolated, example_path) -> None:
    sidecar = RecoverySidecar(isolated / "recovery")
    sidecar.write(load(example_path), None)  # written by this (running) process
    assert orphaned_work() == []


def test_the_timer_writes_unsaved_work_between_edit_counts(window, example_path, qtbot) -> None:
    window.files.open_path(str(example_path))
    autosaver = window.files.autosaver
    autosaver.set_every_edits(100)
    autosaver.set_interval(1)
    window.scene.select_ids(["api"])
    window.actions_["arrange.front"].trigger()
    assert not autosaver.sidecar.exists  # one edit of a hundred: the timer's turn
    qtbot.waitUntil(lambda: autosaver.sidecar.exists, timeout=3000)
    assert autosaver.writes == 1
    window.actions_["edit.undo"].trigger()  # back to the saved state: nothing left to protect
    assert not autosaver.sidecar.exists
