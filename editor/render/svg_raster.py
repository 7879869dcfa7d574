"""SVG images too costly to draw here, drawn as bitmaps by a helper process that is stopped when
it takes too long.

QPainter cannot be interrupted: once Qt starts filling a path it returns when it is done, which
for one self-crossing path of a stranger's SVG can be minutes. Work that must be stoppable has
to run where it can be killed, so an SVG image that :func:`editor.render.svg_cost.estimate` calls
heavy is drawn by a helper process (this module run as ``python -m editor.render.svg_raster``,
see :func:`main`) at the device size it will be shown at, and the parent only draws the bitmap.
The helper is spawned, never forked: the editor is threaded (see :mod:`editor.render.forked`).
It is started on first use and kept for the next image; one that does not answer within
:data:`IMAGE_LIMIT_S` is killed (it also dies past :data:`HELPER_MEMORY`, or with its parent),
the image is refused (:class:`SlowImageError`) and the next heavy image starts a fresh helper.

Time is bounded per image (:data:`IMAGE_LIMIT_S`) and per export (:data:`DOCUMENT_LIMIT_S`, all
helper time since :func:`start_budget`); the canvas and the clipboard have a budget of their own
that refills (:data:`DOCUMENT_LIMIT_S` within any :data:`CANVAS_WINDOW_S`), so a document of many
hostile images pauses the window for at most that, and editing a costly illustration for hours
never runs it out. Refused pictures are remembered, so an image that timed
out once is refused at once from then on at that size or larger (the canvas repaints often).
Bitmaps are kept in a byte-budget cache like decoded rasters, and are at most the pixel budget
of one image: a picture shown larger than that is drawn at a lower resolution and scaled up.
"""

from __future__ import annotations

import ctypes
import os
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QImage, QPainter

from editor.render.errors import RenderError

if TYPE_CHECKING:
    from editor.model import Document


def _limit_from_environment(default: float) -> float:
    """``DIAGRAM_EDITOR_SVG_SECONDS`` when it is a number of seconds from 0.1 to 600, else ``default``."""
    try:
        value = float(os.environ.get("DIAGRAM_EDITOR_SVG_SECONDS", default))
    except ValueError:
        return default
    return value if 0.1 <= value <= 600 else default


#: Longest the helper may take to draw one SVG image, in seconds (``DIAGRAM_EDITOR_SVG_SECONDS``).
IMAGE_LIMIT_S = _limit_from_environment(10.0)
#: Memory the helper may use (its data segment), in bytes: a bitmap at the pixel budget is 160 MB.
HELPER_MEMORY = 1 << 30
#: Longest all heavy SVG images of one export may take together, in seconds; on the canvas, the
#: longest they may take within :data:`CANVAS_WINDOW_S` (the budget refills as time passes).
DOCUMENT_LIMIT_S = 30.0
CANVAS_WINDOW_S = 300.0
_TOGETHER = "SVG images took more than"
_HEADER = struct.Struct(">III")  # request: byte count, width, height; answer: status, width, height
_ROOT = Path(__file__).resolve().parents[2]


class SlowImageError(RenderError):
    """An SVG image that could not be drawn within the time limit: one line, located by the caller."""

    def __init__(self, element_id: str, message: str) -> None:
        super().__init__(message)
        self.element_id = element_id


class _Helper:
    """One helper process, its pipes, and the time it has spent for the current export."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self.spent = 0.0  # by the current export
        self.shown = 0.0  # by the canvas and clipboard, less what has refilled since ``shown_at``
        self.shown_at = time.monotonic()
        self.refused: dict[tuple[str, int, int], str] = {}

    def _start(self) -> subprocess.Popen[bytes]:
        if self._process is None or self._process.poll() is not None:
            path = os.environ.get("PYTHONPATH", "")
            env = dict(
                os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(filter(None, [str(_ROOT), path]))
            )
            self._process = subprocess.Popen(
                [sys.executable, "-m", "editor.render.svg_raster"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd=str(_ROOT),
            )
        return self._process

    def stop(self) -> None:
        """Kills the helper this process started (by its own pid) and reaps it."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()

    def draw(self, raw: bytes, width: int, height: int, *, interactive: bool = False) -> QImage | str:
        """The picture drawn ``width`` x ``height`` px within the limits, or why not. ``interactive``
        (the canvas, the clipboard) counts against the refilling budget, not the export's."""
        with self._lock:
            started = time.monotonic()
            if interactive:
                refill = (started - self.shown_at) * DOCUMENT_LIMIT_S / CANVAS_WINDOW_S
                self.shown, self.shown_at = max(0.0, self.shown - refill), started
            used = self.shown if interactive else self.spent
            limit = min(IMAGE_LIMIT_S, DOCUMENT_LIMIT_S - used)
            together = f"{_TOGETHER} {DOCUMENT_LIMIT_S:g} s to draw together; this one was not drawn"
            if limit <= 0:
                return together
            try:
                image = self._ask(raw, width, height, started + limit)
            except (OSError, ValueError):  # it died: out of its memory limit, or killed
                self.stop()
                return f"SVG image could not be drawn at {width} x {height} px within {HELPER_MEMORY >> 20} MB"
            except BaseException:  # Ctrl-C or SIGTERM while it draws: it stops with us
                self.stop()
                raise
            finally:
                if interactive:
                    self.shown += time.monotonic() - started
                else:
                    self.spent += time.monotonic() - started
            if image is None:
                if limit < IMAGE_LIMIT_S:  # stopped by what was left of the export's time
                    return together
                return f"SVG image took more than {limit:g} s to draw at {width} x {height} px"
            return image

    def _ask(self, raw: bytes, width: int, height: int, deadline: float) -> QImage | None:
        process = self._start()
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(_HEADER.pack(len(raw), width, height) + raw)
        process.stdin.flush()
        header = self._read(process.stdout.fileno(), _HEADER.size, deadline)
        if header is None:
            self.stop()
            return None
        status, out_width, out_height = _HEADER.unpack(header)
        if status != 0:
            return QImage()  # the helper could not read it: drawn as nothing, as here
        pixels = self._read(process.stdout.fileno(), out_width * out_height * 4, deadline + 5)
        if pixels is None:
            self.stop()
            return None
        image = QImage(pixels, out_width, out_height, QImage.Format.Format_ARGB32_Premultiplied)
        return image.copy()  # owns its pixels

    @staticmethod
    def _read(fd: int, count: int, deadline: float) -> bytearray | None:
        """``count`` bytes from the helper by ``deadline``, read into one buffer (a bitmap at the
        pixel budget is 160 MB: no list of chunks joined into a second copy); None when late."""
        buffer = bytearray(count)
        view = memoryview(buffer)
        done = 0
        while done < count:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            got = os.readv(fd, [view[done:]])
            if not got:
                raise OSError("the SVG helper stopped")
            done += got
        return buffer


HELPER = _Helper()


def start_budget() -> None:
    """A new export: the time all heavy SVG images may take together starts again."""
    HELPER.spent = 0.0


def bitmap_size(width: float, height: float) -> tuple[int, int]:
    """The bitmap drawn for a picture shown ``width`` x ``height`` device px: that, within one
    image's pixel budget."""
    from editor.model.images import PIXEL_BUDGET  # here: the helper process never loads the model

    width, height = max(1.0, width), max(1.0, height)
    shrink = min(1.0, (PIXEL_BUDGET / (width * height)) ** 0.5)
    return max(1, round(width * shrink)), max(1, round(height * shrink))


def drawn_by_helper(
    element_id: str, data: str, raw: bytes, width: int, height: int, *, interactive: bool = False
) -> QImage:
    """The bitmap of a heavy SVG image; :class:`SlowImageError` when it took too long (or did
    before, at this size or smaller)."""
    key = (data, width, height)
    for (known, known_width, known_height), message in HELPER.refused.items():
        if known == data and known_width <= width and known_height <= height:
            raise SlowImageError(element_id, message)
    drawn = HELPER.draw(raw, width, height, interactive=interactive)
    if isinstance(drawn, str):
        if not drawn.startswith(_TOGETHER):  # the picture's own fault, not how busy the export was
            HELPER.refused[key] = drawn
        raise SlowImageError(element_id, drawn)
    return drawn


#: Called with the element id and message whenever a refused image is drawn crossed out (the
#: window's status line, which shows the same line again rather than once per process).
REFUSAL_LISTENERS: list[Callable[[str, str], None]] = []


def report_refusal(error: SlowImageError) -> None:
    """Tells the listeners about an image drawn crossed out."""
    for listener in REFUSAL_LISTENERS:
        listener(error.element_id, str(error))


def image_place(document: Document, element_id: str) -> str:
    """Where an image's data is in the document, as the image rule's lines say it:
    ``elements[7] (id "logo").data``."""
    for index, element in enumerate(document.elements):
        if element.id == element_id:
            return f'elements[{index}] (id "{element_id}").data'
    return f'(id "{element_id}").data'


# --- the helper process -------------------------------------------------------------------
# It reads requests from stdin (the header, then SVG bytes the parent has checked against the SVG
# rule) and answers each with a header (status, width, height) and the premultiplied ARGB pixels,
# drawn as the painter would (the same fonts, antialiasing and quiet Qt log) into a transparent
# bitmap. It has no limit of its own: the parent kills it when it takes too long.


def _read_request(stream: BinaryIO, count: int) -> bytes | None:
    data = stream.read(count)
    return data if len(data) == count else None


def draw(raw: bytes, width: int, height: int) -> QImage | None:
    """The SVG drawn into a transparent ``width`` x ``height`` bitmap; None if Qt cannot read it."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(raw))
    if not renderer.isValid():
        return None
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


_PR_SET_PDEATHSIG = 1


def main() -> None:
    """The helper: answers requests until its stdin closes."""
    from editor.render.qt import ensure_gui_application, quiet_image_warnings

    resource.setrlimit(resource.RLIMIT_DATA, (HELPER_MEMORY, HELPER_MEMORY))
    if sys.platform.startswith("linux"):  # gone with the process that started it, even if killed
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    ensure_gui_application()
    quiet_image_warnings()
    fonts = False
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    while (header := _read_request(requests, _HEADER.size)) is not None:
        count, width, height = _HEADER.unpack(header)
        raw = _read_request(requests, count)
        if raw is None:
            return
        if not fonts and (b"<text" in raw or b"font" in raw):  # the editor's fonts, as the painter has them
            from editor.render.fonts import register_bundled_fonts  # loads the model: 0.25 s

            register_bundled_fonts()
            fonts = True
        image = draw(raw, width, height)
        if image is None:
            answers.write(_HEADER.pack(1, 0, 0))
        else:
            answers.write(_HEADER.pack(0, width, height) + bytes(image.constBits()))  # 32-bit lines: no padding
        answers.flush()


if __name__ == "__main__":
    main()
