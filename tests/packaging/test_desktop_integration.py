"""The launcher, the document type and the AppStream metainfo: validated by the freedesktop tools,
consistent with each other, and installed for a user by packaging/install-desktop.sh."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.desktop_ids import APP_ID, DESKTOP_DIR, ICON_SIZES, MIME_TYPE, PACKAGING, require_tool

DESKTOP_FILE = DESKTOP_DIR / f"{APP_ID}.desktop"
METAINFO = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
MIME_XML = DESKTOP_DIR / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
INSTALLER = PACKAGING / "install-desktop.sh"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def run_installer(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(["sh", str(INSTALLER), *args], capture_output=True, text=True, env=env, check=False)


def test_desktop_file_passes_desktop_file_validate() -> None:
    validator = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_the_three_files_agree_on_id_icon_and_document_type() -> None:
    entry = desktop_entry(DESKTOP_FILE)
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert entry["Exec"].split()[0] == "diagram-editor", "the console script the wheel installs"

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/mediatype") == MIME_TYPE
    assert component.findtext("provides/binary") == "diagram-editor"

    mime_type = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    glob = mime_type.find(f"{MIME_NS}glob")
    assert glob is not None and glob.get("pattern") == "*.diagram.json"


def test_user_install_registers_launcher_icons_and_document_type(tmp_path: Path) -> None:
    require_tool("update-mime-database", "shared-mime-info")
    data_home = tmp_path / "share"
    launcher = Path(sys.executable).with_name("diagram-editor")
    result = run_installer(data_home, "install", "--exec", str(launcher))
    assert result.returncode == 0, result.stderr

    installed_entry = desktop_entry(data_home / "applications" / f"{APP_ID}.desktop")
    assert installed_entry["Exec"] == f"{launcher} %f"
    assert installed_entry["TryExec"] == str(launcher)
    for size in ICON_SIZES:
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    # Qt reads the same shared-mime-info database a file manager does: ask it what a document is.
    # A renamed document is still recognised by its content.
    renamed = tmp_path / "renamed.json"
    renamed.write_text('{\n  "format": "diagram-editor",\n  "schema_version": 2\n}\n', encoding="utf-8")
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "database = QMimeDatabase()\n"
        "kind = database.mimeTypeForFile('plan.diagram.json', QMimeDatabase.MatchMode.MatchExtension)\n"
        "print(kind.name(), kind.inherits('application/json'), kind.iconName())\n"
        "print(database.mimeTypeForFile(sys.argv[1], QMimeDatabase.MatchMode.MatchContent).name())\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    answer = subprocess.run(
        [sys.executable, "-c", probe, str(renamed)], capture_output=True, text=True, env=env, check=True
    )
    by_name, by_content = answer.stdout.splitlines()
    assert by_name.split() == [MIME_TYPE, "True", APP_ID]
    assert by_content == MIME_TYPE

    result = run_installer(data_home, "uninstall")
    assert result.returncode == 0, result.stderr
    leftovers = [path for path in data_home.rglob("*") if APP_ID in path.name or MIME_TYPE in str(path)]
    assert leftovers == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("install", "--exec", "/nonexistent/diagram-editor"), "is not an executable file"),
        (("install", "--exec"), "usage:"),
        (("reinstall",), "usage:"),
    ],
)
def test_installer_refuses_bad_arguments(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run_installer(tmp_path, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not any(tmp_path.iterdir())
