"""Where bundled resources (fonts, examples, the schema) are found, from a source tree or a wheel.

An installed wheel carries them inside the package as ``editor/_data/`` (the packaging maps
``resources/`` there); a source checkout keeps them in ``resources/`` next to ``editor/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_roots() -> tuple[Path, ...]:
    """The folders searched, installed copy first; only those that exist."""
    candidates = (_PACKAGE / "_data", _PACKAGE.parent / "resources")
    return tuple(root for root in candidates if root.is_dir())


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("fonts", "Caveat-Regular.ttf")``.

    Returns the first existing match; when none exists, the path it would have in the first
    root, so the caller's error message names a sensible place.
    """
    roots = resource_roots() or (_PACKAGE.parent / "resources",)
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return roots[0].joinpath(*parts)
