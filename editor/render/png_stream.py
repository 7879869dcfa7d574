"""A PNG written as its rows arrive: IHDR and pHYs first, IDAT chunks as bands are compressed, IEND last.

Why streaming: a 16,000 px square export is a 1 GB bitmap, and holding it whole (plus its RGB copy)
took 1.9 GB. Here the caller hands over bands of a few hundred rows; each band is deflated on a
worker thread into its own piece of one zlib stream and written out as soon as the bands before it
are, so memory holds only the bands in flight, whatever the image's size.

How one stream comes out of independent pieces (as pigz does it): every piece is raw deflate data
ended with a sync flush, so it stops on a byte boundary and the next piece can follow; a piece
starts with a fresh dictionary, which costs almost nothing on bands of hundreds of rows. A final
empty block closes the stream, and the Adler-32 checksums of the pieces are combined into the
stream's own. zlib releases the GIL while it compresses, so the workers use the other cores
while the caller paints the next band.

Rows are stored unfiltered at zlib level 1: diagram pixels are mostly flat colour, which level 1
compresses to about the size of higher levels in a fraction of the time (PNG time is mostly
compression); ``benchmarks/bench_png_bands.py`` prints the sizes.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO

from editor.model.io import PNG_SIGNATURE, document_chunk, png_chunk

#: zlib level for the pixels (see the module docstring)
LEVEL = 1
_BASE = 65521
_ZLIB_HEADER = b"\x78\x01"  # deflate, 32 KB window, "fastest" level flag


def adler_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings one after the other, from each one's checksum (as zlib's own)."""
    s1a, s2a = first & 0xFFFF, first >> 16
    s1b, s2b = second & 0xFFFF, second >> 16
    s1 = (s1a + s1b - 1) % _BASE
    s2 = (s2a + s2b + second_length * (s1a - 1)) % _BASE
    return (s2 << 16) | s1


Piece = tuple[bytes, int, int]  # raw deflate data, Adler-32 of what it holds, its length before compression


def deflate_piece(pixels: memoryview, count: int, stride: int, row: int, level: int = LEVEL) -> Piece:
    """``count`` rows of ``row`` bytes, ``stride`` apart in ``pixels``, each after its filter byte.

    The rows are gathered with their filter bytes into one buffer first and deflated in one call:
    feeding zlib two small pieces per row cost a third more time than the copy. Ends with a sync
    flush, so the next piece can follow in the same stream.
    """
    line = row + 1
    scanlines = _scratch(count, line)
    for y in range(count):
        scanlines[y * line + 1 : (y + 1) * line] = pixels[y * stride : y * stride + row]
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    data = compressor.compress(scanlines) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return data, zlib.adler32(scanlines), len(scanlines)


_local = threading.local()


def _scratch(count: int, line: int) -> memoryview:
    """This thread's buffer for ``count`` scanlines of ``line`` bytes; the first byte of each (its
    filter, "none") stays zero, since rows are only ever copied after it.

    Reused from band to band: fresh memory is slow here (a new 24 MB buffer a band took longer
    than compressing it).
    """
    buffer: bytearray | None = getattr(_local, "buffer", None)
    if buffer is None or getattr(_local, "line", None) != line or len(buffer) < count * line:
        buffer = _local.buffer = bytearray(count * line)
        _local.line = line
    return memoryview(buffer)[: count * line]


def _final_block() -> bytes:
    """An empty last deflate block: what ends a stream made of sync-flushed pieces."""
    return zlib.compressobj(LEVEL, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)


class PngStreamWriter:
    """Writes an 8-bit RGB or RGBA PNG to ``stream`` band by band; :meth:`close` finishes it.

    Bands are made (converted, deflated) on ``workers`` threads (default: the cores), up to
    ``in_flight`` at once: :meth:`submit` waits for the oldest when that many are pending, which
    keeps memory flat.
    """

    def __init__(
        self,
        stream: BinaryIO,
        width: int,
        height: int,
        *,
        alpha: bool,
        pixels_per_meter: int,
        workers: int | None = None,
        in_flight: int | None = None,
    ) -> None:
        self.stream = stream
        self.width, self.height, self.alpha = width, height, alpha
        self.row = width * (4 if alpha else 3)
        count = max(1, min(workers or os.cpu_count() or 1, 8))
        self._pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="png-deflate")
        self._limit = in_flight or count + 1
        self._pending: deque[Future[Piece]] = deque()
        self._adler, self._rows, self._started = 1, 0, False
        header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
        stream.write(PNG_SIGNATURE)
        stream.write(png_chunk(b"IHDR", header))
        stream.write(png_chunk(b"pHYs", struct.pack(">IIB", pixels_per_meter, pixels_per_meter, 1)))

    def submit(self, make_piece: Callable[..., Piece], *args: object, rows: int) -> None:
        """The next ``rows`` rows, as the piece ``make_piece(*args)`` makes on a worker thread.

        Pieces are written in the order they were submitted, whatever order they finish in.
        """
        if self._rows + rows > self.height:
            raise ValueError(f"{self._rows + rows} rows for a {self.height} px high PNG")
        self._rows += rows
        self._pending.append(self._pool.submit(make_piece, *args))
        while len(self._pending) >= self._limit:
            self._write_oldest()

    def _write_oldest(self) -> None:
        data, adler, length = self._pending.popleft().result()
        self._adler = adler_combine(self._adler, adler, length)
        self._idat(data)

    def _idat(self, data: bytes) -> None:
        if not self._started:
            data, self._started = _ZLIB_HEADER + data, True
        self.stream.write(png_chunk(b"IDAT", data))

    def close(self, document_json: str | None = None) -> None:
        """Writes the pending bands, the end of the stream, the document (iTXt) if any, and IEND."""
        try:
            while self._pending:
                self._write_oldest()
            if self._rows != self.height:
                raise ValueError(f"{self._rows} rows written for a {self.height} px high PNG")
            self._idat(_final_block() + struct.pack(">I", self._adler))
            if document_json is not None:
                self.stream.write(document_chunk(document_json))
            self.stream.write(png_chunk(b"IEND", b""))
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Stops the workers without finishing the file (after a failure)."""
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        self._pool.shutdown(wait=True)
