"""The reviewed German, Japanese and Arabic translations of the bundled example (docs/translations/*.xlf).

They feed the README's images (docs/make_images.py), so they must stay complete, final, faithful
to the reference sheet's protected tokens, in step with the example's current source texts, and
fit the example in every language after the same fit step the script uses.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from editor.app.fit import overflowing_labels
from editor.i18n.xliff import XLIFF_NAMESPACE, read_xliff
from editor.model import Document, Origin, VariantStatus, iter_texts, load
from editor.model.document import texts_by_address
from tests.test_language_exports import REFERENCE_TOKENS

ROOT = Path(__file__).resolve().parent.parent
NS = {"x": XLIFF_NAMESPACE}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_make_images", ROOT / "docs" / "make_images.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make_images = _load_script()
LANGUAGES: tuple[str, ...] = make_images.LANGUAGES


@pytest.fixture(scope="module")
def example() -> Document:
    return load(make_images.EXAMPLE)


@pytest.fixture(scope="module")
def translated(example: Document) -> Document:
    return make_images.import_translations(example)


def _units(language: str) -> list[ET.Element]:
    root = ET.parse(make_images.xliff_path(language)).getroot()
    assert root.get("trgLang") == language
    return root.findall(".//x:unit", NS)


def _token_in(token: str, text: str) -> bool:
    """``token`` as a whole word (SET must not be found inside SETEX)."""
    return re.search(rf"(?<![\w/:]){re.escape(token)}(?![\w/:])", text) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_unit_is_translated_and_final_and_imports_cleanly(example: Document, language: str) -> None:
    path = make_images.xliff_path(language)
    units = _units(language)
    segments = [unit.find("x:segment", NS) for unit in units]
    assert units and all(segment is not None and segment.get("state") == "final" for segment in segments)
    for unit in units:
        target = unit.find("x:segment/x:target", NS)
        assert target is not None and "".join(target.itertext()).strip(), unit.get("name")
    imported = read_xliff(example, path.read_bytes(), source=str(path))
    assert (imported.imported, imported.untranslated) == (len(units), 0)
    assert (imported.unknown, imported.stale, imported.review) == ([], [], [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_texts_are_current_human_variants_in_the_target_script(translated: Document, language: str) -> None:
    texts = [text for _, _, text in iter_texts(translated) if text.text.strip()]
    assert all(text.status(language, "en") is VariantStatus.CURRENT for text in texts)
    shown = "\n".join(text.variants[language].text for text in texts)
    script = {
        "de": "[äöüßÄÖÜ]",
        "ja": "[\u3040-\u30ff\u4e00-\u9fff]",
        "zh-Hans": "[\u4e00-\u9fff]",
        "ar": "[\u0600-\u06ff]",
        "he": "[\u0590-\u05ff]",
    }[language]
    assert len(re.findall(script, shown)) > 10
    assert {text.variants[language].origin for text in texts} == {Origin.FILE}
    assert language in translated.settings.languages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_protected_token_of_the_reference_sheet_stays_unchanged(translated: Document, language: str) -> None:
    everything = []
    for element_id, field_path, text in iter_texts(translated):
        target = text.variants[language].text if language in text.variants else ""
        for token in REFERENCE_TOKENS:
            if _token_in(token, text.text):
                assert _token_in(token, target), f"{element_id}#{field_path} ({language}) lost {token!r}: {target!r}"
        everything.append(target)
    joined = "\n".join(everything)
    assert [token for token in REFERENCE_TOKENS if not _token_in(token, joined)] == []
    # Numbers stay digits: every number of the source is in its translation.
    for _, _, text in iter_texts(translated):
        if language in text.variants:
            assert set(re.findall(r"\d+", text.text)) <= set(re.findall(r"\d+", text.variants[language].text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_units_match_the_example_current_source_texts(example: Document, language: str) -> None:
    current = {
        f"{element_id}#{field_path}": text.text for (element_id, field_path), text in texts_by_address(example).items()
    }
    wanted = {name: source for name, source in current.items() if source.strip()}
    in_file = {}
    for unit in _units(language):
        source = unit.find("x:segment/x:source", NS)
        assert source is not None
        in_file[unit.get("name")] = "".join(source.itertext())
    assert in_file == wanted, "docs/translations is out of date: export the example's strings again and translate"


def test_every_language_fits_after_the_script_fit_step(translated: Document) -> None:
    fitted = make_images.fit_every_language(translated)
    assert overflowing_labels(fitted, LANGUAGES) == []
    # One geometry for every language, and only growth that covers nothing new.
    assert make_images._growth_that_covers(translated, fitted) == []
    grown = {
        element.id
        for element in fitted.elements
        if hasattr(element, "rect") and element.rect != translated.element(element.id).rect
    }
    assert grown, "the Arabic and Japanese lines are taller: some boxes must have grown"
    assert "legend" not in grown
