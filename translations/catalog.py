"""Qt Linguist tooling for the interface catalogues: lupdate over ``editor/``, lrelease to ``.qm``.

The Makefile (``make translations``, ``make translations-qm``) and the tests call these same
functions, so the checks run exactly what a developer runs. Usage, from the repository root::

    .venv/bin/python -m translations.catalog update    # refresh every .ts from the sources
    .venv/bin/python -m translations.catalog release   # compile every .ts to .qm
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from editor.actions import CONTEXT as ACTIONS_CONTEXT
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


#: One-argument markers lupdate cannot see: ``translatable("&File")`` (or an alias such as ``_ = translatable``)
#: means ``QT_TRANSLATE_NOOP("Actions", "&File")``.
MARKER = "translatable"


def restated_markers(source: Path) -> str | None:
    """``source``'s marker calls restated as QT_TRANSLATE_NOOP on the same lines, or None if it has none.

    lupdate's Python parser only knows Qt's own names; keeping the line numbers keeps the
    locations in the ``.ts`` true once the file name is put back.
    """
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names = {MARKER}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id == MARKER:
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    lines: dict[int, list[str]] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names):
            continue
        if len(node.args) == 1 and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            context, text = json.dumps(ACTIONS_CONTEXT), json.dumps(node.args[0].value, ensure_ascii=False)
            lines.setdefault(node.args[0].lineno, []).append(f"QT_TRANSLATE_NOOP({context}, {text})")
    if not lines:
        return None
    return "\n".join("; ".join(lines.get(number, [])) for number in range(1, max(lines) + 1)) + "\n"


def _restate_all(folder: Path) -> dict[Path, Path]:
    """Restated copies of the sources that use markers, under ``folder``: copy -> original."""
    copies = {}
    for source in source_files():
        text = restated_markers(source)
        if text is not None:
            copy = folder / source.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(text, encoding="utf-8")
            copies[copy] = source
    return copies


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
    with tempfile.TemporaryDirectory(prefix="lupdate-markers-") as scratch:
        copies = _restate_all(Path(scratch))
        _run([LUPDATE, "-silent", *options, *source_files(), *copies, "-ts", target])
        text = target.read_text(encoding="utf-8")
        for copy, original in copies.items():
            shown, real = (Path(os.path.relpath(path, target.parent)).as_posix() for path in (copy, original))
            text = text.replace(f'filename="{shown}"', f'filename="{real}"')
        target.write_text(text, encoding="utf-8")
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
