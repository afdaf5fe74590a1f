"""The drawn icons show on a plain line and on the selection's highlight."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from journal_app.store.session import Status
from journal_app.ui.icons import OPEN_COLOUR, SKIPPED_COLOUR, home_icon, status_icon


def inks(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    """The opaque colours an icon is drawn with in ``mode``."""
    image = icon.pixmap(16, 16, mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.mark.parametrize(
    ("icon", "colour"),
    [
        (lambda: status_icon(Status.EMPTY), OPEN_COLOUR),
        (lambda: status_icon(Status.SKIPPED), SKIPPED_COLOUR),
        (lambda: home_icon(), OPEN_COLOUR),
    ],
    ids=["open", "skipped", "home"],
)
def test_grey_marks_turn_white_on_a_selected_line(
    qapp: QApplication, icon: object, colour: str
) -> None:
    drawn = icon()  # type: ignore[operator]
    assert colour in inks(drawn, QIcon.Mode.Normal)
    selected = inks(drawn, QIcon.Mode.Selected)
    assert selected == {"#ffffff"}
    assert all(QColor(c).lightness() > 200 for c in selected)


def test_an_answered_mark_reads_on_both(qapp: QApplication) -> None:
    drawn = status_icon(Status.ANSWERED)
    assert inks(drawn, QIcon.Mode.Normal) == inks(drawn, QIcon.Mode.Selected)
