"""The technical-label corpus and how well protection does on it (shared by its test and its benchmark).

``technical_labels.jsonl`` holds 300+ labels written by hand in the style of real diagrams from
seven domains (Kubernetes, OAuth/OIDC, Kafka, SQL, cloud, CI/CD, networking). Each line lists
``keep`` (tokens that must reach every language unchanged: identifiers, codes, versions, flags,
addresses, acronyms), ``translate`` (the ordinary words, which must still be sent to the engine)
and ``names`` (product and tool names such as ``kubectl`` or ``Kafka Connect``, kebab-case resource
names such as ``kube-system``: nothing in their shape tells them from a word, so they are the
glossary's job and count in neither figure).

Two measures:

- *masking*: which characters of each label the :class:`Protector` hides from the engine. A keep
  token is kept when none of its letters or digits is shown; an ordinary word is sent when none of
  its characters is hidden. Precision counts the protected tokens that were keep tokens against
  ordinary words protected by mistake.
- *end to end*: the labels go through :func:`translate_document` with a real provider (the fake
  LibreTranslate server over HTTP in its hostile modes, the pseudo-locales); a keep token is kept
  when it appears verbatim in what comes back (a damaged answer keeps the source, flagged).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor.i18n.protect import Protector
from editor.i18n.providers.base import Provider
from editor.i18n.service import translate_document
from editor.model import Box, Document, Rect, plain

CORPUS = Path(__file__).resolve().parent / "technical_labels.jsonl"
#: 47 more labels written after the shape rules were settled and never used to tune them: the
#: benchmark prints their figures (no bar) as an estimate of how the rules do on unseen labels
HELD_OUT = CORPUS.with_name("technical_labels_heldout.jsonl")


@dataclass(frozen=True)
class Label:
    domain: str
    label: str
    keep: tuple[str, ...]
    names: tuple[str, ...]
    translate: tuple[str, ...]


def load_corpus(path: Path = CORPUS) -> list[Label]:
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels.append(
                Label(row["domain"], row["label"], tuple(row["keep"]), tuple(row["names"]), tuple(row["translate"]))
            )
    return labels


@dataclass
class Figures:
    """Counts behind the two bars: keep tokens kept (recall) and ordinary words still sent."""

    keep_total: int = 0
    keep_kept: int = 0
    words_total: int = 0
    words_sent: int = 0
    lost: list[tuple[str, str]] = field(default_factory=list)
    withheld: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.keep_kept / self.keep_total if self.keep_total else 1.0

    @property
    def sent_rate(self) -> float:
        return self.words_sent / self.words_total if self.words_total else 1.0

    @property
    def precision(self) -> float:
        protected = self.keep_kept + (self.words_total - self.words_sent)
        return self.keep_kept / protected if protected else 1.0


def _occurrences(label: str, tokens: tuple[str, ...], *, whole_word: bool) -> list[tuple[int, int]]:
    """Positions of each token in order; a repeated token takes the next occurrence."""
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    for token in tokens:
        pattern = rf"(?<![\w'’-]){re.escape(token)}(?![\w'’-])" if whole_word else re.escape(token)
        for match in re.finditer(pattern, label):
            if match.start() not in taken:
                taken.add(match.start())
                found.append((match.start(), match.end()))
                break
        else:
            raise ValueError(f"{token!r} is not in {label!r}")
    return found


def masking_figures(labels: list[Label], protector: Protector | None = None) -> Figures:
    protector = protector or Protector()
    figures = Figures()
    for item in labels:
        hidden: set[int] = set()
        for start, end, _ in protector.protected_spans(item.label):
            hidden.update(range(start, end))
        blanked = item.label
        for start, end in _occurrences(item.label, item.keep + item.names, whole_word=False):
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]
        for (start, end), token in zip(_occurrences(item.label, item.keep, whole_word=False), item.keep, strict=True):
            figures.keep_total += 1
            shown = [i for i in range(start, end) if item.label[i].isalnum() and i not in hidden]
            if shown:
                figures.lost.append((item.label, token))
            else:
                figures.keep_kept += 1
        words = _occurrences(blanked, item.translate, whole_word=True)
        for (start, end), word in zip(words, item.translate, strict=True):
            figures.words_total += 1
            if any(i in hidden for i in range(start, end)):
                figures.withheld.append((item.label, word))
            else:
                figures.words_sent += 1
    return figures


def corpus_document(labels: list[Label]) -> Document:
    boxes = [
        Box(id=f"label-{index}", rect=Rect(x=0, y=index * 80, width=400, height=60), name=plain(item.label))
        for index, item in enumerate(labels)
    ]
    return Document(elements=boxes)


def end_to_end_figures(labels: list[Label], provider: Provider, language: str) -> tuple[Figures, int]:
    """Keep tokens found verbatim in the translations a real run produced, and how many came back damaged."""
    document = corpus_document(labels)
    result = translate_document(document, [language], provider, only_missing_and_stale=False)
    figures = Figures()
    for index, item in enumerate(labels):
        changed = result.changes.get((f"label-{index}", "name"))
        output = changed.variants[language].text if changed is not None else item.label
        for token in item.keep:
            figures.keep_total += 1
            if token in output:
                figures.keep_kept += 1
            else:
                figures.lost.append((output, token))
    return figures, result.total("review")


def format_figures(title: str, figures: Figures) -> str:
    return (
        f"{title}: must-stay kept {figures.keep_kept}/{figures.keep_total} ({figures.recall:.1%}); "
        f"ordinary words sent {figures.words_sent}/{figures.words_total} ({figures.sent_rate:.1%}); "
        f"precision {figures.precision:.1%}"
    )
