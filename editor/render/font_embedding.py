"""Subsets of the fonts an SVG uses, inlined as @font-face data URIs (``--embed-fonts``).

The bundled fonts are found in resources/fonts; other families through fontconfig
(``fc-match``) when it is there. A family whose file cannot be found is left to the viewer.
"""

from __future__ import annotations

import base64
import io
import logging
import shutil
import subprocess
from collections import defaultdict
from functools import cache
from pathlib import Path

from editor.render.display_list import DisplayList, TextLineOp
from editor.render.fonts import BUNDLED_FONTS
from editor.resources import resource_path


@cache
def font_file(family: str, weight: int) -> Path | None:
    """The file of ``family`` at ``weight`` (400 or 700), or None."""
    bold = weight >= 600
    bundled = BUNDLED_FONTS.get((family, 700 if bold else 400))
    if bundled:
        path = resource_path("fonts", bundled)
        return path if path.is_file() else None
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    pattern = f"{family}:weight={'bold' if bold else 'regular'}"
    try:
        result = subprocess.run(
            [fc_match, "--format=%{family}\n%{file}", pattern], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    found_families, _, file_name = result.stdout.partition("\n")
    if family.lower() not in (name.strip().lower() for name in found_families.split(",")):
        return None
    path = Path(file_name.strip())
    return path if path.is_file() and path.suffix.lower() in (".ttf", ".otf") else None


@cache
def _coverage(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), lazy=True)
    return frozenset(font.getBestCmap() or {})


def _subset(path: Path, wanted: set[int]) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    font = TTFont(str(path), lazy=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def font_face_css(display_list: DisplayList) -> str:
    """@font-face rules for the (family, weight) pairs the text falls to, each subset to its characters.

    A character goes to the first family of its stack whose font has it, as a renderer's
    fallback would pick it; families that end up with no character are not embedded.
    """
    used: dict[tuple[str, int], set[int]] = defaultdict(set)
    for group in display_list.groups:
        for op in group.ops:
            if not isinstance(op, TextLineOp):
                continue
            weight = 700 if op.weight >= 600 else 400
            files = [(family, font_file(family, weight)) for family in op.families]
            for code in {ord(char) for char in op.text if not char.isspace()}:
                for family, path in files:
                    if path is not None and code in _coverage(path):
                        used[(family, weight)].add(code)
                        break
    rules = []
    for (family, weight), codes in sorted(used.items()):
        path = font_file(family, weight)
        if path is None:
            continue
        encoded = base64.b64encode(_subset(path, codes | {0x20})).decode("ascii")
        rules.append(
            f"@font-face{{font-family:'{family}';font-weight:{weight};"
            f"src:url(data:font/ttf;base64,{encoded}) format('truetype');}}"
        )
    return "".join(rules)
