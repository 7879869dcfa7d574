"""Translating a document: plan the strings, reuse the memory, call a provider, return the changes.

:func:`translate_document` never touches the document it gets. It returns a
:class:`TranslationResult` (new texts per element field, plus counts); :func:`apply_translation`
turns that into a new document, so a failed or cancelled run leaves everything as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from editor.i18n.errors import FailureKind, ProviderError, TranslationCancelled
from editor.i18n.memory import TranslationMemory
from editor.i18n.protect import Masked, PlaceholderDamage, Protector, fingerprint, restore
from editor.i18n.providers.base import Provider
from editor.i18n.providers.pseudo import PseudoProvider, is_pseudo_tag
from editor.model import Document, LocalizedText, Origin, Variant, VariantStatus, iter_texts
from editor.model.document import TextAddress, replace_texts, write_texts
from editor.model.text import allowed_text, check_language_tag

PROTECTED_ONLY = "protected"
"""Provider name on variants made of protected terms only: nothing was sent anywhere."""


@dataclass
class LanguageCounts:
    """What a run did for one target language."""

    language: str
    strings: int = 0
    distinct: int = 0
    cached: int = 0
    sent: int = 0
    protected_only: int = 0
    stale: int = 0
    review: int = 0
    missing: int = 0


@dataclass(frozen=True)
class TranslationProgress:
    done: int
    total: int
    language: str
    requests: int


@dataclass
class TranslationResult:
    """The changes of one run (new texts per field) and its counts; the document is untouched."""

    provider: str
    languages: tuple[str, ...]
    changes: dict[TextAddress, LocalizedText] = field(default_factory=dict)
    counts: dict[str, LanguageCounts] = field(default_factory=dict)
    requests: int = 0
    review: list[tuple[str, TextAddress]] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(int(getattr(counts, name)) for counts in self.counts.values())


@dataclass
class _Unit:
    """One distinct masked text in one language, and the source strings it stands for."""

    language: str
    masked_text: str
    sources: dict[str, Masked] = field(default_factory=dict)


@dataclass
class _Outcome:
    text: str
    origin: Origin
    provider: str | None
    needs_review: bool = False


def _split_whitespace(text: str) -> tuple[str, str, str]:
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _wanted(
    text: LocalizedText, language: str, source_language: str, only_missing_and_stale: bool, protector: Protector
) -> bool:
    if not text.text.strip():
        return False
    status = text.status(language, source_language)
    if status in (VariantStatus.MISSING, VariantStatus.STALE, VariantStatus.REVIEW):
        return True
    variant = text.variants.get(language)
    keeps_people_work = variant is not None and variant.origin in (Origin.HUMAN, Origin.FILE)
    if variant is not None and not keeps_people_work and _breaks_protection(text.text, variant.text, protector):
        return True  # made before the glossary protected or forced one of its terms
    return not only_missing_and_stale and not keeps_people_work


def _breaks_protection(source: str, translated: str, protector: Protector) -> bool:
    return any(term not in translated for term in protector.protected_terms(source.strip()))


def _batches(units: Sequence[_Unit], provider: Provider) -> Iterable[list[_Unit]]:
    batch: list[_Unit] = []
    size = 0
    for unit in units:
        length = len(unit.masked_text) + 1
        if batch and (
            len(batch) >= provider.limits.max_batch_strings or size + length > provider.limits.max_request_chars
        ):
            yield batch
            batch, size = [], 0
        batch.append(unit)
        size += length
    if batch:
        yield batch


_TESTING_ONLY = frozenset({PseudoProvider.name})


def _refuse_fake_text(provider: Provider, languages: Sequence[str]) -> None:
    """A testing-only provider fills pseudo-locale tags alone: its text must never pass for a language."""
    real = [tag for tag in languages if not is_pseudo_tag(tag)]
    if provider.testing_only and real:
        raise ProviderError(
            provider.name,
            FailureKind.LANGUAGE,
            f"writes fake text for testing layouts and fills only pseudo-locale tags such as en-XA or ar-XB, "
            f"not {', '.join(real)}; choose a real provider (google is the default) for those",
        )


def translate_document(
    document: Document,
    targets: Sequence[str],
    provider: Provider,
    *,
    only_missing_and_stale: bool = True,
    memory: TranslationMemory | None = None,
    extra_protected: Iterable[str] = (),
    extra_forced: dict[str, dict[str, str]] | None = None,
    progress: Callable[[TranslationProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> TranslationResult:
    """Translate every text of ``document`` that needs it into each target language.

    Identical strings are translated once per language; the memory answers what it knows under
    the same protection (with ``only_missing_and_stale=False`` only what people made or imported);
    every string a provider translates is remembered as soon as its batch comes back. A machine
    variant that lacks a term the glossary now protects or forces is translated again.
    Raises :class:`ProviderError` or :class:`TranslationCancelled`; the document is never changed.
    """
    source_language = document.settings.source_language
    languages = tuple(dict.fromkeys(check_language_tag(tag) for tag in targets if tag != source_language))
    _refuse_fake_text(provider, languages)
    result = TranslationResult(provider=provider.name, languages=languages)
    protected = [*document.glossary.protected, *extra_protected]
    outcomes: dict[tuple[str, str], _Outcome] = {}
    addresses: dict[str, list[tuple[TextAddress, LocalizedText]]] = {}
    units: list[_Unit] = []
    for language in languages:
        counts = result.counts.setdefault(language, LanguageCounts(language))
        forced = {**document.glossary.forced.get(language, {}), **(extra_forced or {}).get(language, {})}
        protector = Protector(protected, forced)
        by_masked: dict[str, _Unit] = {}
        wanted: list[tuple[TextAddress, LocalizedText]] = []
        for element_id, field_path, text in iter_texts(document):
            if _wanted(text, language, source_language, only_missing_and_stale, protector):
                wanted.append(((element_id, field_path), text))
                counts.strings += 1
                counts.stale += text.status(language, source_language) is VariantStatus.STALE
        addresses[language] = wanted
        for source in dict.fromkeys(text.text for _, text in wanted):
            counts.distinct += 1
            _, core, _ = _split_whitespace(source)
            masked = protector.mask(core)
            remembered = (
                memory.lookup(
                    source_language,
                    language,
                    source,
                    fingerprint=fingerprint(masked),
                    must_contain=masked.restorations,
                    reuse_machine=only_missing_and_stale,
                )
                if memory
                else None
            )
            if remembered is not None and (is_pseudo_tag(language) or remembered.provider not in _TESTING_ONLY):
                outcomes[language, source] = _Outcome(remembered.target, Origin.MEMORY, remembered.provider)
                counts.cached += 1
                continue
            if not masked.needs_provider:
                outcomes[language, source] = _Outcome(
                    _rewrap(source, restore(masked, masked.text)), Origin.MACHINE, PROTECTED_ONLY
                )
                counts.protected_only += 1
                continue
            unit = by_masked.setdefault(masked.text, _Unit(language, masked.text))
            unit.sources[source] = masked
        units.extend(by_masked.values())
    if not provider.memory_only:
        _run_provider(
            document,
            provider=provider,
            units=units,
            outcomes=outcomes,
            result=result,
            memory=memory,
            progress=progress,
            cancel=cancel,
        )
    made: dict[tuple[str, str], Variant] = {}  # one variant per distinct string, shared (none changes in place)
    for language in languages:
        for address, text in addresses[language]:
            outcome = outcomes.get((language, text.text))
            if outcome is None:
                result.counts[language].missing += 1
                continue
            current = result.changes.get(address, text)
            variants = dict(current.variants)
            variant = made.get((language, text.text))
            if variant is None:
                variant = made[language, text.text] = Variant(
                    text=allowed_text(outcome.text),
                    source=text.text,
                    origin=outcome.origin,
                    provider=outcome.provider,
                    needs_review=outcome.needs_review,
                )
            variants[language] = variant
            # every part is valid already (the text loaded, the tag was checked, the variants validated):
            # constructing skips checking 30,000 of them again (0.35 s of a 10,000-box translation)
            result.changes[address] = LocalizedText.model_construct(text=text.text, variants=variants)
            if outcome.needs_review:
                result.counts[language].review += 1
                result.review.append((language, address))
    result.requests = provider.requests_made
    return result


def _rewrap(source: str, translated_core: str) -> str:
    lead, _, trail = _split_whitespace(source)
    return lead + translated_core + trail


def _run_provider(
    document: Document,
    *,
    provider: Provider,
    units: Sequence[_Unit],
    outcomes: dict[tuple[str, str], _Outcome],
    result: TranslationResult,
    memory: TranslationMemory | None,
    progress: Callable[[TranslationProgress], None] | None,
    cancel: threading.Event | None,
) -> None:
    source_language = document.settings.source_language
    total = len(units)
    done = 0
    stop = threading.Event()
    first_requests = provider.requests_made

    def _work(batch: list[_Unit]) -> list[str] | None:
        if stop.is_set() or (cancel is not None and cancel.is_set()):
            return None
        return provider.translate_batch([unit.masked_text for unit in batch], source_language, batch[0].language)

    def _accept(batch: list[_Unit], answers: list[str]) -> None:
        """The batch's outcomes, remembered in one transaction (one per string cost a disk sync each:
        half the time of a 10,000-box document)."""
        remembered: list[tuple[str, str]] = []
        fingerprints: dict[str, str] = {}
        for unit, answer in zip(batch, answers, strict=True):
            for source, masked in unit.sources.items():
                try:
                    text = _rewrap(source, restore(masked, answer))
                except PlaceholderDamage:
                    outcomes[unit.language, source] = _Outcome(source, Origin.MACHINE, provider.name, needs_review=True)
                    continue
                outcomes[unit.language, source] = _Outcome(text, Origin.MACHINE, provider.name)
                remembered.append((source, text))
                fingerprints[source] = fingerprint(masked)
            result.counts[unit.language].sent += 1
        if memory is not None and remembered:  # a batch is one language's (see _batches' callers)
            memory.remember_many(
                source_language,
                batch[0].language,
                remembered,
                origin=Origin.MACHINE.value,
                provider=provider.name,
                fingerprints=fingerprints,
            )

    batches = [
        batch
        for language in result.languages
        for batch in _batches([u for u in units if u.language == language], provider)
    ]
    failure: ProviderError | None = None
    with ThreadPoolExecutor(
        max_workers=max(1, provider.limits.max_concurrency), thread_name_prefix="translate"
    ) as pool:
        pending: dict[Future[list[str] | None], list[_Unit]] = {pool.submit(_work, batch): batch for batch in batches}
        while pending:
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                batch = pending.pop(future)
                try:
                    answers = future.result()
                except ProviderError as error:
                    failure = failure or error
                    stop.set()
                    continue
                if answers is not None:
                    _accept(batch, answers)
                    done += len(batch)
                    if progress is not None:
                        progress(
                            TranslationProgress(done, total, batch[0].language, provider.requests_made - first_requests)
                        )
            if failure is not None or (cancel is not None and cancel.is_set()):
                stop.set()
                for future in list(pending):
                    if future.cancel():
                        pending.pop(future)
    if failure is not None:
        raise failure
    if cancel is not None and cancel.is_set() and done < total:
        raise TranslationCancelled(done, total)


def apply_translation(document: Document, result: TranslationResult, *, in_place: bool = False) -> Document:
    """A new document with the run's texts in place and its languages listed in the settings.

    ``in_place=True`` writes them into ``document`` itself and returns it, for a caller that has
    no further use for the document as it was (copying 10,000 elements costs 0.4 s)."""
    if in_place:
        write_texts(document, result.changes)
        updated = document
    else:
        updated = replace_texts(document, result.changes)
    languages = list(updated.settings.languages)
    languages.extend(language for language in result.languages if language not in languages)
    updated.settings.languages = languages
    return updated
