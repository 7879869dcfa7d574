"""``pip install .`` gives a working app: the wheel, installed into a fresh venv with no access to the
checkout, validates and exports the bundled example and finds every resource inside itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor import __version__
from tests.packaging.desktop_ids import APP_ID, ROOT

pytestmark = pytest.mark.slow

EXAMPLE_NAME = "redis-cache-invalidation.diagram.json"
#: what the running app reads through editor.resources.resource_path, relative to the resources root
RUNTIME_RESOURCES = (
    "diagram.schema.json",
    f"examples/{EXAMPLE_NAME}",
    "templates/request-flow.diagram.json",
    "fonts/Caveat-Regular.ttf",
    "fonts/ArefRuqaa-Regular.ttf",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"icons/hicolor/256x256/apps/{APP_ID}.png",
    f"desktop/{APP_ID}.desktop",
)
#: folders of the checkout a build needs; everything else (.venv, .git, build/) stays behind
SOURCE_ENTRIES = ("editor", "resources", "translations", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
PIP_QUIET = ("--quiet", "--disable-pip-version-check", "--no-input")


@dataclass(frozen=True)
class InstalledWheel:
    wheel: Path
    venv: Path
    workdir: Path

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Runs a program of the fresh venv from a folder outside the checkout."""
        env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        program, *arguments = command
        return subprocess.run(
            [str(self.venv / "bin" / program), *arguments],
            capture_output=True,
            text=True,
            cwd=self.workdir,
            env=env,
            check=check,
            timeout=120,
        )

    def python(self, code: str) -> str:
        return self.run("python", "-c", code).stdout.strip()

    def example(self) -> str:
        """The bundled example as the installed package sees it."""
        return self.python(
            f"from editor.resources import resource_path; print(resource_path('examples', {EXAMPLE_NAME!r}))"
        )


def copy_source_tree(target: Path) -> Path:
    """A private copy of the checkout without built files (.qm included), so the build starts from what a
    fresh clone has and neither races others over build/ nor picks up stale files."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_data", "*.qm")
    for name in SOURCE_ENTRIES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def expected_catalogues() -> list[str]:
    """The .qm names the wheel must carry: one per committed .ts source."""
    return [ts_file.with_suffix(".qm").name for ts_file in sorted((ROOT / "translations").glob("*.ts"))]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> InstalledWheel:
    source = copy_source_tree(tmp_path_factory.mktemp("source"))
    wheels = tmp_path_factory.mktemp("wheels")
    pip = [sys.executable, "-m", "pip", *PIP_QUIET]
    subprocess.run([*pip, "wheel", "--no-deps", "--wheel-dir", str(wheels), str(source)], check=True, timeout=300)
    (wheel,) = wheels.glob("diagram_editor-*.whl")
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True, timeout=120)
    constraints = ROOT / "packaging" / "constraints.txt"
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", *PIP_QUIET, "install", str(wheel), "-c", str(constraints)],
        check=True,
        timeout=600,
    )
    return InstalledWheel(wheel=wheel, venv=venv, workdir=tmp_path_factory.mktemp("work"))


def test_wheel_carries_the_runtime_resources_and_nothing_from_the_checkout(
    installed: InstalledWheel, expected_catalogues: list[str]
) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for relative in RUNTIME_RESOURCES:
        assert f"editor/_data/{relative}" in names
    for qm_name in expected_catalogues:
        assert f"editor/_data/translations/{qm_name}" in names
    assert not [name for name in names if "__pycache__" in name or name.startswith(("tests/", "resources/"))]


def test_installed_app_runs_from_its_own_site_packages(installed: InstalledWheel) -> None:
    package_file = Path(installed.python("import editor; print(editor.__file__)"))
    assert installed.venv in package_file.parents, "the fresh venv imports its own copy, not the checkout"
    assert installed.run("diagram-editor", "--version").stdout.strip() == f"diagram-editor {__version__}"


def test_installed_app_finds_every_resource_inside_the_package(installed: InstalledWheel) -> None:
    probe = (
        "import sys\n"
        "from editor.resources import resource_path\n"
        "for relative in sys.argv[1:]:\n"
        "    print(resource_path(*relative.split('/')))\n"
    )
    paths = [Path(line) for line in installed.run("python", "-c", probe, *RUNTIME_RESOURCES).stdout.splitlines()]
    assert len(paths) == len(RUNTIME_RESOURCES)
    for path in paths:
        assert path.is_file(), path
        assert (installed.venv / "lib").resolve() in path.resolve().parents, f"{path} is outside the installed package"


def test_installed_app_validates_the_bundled_example(installed: InstalledWheel) -> None:
    example = installed.example()
    result = installed.run("diagram-editor", "validate", example)
    assert result.stdout.startswith(f"{example}: valid (")


@pytest.mark.skipif(not (ROOT / "editor" / "headless" / "export.py").exists(), reason="export subcommand not built yet")
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_installed_app_exports_the_bundled_example(installed: InstalledWheel, suffix: str) -> None:
    example = installed.example()
    output = installed.workdir / f"example{suffix}"
    result = installed.run("diagram-editor", "export", example, "-o", str(output), check=False)
    assert result.returncode == 0, result.stderr
    head = output.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in head


def test_installed_app_loads_every_ui_catalogue_from_the_package(installed: InstalledWheel) -> None:
    probe = (
        "from PySide6.QtCore import QTranslator\n"
        "from editor.i18n.ui_locale import available_ui_languages, catalogue_path\n"
        "for language in available_ui_languages():\n"
        "    path = catalogue_path(language)\n"
        "    print(language.code, QTranslator().load(str(path)), path)\n"
    )
    lines = [line.split() for line in installed.run("python", "-c", probe).stdout.splitlines()]
    assert len(lines) >= 2, "the source language and at least one translation"
    for code, loaded, path in lines:
        assert loaded == "True", f"{code}: {path} is not a loadable catalogue"
        assert installed.venv in Path(path).parents, f"{code}: {path} is outside the installed package"
