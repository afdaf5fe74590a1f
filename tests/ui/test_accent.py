"""Section colours, readable on light and dark themes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journal_app import resources
from journal_app.packs.loader import PackError, load_pack, load_pack_text
from journal_app.ui.accent import accent_color

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(window: str) -> QPalette:
    colours = QPalette()
    colours.setColor(QPalette.ColorRole.Window, QColor(window))
    return colours


def test_every_section_of_the_bundled_journal_has_a_colour_readable_on_light_and_dark() -> None:
    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    colours = [section.accent for section in pack.sections]
    assert all(colours)
    assert len(set(colours)) == len(colours)  # the sections read apart
    for section in pack.sections:
        for window in ("#ffffff", "#efefef", "#2b2b2b", "#1e1e1e"):
            shown = accent_color(section, palette(window))
            assert contrast(shown, QColor(window)) >= 4.5, (section.id, window, shown.name())


def test_a_pack_without_colours_uses_the_theme_highlight(qapp: QApplication) -> None:
    pack = load_pack(MINIMAL)
    themed = palette("#ffffff")
    themed.setColor(QPalette.ColorRole.Highlight, QColor("#123456"))
    assert accent_color(pack.sections[0], themed).name() == "#123456"


@pytest.mark.parametrize("colour", ["blue", "#12345", "#1234567", "#12345g", "url(x)"])
def test_a_colour_that_is_not_rrggbb_is_refused_with_its_path(colour: str) -> None:
    document = json.loads(MINIMAL.read_text(encoding="utf-8"))
    document["sections"][0]["accent"] = colour
    with pytest.raises(PackError) as refused:
        load_pack_text(json.dumps(document), "coloured.json")
    assert "/sections/0/accent" in str(refused.value.problems[0])
