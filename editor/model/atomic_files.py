"""Writing files so that a crash or a full disk never costs the previous version, and a write
never changes who may read the file.

Every file the application writes (a document, its ``.bak``, an exported PNG or SVG, an XLIFF
file, a recovery sidecar) goes through :func:`write_atomically`: the bytes go to a temporary
beside the target, are flushed to disk, and replace the target in one rename. The replacement
keeps the mode, owner and group of the file it replaces (a 0644 document stays 0644 after a
save); a new file gets the mode the umask allows, like any file a program creates. A target that
is a symbolic link is written where the link leads, so the link stays.

A temporary is named ``.NAME.PID.RANDOM.tmp`` so its writer can be told: a write killed half-way
leaves one behind, and the next successful write of the same target removes those whose process
is gone (a live process's temporary may be a write in progress, so it stays).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

TEMPORARY_SUFFIX = ".tmp"

#: what a file is to hold: its bytes, or a function that writes them to a stream (an exported
#: PNG streams its rows as they are compressed, so the whole file is never in memory)
Payload = bytes | Callable[[BinaryIO], None]


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def temporary_path(target: Path, pid: int | None = None) -> Path:
    """A fresh temporary name for ``target`` that carries the writer's process id."""
    owner = os.getpid() if pid is None else pid
    return target.with_name(f".{target.name}.{owner}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")


def _temporaries_of(target: Path) -> dict[Path, int]:
    """Temporaries of ``target`` in its folder, with the process id each name carries."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d{{1,10}})\.[0-9a-f]{{8}}{re.escape(TEMPORARY_SUFFIX)}")
    found: dict[Path, int] = {}
    with contextlib.suppress(OSError), os.scandir(_folder(target)) as entries:
        for entry in entries:
            match = pattern.fullmatch(entry.name)
            if match is not None:
                found[Path(entry.path)] = int(match.group(1))
    return found


def process_is_alive(pid: int) -> bool:
    """True unless the system says no such process exists (a process of another user is alive)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # signal 0 is CTRL_C_EVENT there: never ask, never remove
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True
    return True


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Deletes the temporaries of ``target`` left by processes that no longer run; returns them."""
    removed: list[Path] = []
    for temporary, pid in _temporaries_of(target).items():
        if not process_is_alive(pid):
            with contextlib.suppress(OSError):
                temporary.unlink()
                removed.append(temporary)
    return removed


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _status(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _take_over_ownership_and_mode(descriptor: int, like: os.stat_result) -> None:
    """The replaced file's owner and group where this user may set them, then its mode (last,
    since a change of owner clears the set-id bits)."""
    if os.name == "posix":
        own = os.fstat(descriptor)
        if (own.st_uid, own.st_gid) != (like.st_uid, like.st_gid):
            try:
                os.fchown(descriptor, like.st_uid, like.st_gid)
            except OSError:
                with contextlib.suppress(OSError):  # a member of the group may still keep the group
                    os.fchown(descriptor, -1, like.st_gid)
        os.fchmod(descriptor, stat.S_IMODE(like.st_mode))


def _write_temporary(target: Path, payload: Payload, like: os.stat_result | None, private: bool) -> Path:
    """The payload flushed to disk in a new temporary beside ``target``, with its final mode.

    A new file is created with 0666 for the kernel to apply the umask (and any default ACL);
    a replacement starts private and takes the replaced file's mode once it is its own.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    mode = 0o600 if private or like is not None else 0o666
    while True:
        temporary = temporary_path(target)
        try:
            descriptor = os.open(temporary, flags, mode)
            break
        except FileExistsError:
            continue
    try:
        if like is not None and not private:
            _take_over_ownership_and_mode(descriptor, like)
        with os.fdopen(descriptor, "wb") as stream:
            if isinstance(payload, bytes):
                stream.write(payload)
            else:
                payload(stream)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _already_holds(target: Path, current: os.stat_result | None, payload: Payload) -> bool:
    if not isinstance(payload, bytes) or current is None or current.st_size != len(payload):
        return False
    try:
        return target.read_bytes() == payload
    except OSError:
        return False


def write_atomically(
    path: str | os.PathLike[str], payload: Payload, *, keep_backup: bool = True, private: bool = False
) -> bool:
    """Temp file in the same folder, fsync, replace; with ``keep_backup`` the previous file survives
    as ``.bak`` (with the same mode). Returns False when nothing was written.

    A failure at any point leaves the previous file as it was. With ``keep_backup``, a file that
    already holds exactly ``payload`` is left alone, mtime and all: rewriting it would replace
    the backup with the same content and lose the version before. ``private`` makes the file 0600
    whatever it was (the recovery sidecars). A payload that is a function writes into the
    temporary; whatever it raises leaves the previous file as it was, too.
    """
    target = _through_links(Path(path))
    current = _status(target)
    if current is not None and not stat.S_ISREG(current.st_mode):
        current = None  # a folder or a device: the rename below fails and says so
    if keep_backup and _already_holds(target, current, payload):
        return False
    temporary = _write_temporary(target, payload, current, private)
    try:
        if keep_backup and current is not None:
            _refresh_backup(target, current, private)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(_folder(target))
    remove_stale_temporaries(target)
    return True


def _through_links(path: Path) -> Path:
    """The file a symbolic link leads to: a document kept elsewhere and linked into a folder
    stays linked after a save (the rename would otherwise put a plain file in the link's place)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _refresh_backup(target: Path, current: os.stat_result, private: bool) -> None:
    """``target``'s bytes into its ``.bak``, with its mode; a failure here must not stop the save."""
    backup = backup_path(target)
    try:
        temporary = _write_temporary(backup, target.read_bytes(), current, private)
    except OSError:
        return
    try:
        os.replace(temporary, backup)
    except OSError:
        temporary.unlink(missing_ok=True)
        return
    remove_stale_temporaries(backup)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
