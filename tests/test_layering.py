"""Layer rules import-linter cannot express: render draws with QtGui only, never QtWidgets."""

from __future__ import annotations

import ast
from pathlib import Path

EDITOR = Path(__file__).resolve().parent.parent / "editor"
QT_PACKAGES = ("PySide6", "shiboken6", "qtawesome")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_render_never_imports_widgets() -> None:
    offenders = {
        str(path.relative_to(EDITOR)): sorted(name for name in imported_modules(path) if "QtWidgets" in name)
        for package in ("render", "arrange")
        for path in (EDITOR / package).rglob("*.py")
    }
    assert not {path: names for path, names in offenders.items() if names}


def test_model_and_commands_never_import_qt() -> None:
    for package in ("model", "commands", "importers"):
        for path in (EDITOR / package).rglob("*.py"):
            qt = [name for name in imported_modules(path) if name.split(".")[0] in QT_PACKAGES]
            assert not qt, f"{path}: {qt}"
