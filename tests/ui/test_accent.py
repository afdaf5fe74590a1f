"""Section colours, readable on light and dark themes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal_app import resources
from journal_app.packs.loader import PackError, load_pack, load_pack_text
from journal_app.ui.accent import IntroPanel, accent_color
from journal_app.ui.page import GroupPage

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


class NoPictures:
    """An image gateway for pages without pictures (the iDiaspora pages tested here have none)."""

    def images(self, prompt_id: str) -> list[object]:
        return []


def bundled_page(qtbot: QtBot, group_id: str, *, first: bool, lazy: bool = False) -> GroupPage:
    pack = load_pack(resources.bundled_pack("idiaspora-journal"))
    section, group = next((s, g) for s in pack.sections for g in s.groups if g.id == group_id)
    page = GroupPage(section, group, NoPictures(), first_of_section=first, lazy=lazy)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1000, 3000)
    return page


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
@pytest.mark.parametrize("when", ["app set before", "page switched after"])
def test_a_sections_introduction_is_set_apart_with_its_colour_on_the_side_text_starts(
    qtbot: QtBot, qapp: QApplication, direction: Qt.LayoutDirection, when: str
) -> None:
    before = qapp.layoutDirection()
    if when == "app set before":  # as app.py does for an Arabic or Dari interface
        qapp.setLayoutDirection(direction)
    try:
        page = bundled_page(qtbot, "s2-sustainable-development-goals", first=True)
        if when == "page switched after":
            page.setLayoutDirection(direction)
        page.show()
        qtbot.waitExposed(page)
        (panel,) = page.findChildren(IntroPanel)
        label = panel.findChild(QLabel)
        assert "Objective 19 specifically aims" in label.text()
        image = panel.grab().toImage()
        rtl = direction == Qt.LayoutDirection.RightToLeft
        bar_x = image.width() - 2 if rtl else 1
        middle = image.height() // 2
        assert image.pixelColor(bar_x, middle).name() == panel.color.name() == "#276b43"
        across = image.width() - 1 - bar_x
        tint = image.pixelColor(across, middle)  # a faint wash of the colour, not the bar
        assert tint.name() != panel.color.name()
        assert tint.green() > tint.red()
        # The text keeps its distance from the bar: more room on the bar's side.
        left = label.geometry().left()
        right = panel.width() - label.geometry().right() - 1
        bar_side, far_side = (right, left) if rtl else (left, right)
        assert bar_side == far_side + IntroPanel.BAR
    finally:
        qapp.setLayoutDirection(before)


def test_a_lost_item_is_marked_where_it_was_printed(qtbot: QtBot) -> None:
    page = bundled_page(qtbot, "s2-youth-diaspora-engagement", first=False, lazy=True)
    page.show()
    while not page.build_some(0.0):  # one card at a time, as the window builds while idle
        pass
    (note,) = page.findChildren(QWidget, "missingItem")
    order = page.body_layout.indexOf
    cards = page.cards
    at = order(note)
    assert (
        order(cards["s2-youth-later-generations"])
        < at
        < order(cards["s2-youth-feedback-adaptation"])
    )
