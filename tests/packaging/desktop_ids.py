"""What the packaging tests share: the app's desktop id and where its files are, read from packaging/app-id.sh."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_DIR = ROOT / "resources" / "desktop"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def _app_id_settings() -> dict[str, str]:
    """The shell assignments of packaging/app-id.sh, so the tests and the scripts cannot disagree."""
    text = (PACKAGING / "app-id.sh").read_text(encoding="utf-8")
    return {name: value.strip('"') for name, value in re.findall(r"^([A-Z_]+)=(.*)$", text, flags=re.MULTILINE)}


SETTINGS = _app_id_settings()
APP_ID = SETTINGS["APP_ID"]
MIME_TYPE = SETTINGS["APP_MIME_TYPE"]
ICON_SIZES = tuple(int(size) for size in SETTINGS["APP_ICON_SIZES"].split())


def require_tool(name: str, debian_package: str) -> str:
    """The tool's path; the test is skipped (with the package to install) when it is missing."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (Debian package {debian_package}; see packaging/system-packages.txt)")
    return path
