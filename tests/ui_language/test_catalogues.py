"""The committed ``.ts`` catalogues are complete and careful, and the ``.qm`` files in use are never stale.

"Complete" is measured against a fresh ``pyside6-lupdate`` run over ``editor/`` into a temporary
folder, so a string added to the code without running ``make translations`` fails here too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.i18n.ui_locale import SOURCE_LANGUAGE, UI_LANGUAGES, translations_dir
from tests.ui_language.ts_files import Message, accelerator, placeholders, read_ts
from translations import catalog

ALL_CODES = [language.code for language in UI_LANGUAGES]
Catalogues = dict[str, dict[tuple[str, str, str], Message]]
#: Japanese and Chinese put the Latin accelerator after the text: "ファイル(&F)", "文件(&F)".
TRAILING_ACCELERATOR_CODES = ("ja", "zh_CN")


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Catalogues:
    """What lupdate extracts from the sources right now, per language (plural form counts differ)."""
    folder = tmp_path_factory.mktemp("lupdate")
    fresh = {}
    for code in ALL_CODES:
        _language, messages = read_ts(catalog.lupdate(code, folder))
        fresh[code] = {message.key: message for message in messages}
    return fresh


def _edges(text: str) -> tuple[str, str]:
    """The leading and trailing white space, which a suffix such as " dpi" needs."""
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def committed(code: str) -> dict[tuple[str, str, str], Message]:
    language, messages = read_ts(catalog.ts_path(code))
    assert language == code, f"{catalog.ts_path(code).name} declares language {language!r}"
    return {message.key: message for message in messages}


def test_a_catalogue_per_language_and_nothing_else() -> None:
    names = sorted(path.name for path in catalog.TRANSLATIONS.glob("*.ts"))
    assert names == sorted(f"diagram_editor_{code}.ts" for code in ALL_CODES)


def test_the_sources_have_translatable_strings(fresh_catalogues: Catalogues) -> None:
    assert fresh_catalogues["de"], "lupdate found no strings: are the sources still marked for translation?"


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_source_string_has_a_finished_translation(code: str, fresh_catalogues: Catalogues) -> None:
    messages = committed(code)
    missing = sorted(set(fresh_catalogues[code]) - set(messages))
    assert not missing, f"{len(missing)} strings missing from {code} (run `make translations`): {missing[:5]}"
    unfinished = [message.key for message in messages.values() if not message.finished]
    assert not unfinished, f"{len(unfinished)} unfinished in {code}: {unfinished[:5]}"
    vanished = sorted(set(messages) - set(fresh_catalogues[code]))
    assert not vanished, f"{code} keeps strings the code no longer has (run `make translations`): {vanished[:5]}"
    for key, fresh in fresh_catalogues[code].items():
        assert len(messages[key].translations) == len(fresh.translations), f"{code} plural forms of {key}"


@pytest.mark.parametrize("code", [code for code in ALL_CODES if code != SOURCE_LANGUAGE])
def test_translations_keep_placeholders_accelerators_and_ellipses(code: str) -> None:
    for message in committed(code).values():
        for text in message.translations:
            where = f"{code} {message.source!r} -> {text!r}"
            assert placeholders(text) == placeholders(message.source) or (
                message.numerus and placeholders(text) == [p for p in placeholders(message.source) if p != "%n"]
            ), where
            source_key = accelerator(message.source)
            assert (accelerator(text) is None) == (source_key is None), where
            if message.source.endswith("…"):
                assert text.endswith("…"), where
            if source_key is not None and code in TRAILING_ACCELERATOR_CODES:
                bare = text.removesuffix("…").removesuffix(":").removesuffix("：")
                assert bare.endswith(")") and bare[-4:-2] == "(&" and bare[-2].isascii(), where
            assert _edges(text) == _edges(message.source), where


def test_english_carries_plural_forms_only() -> None:
    assert all(message.numerus for message in committed(SOURCE_LANGUAGE).values())


@pytest.mark.parametrize("code", ALL_CODES)
def test_compiled_catalogue_in_use_matches_its_source(code: str, tmp_path: Path) -> None:
    in_use = translations_dir() / f"diagram_editor_{code}.qm"
    assert in_use.is_file(), f"{in_use} is missing: run `make translations-qm` (part of `make setup`)"
    rebuilt = catalog.lrelease(catalog.ts_path(code), tmp_path / in_use.name)
    assert rebuilt.read_bytes() == in_use.read_bytes(), f"{in_use.name} is stale: run `make translations-qm`"
