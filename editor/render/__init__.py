"""Turning a document into a display list, and drawing it with QPainter or as SVG."""
