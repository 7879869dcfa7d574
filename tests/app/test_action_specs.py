"""The action table: no two actions share a shortcut, and every spec is complete."""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from editor.actions import ACTIONS, ACTIONS_BY_ID, MENUS, TOOLBAR, ActionHost, key_sequences
from editor.app.icon_catalog import is_known_icon

ROOT = Path(__file__).resolve().parents[2]


def shortcut_owners() -> dict[str, list[str]]:
    """Each key sequence of this platform -> the ids of the actions it triggers."""
    owners: dict[str, list[str]] = defaultdict(list)
    for spec in ACTIONS:
        for sequence in key_sequences(spec):
            owners[sequence.toString(QKeySequence.SequenceFormat.PortableText)].append(spec.id)
    return owners


def test_no_two_actions_share_a_shortcut(qapp) -> None:
    owners = shortcut_owners()
    clashes = {keys: ids for keys, ids in owners.items() if len(ids) > 1}
    assert not clashes
    assert len(owners) >= 30  # the standard keys resolved to real sequences, not to nothing


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run not installed (Debian package xvfb)")
def test_no_two_actions_share_a_shortcut_with_x11_key_bindings() -> None:
    """Offscreen Qt binds standard keys the Windows way; on X11 Delete also takes Ctrl+D (Duplicate's)."""
    script = (
        "import json; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
        "from tests.app.test_action_specs import shortcut_owners; "
        "print(json.dumps([QGuiApplication.platformName(), shortcut_owners()]))"
    )
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    platform, owners = json.loads(result.stdout.strip().splitlines()[-1])
    assert platform == "xcb"
    assert "Ctrl+D" in owners and "Del" in owners
    assert {keys: ids for keys, ids in owners.items() if len(ids) > 1} == {}


def test_standard_keys_resolve_and_fallbacks_fill_empty_ones(qapp) -> None:
    assert key_sequences(ACTIONS_BY_ID["edit.undo"])[0] == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Y") in key_sequences(ACTIONS_BY_ID["edit.redo"]) or QKeySequence(
        "Ctrl+Shift+Z"
    ) in key_sequences(ACTIONS_BY_ID["edit.redo"])
    quit_keys = key_sequences(ACTIONS_BY_ID["file.quit"])
    assert quit_keys and not quit_keys[0].isEmpty()


def test_ids_unique_and_every_menu_and_toolbar_entry_exists() -> None:
    assert len(ACTIONS_BY_ID) == len(ACTIONS)
    listed = [entry for _title, entries in MENUS for entry in entries if entry and not entry.startswith("@")]
    assert sorted(listed) == sorted(ACTIONS_BY_ID), "every action appears in exactly one menu"
    assert all(entry is None or entry in ACTIONS_BY_ID for entry in TOOLBAR)


def test_icons_exist_in_qtawesome() -> None:
    missing = [spec.icon for spec in ACTIONS if spec.icon and not is_known_icon(spec.icon)]
    assert not missing


def test_every_run_calls_a_method_of_the_host_protocol() -> None:
    calls: list[str] = []

    class Recorder:
        def __getattr__(self, name: str):
            def record(*_args: object) -> None:
                calls.append(name)

            return record

    for spec in ACTIONS:
        spec.run(Recorder())  # type: ignore[arg-type]
    methods = {name for name, _ in inspect.getmembers(ActionHost, inspect.isfunction)}
    assert set(calls) <= methods
    assert len(calls) == len(ACTIONS)
