"""Editing a source text marks its variants stale; the report lists it; re-translating refreshes only it."""

from __future__ import annotations

from collections.abc import Callable

from editor.i18n.providers import ProviderConfig, make_provider
from editor.i18n.report import report_lines, translation_report
from editor.i18n.service import apply_translation, translate_document
from editor.model import Box, Document, VariantStatus, iter_texts
from editor.model.document import replace_texts
from tests.i18n.fake_libretranslate import FakeLibreTranslate


def test_edit_source_then_retranslate_refreshes_only_that_string(
    example: Document, libre_server: Callable[[str], FakeLibreTranslate]
) -> None:
    server = libre_server("good")
    provider = make_provider("libre", ProviderConfig(endpoint=server.url, timeout=3))
    translated = apply_translation(example, translate_document(example, ["de", "ja"], provider))
    assert all(report.complete for report in translation_report(translated))

    api = translated.element("api")
    assert isinstance(api, Box)
    edited = replace_texts(translated, {("api", "role"): api.role.with_text("en", "en", "Handles REST requests")})
    role = edited.element("api").role  # type: ignore[union-attr]
    assert role.status("de", "en") is VariantStatus.STALE and role.status("ja", "en") is VariantStatus.STALE
    assert role.resolve("de", "en")[0] == "Bearbeitet REST Anfragen und Geschäfts Logik"  # shown until refreshed

    reports = {report.language: report for report in translation_report(edited)}
    assert [pending.address for pending in reports["de"].stale] == [("api", "role")]
    assert not reports["de"].missing and not reports["de"].review
    lines = report_lines(list(reports.values()))
    assert lines[0].startswith("de: 45/46 current, 0 missing, 1 stale")
    assert (
        '  stale: api.role: "Handles REST requests" (was made from "Handles REST requests and business logic")' in lines
    )

    before = len(server.requests)
    refresh = translate_document(edited, ["de", "ja"], provider)
    assert set(refresh.changes) == {("api", "role")}
    assert refresh.counts["de"].stale == refresh.counts["de"].strings == 1
    assert [request["q"] for request in server.requests[before:]] == ["Handles {0} requests"] * 2
    refreshed = apply_translation(edited, refresh)
    assert refreshed.element("api").role.variants["de"].text == "Bearbeitet REST Anfragen"  # type: ignore[union-attr]
    untouched = {(e, f): t for e, f, t in iter_texts(translated) if (e, f) != ("api", "role")}
    for element_id, field_path, text in iter_texts(refreshed):
        if (element_id, field_path) != ("api", "role"):
            assert text == untouched[element_id, field_path]
    assert all(report.complete for report in translation_report(refreshed))


def test_human_variants_survive_a_full_retranslation(example: Document) -> None:
    queue = example.element("queue")
    assert isinstance(queue, Box)
    edited = replace_texts(example, {("queue", "name"): queue.name.with_text("en-XA", "en", "Nachrichtenschlange")})
    result = translate_document(edited, ["en-XA"], make_provider("pseudo"), only_missing_and_stale=False)
    assert ("queue", "name") not in result.changes
    assert ("queue", "role") in result.changes
