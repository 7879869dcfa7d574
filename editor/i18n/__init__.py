"""Translating diagram content, protected terms, translator files, and the UI locale."""
