"""Protected terms on the technical-label corpus: must-stay tokens kept, ordinary words still translated.

Prints precision and recall of the masking (and, with no bar, on held-out labels), then the
must-stay tokens found verbatim after a real run against the fake LibreTranslate server's
hostile modes (over HTTP on 127.0.0.1) and the pseudo-locales. Bars: 100 % of must-stay tokens
kept, at least 95 % of ordinary words sent; exit code 1 if a bar is missed. ``--quick`` runs
German only.
"""

from __future__ import annotations

import sys
import time

from editor.i18n.providers import ProviderConfig, make_provider
from tests.i18n.fake_libretranslate import FakeLibreTranslate
from tests.i18n.protection_corpus import HELD_OUT, end_to_end_figures, format_figures, load_corpus, masking_figures


def main() -> int:
    labels = load_corpus()
    languages = ["de"] if "--quick" in sys.argv else ["de", "ja", "ar"]
    started = time.perf_counter()
    masking = masking_figures(labels)
    print(f"corpus: {len(labels)} labels, {masking.keep_total} must-stay tokens, {masking.words_total} ordinary words")
    print(format_figures("masking", masking) + f" ({(time.perf_counter() - started) * 1000:.0f} ms)")
    for label, word in masking.withheld:
        print(f"  ordinary word protected: {word!r} in {label!r}")
    failures = [] if masking.recall == 1.0 and masking.sent_rate >= 0.95 else ["masking"]
    held_out = masking_figures(load_corpus(HELD_OUT))
    print(format_figures("held-out labels (not used to tune the rules; no bar)", held_out))
    for label, token in held_out.lost:
        print(f"  must-stay token shown to the engine: {token!r} in {label!r}")
    for mode in ("good", "mangle", "mangle-tolerant"):
        server = FakeLibreTranslate(mode).start()
        try:
            for language in languages:
                provider = make_provider("libre", ProviderConfig(endpoint=server.url, timeout=10))
                figures, review = end_to_end_figures(labels, provider, language)
                print(
                    f"fake server {mode:>15} {language}: kept {figures.keep_kept}/{figures.keep_total}, "
                    f"{review} answers damaged (source kept, flagged)"
                )
                if figures.lost:
                    failures.append(f"{mode} {language}")
        finally:
            server.stop()
    for language in ("en-XA", "ar-XB"):
        figures, review = end_to_end_figures(labels, make_provider("pseudo"), language)
        print(f"pseudo-locale {language}: kept {figures.keep_kept}/{figures.keep_total}, {review} damaged")
        if figures.lost:
            failures.append(language)
    if failures:
        print(f"below the bar: {', '.join(failures)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
