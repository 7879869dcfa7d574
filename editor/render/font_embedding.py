"""Subsets of the fonts an SVG uses, inlined as @font-face data URIs (the default for SVG export).

The bundled fonts are found in resources/fonts; other families through fontconfig
(``fc-match``) when it is there, collections (``.ttc``, Noto CJK) included. A family whose file
cannot be found is left to the viewer. Subsets are WOFF2 (Brotli-compressed, a third the size of
TrueType; every browser since 2016 reads it) without hinting, which a 96-dpi SVG does not use.
"""

from __future__ import annotations

import base64
import io
import logging
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path

from editor.render.display_list import DisplayList, ElementGroup, TextLineOp
from editor.render.fonts import BUNDLED_FONTS
from editor.resources import resource_path

#: font files fontTools can subset: TrueType and CFF outlines, single or in a collection
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
#: a font file and the index of the face inside it (0 unless it is a collection)
FontFace = tuple[Path, int]


@cache
def font_file(family: str, weight: int) -> FontFace | None:
    """The file (and face index) of ``family`` at ``weight`` (400 or 700), or None."""
    bold = weight >= 600
    bundled = BUNDLED_FONTS.get((family, 700 if bold else 400))
    if bundled:
        path = resource_path("fonts", bundled)
        return (path, 0) if path.is_file() else None
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    pattern = f"{family}:weight={'bold' if bold else 'regular'}"
    try:
        result = subprocess.run(
            [fc_match, "--format=%{family}\n%{file}\n%{index}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    found_families, file_name, index = ([*result.stdout.split("\n"), "", ""])[:3]
    if family.lower() not in (name.strip().lower() for name in found_families.split(",")):
        return None
    path = Path(file_name.strip())
    if not (path.is_file() and path.suffix.lower() in _FONT_SUFFIXES):
        return None
    return path, int(index) if index.strip().isdigit() else 0


def open_font(face: FontFace, *, lazy: bool | None = True) -> object:
    """The face as a fontTools ``TTFont`` (a collection's face by its index)."""
    from fontTools.ttLib import TTFont

    path, index = face
    if path.suffix.lower() in (".ttc", ".otc"):
        return TTFont(str(path), fontNumber=index, lazy=lazy)
    return TTFont(str(path), lazy=lazy)


@cache
def _coverage(face: FontFace) -> frozenset[int]:
    font = open_font(face)
    return frozenset(font.getBestCmap() or {})  # type: ignore[attr-defined]


#: a face declared this light is emboldened by browsers when bold is asked for (CSS Fonts 4: below 600)
_SYNTHETIC_BOLD_WEIGHT = 500


@cache
def declared_weight(face: FontFace, weight: int) -> int:
    """The ``font-weight`` to declare for ``face`` embedded as ``weight``.

    Bold asked of a family without a real bold (Klee One stops at SemiBold, 600) makes Qt embolden
    the nearest face itself: 1.7 times the ink of SemiBold in the PNG. Declared as 700, browsers draw
    the SemiBold as it is (1 % of the Japanese example's pixels lighter in Chromium); declared below
    the bold threshold, they embolden it as Qt did. Chromium decides by the file's own weight
    class, so the subset states the declared weight there too.
    """
    real = int(getattr(open_font(face)["OS/2"], "usWeightClass", weight))  # type: ignore[index]
    return _SYNTHETIC_BOLD_WEIGHT if weight >= 700 and real < 700 else weight


def _woff2_available() -> bool:
    try:
        import brotli  # noqa: F401  # fontTools writes WOFF2 with it
    except ImportError:
        return False
    return True


@lru_cache(maxsize=32)
def _subset(face: FontFace, wanted: frozenset[int], flavor: str | None, weight_class: int) -> bytes:
    """The subset's file. Kept: a CJK collection takes seconds to subset (its 65,000-glyph tables are
    read whatever the few characters wanted), and languages and themes share the same characters."""
    from fontTools import subset

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    logging.getLogger("fontTools.ttLib.woff2").setLevel(logging.ERROR)
    font = open_font(face, lazy=None)  # tables read when the subsetter asks for them
    options = subset.Options()
    # fontTools' default features are HarfBuzz's default shaping set (Arabic joining forms, kerning,
    # ligatures, contextual alternates): what Qt applied; stylistic sets it never asked for stay out
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True  # smaller after Brotli
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    if "OS/2" in font:  # type: ignore[operator]
        font["OS/2"].usWeightClass = weight_class  # type: ignore[index]  # as declared (declared_weight)
    font.flavor = flavor  # type: ignore[attr-defined]
    font.recalcTimestamp = False  # type: ignore[attr-defined]  # the same export gives the same bytes
    out = io.BytesIO()
    font.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


#: a text style as font embedding tells them apart: (font stack, 400 or 700)
TextKey = tuple[tuple[str, ...], int]
#: the characters (white space left out: it takes no glyph) of each style's text lines
Characters = dict[TextKey, set[str]]
#: (family, weight) -> the code points the text falls to in that family
UsedCharacters = dict[tuple[str, int], set[int]]


def text_key(families: tuple[str, ...], weight: int) -> TextKey:
    return families, 700 if weight >= 600 else 400


def line_characters(groups: Iterable[ElementGroup]) -> Characters:
    """The characters of the groups' text lines, by style. The lines are gathered per style first
    and joined, so each line costs one append (a 10,000-box export has 30,000 lines and a few
    dozen characters)."""
    texts: dict[TextKey, list[str]] = defaultdict(list)
    for group in groups:
        for op in group.ops:
            if type(op) is TextLineOp or isinstance(op, TextLineOp):
                texts[(op.families, 700 if op.weight >= 600 else 400)].append(op.text)
    return without_space(texts)


def without_space(texts: Mapping[TextKey, list[str]]) -> Characters:
    """Each style's characters but white space; styles left with none left out."""
    chars = {key: {char for char in set("".join(lines)) if not char.isspace()} for key, lines in texts.items()}
    return {key: found for key, found in chars.items() if found}


def merged(first: Characters, second: Characters) -> Characters:
    """Both sets of characters, style by style."""
    both: Characters = {key: set(chars) for key, chars in first.items()}
    for key, chars in second.items():
        both.setdefault(key, set()).update(chars)
    return both


def used_characters(display_list: DisplayList) -> UsedCharacters:
    """(family, weight) -> the characters the text falls to in that family (see :func:`fallen_characters`)."""
    return fallen_characters(line_characters(display_list.groups))


def fallen_characters(characters: Mapping[TextKey, set[str]]) -> UsedCharacters:
    """(family, weight) -> the characters of each style that fall to that family.

    A character goes to the first family of its stack whose font has it, as a renderer's
    fallback would pick it; families that end up with no character are left out; white space
    took no glyph (``without_space``). Each distinct character is looked up once per stack.
    """
    used: UsedCharacters = defaultdict(set)
    for (families, weight), chars in characters.items():
        files = [(family, font_file(family, weight)) for family in families]
        for code in {ord(char) for char in chars}:
            for family, face in files:
                if face is not None and code in _coverage(face):
                    used[(family, weight)].add(code)
                    break
    return dict(used)


def unicode_range(codes: set[int]) -> str:
    """The CSS ``unicode-range`` of ``codes``: runs of consecutive code points as ``U+41-5A``."""
    ranges: list[str] = []
    ordered = sorted(codes)
    start = previous = ordered[0]
    for code in [*ordered[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(f"U+{start:X}" if start == previous else f"U+{start:X}-{previous:X}")
        start = previous = code
    return ",".join(ranges)


def font_face_css(display_list: DisplayList) -> str:
    """@font-face rules for the (family, weight) pairs the display list's text falls to (see
    :func:`font_face_rules`)."""
    return font_face_rules(used_characters(display_list))


def font_face_rules_for(characters: Characters) -> str:
    """:func:`font_face_rules` of the styles' characters: what the streamed writer subsets ahead."""
    return font_face_rules(fallen_characters(characters))


def font_face_rules(used: UsedCharacters) -> str:
    """@font-face rules for the (family, weight) pairs of ``used``, each subset to its characters.

    Each rule states its ``unicode-range``: SVGs inlined side by side in one HTML page share one
    set of font faces, and a subset must then be asked only for the characters it has (the other
    picture's subset of the same family serves the rest), never hide the installed font's glyphs.
    """
    flavor, mime, css_format = (
        ("woff2", "font/woff2", "woff2") if _woff2_available() else (None, "font/ttf", "truetype")
    )
    rules = []
    for (family, weight), used_codes in sorted(used.items()):
        face = font_file(family, weight)
        if face is None:
            continue
        codes = used_codes | {0x20}
        declared = declared_weight(face, weight)
        encoded = base64.b64encode(_subset(face, frozenset(codes), flavor, declared)).decode("ascii")
        rules.append(
            f"@font-face{{font-family:'{family}';font-weight:{declared};"
            f"unicode-range:{unicode_range(codes)};"
            f"src:url(data:{mime};base64,{encoded}) format('{css_format}');}}"
        )
    return "".join(rules)
