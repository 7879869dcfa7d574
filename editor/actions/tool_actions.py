"""Canvas tools, one entry each (select, box, ellipse, diamond, arrow, text, frame) with single keys, as Excalidraw.

A tool says what a press and drag on the canvas makes; the canvas (``editor.canvas.tools``)
reads this table, and the action specs below are made from it, so adding a tool (an ellipse,
a diamond) is one ``Tool`` entry: its key, icon and what it creates. A tool other than select
makes one element and hands back to select.

Single keys would type into text fields, so these actions only listen while the canvas itself
has focus (``ActionSpec.canvas_only``) and the canvas swallows them while a text is edited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from editor.actions.action_spec import QT_TRANSLATE_NOOP, ActionSpec


@dataclass(frozen=True, slots=True)
class Tool:
    """One tool: ``creates`` is None (select), "arrow", "box", a text role ("caption"...), or
    "frame"; ``box`` holds field values for the boxes a box tool makes (a shape, a style)."""

    name: str
    title: str
    key: str
    icon: str
    creates: str | None
    tip: str | None = None
    box: Mapping[str, object] = field(default_factory=dict)


SELECT = "select"
TOOLS: tuple[Tool, ...] = (
    Tool(
        SELECT,
        QT_TRANSLATE_NOOP("Actions", "&Select Tool"),
        "V",
        "mdi6.cursor-default-outline",
        None,
        QT_TRANSLATE_NOOP("Actions", "Select, move and resize elements"),
    ),
    Tool(
        "box",
        QT_TRANSLATE_NOOP("Actions", "Bo&x Tool"),
        "R",
        "mdi6.rectangle-outline",
        "box",
        QT_TRANSLATE_NOOP("Actions", "Click or drag on the canvas to add a box"),
    ),
    Tool(
        "ellipse",
        QT_TRANSLATE_NOOP("Actions", "Elli&pse Tool"),
        "O",
        "mdi6.ellipse-outline",
        "box",
        QT_TRANSLATE_NOOP("Actions", "Click or drag on the canvas to add an ellipse"),
        box={"shape": "ellipse"},
    ),
    Tool(
        "diamond",
        QT_TRANSLATE_NOOP("Actions", "&Diamond Tool"),
        "D",
        "mdi6.rhombus-outline",
        "box",
        QT_TRANSLATE_NOOP("Actions", "Click or drag on the canvas to add a diamond"),
        box={"shape": "diamond"},
    ),
    Tool(
        "arrow",
        QT_TRANSLATE_NOOP("Actions", "A&rrow Tool"),
        "A",
        "mdi6.arrow-top-right",
        "arrow",
        QT_TRANSLATE_NOOP(
            "Actions", "Drag from a box or the canvas to another: ends on a box bind to it, others stay free"
        ),
    ),
    Tool(
        "text",
        QT_TRANSLATE_NOOP("Actions", "T&ext Tool"),
        "T",
        "mdi6.format-text-variant-outline",
        "caption",
        QT_TRANSLATE_NOOP("Actions", "Click on the canvas to add a text"),
    ),
    Tool(
        "frame",
        QT_TRANSLATE_NOOP("Actions", "Fra&me Tool"),
        "F",
        "mdi6.select-group",
        "frame",
        QT_TRANSLATE_NOOP("Actions", "Click or drag on the canvas to add a frame"),
    ),
)
TOOLS_BY_NAME: dict[str, Tool] = {tool.name: tool for tool in TOOLS}


def _spec(tool: Tool) -> ActionSpec:
    name = tool.name
    return ActionSpec(
        f"tool.{name}",
        tool.title,
        lambda host: host.set_tool(name),
        tool.key,
        icon=tool.icon,
        checked=lambda state: state.tool == name,
        group="tools",
        tip=tool.tip,
        canvas_only=True,
    )


TOOL_ACTIONS: tuple[ActionSpec, ...] = tuple(_spec(tool) for tool in TOOLS)
