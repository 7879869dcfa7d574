"""The interactive canvas: a scene that mirrors the document, items, interactions."""
