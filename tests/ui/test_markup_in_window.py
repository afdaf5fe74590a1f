"""Text from a pack, a hand-in or a journal name is text in the window, never markup.

A pack with an image tag, a link and an unbalanced tag in every text field, and a journal named
with markup: no label, tooltip or message may turn them into a picture or a link.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from marked_up import marked_up_pack
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from seen import as_seen

from journal_app.export.handin import write_handin
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository
from journal_app.ui.main_window import MainWindow

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


@pytest.fixture
def mark(tmp_path: Path) -> str:
    photo = tmp_path / "private.png"
    Image.new("RGB", (30, 30), "red").save(photo)
    return (
        f'<img src="{photo}"/><a href="https://example.org">site</a>'
        '<font color="red" size="7">BIG</font><b>'
    )


@pytest.fixture
def hostile(tmp_path: Path, mark: str) -> Pack:
    return marked_up_pack(tmp_path, mark)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, hostile: Pack, mark: str) -> Iterator[MainWindow]:
    repo = Repository.open(tmp_path / "data", snapshot_on_open=False)
    journal = repo.create_journal(mark + "Amina", hostile)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(hostile, repo, journal, settings)
    qtbot.addWidget(main)
    main.show()
    for prompt in hostile.prompts():
        main.card(prompt.id)  # every page built
    yield main
    main.close()
    repo.close()


def rendered(text: str, widget_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The HTML Qt makes of a text shown with this format (rich elements survive in it)."""
    if widget_format == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(text):  # type: ignore[attr-defined]
        return ""
    document = QTextDocument()
    document.setHtml(text)
    return document.toHtml()


def obeyed(html: str) -> list[str]:
    # The payload's own effects (the window's headings are large by design, not by the pack).
    return [tag for tag in ("<img", "<a href", "color:#ff0000") if tag in html]


def test_no_label_or_tooltip_of_the_window_obeys_pack_or_name_markup(
    window: MainWindow, mark: str
) -> None:
    problems: list[str] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            found = obeyed(rendered(widget.text(), widget.textFormat()))
            if found:
                problems.append(f"label {widget.text()[:60]!r}: {found}")
        found = obeyed(rendered(widget.toolTip()))
        if found:
            problems.append(
                f"tooltip of {type(widget).__name__} {widget.toolTip()[:60]!r}: {found}"
            )
    navigator = window.navigator
    items = [navigator.topLevelItem(i) for i in range(navigator.topLevelItemCount())]
    while items:
        item = items.pop()
        items += [item.child(i) for i in range(item.childCount())]
        for column in range(2):
            found = obeyed(rendered(item.toolTip(column)))
            if found:
                problems.append(f"navigator tooltip {item.toolTip(column)[:60]!r}: {found}")
    assert not problems, "\n".join(problems)
    # And the words are all there, as written.
    assert window.journal_name.text() == mark + "Amina"
    assert as_seen(window.credits.toolTip()).startswith(mark)


def test_a_hand_in_named_with_markup_is_told_as_text(
    qtbot: QtBot,
    window: MainWindow,
    hostile: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = window.repository
    with Repository.open(tmp_path / "theirs", snapshot_on_open=False) as theirs:
        journal = theirs.create_journal('<a href="https://example.org"><h1>Click</h1></a>', hostile)
        prompt = hostile.prompt("free")
        assert prompt is not None
        theirs.save_answer(journal, prompt, TextValue("x"))
        target = write_handin(theirs, hostile, journal, tmp_path / "h")
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(str(a[2])))
    task = window.import_handin()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000) as outcome:
        pass  # imported in the background
    assert outcome.args == ["done"]
    assert obeyed(rendered(told[0])) == []
    assert "<h1>" not in rendered(told[0])
    assert '<a href="https://example.org"><h1>Click</h1></a>' in as_seen(told[0])
    assert len(repo.journals()) == 2
