"""Qt Linguist tooling for the interface catalogues: lupdate over ``editor/``, lrelease to ``.qm``.

The Makefile (``make translations``, ``make translations-qm``) and the tests call these same
functions, so the checks run exactly what a developer runs. Usage, from the repository root::

    .venv/bin/python -m translations.catalog update    # refresh every .ts from the sources
    .venv/bin/python -m translations.catalog release   # compile every .ts to .qm
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from editor.i18n.ui_locale import CATALOGUE, SOURCE_LANGUAGE, UI_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
SOURCES = ROOT / "editor"
_BIN = Path(sys.executable).parent
LUPDATE = _BIN / "pyside6-lupdate"
LRELEASE = _BIN / "pyside6-lrelease"

#: Languages that need a full translation of every string (English is the source).
TRANSLATED_CODES: tuple[str, ...] = tuple(language.code for language in UI_LANGUAGES if not language.is_source)


def ts_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def qm_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{code}.qm"


def source_files() -> list[Path]:
    """Every Python file lupdate reads; lupdate's own directory scan skips ``.py``, so they are listed."""
    return sorted(path for path in SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def _run(command: Sequence[str | Path]) -> str:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def lupdate(code: str, folder: Path = TRANSLATIONS) -> Path:
    """Merge the sources' strings into ``folder``'s ``.ts`` for ``code`` (created if absent).

    Finished translations are kept, vanished strings dropped; English gets plural forms only.
    """
    target = ts_path(code, folder)
    options = ["-no-obsolete", "-locations", "relative", "-source-language", SOURCE_LANGUAGE]
    options += ["-target-language", code]
    if code == SOURCE_LANGUAGE:
        options.append("-pluralonly")
    _run([LUPDATE, "-silent", *options, *source_files(), "-ts", target])
    return target


def lrelease(ts_file: Path, qm_file: Path) -> Path:
    _run([LRELEASE, "-silent", ts_file, "-qm", qm_file])
    return qm_file


def update_all(folder: Path = TRANSLATIONS) -> list[Path]:
    return [lupdate(code, folder) for code in (SOURCE_LANGUAGE, *TRANSLATED_CODES)]


def release_all(folder: Path = TRANSLATIONS) -> list[Path]:
    return [lrelease(ts_file, ts_file.with_suffix(".qm")) for ts_file in sorted(folder.glob(f"{CATALOGUE}_*.ts"))]


def main(argv: Sequence[str]) -> int:
    actions = {"update": update_all, "release": release_all}
    if len(argv) != 1 or argv[0] not in actions:
        print(f"usage: python -m translations.catalog {{{'|'.join(actions)}}}", file=sys.stderr)
        return 2
    for path in actions[argv[0]]():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
