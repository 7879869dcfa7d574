"""Built-in themes: palette roles and defaults that the document refers to by name."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict

from editor.model.style import Dash, Style, TextAlign, TextFit


class Theme(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    title: str
    background: str
    grid_color: str
    base: Style
    roles: dict[str, Style]

    def style_for(self, palette: str | None) -> Style:
        """The theme's base style with the palette role's colours applied."""
        role = self.roles.get(palette or "", None)
        return self.base if role is None else self.base.merged(role)


_HAND_FONT = "Caveat"

WHITEBOARD = Theme(
    name="whiteboard",
    title="Whiteboard",
    background="#fbfdff",
    grid_color="#dce8f3",
    base=Style(
        fill="#ffffff",
        stroke="#1f3b57",
        stroke_width=2.2,
        dash=Dash.SOLID,
        corner_radius=14,
        font_family=_HAND_FONT,
        font_size=20,
        text_color="#14283c",
        text_align=TextAlign.CENTER,
        opacity=1,
        sketch=True,
        roughness=1.2,
        fit=TextFit.NONE,
        min_font_size=9,
    ),
    roles={
        "default": Style(),
        "read-path": Style(stroke="#0aa5c2", text_color="#066b80", fill="#e6f8fc"),
        "write-path": Style(stroke="#1b4f9c", text_color="#163f7c", fill="#e5edf9"),
        "accent": Style(stroke="#2b7bd6", fill="#eaf3ff"),
        "note": Style(stroke="#d9a21b", fill="#fff6d6", text_color="#5a4300"),
        "caution": Style(stroke="#8a98a8", fill="#f3f5f8", text_color="#4a5867", dash=Dash.DASHED),
        "muted": Style(stroke="#8aa4bd", fill="#f5f9fd", text_color="#50677e", dash=Dash.DASHED),
        "title": Style(text_color="#0d2a47", stroke="#0d2a47"),
    },
)

CLEAN = Theme(
    name="clean",
    title="Clean",
    background="#ffffff",
    grid_color="#eef1f4",
    base=Style(
        fill="#ffffff",
        stroke="#3c4a58",
        stroke_width=1.5,
        dash=Dash.SOLID,
        corner_radius=6,
        font_family="Noto Sans",
        font_size=15,
        text_color="#1d2730",
        text_align=TextAlign.CENTER,
        opacity=1,
        sketch=False,
        roughness=0,
        fit=TextFit.NONE,
        min_font_size=8,
    ),
    roles={
        "default": Style(),
        "read-path": Style(stroke="#0e9fb8", text_color="#0b6d7e", fill="#eefafc"),
        "write-path": Style(stroke="#2053a4", text_color="#1b457f", fill="#eef3fb"),
        "accent": Style(stroke="#2b7bd6", fill="#f1f7ff"),
        "note": Style(stroke="#c99514", fill="#fff9e6", text_color="#5a4300"),
        "caution": Style(stroke="#8a98a8", fill="#f6f7f9", text_color="#4a5867", dash=Dash.DASHED),
        "muted": Style(stroke="#9aafc3", fill="#f8fafc", text_color="#50677e", dash=Dash.DASHED),
        "title": Style(text_color="#0d2a47", stroke="#0d2a47"),
    },
)

THEMES: Mapping[str, Theme] = MappingProxyType({theme.name: theme for theme in (WHITEBOARD, CLEAN)})
PALETTE_ROLES = tuple(WHITEBOARD.roles)


def theme_named(name: str) -> Theme:
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; known themes: {', '.join(THEMES)}") from None
