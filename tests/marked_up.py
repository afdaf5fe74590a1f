"""A prompt pack with markup in every text field, for the tests that it stays text."""

from __future__ import annotations

import json
from pathlib import Path

from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack

MINIMAL = Path(__file__).parent / "data" / "minimal-pack.json"
STRUCTURAL = {"id", "kind", "$schema", "language", "version", "option_set", "format", "number"}
"""Keys whose values are structure, not text (ids, kinds, versions…)."""


def marked_up(node: object, mark: str, key: str = "") -> object:
    """Every text of a pack, ``mark`` first (ids and other structure untouched)."""
    if isinstance(node, dict):
        return {k: marked_up(v, mark, k) for k, v in node.items()}
    if isinstance(node, list):
        return [marked_up(v, mark, key) for v in node]
    if isinstance(node, str) and key not in STRUCTURAL:
        return mark + node
    return node


def marked_up_pack(folder: Path, mark: str) -> Pack:
    """The minimal test pack with ``mark`` before every text, written to ``folder`` and loaded."""
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document.pop("$schema", None)
    path = folder / "hostile.json"
    path.write_text(json.dumps(marked_up(document, mark)), encoding="utf-8")
    return load_pack(path)
