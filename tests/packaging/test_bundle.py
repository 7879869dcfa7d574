"""`make dist-check` for real: PyInstaller builds the one-folder bundle in a scratch folder, then
the bundle (with no venv or checkout on its path) validates and exports the example headless
and opens its window under Xvfb. The README's `make dist` / `make dist-check` are this."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_built_bundle_exports_headless_and_opens_its_window(tmp_path: Path) -> None:
    result = subprocess.run(
        ["make", "-s", "dist-check", f"DIST_DIR={tmp_path / 'dist'}", f"BUILD_DIR={tmp_path / 'build'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = (tmp_path / "build" / "dist-check" / "report.txt").read_text(encoding="utf-8")
    for step in ("validate", "export", "window"):
        assert step in report, report
    assert (tmp_path / "build" / "dist-check" / "window.png").stat().st_size > 10_000
