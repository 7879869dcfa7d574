"""``translate`` names the labels that overflow after translating, as ``export`` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from tests.i18n.conftest import EXAMPLE


def test_overflowing_labels_are_named_per_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.diagram.json"
    path.write_bytes(EXAMPLE.read_bytes())
    assert main(["translate", str(path), "--to", "en-XA,ar-XB", "--provider", "pseudo"]) == 0
    captured = capsys.readouterr()
    named = [line for line in captured.err.splitlines() if "text overflows by" in line]
    summary = next(line for line in captured.out.splitlines() if line.startswith("requests: "))
    counts = dict(part.split(": ") for part in summary.split("(")[1].rstrip(")").split(", "))
    for language, count in counts.items():
        lines = [line for line in named if f", {language}): text overflows by" in line]
        assert len(lines) == min(int(count), 10) and int(count) > 0
        assert all(line.startswith(f"diagram-editor: warning: {path}: element '") for line in lines)
        if int(count) > 10:
            assert f"{int(count) - 10} more labels overflow in '{language}'" in captured.err
