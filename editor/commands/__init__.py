"""Undoable edits of the document: plain Python commands with apply, revert and merge."""
