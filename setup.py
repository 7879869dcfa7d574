"""Build hook: a wheel carries the top-level ``resources/`` and compiled ``translations/*.qm`` inside
the package as ``editor/_data``, where ``editor.resources.resource_path`` looks first.

All metadata lives in pyproject.toml; this file only adds the copy step. Editable installs
(``pip install -e .``) copy nothing: the checkout's ``resources/`` is read in place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGED_DATA = Path("editor", "_data")
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*", "*.bak")


class BuildPyWithResources(build_py):
    """The standard build_py, then the resources copied next to the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / PACKAGED_DATA
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target, ignore=SKIPPED)
        compiled = sorted((ROOT / "translations").glob("*.qm"))
        if compiled:
            (target / "translations").mkdir(exist_ok=True)
            for qm_file in compiled:
                shutil.copy2(qm_file, target / "translations" / qm_file.name)


setup(cmdclass={"build_py": BuildPyWithResources})
