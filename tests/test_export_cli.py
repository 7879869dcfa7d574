"""``diagram-editor export``: formats, languages, options, and one-line errors with no partial output."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import load, save

# QApplication first: later widget tests in this process need it, not a bare QGuiApplication
pytestmark = pytest.mark.usefixtures("qapp")


def _run(*args: str) -> int:
    return main(["export", *args])


def test_png_and_svg_follow_the_extension(example_path, tmp_path) -> None:
    png, svg = tmp_path / "out.png", tmp_path / "out.svg"
    assert _run(str(example_path), "-o", str(png)) == 0
    assert _run(str(example_path), "-o", str(svg)) == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert load(png).model_dump() == load(example_path).model_dump()  # the PNG opens as the document
    assert main(["validate", str(png)]) == 0


def test_format_flag_wins_over_the_extension(example_path, tmp_path) -> None:
    out = tmp_path / "picture.bin"
    assert _run(str(example_path), "-o", str(out), "--format", "svg") == 0
    assert out.read_text(encoding="utf-8").startswith("<?xml")


def test_scale_dpi_padding_transparent(example_path, tmp_path) -> None:
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    assert _run(str(example_path), "-o", str(one), "--padding", "0") == 0
    assert (
        _run(str(example_path), "-o", str(two), "--padding", "0", "--scale", "2", "--dpi", "144", "--transparent") == 0
    )
    width = lambda path: struct.unpack(">I", path.read_bytes()[16:20])[0]  # noqa: E731
    assert width(two) in (2 * width(one) - 1, 2 * width(one), 2 * width(one) + 1)
    data = two.read_bytes()
    phys = data.index(b"pHYs")
    assert struct.unpack(">I", data[phys + 4 : phys + 8])[0] == round(144 / 0.0254)


def test_several_languages_a_file_each_with_a_placeholder_one_svg_or_pdf_without(
    example_path, tmp_path, capsys
) -> None:
    document = load(example_path)
    document.settings.languages.append("de")
    source = tmp_path / "doc.diagram.json"
    save(document, source)
    assert _run(str(source), "-o", str(tmp_path / "x-{lang}.svg"), "--lang", "en,de") == 0
    assert (tmp_path / "x-en.svg").exists() and (tmp_path / "x-de.svg").exists()
    assert _run(str(source), "-o", str(tmp_path / "x-{lang}.pdf"), "--lang", "all") == 0
    assert (tmp_path / "x-en.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "x-de.pdf").exists()
    capsys.readouterr()
    assert _run(str(source), "-o", str(tmp_path / "y.png"), "--lang", "en,de") == 2
    assert "{lang}" in capsys.readouterr().err
    assert not (tmp_path / "y.png").exists()
    for kind in ("svg", "pdf"):
        assert _run(str(source), "-o", str(tmp_path / f"y.{kind}"), "--lang", "all") == 0
        assert capsys.readouterr().out.split() == [str(tmp_path / f"y.{kind}")]  # one file, not one per language
    untranslated = ET.parse(tmp_path / "y.svg").getroot()
    assert not list(untranslated.iter("{http://www.w3.org/2000/svg}switch"))  # German is English here: no switch


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--lang", "fr"], "no language 'fr'"),
        (["--scale", "0"], "--scale"),
        (["--scale", "nan"], "--scale"),
        (["--scale", "50"], "--scale"),
        (["--dpi", "-3"], "--dpi"),
        (["--padding", "-1"], "--padding"),
        (["--format", "gif"], "unknown format 'gif'"),
    ],
)
def test_bad_requests_get_one_line_and_exit_2(example_path, tmp_path, capsys, extra, message) -> None:
    out = tmp_path / "out.png"
    assert _run(str(example_path), "-o", str(out), *extra) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_unknown_extension_unwritable_folder_and_missing_input(example_path, tmp_path, capsys) -> None:
    assert _run(str(example_path), "-o", str(tmp_path / "out.gif")) == 2
    assert _run(str(example_path), "-o", str(tmp_path / "missing" / "out.png")) == 2
    assert _run(str(tmp_path / "nothing.json"), "-o", str(tmp_path / "out.png")) == 2
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.geteuid() != 0:  # root writes anywhere
            assert _run(str(example_path), "-o", str(locked / "out.png")) == 2
    finally:
        locked.chmod(0o700)
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) >= 3 and all(line.startswith("diagram-editor: ") for line in errors)
    assert [path.name for path in tmp_path.iterdir()] == ["locked"]
    assert list(locked.iterdir()) == []


def test_too_large_png_is_refused(example_path, tmp_path, capsys) -> None:
    assert _run(str(example_path), "-o", str(tmp_path / "big.png"), "--scale", "20") == 2
    assert "32767 px limit" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_overflow_is_a_warning(example_path, tmp_path, capsys) -> None:
    document = load(example_path)
    box = document.element("api")
    box.role = box.role.with_text("en", "en", "far too long " * 40)
    source = tmp_path / "long.diagram.json"
    save(document, source)
    assert _run(str(source), "-o", str(tmp_path / "long.svg")) == 0
    assert "element 'api'" in capsys.readouterr().err


def test_works_with_no_display_at_all(example_path, tmp_path) -> None:
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "headless.png"
    result = subprocess.run(
        [sys.executable, "-m", "editor", "export", str(example_path), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG") and Path(result.stdout.strip()) == out
