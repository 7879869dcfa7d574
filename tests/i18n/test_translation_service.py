"""Translating the bundled example: protected tokens, request counts, memory, review flags, cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from editor.i18n.errors import FailureKind, ProviderError, TranslationCancelled
from editor.i18n.memory import TranslationMemory
from editor.i18n.protect import Protector
from editor.i18n.providers import Provider, ProviderConfig, make_provider
from editor.i18n.service import PROTECTED_ONLY, TranslationProgress, apply_translation, translate_document
from editor.model import Document, Origin, VariantStatus, dumps, iter_texts
from editor.model.text import is_right_to_left
from tests.i18n.fake_libretranslate import FakeLibreTranslate

Start = Callable[[str], FakeLibreTranslate]
#: the reference sheet's protected tokens; each must come back unchanged wherever the source has it
REFERENCE_TOKENS = ["HTTPS", "JSON", "TTL", "GET", "PUT", "SET", "SETEX", "DEL", "SELECT", "UPDATE", "200 OK",
                    "/item/42", "cache:key:42", "300s", "REST", "API", "Redis"]  # fmt: skip


def _libre(server: FakeLibreTranslate, **config: object) -> Provider:
    return make_provider("libre", ProviderConfig(endpoint=server.url, timeout=3, **config))  # type: ignore[arg-type]


def _tokens_in(text: str) -> list[str]:
    terms = Protector().protected_terms(text) + Protector(["Redis"]).protected_terms(text)
    return [token for token in REFERENCE_TOKENS if any(token in term for term in terms)]


@pytest.mark.parametrize("provider_name", ["libre", "pseudo"])
def test_example_into_de_ja_ar_keeps_every_protected_token(
    example: Document, libre_server: Start, memory: TranslationMemory, provider_name: str
) -> None:
    provider = _libre(libre_server("good")) if provider_name == "libre" else make_provider("pseudo")
    # the pseudo-locale fills pseudo tags only: its stand-ins for German, Japanese and Arabic
    de, ja, ar = ("de", "ja", "ar") if provider_name == "libre" else ("en-XA", "ja-XA", "ar-XB")
    before = dumps(example)
    result = translate_document(example, [de, ja, ar], provider, memory=memory)
    assert dumps(example) == before  # the input is never touched
    translated = apply_translation(example, result)
    assert translated.settings.languages == ["en", de, ja, ar]
    checked = 0
    for element_id, field_path, text in iter_texts(translated):
        for language in (de, ja, ar):
            variant = text.variants[language]
            assert variant.source == text.text and not variant.needs_review
            assert text.status(language, "en") is VariantStatus.CURRENT
            for token in _tokens_in(text.text):
                assert token in variant.text, (element_id, field_path, language, token, variant.text)
                checked += 1
    assert checked > 60
    ja_text = translated.element("database").name.variants[ja].text  # type: ignore[union-attr]
    ar_text = translated.element("database").name.variants[ar].text  # type: ignore[union-attr]
    if provider_name == "libre":
        assert ja_text == "プライマリデータベース" and ar_text == "الرئيسية قاعدة البيانات"
    else:
        assert ja_text.startswith("[") and len(ja_text) > len("Primary Database") * 1.3
        assert "\u202e" in ar_text and is_right_to_left(ar)


def test_requests_for_one_language_are_fewer_than_distinct_strings(
    example: Document, libre_server: Start, memory: TranslationMemory
) -> None:
    server = libre_server("good")
    result = translate_document(example, ["de"], _libre(server), memory=memory)
    counts = result.counts["de"]
    distinct_sources = len({text.text for _, _, text in iter_texts(example) if text.text.strip()})
    assert counts.distinct == distinct_sources < counts.strings  # the title appears twice
    assert result.requests == len(server.requests) <= counts.distinct
    assert result.requests < counts.sent  # packing: several strings per request
    assert counts.protected_only == 5  # "HTTPS GET /item/42", "DEL cache:key:42"...: nothing sent
    assert all(request["q"].count("\n") < 20 for request in server.requests)


def test_identical_strings_are_translated_once(example: Document, libre_server: Start) -> None:
    server = libre_server("good")
    translate_document(example, ["de"], _libre(server))
    sent_lines = [line for request in server.requests for line in request["q"].split("\n")]
    assert len(sent_lines) == len(set(sent_lines))
    assert sent_lines.count("{0} Cache Invalidation") == 1


def test_the_memory_answers_a_second_run_without_requests(
    example: Document, libre_server: Start, memory: TranslationMemory
) -> None:
    server = libre_server("good")
    first = translate_document(example, ["de"], _libre(server), memory=memory)
    second = translate_document(example, ["de"], _libre(server), memory=memory)
    assert second.requests == 0 and len(server.requests) == first.requests
    assert second.counts["de"].cached == first.counts["de"].distinct - first.counts["de"].protected_only
    variant = second.changes["api", "role"].variants["de"]
    assert variant.origin is Origin.MEMORY and variant.provider == "libre"
    assert variant.text == first.changes["api", "role"].variants["de"].text
    offline = translate_document(example, ["de"], make_provider("memory"), memory=memory)
    assert offline.counts["de"].missing == 0 and offline.requests == 0


def test_refreshing_everything_asks_the_engine_again_but_reuses_what_people_made(
    example: Document, libre_server: Start, memory: TranslationMemory
) -> None:
    server = libre_server("good")
    first = translate_document(example, ["de"], _libre(server), memory=memory)
    source = example.element("api").role.text  # type: ignore[union-attr]
    human = "Von Menschen übersetzt: " + " ".join(Protector().protected_terms(source))
    memory.remember("en", "de", source, human, origin="human", provider=None)
    again = translate_document(example, ["de"], _libre(server), memory=memory, only_missing_and_stale=False)
    assert again.requests == first.requests and again.counts["de"].cached == 1
    assert again.changes["api", "role"].variants["de"].text == human
    assert again.changes["database", "name"].variants["de"].origin is Origin.MACHINE


def test_a_failure_keeps_finished_work_in_the_memory_and_a_retry_resumes(
    example: Document, libre_server: Start, memory: TranslationMemory
) -> None:
    server = libre_server("good")
    server.fail_after = 1
    with pytest.raises(ProviderError) as caught:
        translate_document(example, ["de"], _libre(server, max_concurrency=1), memory=memory)
    assert caught.value.kind is FailureKind.SERVER
    remembered = len(memory)
    assert remembered >= 20  # the first batch (20 masked strings) came back before the failure
    server.fail_after = None
    before = len(server.requests)
    retry = translate_document(example, ["de"], _libre(server), memory=memory)
    assert retry.counts["de"].cached == remembered
    assert len(server.requests) - before == retry.requests == 1


def test_damaged_placeholders_keep_the_source_and_flag_review(example: Document, libre_server: Start) -> None:
    result = translate_document(example, ["de"], _libre(libre_server("mangle")))
    translated = apply_translation(example, result)
    flagged = {address for _, address in result.review}
    assert ("api", "role") in flagged and result.counts["de"].review == len(flagged) > 5
    for element_id, field_path, text in iter_texts(translated):
        variant = text.variants["de"]
        if (element_id, field_path) in flagged:
            assert variant.needs_review and variant.text == text.text  # source kept, never a corrupted mix
            assert text.resolve("de", "en") == (text.text, VariantStatus.REVIEW)
        else:
            assert "{" not in variant.text and "#" not in variant.text
    assert translated.element("browser").name.variants["de"].text == "Browser"  # type: ignore[union-attr]
    assert translated.element("r1").label.variants["de"].provider == PROTECTED_ONLY  # type: ignore[union-attr]


def test_progress_reports_and_cancel_stops_mid_run(example: Document, libre_server: Start) -> None:
    server = libre_server("good")
    cancel = threading.Event()
    seen: list[TranslationProgress] = []

    def _progress(update: TranslationProgress) -> None:
        seen.append(update)
        cancel.set()

    with pytest.raises(TranslationCancelled) as caught:
        translate_document(
            example, ["de", "ja", "ar"], _libre(server, max_concurrency=1), progress=_progress, cancel=cancel
        )
    # the one worker may already have taken the next batch when cancel came: it finishes, nothing more starts
    assert seen[0].done == 20 and caught.value.done in (20, 39)
    assert caught.value.total == 3 * 39
    assert len(server.requests) == len(seen) <= 2


def test_forced_translations_and_extra_terms(example: Document) -> None:
    glossary = example.glossary.model_copy(update={"forced": {"en-XA": {"cache miss": "Cache-Miss"}}})
    document = example.model_copy(update={"glossary": glossary})
    result = translate_document(document, ["en-XA"], make_provider("pseudo"), extra_protected=["Worker"])
    assert result.changes["callout-miss", "text"].variants["en-XA"].text == "Cache-Miss"
    assert result.changes["worker", "name"].variants["en-XA"].text == "Worker"


def test_bad_language_tags_are_refused(example: Document) -> None:
    with pytest.raises(ValueError, match="BCP 47"):
        translate_document(example, ["de_DE!"], make_provider("pseudo"))


def test_applying_in_place_writes_what_the_copy_holds(example: Document) -> None:
    result = translate_document(example, ["en-XA"], make_provider("pseudo"))
    copied = dumps(apply_translation(example, result))
    in_place = apply_translation(example, result, in_place=True)
    assert in_place is example and dumps(in_place) == copied
