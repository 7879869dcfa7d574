"""A local control socket for end-to-end tests, present only with ``DIAGRAM_EDITOR_TEST_HOOKS=1``.

The crash-recovery test starts the real app in a subprocess, makes edits through this
socket (one JSON object per line; each reply is one JSON line), then kills the process.
Edits go through the same ``MainWindow.push`` as the properties panel, so the autosave
sees exactly what a user's edits would cause. Without the variable nothing listens.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from editor.commands import Command, EditText, MoveElements

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

ENABLE_VARIABLE = "DIAGRAM_EDITOR_TEST_HOOKS"
SOCKET_VARIABLE = "DIAGRAM_EDITOR_TEST_SOCKET"


class TestHooks(QObject):
    """Answers ``edit_text``, ``move``, ``select``, ``search_icons`` and ``status`` requests."""

    def __init__(self, window: MainWindow, name: str) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            raise RuntimeError(f"test hooks cannot listen on {name}: {self.server.errorString()}")
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda chosen=socket: self._read(chosen))

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8").strip()
            if not line:
                continue
            try:
                reply = self.handle(json.loads(line))
            except Exception as error:  # a test gets the reason instead of a hang
                reply = {"ok": False, "error": f"{type(error).__name__}: {error}"}
            socket.write((json.dumps(reply) + "\n").encode("utf-8"))
            socket.flush()

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        operation = request.get("op")
        command: Command
        if operation == "edit_text":
            language = request.get("language") or self.window.scene.language
            command = EditText(request["id"], request["field"], language, request["text"])
        elif operation == "move":
            command = MoveElements(request["ids"], float(request["dx"]), float(request["dy"]))
        elif operation == "select":
            self.window.scene.select_ids(request["ids"])
            return {"ok": self.window.scene.selected_ids() == [i for i in request["ids"] if i in self.window.document]}
        elif operation == "search_icons":
            self.window.icons.search.setText(request["text"])
            self.window.icons.run_search()
            self.window.icons.raise_()
            return {"ok": True, "shown": self.window.icons.shown_names()[:20]}
        elif operation == "status":
            files = self.window.files
            return {
                "ok": True,
                "pid": os.getpid(),
                "unsaved": files.unsaved,
                "autosave_writes": files.autosaver.writes,
                "sidecar": str(files.autosaver.sidecar.path),
                "undo_index": self.window.scene.undo_stack.index(),
            }
        else:
            return {"ok": False, "error": f"unknown op {operation!r}"}
        return {"ok": self.window.push(command), "autosave_writes": self.window.files.autosaver.writes}


def start_test_hooks(window: MainWindow) -> TestHooks | None:
    if os.environ.get(ENABLE_VARIABLE) != "1":
        return None
    name = os.environ.get(SOCKET_VARIABLE) or f"diagram-editor-test-{os.getpid()}"
    return TestHooks(window, name)
