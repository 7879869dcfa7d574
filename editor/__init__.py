"""Diagram Editor: technical infographics that live in many languages."""

__version__ = "0.1.0"
