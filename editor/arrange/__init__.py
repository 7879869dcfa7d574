"""Arranging a whole diagram at once: the automatic layered layout (``auto_layout``).

Sits between the actions and the renderer: it measures text with the renderer's engine (QtGui,
never widgets) and hands the placement to Graphviz ``dot``.
"""
