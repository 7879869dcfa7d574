"""The document model: pure data, validated by pydantic, never importing Qt."""

from editor.model.document import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    AnyElement,
    Document,
    Glossary,
    Grid,
    Settings,
    iter_texts,
    texts_of,
)
from editor.model.elements import (
    Anchor,
    Arrow,
    ArrowHead,
    Box,
    Endpoint,
    Frame,
    Image,
    ImageMime,
    Legend,
    LegendEntry,
    Routing,
    TextElement,
    TextRole,
    element_rect,
)
from editor.model.errors import DocumentError
from editor.model.geometry import Point, Rect
from editor.model.io import dumps, load, loads, save
from editor.model.style import Dash, Style, TextAlign, TextFit
from editor.model.text import LocalizedText, Origin, Variant, VariantStatus, plain
from editor.model.theme import THEMES, Theme, theme_named

__all__ = [
    "FORMAT_NAME", "SCHEMA_VERSION", "Anchor", "AnyElement", "Arrow", "ArrowHead", "Box", "Dash",
    "Document", "DocumentError", "Endpoint", "Frame", "Glossary", "Grid", "Image", "ImageMime",
    "Legend", "LegendEntry", "LocalizedText", "Origin", "Point", "Rect", "Routing", "Settings",
    "Style", "THEMES", "TextAlign", "TextElement", "TextFit", "TextRole", "Theme", "Variant",
    "VariantStatus", "dumps", "element_rect", "iter_texts", "load", "loads", "plain", "save",
    "texts_of", "theme_named",
]
