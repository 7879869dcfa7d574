"""Pseudo-locales: fake translations that test a layout without a network or a translator.

``en-XA`` (and every left-to-right target) accents each letter, grows the text by about 40%
with filler words and brackets it, the way Android's pseudo-locale does, so clipped or
untranslated strings stand out. ``ar-XB`` (and every right-to-left target) wraps each word in
a right-to-left override, so the text runs and aligns right to left. Placeholders and digits
are left alone, so protected terms come back untouched.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from editor.i18n.providers.base import Provider, ProviderLimits
from editor.model.text import is_right_to_left

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûvŵxýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
_FILLER = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
]
_PROTECTED_RUN = re.compile(r"[{｛]\s*[0-9０-９]{1,4}\s*[}｝]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
EXPANSION = 0.4
#: Region subtags of the pseudo-locales (en-XA accented, ar-XB mirrored; XC is Android's third).
PSEUDO_REGIONS = frozenset({"XA", "XB", "XC"})
RLO, PDF, RLM = "\u202e", "\u202c", "\u200f"


def _outside_placeholders(text: str, change: re.Pattern[str], replacement: str | None = None) -> str:
    pieces: list[str] = []
    position = 0
    for match in _PROTECTED_RUN.finditer(text):
        pieces.append(_transform(text[position : match.start()], change, replacement))
        pieces.append(match.group())
        position = match.end()
    pieces.append(_transform(text[position:], change, replacement))
    return "".join(pieces)


def _transform(segment: str, change: re.Pattern[str], replacement: str | None) -> str:
    if replacement is None:
        return change.sub(lambda match: match.group().translate(_ACCENTED), segment)
    return change.sub(replacement, segment)


def accented(text: str) -> str:
    """``Cache hit`` -> ``[Çåçĥé ĥîţ one two]``: accented, about 40% longer, bracketed."""
    if not text.strip():
        return text
    body = _outside_placeholders(text, _WORD)
    visible = len(_PROTECTED_RUN.sub("", text))
    padding_wanted = math.ceil(visible * EXPANSION)
    filler: list[str] = []
    length = 0
    for word in _FILLER * 4:
        if length >= padding_wanted:
            break
        filler.append(word)
        length += len(word) + 1
    return f"[{body} {' '.join(filler)}]" if filler else f"[{body}]"


def mirrored(text: str) -> str:
    """Each word forced right to left inside a right-to-left paragraph (Android's ar-XB)."""
    if not text.strip():
        return text
    return RLM + _outside_placeholders(text, _WORD, RLO + r"\g<0>" + PDF) + RLM


def is_pseudo_tag(tag: str) -> bool:
    """True for a pseudo-locale tag such as en-XA or ar-XB, the only ones fake text may fill."""
    return any(part.upper() in PSEUDO_REGIONS for part in tag.replace("_", "-").split("-")[1:])


class PseudoProvider(Provider):
    """No network: en-XA style for left-to-right targets, ar-XB style for right-to-left ones.

    Testing only: the service refuses it for real language tags, so fake text never passes for
    German or Japanese."""

    name = "pseudo"
    title = "Pseudo-locale"
    testing_only = True
    limits = ProviderLimits(max_request_chars=100_000, max_batch_strings=200, max_concurrency=1, packs=False)

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        transform = mirrored if is_right_to_left(target) else accented
        return [transform(text) for text in texts]
