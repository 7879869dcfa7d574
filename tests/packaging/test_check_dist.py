"""packaging/check-dist.sh, the script behind ``make dist-check``: it passes a working bundle-shaped
folder (here backed by this venv's ``diagram-editor``, since a PyInstaller build takes a minute) and
fails, naming the step, when the program is broken. ``make dist-check`` runs it on the real bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.desktop_ids import PACKAGING, ROOT, require_tool

pytestmark = pytest.mark.slow

CHECK_DIST = PACKAGING / "check-dist.sh"


def bundle_shaped_folder(root: Path, program: Path) -> Path:
    """The layout check-dist.sh expects: ``diagram-editor`` plus ``_internal/editor/_data``."""
    (root / "_internal" / "editor").mkdir(parents=True)
    (root / "diagram-editor").symlink_to(program)
    (root / "_internal" / "editor" / "_data").symlink_to(ROOT / "resources")
    return root


def run_check(bundle: Path, report_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(CHECK_DIST), str(bundle), str(report_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_working_program_passes_every_step(tmp_path: Path) -> None:
    for tool, package in (("Xvfb", "xvfb"), ("xwininfo", "x11-utils"), ("import", "imagemagick")):
        require_tool(tool, package)
    bundle = bundle_shaped_folder(tmp_path / "bundle", Path(sys.executable).with_name("diagram-editor"))
    result = run_check(bundle, tmp_path / "report")
    assert result.returncode == 0, result.stdout + result.stderr
    report = (tmp_path / "report" / "report.txt").read_text(encoding="utf-8")
    assert "validate example: ok" in report
    assert "export example to png: ok" in report and "export example to svg: ok" in report
    assert "window: shown after" in report
    assert report.rstrip().endswith("check-dist: all checks passed")
    screenshot = (tmp_path / "report" / "window.png").read_bytes()
    assert screenshot.startswith(b"\x89PNG")


def test_a_broken_program_fails_at_the_first_step(tmp_path: Path) -> None:
    broken = tmp_path / "broken-diagram-editor"
    broken.write_text("#!/bin/sh\necho 'cannot load libQt6Core.so.6' >&2\nexit 127\n", encoding="utf-8")
    broken.chmod(0o755)
    result = run_check(bundle_shaped_folder(tmp_path / "bundle", broken), tmp_path / "report")
    assert result.returncode == 1
    assert "check-dist: FAILED: --version exited 127" in result.stderr


def test_a_missing_bundle_points_at_make_dist(tmp_path: Path) -> None:
    result = run_check(tmp_path / "nowhere", tmp_path / "report")
    assert result.returncode == 2
    assert "run make dist" in result.stderr
