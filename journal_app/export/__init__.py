"""Exports of a journal (PDF, hand-ins, outcome report). Qt-free.

Built by the export issues; the import-linter contract in ``pyproject.toml`` already keeps Qt out
of it.
"""

QUOTES = 5
"""Answers an outcome document quotes per prompt, item, stem or cell by default (``--quotes``):
here, where the command line reads it without loading the export."""
