"""What ``pdffonts`` (poppler) says about a PDF's fonts: the check archival tools make."""

from __future__ import annotations

import subprocess
from pathlib import Path


def fonts_of(path: Path) -> list[dict[str, str]]:
    """One dict per font line of ``pdffonts``, keyed by its column headings."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    header, rule, *rows = lines
    spans, start = [], 0
    for dashes in rule.split(" "):  # the rule under the headings gives each column's width
        spans.append((start, start + len(dashes)))
        start += len(dashes) + 1
    names = [header[a:b].strip() for a, b in spans]
    return [{n: row[a:b].strip() for n, (a, b) in zip(names, spans, strict=True)} for row in rows]


def not_embedded(path: Path) -> list[str]:
    """The fonts of the PDF that are not embedded (should be none)."""
    return [font["name"] for font in fonts_of(path) if font["emb"] != "yes"]
