"""File ▸ Export PDF… from the window: options, file, background export, result."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from seen import as_seen

from journal_app.export import pdf
from journal_app.packs.loader import load_pack
from journal_app.packs.model import Pack
from journal_app.store.answers import TextValue
from journal_app.store.repository import Repository
from journal_app.ui.export_dialog import CompileOptionsDialog, ExportOptionsDialog, PdfExport
from journal_app.ui.main_window import MainWindow

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


@pytest.fixture
def pack() -> Pack:
    return load_pack(MINIMAL)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, pack: Pack) -> Iterator[MainWindow]:
    repo = Repository.open(tmp_path / "data", snapshot_on_open=False)
    journal = repo.create_journal("Amina", pack)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(pack, repo, journal, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    repo.close()


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """Answer the dialogs like a user: options as set here, this file, close the result."""
    choice: dict[str, object] = {"blank": False, "file": str(tmp_path / "out"), "shown": []}

    def exec_options(dialog: ExportOptionsDialog) -> int:
        choice.setdefault("prefilled", []).append(dialog.author.text())  # type: ignore[attr-defined]
        if "author" in choice:
            dialog.author.setText(str(choice["author"]))
        dialog.blank.setChecked(bool(choice["blank"]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", exec_options)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (choice["file"], ""))

    def shown(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        choice["shown"].append(as_seen(text))  # type: ignore[attr-defined]
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "information", shown)
    monkeypatch.setattr(QMessageBox, "warning", shown)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown(None, "", box.text()))
    return choice


def test_export_runs_in_the_background_and_saves_first(
    qtbot: QtBot, window: MainWindow, choose: dict[str, object], tmp_path: Path
) -> None:
    editor = window.card("free").editor
    editor.set_value(TextValue("Written just now"))
    editor.answer_changed.emit()  # typed, not yet saved by the autosave timer
    export = window.export_pdf()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["done"]
    target = tmp_path / "out.pdf"  # ".pdf" added
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Written just now" in text
    assert "The PDF is ready" in choose["shown"][0]  # type: ignore[index]
    assert window.statusBar().currentMessage() == "Done."


def test_export_failure_is_a_message(
    qtbot: QtBot, window: MainWindow, choose: dict[str, object], tmp_path: Path
) -> None:
    choose["file"] = str(tmp_path / "missing-folder" / "x.pdf")
    export = window.export_pdf()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["failed"]
    assert "does not exist" in choose["shown"][0]  # type: ignore[index]


def test_cancel_stops_the_export(
    qtbot: QtBot,
    window: MainWindow,
    choose: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pdf.export_pdf

    def slow_then_cancelled(*args: object, **kwargs: object) -> object:
        kwargs["cancelled"] = lambda: True  # as if Cancel was pressed during layout
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("journal_app.ui.export_dialog.export_pdf", slow_then_cancelled)
    export = window.export_pdf()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["cancelled"]
    assert not (tmp_path / "out.pdf").exists()


def test_blank_workbook_from_the_window(
    qtbot: QtBot, window: MainWindow, choose: dict[str, object], tmp_path: Path
) -> None:
    choose["blank"] = True
    export = window.export_pdf()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000):
        pass
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    assert "A workbook to fill in by hand" in text


def test_the_name_on_the_cover_is_asked_remembered_for_the_journal_and_printed(
    qtbot: QtBot, window: MainWindow, choose: dict[str, object], tmp_path: Path
) -> None:
    for typed in ("Amina Diallo", None):  # typed once; the next export offers it again
        if typed is not None:
            choose["author"] = typed
        else:
            choose.pop("author")
        export = window.export_pdf()
        assert export is not None
        with qtbot.waitSignal(export.finished, timeout=30000):
            pass
        cover = PdfReader(tmp_path / "out.pdf").pages[0].extract_text()
        assert "Amina Diallo" in cover
    assert choose["prefilled"] == ["Amina", "Amina Diallo"]  # the journal's name, then remembered
    assert PdfReader(tmp_path / "out.pdf").metadata.author == "Amina Diallo"


def test_an_untouched_name_follows_the_journal_and_a_reused_number_starts_afresh(
    qtbot: QtBot, window: MainWindow, choose: dict[str, object]
) -> None:
    for _ in range(2):  # exported twice without typing: nothing is frozen
        export = window.export_pdf()
        assert export is not None
        with qtbot.waitSignal(export.finished, timeout=30000):
            pass
    window.repository.rename_journal(window.session.journal.id, "Amina Diallo's journal")
    window.session.journal = window.repository.journal(window.session.journal.id)
    export = window.export_pdf()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000):
        pass
    assert choose["prefilled"] == ["Amina", "Amina", "Amina Diallo's journal"]
    # A later journal that SQLite gives the same number does not inherit the name.
    first = window.session.journal
    later = dataclasses.replace(first, created_at=first.created_at + timedelta(days=1))
    settings = window.settings
    keys = {
        PdfExport(window, window.pack, window.repository, j, settings)._author_key()
        for j in (first, later)
    }
    assert len(keys) == 2


def test_compile_hand_ins_from_the_window(
    qtbot: QtBot, window: MainWindow, pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.export.handin import write_handin

    window.session.save(pack.prompt("free"), TextValue("An idea from Amina"), None)  # type: ignore[arg-type]
    handin = write_handin(window.repository, pack, window.session.journal, tmp_path / "amina")
    target = tmp_path / "outcome.pdf"
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(handin)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose_options(dialog: CompileOptionsDialog) -> int:
        assert not dialog.names.isChecked()  # anonymous unless asked
        assert dialog.quotes.value() == 5
        dialog.quotes.setValue(1)
        dialog.all_answers.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CompileOptionsDialog, "exec", choose_options)
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda *a, **k: shown.append(as_seen(str(a[2]))) or QMessageBox.StandardButton.Close,
    )
    task = window.compile_handins()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert outcome.args == ["done"]
    assert shown[0].startswith("Compiled 1 hand-in into")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "An idea from Amina" in text
    assert "Amina" not in text.replace("An idea from Amina", "")  # anonymous
    assert "Appendix: every answer" in text  # as chosen in the dialog
    assert target.with_suffix(".csv").is_file()
    assert target.with_suffix(".xlsx").is_file()


def compile_as(
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    pack: Pack,
    tmp_path: Path,
    kind: str,
    save_as: Callable[..., tuple[str, str]],
) -> Any:
    """Start File ▸ Compile hand-ins… on Amina's hand-in, as ``kind``, without the tables."""
    from journal_app.export.handin import write_handin

    window.session.save(pack.prompt("free"), TextValue("An idea from Amina"), None)  # type: ignore[arg-type]
    handin = write_handin(window.repository, pack, window.session.journal, tmp_path / "amina")

    def choose_options(dialog: CompileOptionsDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData(kind))
        dialog.spreadsheet.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(handin)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(CompileOptionsDialog, "exec", choose_options)
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Close
    )
    task = window.compile_handins()
    assert task is not None
    return task


@pytest.mark.parametrize("kind", ["docx", "both"])
def test_compile_writes_the_outcome_document_as_word_when_chosen(
    qtbot: QtBot,
    window: MainWindow,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    import docx

    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, kinds: str) -> tuple[str, str]:
        asked.append(kinds)
        return str(tmp_path / "outcome"), ""  # typed without a suffix

    opened: list[Path] = []
    task = compile_as(monkeypatch, window, pack, tmp_path, kind, save_as)
    monkeypatch.setattr(task, "_offer_to_open", lambda text, path, *a: opened.append(path))
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert outcome.args == ["done"]
    word = tmp_path / "outcome.docx"
    assert ("*.docx" in asked[0]) == (kind == "docx")  # the save dialog offers the right kind
    assert opened == [word if kind == "docx" else tmp_path / "outcome.pdf"]
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "An idea from Amina" in text
    assert (tmp_path / "outcome.pdf").is_file() == (kind == "both")
    assert not (tmp_path / "outcome.csv").exists()


@pytest.mark.parametrize("replace", [False, True])
def test_compile_asks_before_replacing_a_word_document_beside_the_pdf(
    qtbot: QtBot,
    window: MainWindow,
    pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    replace: bool,
) -> None:
    edited = tmp_path / "outcome.docx"
    edited.write_bytes(b"edited by the facilitator since")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    pdf = tmp_path / "outcome.pdf"
    task = compile_as(monkeypatch, window, pack, tmp_path, "both", lambda *a: (str(pdf), ""))
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert len(asked) == 1
    assert str(edited) in asked[0]
    assert outcome.args == ["done" if replace else "cancelled"]
    assert (edited.read_bytes() == b"edited by the facilitator since") != replace
    assert pdf.exists() == replace


def test_closing_during_an_export_stops_it_before_the_window_goes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A logout (SIGTERM) closes the window while an export runs: its thread must end first,
    # or Qt aborts the process ("QThread: Destroyed while thread is still running").
    import time

    from journal_app.export.pdf import ExportCancelled
    from journal_app.ui.export_dialog import _BackgroundTask

    pack = load_pack(MINIMAL)
    with Repository.open(tmp_path / "data", snapshot_on_open=False) as repo:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(pack, repo, repo.create_journal("Amina", pack), settings)
        qtbot.addWidget(window)
        window.show()
        started: list[bool] = []

        def endless(progress: object, cancelled: Callable[[], bool]) -> None:
            started.append(True)
            while not cancelled():
                time.sleep(0.01)
            raise ExportCancelled("cancelled")

        task = _BackgroundTask(window)
        task.run_in_background("Working…", endless)
        window._export = task
        qtbot.waitUntil(lambda: bool(started))
        assert task.running()
        window.close()
        assert not task.running()


def test_the_options_dialog_asks_before_printing_private_answers(qtbot: QtBot) -> None:
    dialog = ExportOptionsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.options().include_private  # left out unless asked
    dialog.include_private.setChecked(True)
    assert dialog.options().include_private
    dialog.blank.setChecked(True)  # an empty workbook has no answers at all
    assert not dialog.include_private.isEnabled()
    assert not dialog.options().include_private


def test_the_outcome_says_which_characters_have_no_font_and_lists_them_in_details(
    qtbot: QtBot,
    window: MainWindow,
    choose: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = window.card("free").editor
    editor.set_value(TextValue("Osiyo ᏣᎳᎩ <b>bold?</b> 👍"))
    editor.answer_changed.emit()
    boxes: list[tuple[str, str, object]] = []

    def exec_box(box: QMessageBox) -> QMessageBox.StandardButton:
        boxes.append((box.text(), box.detailedText(), box.textFormat()))
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    export = window.export_pdf()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["done"]
    ((text, details, text_format),) = boxes
    assert "The PDF is ready" in text
    assert "4 different characters have no font here and are drawn as empty boxes (□)" in text
    assert "3 Cherokee (Ꮳ Ꮃ Ꭹ)" in text
    assert details.splitlines()[0].startswith("U+13E3 Ꮳ CHEROKEE LETTER TSA (Cherokee): ")
    assert len(details.splitlines()) == 4
    assert text_format == Qt.TextFormat.PlainText


def test_a_submissions_export_compiles_with_the_pack_of_the_window(
    qtbot: QtBot, window: MainWindow, pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import csv

    from journal_app.packs import xlsform

    (free,) = [q for q in xlsform.form_questions(pack) if q.prompt_id == "free" and not q.part]
    export = tmp_path / f"{pack.id}.csv"  # as ODK Central names it
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["SubmissionDate", "-".join((*free.path, free.name)), "KEY"])
        writer.writerow(["2026-03-01T10:15:00.000Z", "Said on Collect", "uuid:1"])
        writer.writerow(["2026-03-02T10:15:00.000Z", "Said on Enketo", "uuid:2"])
    target = tmp_path / "outcome.pdf"
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(export)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(CompileOptionsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda *a, **k: shown.append(as_seen(str(a[2]))) or QMessageBox.StandardButton.Close,
    )
    task = window.compile_handins()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000) as outcome:
        pass
    assert outcome.args == ["done"]
    assert shown[0].startswith("Compiled 2 hand-ins into")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Said on Collect" in text
    assert "Said on Enketo" in text


def test_a_word_document_from_the_window_saves_first_and_asks_the_same_options(
    qtbot: QtBot, window: MainWindow, choose: dict[str, object], tmp_path: Path
) -> None:
    from docx import Document

    editor = window.card("free").editor
    editor.set_value(TextValue("Written for a brief — مكتوب للتو"))
    editor.answer_changed.emit()  # typed, not yet saved by the autosave timer
    titles: list[str] = []
    real_exec = ExportOptionsDialog.exec

    def seen(dialog: ExportOptionsDialog) -> int:
        titles.append(dialog.windowTitle())
        assert not dialog.blank.isVisibleTo(dialog)  # a workbook to fill by hand: PDF only
        return real_exec(dialog)

    ExportOptionsDialog.exec = seen  # type: ignore[method-assign]
    try:
        export = window.export_word()
    finally:
        ExportOptionsDialog.exec = real_exec  # type: ignore[method-assign]
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=30000) as outcome:
        pass
    assert outcome.args == ["done"]
    assert titles == ["Export Word document"]
    target = tmp_path / "out.docx"  # ".docx" added
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Written for a brief — مكتوب للتو" in text
    assert "The Word document is ready" in choose["shown"][0]  # type: ignore[index]
