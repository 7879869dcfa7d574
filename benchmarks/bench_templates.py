"""File > New from Template…: how long the dialog takes to open, first in a session and then again.

The first opening reads and validates every template and draws each preview with the render
layer (a layout of the whole diagram in the interface language, painted at thumbnail scale); later
openings reuse the previews. Targets: the first opening of the list takes at most 1 s, so the
menu click still feels like opening a dialog, and a later one at most 100 ms (medians).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.app import template_dialog  # noqa: E402
from editor.app.template_dialog import TemplateDialog  # noqa: E402
from editor.i18n.ui_locale import UI_LANGUAGES  # noqa: E402
from editor.render.fonts import register_bundled_fonts  # noqa: E402

FIRST_TARGET_MS = 1000.0
AGAIN_TARGET_MS = 100.0


def _open_ms(language: str) -> float:
    started = time.perf_counter()
    dialog = TemplateDialog(language)
    dialog.show()
    QApplication.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    dialog.close()
    dialog.deleteLater()
    return elapsed


def main() -> int:
    rounds = 2 if "--quick" in sys.argv else 5
    app = QApplication.instance() or QApplication([])
    register_bundled_fonts()
    first: list[float] = []
    again: list[float] = []
    for _ in range(rounds):
        for language in UI_LANGUAGES:
            template_dialog._thumbnails.clear()  # a fresh session for this language
            first.append(_open_ms(language.content_tag))
            again.append(_open_ms(language.content_tag))
    app.processEvents()
    first_median, again_median = statistics.median(first), statistics.median(again)
    print(f"first opening: median {first_median:.0f} ms, worst {max(first):.0f} ms (target {FIRST_TARGET_MS:.0f})")
    print(f"again:         median {again_median:.0f} ms, worst {max(again):.0f} ms (target {AGAIN_TARGET_MS:.0f})")
    ok = first_median <= FIRST_TARGET_MS and again_median <= AGAIN_TARGET_MS
    print("ok" if ok else "over target")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
