"""The fast paths of issue 15 give what the plain ones gave: the document JSON, the forked font
subsetting, the copy a translation makes, the overflow count, and the command line's quick exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generated, generated_data
from editor.model import Document, LocalizedText, dumps, load
from editor.model.document import replace_texts
from editor.model.io import _spelled_alike
from editor.render import forked

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


def _plain_dumps(document: Document) -> str:
    """How ``dumps`` wrote documents before: the standard library's encoder."""
    return json.dumps(document.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("x", [3.0, 0.30000000000000004, -0.0, 1e-4, 1e-5, -1.5e-7, 99999.5, 1234567.125])
def test_dumps_spells_every_float_as_json_dumps_did(x: float) -> None:
    data = generated_data(3)
    data["elements"][0]["rect"]["x"] = x
    data["elements"][1]["name"]["text"] = 'é 日本 😀 \u2028 \t "quoted" back\\slash \u007f'
    document = Document.model_validate(data)
    assert dumps(document) == _plain_dumps(document)


def test_floats_pydantic_spells_otherwise_are_noticed() -> None:
    document = Document.model_validate(generated_data(2))
    plain = document.__pydantic_serializer__.to_json(document, indent=2, exclude_none=True)
    assert _spelled_alike(plain)
    for spelling in (b"0.00001", b"1e-7", b"-2.5e-6", b"123456789012345678.0"):
        assert not _spelled_alike(plain.replace(b'"x": 0.0', b'"x": ' + spelling, 1)), spelling


def test_dumps_of_real_documents_is_unchanged() -> None:
    for document in (load(EXAMPLE), generated(200, "clean")):
        assert dumps(document) == _plain_dumps(document)


#: run in a fresh interpreter: pytest's own process has threads, where ``later`` never forks
FORK_CHECK = """
import os, sys
from editor.render import forked
from editor.render.font_embedding import _subset
from editor.render.layout import layout_document
from editor.render.qt import ensure_gui_application
from editor.render.svg import to_svg
from editor.model import load

ensure_gui_application()
assert forked.can_fork(), "a fresh headless export process has one thread"
forked.spare_core = lambda: True  # as on an idle machine
assert forked.later(os.getpid)() != os.getpid()
assert forked.later(sorted, [3, 1, 2])() == [1, 2, 3]
try:
    forked.later(divmod, 1, 0)()
except ZeroDivisionError:
    pass  # failed in the child: done again here, the error seen first hand
else:
    raise AssertionError("the error was lost")
display_list = layout_document(load(sys.argv[1]))
with_child = to_svg(display_list, embed_fonts=True)
_subset.cache_clear()
forked.can_fork = lambda: False
in_place = to_svg(display_list, embed_fonts=True)
assert "@font-face" in in_place and with_child == in_place

# the second half of a big document's slices written by a forked child: the same SVG
from benchmarks.generate import generated
from editor.render import svg_stream

forked.can_fork = lambda: True
started = []
plain_later = forked.later
forked.later = lambda work, *args: started.append(work) or plain_later(work, *args)
svg_stream.SLICE, svg_stream.SHARE = 7, 5  # shares taken in turn by this process and the child
document = generated(60)
whole = to_svg(layout_document(document), embed_fonts=False, document_json="{}")
assert svg_stream.streamed_svg(document, embed_fonts=False, document_json="{}")[0] == whole
assert len(started) == 1, started

# work begun ahead on a guess: the child's answer when the guess was right, else done here
parent = os.getpid()
square = lambda n: (n * n, os.getpid())
value, where = forked.ahead(lambda: 2, square)(2)
assert value == 4 and where != parent
for guess in (lambda: 3, lambda: 1 / 0):
    assert forked.ahead(guess, square)(2) == (4, parent)
try:
    forked.ahead(lambda: 0, lambda n: 1 / n)(0)
except ZeroDivisionError:
    pass  # failed in the child: done again here
else:
    raise AssertionError("the error was lost")

# the streamed SVG's fonts subset ahead from the forecast, right or wrong: the same SVG
with_fonts = to_svg(layout_document(document), embed_fonts=True, document_json="{}")
assert svg_stream.streamed_svg(document, embed_fonts=True, document_json="{}")[0] == with_fonts
_subset.cache_clear()
svg_stream.forecast_characters = lambda ctx, elements: {}
assert svg_stream.streamed_svg(document, embed_fonts=True, document_json=lambda: "{}")[0] == with_fonts
print("ok")
"""


def test_forked_font_subsetting_gives_the_same_svg(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    checked = subprocess.run(
        [sys.executable, "-c", FORK_CHECK, str(EXAMPLE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert checked.stdout.strip() == "ok", checked.stderr


def test_later_works_in_place_where_it_cannot_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "can_fork", lambda: False)  # as in a threaded process, or on Windows
    assert forked.later(os.getpid)() == os.getpid()
    with pytest.raises(ZeroDivisionError):
        forked.later(divmod, 1, 0)()
    guessed: list[int] = []
    assert forked.ahead(lambda: guessed.append(1) or 2, lambda n: (n, os.getpid()))(3) == (3, os.getpid())
    assert not guessed  # nothing is guessed where nothing runs ahead


def test_replace_texts_leaves_the_original_alone() -> None:
    document = load(EXAMPLE)
    before = dumps(document)
    box = next(element for element in document.elements if element.type == "box")
    updated = replace_texts(document, {(box.id, "name"): LocalizedText(text="Renamed")})
    assert updated.element(box.id).name.text == "Renamed"  # type: ignore[union-attr]
    updated.element(box.id).rect = updated.element(box.id).rect.moved(10, 0)  # type: ignore[union-attr]
    updated.settings.languages = [*updated.settings.languages, "xx"]
    assert dumps(document) == before
    assert document.element(box.id) is not updated.element(box.id)


def test_replace_texts_copies_a_legend_entry_instead_of_changing_it() -> None:
    data = generated_data(2)
    data["elements"].append(
        {
            "type": "legend",
            "id": "key",
            "rect": {"x": 0, "y": 400, "width": 200, "height": 100},
            "entries": [{"text": {"text": "first"}}, {"text": {"text": "second"}}],
        }
    )
    document = Document.model_validate(data)
    updated = replace_texts(document, {("key", "entries[1]"): LocalizedText(text="zweite")})
    assert [entry.text.text for entry in updated.element("key").entries] == ["first", "zweite"]  # type: ignore[union-attr]
    assert [entry.text.text for entry in document.element("key").entries] == ["first", "second"]  # type: ignore[union-attr]


@pytest.mark.usefixtures("qapp")
def test_document_overflows_match_the_full_layout() -> None:
    from editor.render.layout import document_overflows, layout_document

    data = generated_data(30)
    for number, element in enumerate(data["elements"]):
        if element["type"] == "box" and number % 3 == 0:
            element["name"]["text"] = "A name far too long to fit in its box " * 3
    data["elements"].append(
        {
            "type": "text",
            "id": "note",
            "role": "note",
            "rect": {"x": 0, "y": 900, "width": 40, "height": 20},
            "text": {"text": "a note that cannot fit"},
        }
    )
    document = Document.model_validate(data)
    full = layout_document(document).overflows
    assert len(full) > 5
    assert document_overflows(document) == full


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("theme", ["whiteboard", "clean"])
def test_the_svg_written_in_slices_is_the_whole_writers(theme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.render import svg_stream
    from editor.render.layout import layout_document
    from editor.render.svg import to_svg

    monkeypatch.setattr(svg_stream, "SLICE", 7)  # many slices, icons first met in later ones
    document = generated(40, theme)
    document_json = dumps(document)
    for fonts in (False, True):
        options = {"embed_fonts": fonts, "document_json": document_json, "padding": 10.0, "grid": not fonts}
        whole = layout_document(document)
        streamed, overflows = svg_stream.streamed_svg(document, **options)  # type: ignore[arg-type]
        assert streamed == to_svg(whole, **options)  # type: ignore[arg-type]
        assert overflows == whole.overflows
    example = load(EXAMPLE)  # a legend, notes, several styles and a text first in paint order
    assert svg_stream.streamed_svg(example)[0] == to_svg(layout_document(example))


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [sys.executable, "-m", "editor", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_quick_exit_keeps_output_and_exit_codes(tmp_path: Path) -> None:
    shown = _cli("export", "--help", cwd=tmp_path)
    assert shown.returncode == 0 and "--output" in shown.stdout
    (tmp_path / "doc.diagram.json").write_bytes(EXAMPLE.read_bytes())
    valid = _cli("validate", "doc.diagram.json", "doc.diagram.json", cwd=tmp_path)
    assert valid.returncode == 0 and valid.stdout.count(": valid (") == 2
    broken = _cli("validate", "missing.diagram.json", cwd=tmp_path)
    assert broken.returncode == 2 and "no such file" in broken.stderr
    exported = _cli("export", "doc.diagram.json", "-o", "doc.svg", cwd=tmp_path)
    assert exported.returncode == 0 and exported.stdout.strip() == "doc.svg"
    assert load(tmp_path / "doc.svg").model_dump() == load(EXAMPLE).model_dump()


@pytest.mark.parametrize(
    ("loadavg", "cores", "spare"),
    [
        (
            "1.98 1.50 1.20 1/130 4242\n",
            2,
            True,
        ),  # only this export runs: the other core is idle, whatever the last minute
        ("0.10 0.10 0.10 2/130 4242\n", 2, False),  # something else runs now: no idle core
        ("0.10 0.10 0.10 3/130 4242\n", 4, True),
        ("garbled\n", 2, False),
    ],
)
def test_a_spare_core_is_one_idle_now(
    loadavg: str, cores: int, spare: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "loadavg").write_text(loadavg)
    monkeypatch.setattr(forked, "_LOADAVG", str(tmp_path / "loadavg"))
    monkeypatch.setattr(forked, "_cores", lambda: cores)
    forked.spare_core.cache_clear()
    try:
        assert forked.spare_core() is spare
    finally:
        forked.spare_core.cache_clear()
