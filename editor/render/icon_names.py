"""Which icon names exist: qtawesome's charmap files, read directly (no Qt, no font loading).

One list for the renderer (which draws the glyphs), the app's icon picker (which offers some of
the sets) and the headless checks of ``validate`` and ``export``, which name an unknown icon with
up to three close matches instead of drawing the box without it in silence.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: icon prefix -> file-name stem of the font in qtawesome/fonts (the charmap shares it)
FONT_FILES = {
    "mdi6": "materialdesignicons6-webfont",
    "mdi": "materialdesignicons5-webfont",
    "fa6s": "fontawesome6-solid-webfont",
    "fa6r": "fontawesome6-regular-webfont",
    "fa6b": "fontawesome6-brands-webfont",
    "fa5s": "fontawesome5-solid-webfont",
    "fa5r": "fontawesome5-regular-webfont",
    "fa5b": "fontawesome5-brands-webfont",
    "ph": "phosphor",
    "ri": "remixicon",
    "msc": "codicon",
    "ei": "elusiveicons-webfont",
}
MAX_SUGGESTIONS = 3


@cache
def font_folder() -> Path | None:
    """qtawesome's ``fonts`` folder, found without importing qtawesome (its import pulls in QtWidgets)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    return folder if folder.is_dir() else None


@cache
def charmap(prefix: str) -> dict[str, int]:
    """Icon name (without prefix) -> code point, for one icon set; empty when the set is unknown."""
    stem, folder = FONT_FILES.get(prefix), font_folder()
    if stem is None or folder is None:
        return {}
    charmaps = sorted(folder.glob(f"{stem}-charmap-*.json"))
    if not charmaps:
        return {}
    loaded = json.loads(charmaps[-1].read_text(encoding="utf-8"))
    return {name: int(code, 16) if isinstance(code, str) else int(code) for name, code in loaded.items()}


@cache
def icon_names(prefix: str) -> tuple[str, ...]:
    """Every icon name of one set, e.g. ``("mdi6.ab-testing", ...)``, sorted."""
    return tuple(sorted(f"{prefix}.{name}" for name in charmap(prefix)))


def is_drawable_icon(name: str) -> bool:
    prefix, _, icon = name.partition(".")
    return icon in charmap(prefix)


def close_icon_names(name: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to ``limit`` known names like ``name``: within its set when the prefix is known, else in all."""
    prefix = name.partition(".")[0]
    candidates = icon_names(prefix) or tuple(known for each in FONT_FILES for known in icon_names(each))
    return difflib.get_close_matches(name, candidates, n=limit, cutoff=0.6)


@dataclass(frozen=True)
class UnknownIcon:
    element_id: str
    icon: str
    suggestions: tuple[str, ...]


def unknown_icons(uses: Iterable[tuple[str, str]]) -> list[UnknownIcon]:
    """The uses (``(element id, icon)``, see :func:`editor.model.icon_uses`) of an icon no bundled font has (it
    would be drawn without it), with close matches."""
    if font_folder() is None:
        return []  # qtawesome absent: nothing can be told apart, and nothing is drawn either
    found: list[UnknownIcon] = []
    drawable: dict[str, bool] = {}  # a document uses a few names many times
    for element_id, icon in uses:
        known = drawable.get(icon)
        if known is None:
            known = drawable[icon] = is_drawable_icon(icon)
        if not known:
            found.append(UnknownIcon(element_id, icon, tuple(close_icon_names(icon))))
    return found
