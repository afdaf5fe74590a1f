"""Prompt packs: the JSON format, its validation and the frozen model. Qt-free."""
