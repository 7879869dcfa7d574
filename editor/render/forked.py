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

import contextlib
import functools
import gc
import os
import pickle
import sys
from collections.abc import Callable
from typing import Any, TypeVar

Result = TypeVar("Result")
Request = TypeVar("Request")

_TASKS = "/proc/self/task"
_LOADAVG = "/proc/loadavg"


def can_fork() -> bool:
    """True on Linux in a process with a single thread (Python's or any library's)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir(_TASKS)) == 1
    except OSError:
        return False


@functools.cache
def spare_core() -> bool:
    """True when another core stands idle as the work begins: fewer tasks ready to run (this one
    among them) than cores, by the kernel's count in /proc/loadavg. Asked once per process, before
    its first child: its own children are busy cores afterwards.

    On a machine already busy a child only takes turns with this process, and copying the pages
    both touch makes the pair cost about 5 % more CPU than working alone. The one-minute load
    average told busy from idle before, but it remembers the last minute: exports run one after
    another (a benchmark's, a script's) made each other look busy, about 1 on 2 cores, while the
    second core stood idle, and then ran alone."""
    try:
        with open(_LOADAVG, encoding="ascii") as stream:
            running = int(stream.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return False
    return running < _cores()


def _cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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
        _pipe_write(write_end, payload)
    finally:
        os._exit(code)


def _pipe_read(read_end: int) -> bytes:
    with os.fdopen(read_end, "rb") as stream:
        return stream.read()


def _pipe_write(write_end: int, payload: bytes) -> None:
    with os.fdopen(write_end, "wb") as stream:
        stream.write(payload)


def _answer(read_end: int, pid: int) -> tuple[bool, Any]:
    """(done, value) from the child ``pid``: (False, None) when it failed or died."""
    payload = _pipe_read(read_end)
    os.waitpid(pid, 0)
    try:
        done, value = pickle.loads(payload)  # our own child's bytes
    except (pickle.UnpicklingError, EOFError, ValueError):
        return False, None
    return bool(done), value


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
        done, value = _answer(read_end, pid)
        return value if done else work(*args)

    return result


_NOTHING = object()


def _guess_in_child(guess: Callable[[], Request], work: Callable[[Request], Result], asked: int, answer: int) -> None:
    """In the child: ``work(guess())`` at once, then the request read from ``asked``; the answer is
    that result when the guess was right, else ``work(request)`` (with whatever the guess warmed)."""
    code = 0
    gc.disable()  # as in _run_child: no collection touching (and so copying) every page
    try:
        try:
            guessed: Any = guess()
            done: Any = work(guessed)
        except Exception:  # a wrong guess costs nothing but time: the request is still answered
            guessed = done = _NOTHING
        try:
            request = pickle.loads(_pipe_read(asked))  # our own parent's bytes
            value = done if done is not _NOTHING and request == guessed else work(request)
            payload = pickle.dumps((True, value), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # the parent does it again itself and sees the error first hand
            payload, code = pickle.dumps((False, None)), 1
        _pipe_write(answer, payload)
    finally:
        os._exit(code)


def ahead(guess: Callable[[], Request], work: Callable[[Request], Result]) -> Callable[[Request], Result]:
    """``work`` started on another core before its argument is known: a forked child does
    ``work(guess())`` at once; the returned function takes the real request and returns
    ``work(request)``: the child's result when the guess was right (``==``), else the child's
    work on the request (its caches warm), else, without a child, this process's own.

    For work whose input only the end of a long step tells exactly, but which a cheap look at the
    start foretells nearly always (the characters an SVG's fonts need, known from the document's
    texts before they are laid out). ``work`` must depend on its argument alone; the request
    travels to the child pickled, so it should be small.
    """
    if not worth_forking():
        return work
    asked_read, asked_write = os.pipe()
    answer_read, answer_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(asked_write)
        os.close(answer_read)
        _guess_in_child(guess, work, asked_read, answer_write)
    os.close(asked_read)
    os.close(answer_write)

    def result(request: Request) -> Result:
        with contextlib.suppress(OSError):  # the child is gone: its answer below is empty
            _pipe_write(asked_write, pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
        done, value = _answer(answer_read, pid)
        return value if done else work(request)

    return result
