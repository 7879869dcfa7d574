"""Documents from strangers, through the real command line: an image never makes the app read a
file (checked with strace), oversized and bomb images are refused at ``validate`` in bounded
memory, text no writer could store is refused with its place, and the PNG cap is checked before
layout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from editor.i18n.memory import DATA_DIR_VARIABLE
from editor.model.io import embed_document
from tests.model import image_samples as samples

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def run_cli(*args: str, cwd: Path, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m editor ARGS``; with ``data``, the translation memory lives there."""
    env = _env() if data is None else dict(_env(), **{DATA_DIR_VARIABLE: str(data)})
    return subprocess.run(
        [sys.executable, "-m", "editor", *args], capture_output=True, text=True, check=False, cwd=cwd, env=env
    )


def _local_file_svgs(secret: Path, cwd: Path) -> dict[str, bytes]:
    relative = os.path.relpath(secret, cwd)
    return {
        "absolute": samples.svg(f'<image xlink:href="{secret}" width="40" height="40"/>'),
        "file-url": samples.svg(f'<image href="file://{secret}" width="40" height="40"/>'),
        "relative": samples.svg(f'<image href="{relative}" width="40" height="40"/>'),
        "css": samples.svg(f'<rect width="40" height="40" style="fill:url({secret}#p)"/>'),
    }


#: Every way a document is read or drawn, in one process (one strace run): validate, export both
#: formats, strings, from JSON and from the copy inside an exported PNG; then the painter itself,
#: handed the unchecked SVG directly (the model is bypassed: the painter must check again).
_EVERY_PATH = """
import base64, sys
from editor.cli import main
for name in sys.argv[1:]:
    document, carrier = name + ".diagram.json", name + "-carrier.png"
    for command in (["validate", document], ["validate", carrier], ["export", document, "-o", "out.png"],
                    ["export", carrier, "-o", "out.svg"], ["strings", document, "--to", "de", "-o", "out.xlf"]):
        print(main(command))
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from editor.render.display_list import ElementGroup, ImageOp
from editor.render.painter import paint_group
from editor.render.qt import ensure_gui_application
ensure_gui_application()
target = QImage(40, 40, QImage.Format.Format_ARGB32)
painter = QPainter(target)
for name in sys.argv[1:]:
    data = base64.b64encode(open(name + ".svg", "rb").read()).decode()
    op = ImageOp(QRectF(0, 0, 40, 40), "image/svg+xml", data, 1.0)
    paint_group(painter, ElementGroup(name, 0, op.rect, [op], []))
painter.end()
print("painted")
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_an_image_naming_a_local_file_is_refused_and_the_file_never_opened(tmp_path: Path) -> None:
    secret_folder = tmp_path / "private"
    secret_folder.mkdir()
    secret = secret_folder / "secret-picture.png"
    secret.write_bytes(samples.png(40, 40))
    work = tmp_path / "work"
    work.mkdir()
    variants = _local_file_svgs(secret, work)
    for name, svg in variants.items():
        text = samples.document_json(samples.image_element(svg, "image/svg+xml"))
        (work / f"{name}.diagram.json").write_text(text, encoding="utf-8")
        (work / f"{name}-carrier.png").write_bytes(embed_document(samples.png(2, 2), text))
        (work / f"{name}.svg").write_bytes(svg)
    log = tmp_path / "trace.log"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=%file", "-o", str(log), sys.executable, "-c", _EVERY_PATH, *variants],
        capture_output=True,
        text=True,
        check=False,
        cwd=work,
        env=_env(),
    )
    assert result.stdout.split() == ["2"] * 5 * len(variants) + ["painted"], result.stderr
    refusals = result.stderr.splitlines()
    assert len(refusals) == 5 * len(variants)
    assert all('elements[7] (id "logo").data: SVG <' in line for line in refusals), refusals
    assert secret.name not in log.read_text(encoding="utf-8")
    assert not (work / "out.png").exists() and not (work / "out.svg").exists()


#: Runs a command and prints its exit code and peak memory. A launcher of its own because a child's
#: ru_maxrss counts the memory of the process it was forked from (a big pytest process, here).
MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def _peak_memory_mb(*args: str, cwd: Path) -> tuple[int, str, float]:
    """Exit code, stderr and peak resident memory (MB) of one CLI run, from its own rusage."""
    result = subprocess.run(
        [sys.executable, "-S", "-c", MEASURE, sys.executable, "-m", "editor", *args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    code, peak_kb = result.stdout.split()
    return int(code), result.stderr, int(peak_kb) / 1024


def test_a_huge_svg_canvas_is_refused_at_validate_in_bounded_memory(tmp_path: Path) -> None:
    huge = samples.svg('<rect width="20000" height="20000" fill="red"/>', size='width="20000" height="20000"')
    assert len(huge) < 300
    (tmp_path / "huge.diagram.json").write_text(
        samples.document_json(samples.image_element(huge, "image/svg+xml")), encoding="utf-8"
    )
    code, stderr, peak = _peak_memory_mb("validate", "huge.diagram.json", cwd=tmp_path)
    assert code == 2
    assert stderr == (
        'diagram-editor: huge.diagram.json: elements[7] (id "logo").data: SVG image declares 20000 x 20000 px, '
        "over the 16384 px limit on a side\n"
    )
    assert peak < 150, f"validate peaked at {peak:.0f} MB"
    code, stderr, peak = _peak_memory_mb("export", "huge.diagram.json", "-o", "huge.png", cwd=tmp_path)
    assert code == 2 and "20000 x 20000 px" in stderr and stderr.count("\n") == 1
    assert peak < 150, f"export peaked at {peak:.0f} MB"


def test_a_decompression_bomb_and_non_image_data_are_refused_without_qt_noise(tmp_path: Path) -> None:
    cases = {
        "bomb": (samples.png_bomb(), "image/png", "PNG image declares 30000 x 30000 px, over the 16384 px limit"),
        "text": (b"#!/bin/sh\necho not a picture\n", "image/jpeg", "image data is not a JPEG image"),
    }
    for name, (raw, mime, expected) in cases.items():
        (tmp_path / f"{name}.diagram.json").write_text(
            samples.document_json(samples.image_element(raw, mime)), encoding="utf-8"
        )
        for command in (["validate", f"{name}.diagram.json"], ["export", f"{name}.diagram.json", "-o", "x.png"]):
            result = run_cli(*command, cwd=tmp_path)
            assert result.returncode == 2
            assert result.stderr.splitlines() == [
                f'diagram-editor: {name}.diagram.json: elements[7] (id "logo").data: {expected}'
                + result.stderr.split(expected, 1)[1].rstrip("\n")
            ]


# --- text --------------------------------------------------------------------------------


def _text_document(text: str) -> str:
    return json.dumps(
        {
            "format": "diagram-editor",
            "schema_version": 2,
            "elements": [
                {"type": "box", "id": "api", "rect": {"x": 0, "y": 0, "width": 200, "height": 120}},
                {
                    "type": "text",
                    "id": "note",
                    "rect": {"x": 0, "y": 200, "width": 300, "height": 80},
                    "text": {"text": text},
                },
            ],
        }
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("before\ud800after", "text holds an unpaired surrogate U+D800 at character 6, which no file can store"),
        ("nul\x00here", "text holds the control character U+0000 at character 3"),
        ("escape\x1b[31m", "text holds the control character U+001B at character 6"),
    ],
)
def test_text_no_writer_could_store_is_refused_with_its_place(tmp_path: Path, text: str, expected: str) -> None:
    (tmp_path / "odd.diagram.json").write_text(_text_document(text), encoding="utf-8")  # json escapes it: \ud800
    for command in (["validate", "odd.diagram.json"], ["export", "odd.diagram.json", "-o", "x.png"]):
        result = run_cli(*command, cwd=tmp_path)
        assert result.returncode == 2
        place = 'diagram-editor: odd.diagram.json: elements[1] (id "note").text.text: '
        assert result.stderr.startswith(place + expected)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


#: Unusual text that the rule accepts: every writer must store it.
ACCEPTED_ODD_TEXT = "tab\there\r\nCR ]]> <&> \u0085 \u202eRTL\u202c \ufeff \ufffd \ue000 \U0001f600 \U0010fffd \x7f"


def test_every_writer_stores_text_that_loaded(tmp_path: Path) -> None:
    (tmp_path / "odd.diagram.json").write_text(_text_document(ACCEPTED_ODD_TEXT), encoding="utf-8")
    assert run_cli("validate", "odd.diagram.json", cwd=tmp_path).returncode == 0
    for command in (
        ["export", "odd.diagram.json", "-o", "odd.png"],
        ["export", "odd.diagram.json", "-o", "odd.svg"],
        ["strings", "odd.diagram.json", "--to", "de", "-o", "odd.xlf"],
        ["translate", "odd.diagram.json", "--to", "en-XA", "--provider", "pseudo", "-o", "pseudo.diagram.json"],
        ["memory", "--export", "odd.tmx"],  # the TMX writer, on what translate put in the memory
    ):
        result = run_cli(*command, cwd=tmp_path, data=tmp_path / "data")
        assert result.returncode == 0, (command, result.stderr)
    from editor.model import load

    assert load(tmp_path / "odd.png").element("note").text.text == ACCEPTED_ODD_TEXT  # the PNG's iTXt copy
    segments = [seg.text for seg in ElementTree.parse(tmp_path / "odd.tmx").iter("seg")]
    assert ACCEPTED_ODD_TEXT in segments  # the source text, whole, in the TMX
    imported = run_cli("memory", "--import", "odd.tmx", cwd=tmp_path, data=tmp_path / "fresh")
    assert imported.returncode == 0 and "imported 1 entries" in imported.stdout, imported.stderr
    if shutil.which("xmllint"):
        for name in ("odd.svg", "odd.xlf", "odd.tmx"):
            checked = subprocess.run(["xmllint", "--noout", name], cwd=tmp_path, capture_output=True, check=False)
            assert checked.returncode == 0, checked.stderr


# --- big inputs -----------------------------------------------------------------------------

_WITHOUT_LAYOUT = """
import sys
from editor.cli import main
code = main(["export", sys.argv[1], "-o", sys.argv[2]])
print(code, "editor.render.layout" in sys.modules)
"""


def test_the_png_cap_is_checked_from_element_bounds_before_layout(tmp_path: Path) -> None:
    far = json.loads(_text_document("far"))
    far["elements"][0]["rect"] |= {"x": 900_000.0}
    (tmp_path / "wide.diagram.json").write_text(json.dumps(far), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_LAYOUT, "wide.diagram.json", "wide.png"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=_env(),
    )
    assert result.stdout.split() == ["2", "False"], result.stderr  # refused, and the layout module never imported
    assert result.stderr == (
        "diagram-editor: wide.diagram.json: the image would be at least 900248 x 328 px, over the 32767 px limit "
        "on a side; lower --scale (at most 0.04 for this diagram) or export SVG\n"
    )
    assert not (tmp_path / "wide.png").exists()
