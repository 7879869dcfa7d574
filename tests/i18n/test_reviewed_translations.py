"""Reviewed XLIFF files rebuild a shipped document, and refuse anything short of a clean, final import."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.i18n.reviewed_translations import TranslationProblem, source_only, with_reviewed_translations, xliff_file
from editor.model import Origin, dumps, load
from editor.model.document import replace_texts, texts_by_address

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "request-flow.diagram.json"
TRANSLATIONS = ROOT / "resources" / "templates" / "translations"


def _copy(tmp_path: Path, language: str, change: tuple[str, str] | None = None) -> Path:
    """The reviewed file of ``language`` copied into ``tmp_path``, with one text replaced."""
    data = xliff_file(TRANSLATIONS, "request-flow", language).read_text(encoding="utf-8")
    if change is not None:
        assert change[0] in data
        data = data.replace(change[0], change[1], 1)
    copy = xliff_file(tmp_path, "request-flow", language)
    copy.write_text(data, encoding="utf-8")
    return copy


def test_source_only_drops_every_variant_and_language() -> None:
    stripped = source_only(load(TEMPLATE))
    assert stripped.settings.languages == ["en"]
    assert all(not text.variants for text in texts_by_address(stripped).values())


def test_the_reviewed_files_rebuild_the_shipped_document(tmp_path: Path) -> None:
    shipped = load(TEMPLATE)
    files = [_copy(tmp_path, language) for language in ("de", "es", "fr", "ja", "pt-BR", "zh-Hans", "ar")]
    rebuilt = with_reviewed_translations(source_only(shipped), files)
    assert dumps(rebuilt) == dumps(shipped)
    assert texts_by_address(rebuilt)["legend", "title"].variants["ja"].origin is Origin.FILE


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (('state="final"', 'state="translated"'), "1 not final"),
        (("<target>2 · JWT を検証</target>", "<target>2 · トークンを検証</target>"), "1 with damaged protected terms"),
        (('trgLang="ja"', 'trgLang="ko"'), "not the language its name says"),
    ],
)
def test_a_file_short_of_reviewed_and_whole_is_refused(tmp_path: Path, change: tuple[str, str], complaint: str) -> None:
    with pytest.raises(TranslationProblem, match=complaint):
        with_reviewed_translations(source_only(load(TEMPLATE)), [_copy(tmp_path, "ja", change)])


def test_a_source_edited_after_translation_is_refused_as_stale(tmp_path: Path) -> None:
    document = source_only(load(TEMPLATE))
    title = texts_by_address(document)["legend", "title"]
    edited = replace_texts(document, {("legend", "title"): title.model_copy(update={"text": "What happens"})})
    with pytest.raises(TranslationProblem, match="1 stale"):
        with_reviewed_translations(edited, [_copy(tmp_path, "de")])
