"""Every script shows in the window, from the bundled fonts, on a machine without system fonts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journal_app.ui.fonts import add_bundled_fonts

SAMPLES = {  # text, the bundled family that has it
    "amharic": ("የዲያስፖራ ተሳትፎ", "Noto Sans Ethiopic"),
    "hindi": ("प्रवासी समुदाय", "Noto Sans Devanagari"),
    "bengali": ("বাংলা ভাষা", "Noto Sans Bengali"),
    "tamil": ("தமிழ் மொழி", "Noto Sans Tamil"),
    "thai": ("ภาษาไทย", "Noto Sans Thai"),
    "khmer": ("ភាសាខ្មែរ", "Noto Sans Khmer"),
    "myanmar": ("မြန်မာဘာသာ", "Noto Sans Myanmar"),
    "korean": ("디아스포라 참여", "WenQuanYi Zen Hei"),
    "sinhala": ("සිංහල", "Noto Sans Sinhala"),
}


def drawn(text: str, font: QFont) -> bytes:
    image = QImage(480, 64, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(4, 44, text)
    painter.end()
    return bytes(image.constBits())


@pytest.fixture(scope="module")
def families(qapp: QApplication) -> list[str]:
    return add_bundled_fonts(qapp)


def test_the_bundled_families_are_in_qts_database(families: list[str]) -> None:
    for _, family in SAMPLES.values():
        assert family in families
    assert "IPAexGothic" in families


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_the_window_font_draws_each_script_with_its_bundled_font(
    families: list[str], qapp: QApplication, sample: str
) -> None:
    text, family = SAMPLES[sample]
    window_font = QFont(qapp.font())
    window_font.setPixelSize(24)
    bundled = QFont(family)
    bundled.setPixelSize(24)
    seen = drawn(text, window_font)
    assert seen.count(0) > 20 or min(seen) < 128  # ink, not an empty line
    # What the window's own font draws (through Qt's fallback) is the bundled font's drawing:
    # the letters, not boxes.
    assert seen == drawn(text, bundled)
