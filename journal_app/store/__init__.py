"""Local storage of journals and answers (SQLite through SQLAlchemy). Qt-free.

Built by the local-store issue; the import-linter contract in ``pyproject.toml`` already keeps
Qt out of it.
"""
