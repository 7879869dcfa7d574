"""``diagram-editor translate``: real HTTP to the fake LibreTranslate server, exit codes, untouched input."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import VariantStatus, load
from tests.i18n.fake_libretranslate import FakeLibreTranslate

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "redis-cache-invalidation.diagram.json"


@pytest.fixture(autouse=True)
def _private_data(private_data_dir: Path) -> None:
    """Every test here keeps its translation memory in tmp_path."""


@pytest.fixture
def server() -> Iterator[FakeLibreTranslate]:
    started = FakeLibreTranslate("good").start()
    yield started
    started.stop()


def _translate(document: Path, server_url: str, *extra: str) -> int:
    return main(["translate", str(document), "--provider", "libre", "--endpoint", server_url, *extra])


def test_translates_into_three_languages_and_prints_a_summary(
    document: Path, server: FakeLibreTranslate, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.diagram.json"
    original = document.read_bytes()
    assert _translate(document, server.url, "--to", "de,ja,ar", "-o", str(output)) == 0
    assert document.read_bytes() == original
    out = capsys.readouterr().out
    assert "translated into de, ja, ar with LibreTranslate at " + server.url in out
    assert "  de: 46 strings (45 distinct): 39 sent, 0 from memory, 5 protected terms only" in out
    assert f"requests: {len(server.requests)}; overflowing labels: " in out
    assert f"wrote {output}" in out
    translated = load(output)
    assert translated.settings.languages == ["en", "de", "ja", "ar"]
    assert translated.element("database").name.variants["ja"].text == "プライマリデータベース"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("rate-limit", "too many requests (HTTP 429): wait 7 s"),
        ("error", "server error at 127.0.0.1"),
        ("garbage", "not a translation"),
        ("unauthorized", "refused the API key (HTTP 403)"),
        ("hang", "within 0.5 s"),
    ],
)
def test_provider_failures_exit_1_with_one_line_and_leave_the_input_byte_identical(
    document: Path, server: FakeLibreTranslate, capsys: pytest.CaptureFixture[str], mode: str, words: str
) -> None:
    server.mode = mode
    original = document.read_bytes()
    assert _translate(document, server.url, "--to", "de", "--timeout", "0.5") == 1
    error = capsys.readouterr().err
    assert error.startswith(f"diagram-editor: translate: {document}: LibreTranslate: ") and words in error
    assert error.count("\n") == 1
    assert document.read_bytes() == original
    assert sorted(path.name for path in document.parent.iterdir()) == ["data", "redis.diagram.json"]


def test_no_server_at_all(document: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    original = document.read_bytes()
    assert _translate(document, f"http://127.0.0.1:{port}", "--to", "de") == 1
    assert "cannot connect to 127.0.0.1" in capsys.readouterr().err
    assert document.read_bytes() == original


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--to", "de_DE!"], "is not a list of language tags"),
        (["--to", "de", "--timeout", "0"], "--timeout"),
        (["--to", "de", "--glossary", "missing.json"], "no such file"),
    ],
)
def test_bad_input_exits_2(
    document: Path, server: FakeLibreTranslate, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    original = document.read_bytes()
    assert _translate(document, server.url, *arguments) == 2
    assert message in capsys.readouterr().err.lower()
    assert document.read_bytes() == original and not server.requests


def test_a_broken_document_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.diagram.json"
    broken.write_text('{"format": "diagram-editor", "schema_version": 2, "elements": [{"type": "box"}]}')
    assert main(["translate", str(broken), "--to", "de", "--provider", "pseudo"]) == 2
    assert "broken.diagram.json" in capsys.readouterr().err


def test_stale_strings_are_reported_and_only_they_are_refreshed(
    document: Path, server: FakeLibreTranslate, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _translate(document, server.url, "--to", "de") == 0
    data = json.loads(document.read_text(encoding="utf-8"))
    worker = next(element for element in data["elements"] if element["id"] == "worker")
    worker["role"]["text"] = "Consumes events and deletes cache keys"
    document.write_text(json.dumps(data), encoding="utf-8")
    assert load(document).element("worker").role.status("de", "en") is VariantStatus.STALE  # type: ignore[union-attr]
    capsys.readouterr()

    assert main(["strings", str(document)]) == 0
    report = capsys.readouterr().out
    assert "de: 45/46 current, 0 missing, 1 stale, 0 to review" in report
    assert 'stale: worker.role: "Consumes events and deletes cache keys"' in report

    before = len(server.requests)
    assert _translate(document, server.url, "--to", "de") == 0
    out = capsys.readouterr().out
    assert "de: 1 strings (1 distinct): 1 sent, 0 from memory, 0 protected terms only, 1 stale refreshed" in out
    assert [request["q"] for request in server.requests[before:]] == ["Consumes events and deletes cache keys"]
    refreshed = load(document).element("worker").role  # type: ignore[union-attr]
    assert refreshed.variants["de"].text == "Verarbeitet Ereignisse und löscht Cache Schlüssel"
    assert refreshed.status("de", "en") is VariantStatus.CURRENT


def test_glossary_file_and_pseudo_provider(document: Path, tmp_path: Path) -> None:
    glossary = tmp_path / "terms.txt"
    glossary.write_text("# never translate\nWorker\nMessage Queue\n", encoding="utf-8")
    assert main(["translate", str(document), "--to", "en-XA", "--provider", "pseudo", "--glossary", str(glossary)]) == 0
    translated = load(document)
    assert translated.element("worker").name.variants["en-XA"].text == "Worker"  # type: ignore[union-attr]
    assert translated.element("queue").name.variants["en-XA"].text == "Message Queue"  # type: ignore[union-attr]
    assert translated.element("api").role.variants["en-XA"].text.startswith("[Ĥåñðļéš REST")  # type: ignore[union-attr]
