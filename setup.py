"""Build hook: a wheel carries the top-level ``resources/`` and the UI catalogues compiled from
``translations/*.ts`` inside the package as ``editor/_data``, where ``editor.resources.resource_path``
looks first.

All metadata lives in pyproject.toml; this file only adds the copy and compile step. The build
environment has PySide6 (see ``[build-system]``) for its ``lrelease``, so a wheel built from a fresh
clone or an sdist has every catalogue. Editable installs (``pip install -e .``) copy nothing: the
checkout's ``resources/`` and ``translations/`` are read in place.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGED_DATA = Path("editor", "_data")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*", "*.bak")


def find_lrelease() -> str | None:
    """Qt's catalogue compiler: PySide6's own copy first, then one on PATH."""
    try:
        import PySide6
    except ImportError:
        pass
    else:
        bundled = Path(PySide6.__file__).parent / "lrelease"
        if bundled.is_file():
            return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ship_translations(target: Path) -> None:
    """Compiles each ``.ts`` into ``target``; without a compiler, copies up-to-date ``.qm`` files or fails."""
    sources = sorted((ROOT / "translations").glob("*.ts"))
    if not sources:
        return
    target.mkdir(parents=True, exist_ok=True)
    lrelease = find_lrelease()
    for ts_file in sources:
        compiled = target / ts_file.with_suffix(".qm").name
        if lrelease is not None:
            subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(compiled)], check=True)
            continue
        prebuilt = ts_file.with_suffix(".qm")
        if not prebuilt.is_file() or prebuilt.stat().st_mtime < ts_file.stat().st_mtime:
            raise RuntimeError(f"{prebuilt.name} is missing or stale and no lrelease was found (install PySide6)")
        shutil.copy2(prebuilt, compiled)


class BuildPyWithResources(build_py):
    """The standard build_py, then the resources and catalogues placed next to the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / PACKAGED_DATA
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target, ignore=SKIPPED)
        ship_translations(target / "translations")


setup(cmdclass={"build_py": BuildPyWithResources})
