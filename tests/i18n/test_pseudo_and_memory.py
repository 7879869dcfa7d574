"""Pseudo-locales (no network) and the translation memory file."""

from __future__ import annotations

from pathlib import Path

from editor.i18n.memory import MEMORY_FILE_NAME, TranslationMemory, user_data_dir
from editor.i18n.providers import make_provider
from editor.i18n.providers.pseudo import PDF, RLM, RLO, accented, mirrored


def test_en_xa_is_accented_about_40_percent_longer_and_bracketed() -> None:
    text = "Stores hot key-value data for fast reads"
    fake = accented(text)
    assert fake.startswith("[Šţöŕéš ĥöţ ķéý-våļûé ðåţå ƒöŕ ƒåšţ ŕéåðš") and fake.endswith("]")
    assert 1.3 * len(text) <= len(fake) <= 1.6 * len(text)
    assert accented("{0} checks {1} 42").startswith("[{0} çĥéçķš {1} 42")


def test_ar_xb_runs_right_to_left_and_leaves_placeholders_alone() -> None:
    assert mirrored("{0} reads") == f"{RLM}{{0}} {RLO}reads{PDF}{RLM}"


def test_pseudo_provider_picks_the_direction_from_the_target() -> None:
    provider = make_provider("pseudo")
    left, right = (
        provider.translate_batch(["Read path"], "en", "de")[0],
        provider.translate_batch(["Read path"], "en", "he")[0],
    )
    assert left.startswith("[Ŕéåð") and right.startswith(RLM + RLO)
    assert provider.requests_made == 0


def test_memory_lives_in_the_data_dir_and_is_shared(private_data_dir: Path) -> None:
    assert user_data_dir() == private_data_dir
    with TranslationMemory() as first:
        first.remember("en", "de", "Read path", "Lesepfad", origin="machine", provider="libre")
    assert (private_data_dir / MEMORY_FILE_NAME).is_file()
    with TranslationMemory() as second:  # another document, another run: same memory
        exact = second.lookup("en", "de", "Read path")
        assert exact is not None and (exact.target, exact.origin, exact.provider) == ("Lesepfad", "machine", "libre")
        spaced = second.lookup("en", "de", "  Read   path ")
        assert spaced is not None and spaced.target == "Lesepfad"
        assert second.lookup("en", "fr", "Read path") is None
        assert len(second) == 1


def test_a_run_remembers_each_batch_in_one_transaction(memory: TranslationMemory) -> None:
    """One commit per provider batch, not per string: each commit is a disk sync."""
    from benchmarks.generate import generated
    from editor.i18n.service import translate_document

    commits: list[str] = []
    memory._connection.set_trace_callback(  # counting what SQLite is asked to do
        lambda statement: commits.append(statement) if statement.strip().upper().startswith("COMMIT") else None
    )
    document = generated(300)  # 600 texts; numbers are protected, so 15 masked strings: one batch
    result = translate_document(document, ["en-XA"], make_provider("pseudo"), memory=memory)
    counts = result.counts["en-XA"]
    assert counts.sent == 15
    assert len(memory) == counts.distinct - counts.protected_only > 400  # every source that was sent
    assert len(commits) == 1


def test_pseudo_translation_of_the_example_is_what_a_deep_copy_would_give(memory: TranslationMemory) -> None:
    """replace_texts copies only what it changes now: the document it gives is the one a deep copy
    with each text set in place gave before, legend entries and the title included."""
    from editor.i18n.service import apply_translation, translate_document
    from editor.model import dumps, load
    from editor.model.document import SETTINGS, Legend
    from tests.i18n.conftest import EXAMPLE

    document = load(EXAMPLE)
    before = dumps(document)
    result = translate_document(document, ["en-XA", "ar-XB"], make_provider("pseudo"), memory=memory)
    assert any(element_id == SETTINGS for element_id, _ in result.changes)
    assert any(field.startswith("entries[") for _, field in result.changes)
    expected = document.model_copy(deep=True)
    for (element_id, field), text in result.changes.items():
        if element_id == SETTINGS:
            expected.settings.title = text
        elif field.startswith("entries["):
            legend = expected.element(element_id)
            assert isinstance(legend, Legend)
            legend.entries[int(field[8:-1])].text = text
        else:
            setattr(expected.element(element_id), field, text)
    expected.settings.languages = [*expected.settings.languages, "en-XA", "ar-XB"]
    assert dumps(apply_translation(document, result)) == dumps(expected)
    assert dumps(document) == before
