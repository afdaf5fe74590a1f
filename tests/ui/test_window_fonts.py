"""The window's font is the bundled Noto Sans, and every script shows in its bundled font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication

from journal_app.ui.fonts import add_bundled_fonts, window_families

SAMPLES = {  # text, the bundled family that must draw its letters
    "english": ("Diaspora engagement", "Noto Sans"),
    "ukrainian": ("Участь діаспори", "Noto Sans"),
    "arabic": ("مشاركة المغتربين", "Noto Sans Arabic"),
    "hebrew": ("תפוצות", "Noto Sans Hebrew"),
    "amharic": ("የዲያስፖራ ተሳትፎ", "Noto Sans Ethiopic"),
    "hindi": ("प्रवासी समुदाय", "Noto Sans Devanagari"),
    "bengali": ("বাংলা ভাষা", "Noto Sans Bengali"),
    "tamil": ("தமிழ் மொழி", "Noto Sans Tamil"),
    "thai": ("ภาษาไทย", "Noto Sans Thai"),
    "khmer": ("ភាសាខ្មែរ", "Noto Sans Khmer"),
    "myanmar": ("မြန်မာဘာသာ", "Noto Sans Myanmar"),
    "sinhala": ("සිංහල", "Noto Sans Sinhala"),
    "chinese": ("海外侨胞，你好。", "WenQuanYi Zen Hei"),  # its punctuation too
    "korean": ("디아스포라 참여", "WenQuanYi Zen Hei"),
}


def drawn_with(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """The families Qt lays ``text`` out with, and the glyphs each draws."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_the_window_font_is_noto_sans_at_the_systems_size(
    qapp: QApplication, bundled_families: list[str]
) -> None:
    assert QFontInfo(qapp.font()).family() == "Noto Sans"
    assert qapp.font().families()[:2] == ["Noto Sans", "Noto Sans Arabic"]
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    assert qapp.font().pointSizeF() == system.pointSizeF()  # the system's size, not ours


def test_a_desktops_own_menu_and_tooltip_sizes_are_kept(qapp: QApplication) -> None:
    general = QFont(qapp.font())
    small = QFont(general)
    small.setPointSizeF(general.pointSizeF() - 2)
    QApplication.setFont(small, "QTipLabel")  # type: ignore[arg-type] # as a desktop theme does
    try:
        add_bundled_fonts(qapp)
        tooltip = QApplication.font("QTipLabel")  # type: ignore[call-overload]
        assert tooltip.pointSizeF() == small.pointSizeF()
        assert tooltip.families()[0] == "Noto Sans"
        assert qapp.font().pointSizeF() == general.pointSizeF()
    finally:
        qapp.setFont(general)  # (which also forgets the class's own font)


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_the_window_font_draws_each_script_with_its_bundled_font(
    qapp: QApplication, bundled_families: list[str], sample: str
) -> None:
    text, family = SAMPLES[sample]
    assert family in bundled_families
    for word in text.split():  # a space may come from Noto Sans, the letters may not
        runs = drawn_with(word, QFont(qapp.font()))
        assert [name for name, _ in runs] == [family]  # one run: no letter falls elsewhere
        assert 0 not in runs[0][1]  # glyph 0 is the font's box: every letter is there


def test_han_takes_japanese_forms_on_a_japanese_system(
    qapp: QApplication, bundled_families: list[str]
) -> None:
    font = QFont(qapp.font())
    font.setFamilies(window_families(bundled_families, japanese=True))
    sentence = "日本語の文章です。「はい」"
    assert [name for name, _ in drawn_with(sentence, font)] == ["IPAexGothic"]
    assert [name for name, _ in drawn_with(sentence, QFont(qapp.font()))] == ["WenQuanYi Zen Hei"]


def test_without_the_bundled_noto_sans_the_systems_font_stays() -> None:
    assert window_families(["DejaVu Sans", "WenQuanYi Zen Hei"], japanese=False) == []
    assert window_families(
        ["WenQuanYi Zen Hei", "Noto Sans Tamil", "IPAexGothic", "Noto Sans", "DejaVu Sans"],
        japanese=False,
    ) == ["Noto Sans", "Noto Sans Tamil", "WenQuanYi Zen Hei", "DejaVu Sans"]
    assert window_families(
        ["Noto Sans", "Noto Sans Mongolian", "Noto Sans Thai", "WenQuanYi Zen Hei"], japanese=False
    ) == ["Noto Sans", "Noto Sans Thai", "WenQuanYi Zen Hei", "Noto Sans Mongolian"]
