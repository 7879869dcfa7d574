"""The language a diagram's labels are written in, guessed so an import records its source language.

Script first: Arabic, Hebrew, Japanese kana, Korean hangul, Chinese ideographs without kana, Cyrillic
(taken as Russian), Greek, Thai and Devanagari (Hindi) each name one language. Latin script is shared
by many, so there the words decide: short function words ("und", "der", "les", "el", "della"...) and
letters only one language uses ("ß", "ñ", "ã", "ł", "ğ"...) are counted per language, and the
language with the most evidence wins. Too little evidence (a few one-word labels, code names,
acronyms, lorem ipsum) gives English, which ``--lang`` and the app can correct. Every importer calls
this one function.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("ar", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("he", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("han", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))),
    ("ru", ((0x0400, 0x04FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("th", ((0x0E00, 0x0E7F),)),
    ("hi", ((0x0900, 0x097F),)),
)


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split(" "))


#: frequent short words that are (nearly) only that language's; a word shared by several votes for each
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words("the and of to is are with for from this that not be by on an or if then which all your you can"),
    "de": _words("der die das und ist nicht mit für von zu den dem des ein eine einen auf wird oder wenn"),
    "fr": _words("le la les et est de des du en une un pour avec dans sur pas au aux ou si par ce qui que"),
    "es": _words("el la los las es de del una un para con en por que se lo al si no como"),
    "it": _words("il lo la gli della delle di è una un per con che non del al da nel sono"),
    "pt": _words("os as é de do da dos das uma um para com em por que não no na ao se"),
    "nl": _words("de het een en is van niet met voor op te dat die zijn naar als of bij"),
    "sv": _words("och är att det en ett för med som på till av inte om eller från"),
    "pl": _words("na do nie jest się że to od dla oraz jak lub po przez"),
    "tr": _words("ve bir bu için ile değil olan gibi veya ama çok"),
}
#: letters (lower case) that point to one language among those above
_LETTERS: dict[str, str] = {
    "ß": "de", "ä": "de", "ö": "de", "ü": "de",
    "ñ": "es", "¿": "es", "¡": "es",
    "ã": "pt", "õ": "pt",
    "œ": "fr", "ê": "fr", "ù": "fr", "î": "fr", "û": "fr", "ë": "fr",
    "å": "sv",
    "ł": "pl", "ą": "pl", "ę": "pl", "ż": "pl", "ś": "pl", "ć": "pl", "ń": "pl", "ź": "pl",
    "ğ": "tr", "ş": "tr", "ı": "tr",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
#: the evidence a Latin-script language needs (a function word and a letter, say); it must also beat the runner-up
_MINIMUM = 3
#: filler text says nothing about the language
_FILLER = re.compile(r"\blorem ipsum\b", re.IGNORECASE)


def _script_of(character: str) -> str | None:
    if character.isascii():
        return "latin" if character.isalpha() else None
    point = ord(character)
    for name, ranges in _SCRIPTS:
        if any(low <= point <= high for low, high in ranges):
            return name
    return "latin" if character.isalpha() else None


def _latin_language(texts: list[str]) -> str:
    votes: Counter[str] = Counter()
    for text in texts:
        if _FILLER.search(text):
            continue
        # words in capitals are mostly acronyms (OS, IT, DE), whatever the language around them
        for word in (found.lower() for found in _WORD.findall(text) if not found.isupper()):
            for language, words in _FUNCTION_WORDS.items():
                votes[language] += 2 if word in words else 0
            votes.update({_LETTERS[letter] for letter in word if letter in _LETTERS})  # once a word
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < _MINIMUM:
        return "en"
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if score > runner_up else "en"


def detect_language(texts: Iterable[str]) -> str:
    """A BCP 47 tag for the language most of ``texts`` is written in (``en`` when unsure)."""
    texts = list(texts)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(script for script in map(_script_of, text) if script is not None)
    if not counts:
        return "en"
    if counts["kana"]:
        counts["ja"] = counts.pop("kana") + counts.pop("han", 0)
    elif counts["han"]:
        # Chinese words cost one character each: a few ideographs outweigh many Latin letters
        counts["zh"] = counts.pop("han") * 3
    script, _ = counts.most_common(1)[0]
    return _latin_language(texts) if script == "latin" else script
