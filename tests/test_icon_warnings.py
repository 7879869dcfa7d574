"""``validate`` and ``export`` name an unknown icon, its element and up to three close matches."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from editor.model import icon_uses, load, save
from editor.render.icon_names import close_icon_names, font_folder, unknown_icons

pytestmark = pytest.mark.skipif(font_folder() is None, reason="qtawesome's fonts are not installed")


def _with_icons(example_path: Path, tmp_path: Path, icons: dict[str, str]) -> Path:
    document = load(example_path)
    for element_id, icon in icons.items():
        document.element(element_id).icon = icon  # type: ignore[union-attr]
    path = tmp_path / "icons.diagram.json"
    save(document, path)
    return path


def test_a_typo_gets_the_icon_meant_and_a_known_icon_passes(example_path: Path) -> None:
    assert close_icon_names("mdi6.databse")[0] == "mdi6.database"
    assert len(close_icon_names("mdi6.not-an-icon")) <= 3
    assert unknown_icons(icon_uses(load(example_path).elements)) == []


@pytest.mark.parametrize("command", ["validate", "export"])
def test_unknown_icons_are_named_with_their_element(
    command: str, example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _with_icons(example_path, tmp_path, {"browser": "mdi6.not-an-icon", "database": "mdi6.databse"})
    arguments = [str(path)] if command == "validate" else [str(path), "-o", str(tmp_path / "out.svg")]
    assert main([command, *arguments]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"diagram-editor: warning: {path}: element 'browser' has an unknown icon ")
    assert "'mdi6.not-an-icon', drawn without one (" in lines[0]
    assert lines[1].endswith("element 'database' has an unknown icon 'mdi6.databse', drawn without one "
                             "(close matches: mdi6.database, mdi6.database-off, mdi6.database-eye)")  # fmt: skip
