"""Work done by a forked copy of this process while it goes on with something else.

An export spends a second on pure-Python steps that need nothing from each other: subsetting the
fonts (fontTools) while the SVG's body is written, for one. Threads would take turns on the GIL; a
forked child shares everything computed so far without pickling it and runs on another core.

Forking is only safe while this process has one thread (a child of a threaded process can
inherit a lock held by a thread that no longer exists). A command-line export has one, since
Qt's offscreen platform starts none; the editor window has several. Where forking is unsafe or
unavailable (Windows, macOS by default, any threaded process), the work simply runs here when
its result is asked for: the result is the same either way. So it does on a machine with no
idle core (:func:`spare_core`).
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable
from typing import Any, TypeVar

Result = TypeVar("Result")

_TASKS = "/proc/self/task"


def can_fork() -> bool:
    """True on Linux in a process with a single thread (Python's or any library's)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir(_TASKS)) == 1
    except OSError:
        return False


def spare_core() -> bool:
    """True when another core looks idle (the last minute's load average below the cores but one).
    On a machine already busy a child only takes turns with this process, and copying the pages
    both touch makes the pair cost about 5 % more CPU than working alone."""
    try:
        return os.getloadavg()[0] <= (os.cpu_count() or 1) - 1
    except OSError:
        return False


def worth_forking() -> bool:
    """Forking is safe here and another core would take the work."""
    return can_fork() and spare_core()


def _run_child(write_end: int, work: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """In the child: the result (or None when it failed) down the pipe, then exit at once (no
    atexit handlers, no Qt destructors, no flushing of buffers the parent owns)."""
    code = 0
    gc.disable()  # a collection would touch every object, and the kernel copy each page it touched
    try:
        try:
            payload = pickle.dumps((True, work(*args)), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # the parent does it again itself and sees the error first hand
            payload, code = pickle.dumps((False, None)), 1
        with os.fdopen(write_end, "wb") as stream:
            stream.write(payload)
    finally:
        os._exit(code)


def later(work: Callable[..., Result], *args: Any) -> Callable[[], Result]:
    """Starts ``work(*args)`` in a forked child when that is safe and a core is spare; the returned
    function waits for its result. Without a child (or when the child failed) it calls ``work`` itself."""
    if not worth_forking():
        return lambda: work(*args)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read_end)
        _run_child(write_end, work, args)
    os.close(write_end)

    def result() -> Result:
        with os.fdopen(read_end, "rb") as stream:
            payload = stream.read()
        os.waitpid(pid, 0)
        try:
            done, value = pickle.loads(payload)  # our own child's bytes
        except (pickle.UnpicklingError, EOFError, ValueError):
            done, value = False, None
        return value if done else work(*args)

    return result
