"""PDF pages of the translated example, per language: time and size of each page alone.

The whiteboard theme's Arabic page draws Aref Ruqaa as outlines under invisible text
(``editor.render.pdf_text``), which costs more than text: this shows how much, next to the other
scripts' pages (text in embedded font subsets). Per language: the page written **cold** (outlines
not yet cached, in this process) and **warm** (median of ``WARM_RUNS`` more), and its bytes.

Run from the repository root (``make bench`` does). Wall-clock times on a shared machine move with
its load.
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

WARM_RUNS = 3


def main() -> int:
    from editor.render import pdf_text
    from editor.render.layout import layout_document
    from editor.render.pdf import to_pdf
    from editor.render.qt import ensure_gui_application
    from tests.test_docs_translations import make_images

    ensure_gui_application()
    document = make_images.translated_example()
    languages = ("en", *make_images.LANGUAGES)
    to_pdf([layout_document(document, "en")])  # Qt's PDF writer and the fonts set up once
    print(f"{'language':<10}{'cold ms':>10}{'warm ms':>10}{'kB':>8}")
    for language in languages:
        display_list = layout_document(document, language)
        pdf_text._outline.cache_clear()
        pdf_text._GLYPHS.clear()
        started = time.perf_counter()
        data = to_pdf([display_list])
        cold = time.perf_counter() - started
        warm = []
        for _ in range(WARM_RUNS):
            started = time.perf_counter()
            to_pdf([display_list])
            warm.append(time.perf_counter() - started)
        print(f"{language:<10}{cold * 1000:>10.0f}{statistics.median(warm) * 1000:>10.0f}{len(data) / 1000:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
