"""One translation run off the UI thread: a QThread, a worker object, signals back to the dialog.

The worker translates a private copy of the document, so the window's document is never read
or written from the other thread; the result comes back as a ``TranslationResult`` that the
window turns into one undo step. Cancel sets an Event the service checks between batches.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from editor.i18n.errors import ProviderError, TranslationCancelled
from editor.i18n.memory import TranslationMemory
from editor.i18n.providers import ProviderConfig, make_provider
from editor.i18n.service import TranslationProgress, TranslationResult, translate_document
from editor.model import Document


@dataclass(frozen=True, slots=True)
class TranslationRequest:
    """What the user asked for in the dialog."""

    targets: tuple[str, ...]
    provider: str
    config: ProviderConfig
    only_missing_and_stale: bool = True


class TranslationWorker(QObject):
    """Runs in the job's thread; every signal crosses back to the UI thread queued."""

    progressed = Signal(int, int, str, int)  # done, total, language, requests
    succeeded = Signal(object)  # TranslationResult
    failed = Signal(str)
    cancelled = Signal(int, int)  # done, total

    def __init__(self, document: Document, request: TranslationRequest, cancel: threading.Event) -> None:
        super().__init__()
        self.document = document
        self.request = request
        self.cancel = cancel

    def _progress(self, progress: TranslationProgress) -> None:
        self.progressed.emit(progress.done, progress.total, progress.language, progress.requests)

    @Slot()
    def run(self) -> None:
        request = self.request
        try:
            provider = make_provider(request.provider, request.config)
            with TranslationMemory() as memory:
                result = translate_document(
                    self.document,
                    request.targets,
                    provider,
                    only_missing_and_stale=request.only_missing_and_stale,
                    memory=memory,
                    progress=self._progress,
                    cancel=self.cancel,
                )
        except ProviderError as error:
            self.failed.emit(str(error))
        except TranslationCancelled as stopped:
            self.cancelled.emit(stopped.done, stopped.total)
        except OSError as error:
            self.failed.emit(f"translation memory unavailable: {error.strerror or error}")
        else:
            if self.cancel.is_set():
                self.cancelled.emit(0, 0)
            else:
                self.succeeded.emit(result)


class TranslationJob(QObject):
    """Owns the thread and the worker; ``start`` once, ``cancel`` any time, ``finished`` at the end."""

    progressed = Signal(int, int, str, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal(int, int)
    finished = Signal()

    def __init__(self, document: Document, request: TranslationRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("translation")
        self.worker = TranslationWorker(document.model_copy(deep=True), request, self._cancel)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        for signal in (self.worker.succeeded, self.worker.failed, self.worker.cancelled):
            signal.connect(self.worker_thread.quit)
        self.worker.progressed.connect(self.progressed)
        self.worker.succeeded.connect(self.succeeded)
        self.worker.failed.connect(self.failed)
        self.worker.cancelled.connect(self.cancelled)
        self.worker_thread.finished.connect(self.finished)

    @property
    def targets(self) -> Sequence[str]:
        return self.worker.request.targets

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self.worker_thread.isRunning()

    def wait(self, milliseconds: int) -> bool:
        """Block until the thread ends (closing the dialog mid-run); True when it did."""
        return self.worker_thread.wait(milliseconds)


__all__ = ["TranslationJob", "TranslationRequest", "TranslationResult"]
