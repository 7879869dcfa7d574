"""The bundled templates (resources/templates): valid, complete in every interface language, built only
from their reviewed XLIFF files, and free of overflowing text in every language's export."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor.cli import main as cli_main
from editor.i18n.protect import Protector
from editor.i18n.ui_locale import UI_LANGUAGES
from editor.i18n.xliff import XLIFF_NAMESPACE
from editor.model import Document, Origin, VariantStatus, dumps, iter_texts, load
from editor.model.templates import DESCRIPTION_ID, TEMPLATE_ORDER, load_templates, template_paths
from translations import templates as build_script

TEMPLATES = [path for path in template_paths() if path.parent.name == "templates"]
NAMES = [path.name.removesuffix(".diagram.json") for path in TEMPLATES]
#: The content tag of every interface language: en de fr es pt-BR ja zh-Hans ar.
CONTENT_LANGUAGES = [language.content_tag for language in UI_LANGUAGES]
NS = {"x": XLIFF_NAMESPACE}


@pytest.fixture(autouse=True)
def application(qapp: object) -> object:
    """pytest-qt's QApplication before any export makes a bare QGuiApplication (which would keep later
    widget tests in this process from getting one)."""
    return qapp


@pytest.fixture(scope="module", params=NAMES)
def template(request: pytest.FixtureRequest) -> tuple[str, Document]:
    name = request.param
    return name, load(build_script.TEMPLATES / f"{name}.diagram.json")


def test_at_least_four_templates_in_list_order_then_the_example() -> None:
    assert NAMES[: len(TEMPLATE_ORDER)] == list(TEMPLATE_ORDER)
    listed = load_templates()
    assert [template.name for template in listed] == [*NAMES, "redis-cache-invalidation"]
    assert len(TEMPLATES) >= 4


def test_each_template_is_in_all_eight_interface_languages(template: tuple[str, Document]) -> None:
    _name, document = template
    assert CONTENT_LANGUAGES == ["en", "de", "fr", "es", "pt-BR", "ja", "zh-Hans", "ar"]
    assert sorted(document.settings.languages) == sorted(CONTENT_LANGUAGES)
    texts = [text for _, _, text in iter_texts(document) if text.text.strip()]
    assert len(texts) >= 15
    for language in CONTENT_LANGUAGES[1:]:
        assert all(text.status(language, "en") is VariantStatus.CURRENT for text in texts), language
        variants = [text.variants[language] for text in texts]
        # reviewed by a person and imported from the XLIFF files: no machine provider, nothing to review
        assert {variant.origin for variant in variants} == {Origin.FILE}
        assert all(variant.provider is None and not variant.needs_review for variant in variants)


def test_each_template_has_a_title_a_description_a_legend_or_frames_and_icons(template: tuple[str, Document]) -> None:
    _name, document = template
    kinds = {element.type for element in document.elements}
    assert document.settings.title.text and document.get("title") is not None
    assert document.get(DESCRIPTION_ID) is not None
    assert "legend" in kinds or "frame" in kinds
    boxes = [element for element in document.elements if element.type == "box"]
    assert boxes and all(box.icon for box in boxes)
    assert len({element.style.palette for element in document.elements} - {None, "title"}) >= 3


def test_the_shipped_json_is_its_source_plus_the_reviewed_xliff(template: tuple[str, Document]) -> None:
    name, document = template
    assert dumps(build_script.built(build_script.TEMPLATES / f"{name}.diagram.json")) == dumps(document)
    assert build_script.check() == 0


@pytest.mark.parametrize("language", CONTENT_LANGUAGES[1:])
def test_every_xliff_unit_is_final_and_keeps_its_protected_terms(template: tuple[str, Document], language: str) -> None:
    name, document = template
    path = build_script.TRANSLATIONS / f"{name}.{language}.xlf"
    root = ET.parse(path).getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", language)
    segments = root.findall(".//x:segment", NS)
    assert segments and {segment.get("state") for segment in segments} == {"final"}
    protector = Protector(document.glossary.protected)
    for segment in segments:
        source = "".join(segment.find("x:source", NS).itertext())
        target = "".join(segment.find("x:target", NS).itertext())
        assert target.strip() and all(term in target for term in protector.protected_terms(source)), target
        assert set(re.findall(r"\d+", source)) <= set(re.findall(r"\d+", target)), target


def test_every_language_exports_without_overflow(template: tuple[str, Document], tmp_path: Path, capsys) -> None:
    name, _document = template
    source = build_script.TEMPLATES / f"{name}.diagram.json"
    pattern = str(tmp_path / f"{name}.{{lang}}.png")
    assert cli_main(["export", str(source), "--lang", "all", "--scale", "0.25", "-o", pattern]) == 0
    assert "overflow" not in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{name}.{language}.png" for language in CONTENT_LANGUAGES
    )


def test_a_template_opens_in_the_language_asked_for_and_falls_back_to_english() -> None:
    first, *_rest, example = load_templates()
    assert first.language_for("ja") == "ja" and first.title("ja") == first.document.settings.title.variants["ja"].text
    assert first.description("ar") == first.document.element(DESCRIPTION_ID).text.variants["ar"].text
    assert example.language_for("ja") == "en" and example.title("ja") == "Redis Cache Invalidation"
    copy = first.new_document()
    copy.elements.clear()
    assert first.document.elements


def test_check_fails_when_a_shipped_translation_drifts_from_its_xliff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import shutil

    copy = tmp_path / "templates"
    shutil.copytree(build_script.TEMPLATES, copy)
    monkeypatch.setattr(build_script, "TEMPLATES", copy)
    monkeypatch.setattr(build_script, "TRANSLATIONS", copy / "translations")
    assert build_script.main(["check"]) == 0
    shipped = copy / "incident-response.diagram.json"
    shipped.write_text(shipped.read_text(encoding="utf-8").replace("インシデント対応", "障害対応"), encoding="utf-8")
    assert build_script.main(["check"]) == 1
    assert "incident-response.diagram.json differs" in capsys.readouterr().err
    assert build_script.main(["build"]) == 0 and build_script.main(["check"]) == 0
    assert "インシデント対応" in shipped.read_text(encoding="utf-8")
    assert not list(copy.glob("*.bak"))
