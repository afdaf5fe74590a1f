"""Exports of a journal (PDF, hand-ins, outcome report). Qt-free.

Built by the export issues; the import-linter contract in ``pyproject.toml`` already keeps Qt out
of it.
"""
