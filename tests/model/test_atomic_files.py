"""How files are written: the replaced file's mode, owner and group are kept, new files get the
umask's mode, a killed writer's temporaries are cleaned up, and an unchanged document is not
rewritten (its backup survives)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from editor.model import Document, save
from editor.model.atomic_files import backup_path, temporary_path, write_atomically

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def titled(title: str) -> Document:
    document = Document()
    document.settings.title.text = title
    return document


@pytest.mark.parametrize(
    ("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)], ids=lambda value: f"{value:o}"
)
def test_a_new_file_gets_the_mode_the_umask_allows(
    tmp_path: Path, umask: Callable[[int], int], mask: int, expected: int
) -> None:
    umask(mask)
    save(titled("new"), tmp_path / "new.diagram.json")
    write_atomically(tmp_path / "picture.png", b"\x89PNG", keep_backup=False)
    assert mode(tmp_path / "new.diagram.json") == expected
    assert mode(tmp_path / "picture.png") == expected


@pytest.mark.parametrize("original", [0o644, 0o640, 0o600, 0o664, 0o444], ids=lambda value: f"{value:o}")
def test_a_replaced_file_and_its_backup_keep_its_mode_whatever_the_umask(
    tmp_path: Path, umask: Callable[[int], int], original: int
) -> None:
    path = tmp_path / "doc.diagram.json"
    save(titled("first"), path)
    path.chmod(original)
    umask(0o077)
    save(titled("second"), path)
    assert mode(path) == original
    assert mode(backup_path(path)) == original
    assert backup_path(path).read_text(encoding="utf-8").count('"first"') == 1


def test_an_export_over_an_existing_file_keeps_its_mode(tmp_path: Path, umask: Callable[[int], int]) -> None:
    picture = tmp_path / "picture.svg"
    picture.write_text("<svg/>")
    picture.chmod(0o604)
    umask(0o077)
    write_atomically(picture, b"<svg></svg>", keep_backup=False)
    assert mode(picture) == 0o604 and picture.read_bytes() == b"<svg></svg>"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="giving a file away needs root")
def test_a_linked_document_is_saved_where_the_link_leads_and_stays_linked(
    tmp_path: Path, umask: Callable[[int], int]
) -> None:
    kept = tmp_path / "shared"
    kept.mkdir()
    real = kept / "doc.diagram.json"
    save(titled("first"), real)
    real.chmod(0o640)
    link = tmp_path / "doc.diagram.json"
    link.symlink_to(real)
    umask(0o077)
    save(titled("second"), link)
    write_atomically(tmp_path / "shot.png", b"\x89PNG old", keep_backup=False)
    (tmp_path / "latest.png").symlink_to(tmp_path / "shot.png")
    write_atomically(tmp_path / "latest.png", b"\x89PNG new", keep_backup=False)
    assert link.is_symlink() and (tmp_path / "latest.png").is_symlink()
    assert '"second"' in real.read_text(encoding="utf-8") and mode(real) == 0o640
    assert '"first"' in backup_path(real).read_text(encoding="utf-8") and mode(backup_path(real)) == 0o640
    assert (tmp_path / "shot.png").read_bytes() == b"\x89PNG new"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["doc.diagram.json", "latest.png", "shared", "shot.png"]


def test_owner_and_group_of_the_replaced_file_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "doc.diagram.json"
    save(titled("first"), path)
    os.chown(path, 4321, 8765)
    path.chmod(0o640)
    save(titled("second"), path)
    status = path.stat()
    assert (status.st_uid, status.st_gid, mode(path)) == (4321, 8765, 0o640)
    assert (backup_path(path).stat().st_uid, backup_path(path).stat().st_gid) == (4321, 8765)


def test_a_recovery_style_private_write_is_0600_whatever_was_there(tmp_path: Path, umask: Callable[[int], int]) -> None:
    sidecar = tmp_path / "work.recovery.json"
    umask(0o022)
    write_atomically(sidecar, b"{}", keep_backup=False, private=True)
    assert mode(sidecar) == 0o600
    sidecar.chmod(0o644)
    write_atomically(sidecar, b"{ }", keep_backup=False, private=True)
    assert mode(sidecar) == 0o600


def _child(code: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


def _leave_temporary(target: Path, then: str) -> subprocess.Popen[str]:
    """A real process that starts a write of ``target`` (its temporary, half the payload) and then
    ``then``: kills itself, or waits for its stdin to close."""
    code = (
        "import os, signal, sys; from pathlib import Path; "
        "from editor.model.atomic_files import temporary_path; "
        f"temporary = temporary_path(Path({str(target)!r})); "
        "temporary.write_bytes(b'x' * 1_000_000); print(temporary, flush=True); " + then
    )
    return _child(code)


def test_the_next_write_removes_temporaries_of_dead_writers_and_keeps_live_ones(tmp_path: Path) -> None:
    target = tmp_path / "doc.diagram.json"
    save(titled("first"), target)
    killed = _leave_temporary(target, "os.kill(os.getpid(), signal.SIGKILL)")
    dead_temporary = Path(killed.communicate(timeout=30)[0].strip())
    assert killed.returncode == -signal.SIGKILL
    live = _leave_temporary(target, "sys.stdin.read()")
    assert live.stdout is not None
    live_temporary = Path(live.stdout.readline().strip())
    other_file = tmp_path / f".other.diagram.json.{killed.pid}.0123abcd.tmp"  # another target's: not ours to judge
    other_file.write_bytes(b"x")
    try:
        assert dead_temporary.exists() and live_temporary.exists()
        assert dead_temporary.name.startswith(f".doc.diagram.json.{killed.pid}.")
        assert live_temporary.name.startswith(f".doc.diagram.json.{live.pid}.")

        save(titled("second"), target)
        assert not dead_temporary.exists()
        assert live_temporary.exists()
        assert other_file.exists()
    finally:
        live.communicate(input="", timeout=30)
    save(titled("third"), target)  # the writer is gone now: its temporary goes on the next write
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [other_file.name, "doc.diagram.json", "doc.diagram.json.bak"]
    )


def test_temporaries_carry_the_writers_pid() -> None:
    name = temporary_path(Path("folder/doc.diagram.json")).name
    prefix, pid, token, suffix = name.rsplit(".", 3)
    assert prefix == ".doc.diagram" + ".json" and int(pid) == os.getpid() and len(token) == 8 and suffix == "tmp"


def test_saving_an_unchanged_document_writes_nothing_and_keeps_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "doc.diagram.json"
    save(titled("first"), path)
    save(titled("second"), path)
    for written in (path, backup_path(path)):
        os.utime(written, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))  # 2001: a rewrite shows
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino) for p in (path, backup_path(path))}
    assert save(titled("second"), path) is False
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino) for p in (path, backup_path(path))}
    assert after == before
    assert '"first"' in backup_path(path).read_text(encoding="utf-8")


def test_a_streamed_payload_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    """An exported PNG is written by a function as it is painted: a failure half-way keeps the old file."""
    target = tmp_path / "out.png"
    target.write_bytes(b"old picture")

    def fails_half_way(stream: BinaryIO) -> None:
        stream.write(b"half a picture")
        raise RuntimeError("painting failed")

    def writes_whole(stream: BinaryIO) -> None:
        stream.write(b"new picture")

    with pytest.raises(RuntimeError, match="painting failed"):
        write_atomically(target, fails_half_way, keep_backup=False)
    assert target.read_bytes() == b"old picture"
    assert list(tmp_path.iterdir()) == [target]  # no temporary left behind

    assert write_atomically(target, writes_whole, keep_backup=True)
    assert target.read_bytes() == b"new picture"
    assert backup_path(target).read_bytes() == b"old picture"
