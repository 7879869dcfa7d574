"""The technical-label corpus: every must-stay token kept, at least 95 % of ordinary words still translated."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from editor.i18n.providers import ProviderConfig, make_provider
from tests.i18n.fake_libretranslate import FakeLibreTranslate
from tests.i18n.protection_corpus import end_to_end_figures, load_corpus, masking_figures

LABELS = load_corpus()


def test_the_corpus_is_large_and_spans_the_domains() -> None:
    domains = Counter(label.domain for label in LABELS)
    assert len(LABELS) >= 300
    assert set(domains) == {"kubernetes", "oauth", "kafka", "sql", "cloud", "cicd", "networking"}
    assert min(domains.values()) >= 40
    assert sum(len(label.keep) for label in LABELS) >= 200


def test_masking_keeps_every_must_stay_token_and_sends_95_percent_of_ordinary_words() -> None:
    figures = masking_figures(LABELS)
    assert figures.lost == []
    assert figures.recall == 1.0
    assert figures.sent_rate >= 0.95, figures.withheld
    assert figures.precision >= 0.95


@pytest.mark.parametrize("mode", ["good", "mangle", "mangle-tolerant"])
def test_hostile_server_damages_nothing_that_must_stay(
    libre_server: Callable[[str], FakeLibreTranslate], mode: str
) -> None:
    server = libre_server(mode)
    provider = make_provider("libre", ProviderConfig(endpoint=server.url, timeout=10))
    figures, review = end_to_end_figures(LABELS, provider, "de")
    assert figures.lost == []
    assert figures.keep_total >= 200
    assert server.requests, "the labels really went over HTTP"
    if mode == "mangle":
        assert review > 0  # dropped placeholders: source kept and flagged, never a corrupted mix
    else:
        assert review == 0


@pytest.mark.parametrize("language", ["en-XA", "ar-XB"])
def test_pseudo_locales_keep_every_must_stay_token(language: str) -> None:
    figures, review = end_to_end_figures(LABELS, make_provider("pseudo"), language)
    assert figures.lost == [] and review == 0
