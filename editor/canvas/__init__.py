"""The interactive canvas: a scene that mirrors the document, items, interactions.

``DiagramScene(document)`` keeps one item per element id (views only; the document is
the truth), made per tile the first time the tile is shown in detail or one of its
elements is looked up in ``scene.views_by_id`` (so a big document opens at fit zoom
without making any), and edits through ``editor.commands`` on ``scene.undo_stack`` (a
QUndoStack: ``createUndoAction``/``createRedoAction``, ``cleanChanged`` for the unsaved
mark, a ``QUndoView`` over it). ``DiagramView(scene)`` is the central widget.

Scene methods for the app's actions (each one undo step):
  delete_selection(), cut_selection(), copy_selection(), paste(), duplicate_selection(),
  align("left"|"center"|"right"|"top"|"middle"|"bottom"), distribute("horizontal"|"vertical"),
  bring_to_front(), send_to_back(), select_all(), nudge(dx, dy), set_routing(routing),
  group_selection(), ungroup_selection(), toggle_lock() (``scene_groups``),
  create_box_at(pos, icon, name, role), create_element_at(kind, pos) with kind one of
  title/heading/caption/callout/note/legend/frame, edit_text(element_id, field),
  cancel_interaction() (Esc), set_language(code), set_snap_to_grid(bool),
  set_tool(name, locked=False) (select/box/arrow/text/frame: ``actions.tool_actions``; a tool
  other than select makes one element per press, then hands back to select unless locked),
  selected_ids(), select_ids(ids), set_document(document),
  set_translation_badges({element id: "missing" | "stale" | "review"}) (a mark at the
  element's top-right corner, screen only; {} clears; while another language is shown,
  texts that fall back to the source are marked "missing" by the canvas itself).
Signals: document_changed, document_replaced, command_refused(str), language_changed(str),
tool_changed(str).

View methods: zoom_in(), zoom_out(), zoom_reset() (100 %), zoom_to_fit(), set_zoom(f),
zoom(); signal zoom_changed(float). Ctrl+wheel / Ctrl+= / Ctrl+- zoom around the cursor;
middle button, Space+drag and the wheel pan.

Mouse and keys: click / Shift-click / Ctrl-click / rubber band select; drag moves (one
step per drag; Alt drags without snapping); arrow keys nudge (Shift: 10 px); handles
resize (Shift keeps the ratio); drag from a hovered box's side handle to another box
connects (dropped on empty canvas or inside a frame: a new box there, connected; a frame
is picked by its title strip and border only, for clicks, menus, hover handles and drops
alike: ``scene.element_at``, ``scene.box_at``); drag a selected
arrow's end onto a third box reconnects, onto empty canvas frees it there; with the arrow tool,
a drag from a box or the canvas to another makes an arrow (ends over a box bind, others are
free); drag a segment's midpoint adds a waypoint, drag a waypoint moves it, double-click one removes it;
a click on a grouped element selects its whole group (a double-click enters the group, to pick
one member; Esc or a click outside leaves it); locked elements select but do not move, resize,
edit or delete; double-click or F2 edits text in place (Enter commits, Shift+Enter new line, Esc
cancels); double-click empty canvas creates a box; dropping the mime type
``application/x-diagram-editor-icon`` (a qtawesome name) creates a box with that icon.
Clipboard: ``application/x-diagram-editor+json`` plus PNG, SVG (the export writer) and
plain text flavours.
"""

# pydantic must finish importing before PySide6: shiboken's import hook breaks pydantic's
# lazy loader when PySide6 arrives between ``from pydantic import X`` and the model.
import editor.model  # noqa: F401
from editor.canvas.clipboard import CLIPBOARD_MIME
from editor.canvas.scene_editing import DiagramScene
from editor.canvas.shape_drop import ICON_MIME
from editor.canvas.view import DiagramView

__all__ = ["CLIPBOARD_MIME", "ICON_MIME", "DiagramScene", "DiagramView"]
