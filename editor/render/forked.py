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

import functools
import gc
import os
import pickle
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast

Result = TypeVar("Result")
Request = TypeVar("Request")

_TASKS = "/proc/self/task"
_LOADAVG = "/proc/loadavg"


def can_fork() -> bool:
    """True on Linux in a process with a single thread (Python's or any library's)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or not hasattr(os, "memfd_create"):
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


def _run_child(answer: int, work: Callable[[], Any]) -> None:
    """In the child: ``work()``'s result (or a mark that it failed) into ``answer``, then exit at
    once (no atexit handlers, no Qt destructors, no flushing of buffers the parent owns).

    ``answer`` is an in-memory file (memfd), not a pipe: the child leaves as soon as its work is
    done instead of waiting for the parent to read. While a child lives, each page the parent
    writes is copied first (copy on write): three children kept alive to the end of a 10k export
    cost the parent 30,000 page copies, 0.1 s of system time and more of cache misses."""
    code = 0
    gc.disable()  # a collection would touch every object, and the kernel copy each page it touched
    try:
        try:
            payload = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # the parent does it again itself and sees the error first hand
            payload, code = pickle.dumps((False, None)), 1
        with os.fdopen(answer, "wb") as stream:
            stream.write(payload)
    finally:
        os._exit(code)


def _forked(work: Callable[[], Any]) -> Callable[[], tuple[bool, Any]]:
    """``work()`` started in a forked child; the returned function waits for it and gives (done,
    value), or (False, None) when the child failed or died."""
    answer = os.memfd_create("diagram-editor-forked", os.MFD_CLOEXEC)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        _run_child(answer, work)

    def result() -> tuple[bool, Any]:
        os.waitpid(pid, 0)
        with os.fdopen(answer, "rb") as stream:
            stream.seek(0)  # the child's writes moved the offset both share
            payload = stream.read()
        try:
            done, value = pickle.loads(payload)  # our own child's bytes
        except (pickle.UnpicklingError, EOFError, ValueError):
            return False, None
        return bool(done), value

    return result


def later(work: Callable[..., Result], *args: Any) -> Callable[[], Result]:
    """Starts ``work(*args)`` in a forked child when that is safe and a core is spare; the returned
    function waits for its result. Without a child (or when the child failed) it calls ``work`` itself."""
    if not worth_forking():
        return lambda: work(*args)
    answer = _forked(lambda: work(*args))

    def result() -> Result:
        done, value = answer()
        return value if done else work(*args)

    return result


def ahead(guess: Callable[[], Request], work: Callable[[Request], Result]) -> Callable[[Request], Result]:
    """``work`` started on another core before its argument is known: a forked child does
    ``work(guess())`` at once; the returned function takes the real request and returns
    ``work(request)``: the child's result when the guess was right (``==``), else its own.

    For work whose input only the end of a long step tells exactly, but which a cheap look at the
    start foretells nearly always (the characters an SVG's fonts need, known from the document's
    texts before they are laid out). ``work`` must depend on its argument alone.
    """
    if not worth_forking():
        return work

    def guessed() -> tuple[Request, Result]:
        request = guess()
        return request, work(request)

    answer = _forked(guessed)

    def result(request: Request) -> Result:
        done, value = answer()
        if done and value[0] == request:
            return cast(Result, value[1])
        return work(request)

    return result
