"""One version everywhere: the package, pyproject, the CHANGELOG's newest entry and the AppStream release."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

from editor import __version__
from tests.packaging.desktop_ids import APP_ID, DESKTOP_DIR, ROOT

#: a released entry heading: ``## [1.2.0] - 2026-11-26``
RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def newest_changelog_release() -> tuple[str, str]:
    match = RELEASE_HEADING.search((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert match is not None, "CHANGELOG.md has a '## [VERSION] - YYYY-MM-DD' entry"
    return match["version"], match["date"]


def test_pyproject_declares_the_package_version() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        assert tomllib.load(file)["project"]["version"] == __version__


def test_changelog_and_metainfo_describe_this_version_on_the_same_day() -> None:
    version, date = newest_changelog_release()
    assert version == __version__
    newest = ET.parse(DESKTOP_DIR / f"{APP_ID}.metainfo.xml").getroot().find("releases/release")
    assert newest is not None
    assert (newest.get("version"), newest.get("date")) == (version, date)
