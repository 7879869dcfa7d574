"""Interface-language figures for issue 7: how long a switch takes with the main window open.

A switch loads two catalogues (ours and Qt's ``qtbase``), installs them, every open widget
retranslates on ``QEvent.LanguageChange`` before ``set_ui_language`` returns, and the window then
lays itself out again; the time measured covers all of it. Target: a switch
with the bundled example open takes at most 150 ms (median), so a menu click feels immediate.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.i18n.ui_locale import UI_LANGUAGES, catalogue_path, set_ui_language  # noqa: E402
from editor.model import load  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"
TARGET_MS = 150.0


def main() -> int:
    rounds = 3 if "--quick" in sys.argv else 10
    with tempfile.TemporaryDirectory() as scratch:
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, scratch)
        os.environ["DIAGRAM_EDITOR_DATA_DIR"] = str(Path(scratch) / "data")
        app = QApplication.instance() or QApplication([])
        from editor.app.main_window import MainWindow
        from editor.app.settings import AppSettings, identify_application

        identify_application()
        window = MainWindow(AppSettings())
        window.show()
        window.show_document(load(EXAMPLE))
        app.processEvents()
        sizes = {language.code: catalogue_path(language).stat().st_size for language in UI_LANGUAGES}
        print("catalogue sizes (bytes): " + ", ".join(f"{code} {size:,}" for code, size in sizes.items()))
        timings: dict[str, list[float]] = {language.code: [] for language in UI_LANGUAGES}
        for _ in range(rounds):
            for language in (*UI_LANGUAGES[1:], UI_LANGUAGES[0]):
                started = time.perf_counter()
                set_ui_language(language.code, remember=False)
                app.processEvents()  # the relayout (and, for Arabic, the mirroring) that follows
                timings[language.code].append((time.perf_counter() - started) * 1000)
        window.files.restored_unsaved = False
        window.scene.undo_stack.setClean()
        window.close()
    medians = {code: statistics.median(values) for code, values in timings.items()}
    for code, median in medians.items():
        print(f"switch to {code:6} median {median:6.1f} ms  (max {max(timings[code]):6.1f} ms, {rounds} rounds)")
    worst = max(medians.values())
    verdict = "ok" if worst <= TARGET_MS else "MISSED"
    print(f"slowest median {worst:.1f} ms, target <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
