"""File ▸ Export PDF…: choose options and a file, export off the UI thread, offer to open it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QSettings, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from journal_app.export import QUOTES
from journal_app.export.compile import compile_handins
from journal_app.export.fonts import FontError
from journal_app.export.handin import HandInError, import_handin, is_locked, read_handin
from journal_app.export.pdf import (
    ExportCancelled,
    ExportError,
    ExportReport,
    JournalContent,
    PdfOptions,
    cover_name,
    export_pdf,
    gather,
)
from journal_app.export.submissions import is_submissions_export
from journal_app.packs.model import Pack
from journal_app.store.errors import StoreError
from journal_app.store.repository import Journal, Repository
from journal_app.ui.crash import report_bug
from journal_app.ui.packtext import t
from journal_app.ui.passphrase import AUTHOR_SETTINGS, Purpose, ask_workshop
from journal_app.ui.widgets import documents_dir, plain

ENVIRONMENT_ERRORS = (ExportError, FontError, StoreError, HandInError)
"""What a job may meet that is not a bug: shown to the user as a message."""

Job = Callable[[Callable[[float], None], Callable[[], bool]], Any]
"""A long job: it gets a progress callback (0..1) and a cancel check."""


def choose_file_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """An options dialog's buttons: OK, which goes on to choose a file, and Cancel."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ExportOptionsDialog(QDialog):
    """Paper size, unanswered prompts, or an empty workbook."""

    def __init__(
        self, parent: QWidget | None = None, author: str = "", *, word: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Word document") if word else self.tr("Export PDF"))
        self.author = QLineEdit(author)
        self.author.setPlaceholderText(self.tr("Your name, or leave empty"))
        if word:
            where = self.tr(
                "Written on the title page and in the document's properties; remembered for this"
                " journal."
            )
        else:
            where = self.tr(
                "Printed on the cover and in the PDF's properties; remembered for this journal."
            )
        self.author.setToolTip(where)
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.page_size.setCurrentIndex(1)
        self.skip_unanswered = QCheckBox(self.tr("Leave out prompts I have not answered"))
        self.blank = QCheckBox(self.tr("An empty workbook to fill in by hand (no answers)"))
        self.include_private = QCheckBox(
            self.tr("Include my private answers (each marked as private)")
        )
        self.blank.toggled.connect(self.skip_unanswered.setDisabled)
        self.blank.toggled.connect(self.include_private.setDisabled)
        self.blank.toggled.connect(self.author.setDisabled)
        self.skip_unanswered.setToolTip(
            self.tr(
                '"My answers": a short document with only what you answered, in the sections'
                " that have answers, and the journal's attribution brief on the cover."
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Name on the cover:"), self.author)
        form.addRow(self.tr("Paper size:"), self.page_size)
        form.addRow(self.skip_unanswered)
        form.addRow(self.include_private)
        if not word:  # a workbook to fill in by hand is printed, not edited
            form.addRow(self.blank)
        form.addRow(choose_file_buttons(self, self.tr("Choose file…")))

    def options(self) -> PdfOptions:
        """The options chosen."""
        return PdfOptions(
            page_size=self.page_size.currentData(),
            blank=self.blank.isChecked(),
            skip_unanswered=self.skip_unanswered.isChecked() and not self.blank.isChecked(),
            include_private=self.include_private.isChecked() and not self.blank.isChecked(),
            author=self.author.text(),
        )


class CompileOptionsDialog(QDialog):
    """What the outcome document shows: names or not, quotes per prompt, every answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compile hand-ins"))
        self.names = QCheckBox(self.tr("Show the participants' journal names"))
        self.quotes = QSpinBox()
        self.quotes.setRange(0, 100)
        self.quotes.setValue(QUOTES)
        self.quotes.setToolTip(
            self.tr(
                "For each prompt, this many answers are quoted, spread evenly over the"
                " participants; the rest are counted. Every answer is in the CSV."
            )
        )
        self.all_answers = QCheckBox(self.tr("Add every answer as an appendix"))
        self.spreadsheet = QCheckBox(
            self.tr("Also write the answers as a spreadsheet (.xlsx) and a CSV file")
        )
        self.spreadsheet.setChecked(True)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("Word document (.docx), to edit"), "docx")
        self.format.addItem(self.tr("PDF and Word document"), "both")
        form = QFormLayout(self)
        form.addRow(self.tr("Outcome document as:"), self.format)
        form.addRow(self.tr("Answers quoted per prompt:"), self.quotes)
        form.addRow(self.names)
        form.addRow(self.all_answers)
        form.addRow(self.spreadsheet)
        form.addRow(choose_file_buttons(self, self.tr("Choose file…")))


class _Worker(QObject):
    """Runs a job in a thread of its own; the job gets a progress and a cancel callback.

    The contract (superqt's and napari's workers have the same): exactly one of ``succeeded``,
    ``failed``, ``cancelled`` or ``errored``, then always ``ended``, whatever the job raised.
    """

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    """An error of the environment (a full disk, a bad file): its message for the user."""
    errored = Signal(object)
    """A bug: the exception, for the crash reporter."""
    cancelled = Signal()
    ended = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        """Run the job; report the outcome with one of the signals, then ``ended``."""
        try:
            result = self.job(
                lambda fraction: self.progressed.emit(int(fraction * 100)), self.stop.is_set
            )
        except ExportCancelled:
            self.cancelled.emit()
        except ENVIRONMENT_ERRORS as error:
            self.failed.emit(str(error))
        except BaseException as error:  # noqa: BLE001 - a bug: handed to the main thread
            self.errored.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.ended.emit()


class _BackgroundTask(QObject):
    """A long job started from the window: a worker thread, progress with Cancel, the result.

    When the job ends, however it ends, the thread is stopped, the worker and the thread are
    deleted, and ``finished`` is emitted: the window is never left waiting for a job.
    """

    finished = Signal(str)
    """``"done"``, ``"failed"``, ``"cancelled"`` or ``"bug"`` (for tests and the status bar)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.worker_thread: QThread | None = None
        self.worker: _Worker | None = None
        self.progress: QProgressDialog | None = None
        self._outcome: tuple[str, Any] = ("bug", None)
        self.stopped = False
        """The window is closing: no follow-up job, no dialog."""

    def _title(self) -> str:
        return self.tr("Export PDF")

    def running(self) -> bool:
        """Whether the worker thread is still at work."""
        return self.worker_thread is not None and self.worker_thread.isRunning()

    def stop_and_wait(self, milliseconds: int = 30_000) -> None:
        """Cancel the job and wait for its thread to end (the window is closing)."""
        self.stopped = True
        if self.worker is not None:
            self.worker.stop.set()
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait(milliseconds)

    def run_in_background(self, label: str, job: Job, *, cancellable: bool = True) -> None:
        """Start ``job`` in a worker thread with a progress dialog (not once stopped).

        ``cancellable=False``: a job that must not stop halfway; its dialog has no Cancel, and
        its bar moves without a share (the job says none).
        """
        if self.stopped:
            return
        self._outcome = ("bug", None)
        self.worker = _Worker(job)
        self.worker_thread = QThread(self)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 100, self.window)
        self.progress.setWindowTitle(self._title())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.stop.set)
        if not cancellable:
            self.progress.setCancelButton(None)
            self.progress.setRange(0, 0)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.succeeded.connect(lambda result: self._note("done", result))
        self.worker.failed.connect(lambda message: self._note("failed", message))
        self.worker.cancelled.connect(lambda: self._note("cancelled", None))
        self.worker.errored.connect(lambda error: self._note("bug", error))
        self.worker.ended.connect(self._on_worker_ended)
        self.worker_thread.start()

    def _note(self, outcome: str, detail: Any) -> None:
        self._outcome = (outcome, detail)

    def _on_worker_ended(self) -> None:
        outcome, detail = self._outcome
        self._outcome = ("bug", None)
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()
            self.worker_thread.deleteLater()
            self.worker_thread = None
        if self.worker is not None:
            self.worker.deleteLater()
            self.worker = None
        try:
            if outcome == "bug":  # reported even when the window is closing
                report_bug(detail if detail is not None else RuntimeError("job ended silently"))
            elif self.stopped:  # the window closed meanwhile: no dialog, no follow-up
                pass
            elif outcome == "done":
                outcome = self.succeeded(detail) or outcome
            elif outcome == "failed":
                self._warn(detail)
        except Exception as error:  # noqa: BLE001 - a bug in the follow-up: reported, then ended
            outcome = "bug"
            report_bug(error)
        finally:
            if self.worker_thread is None:  # else a follow-up job started: it ends the task
                self.finished.emit(outcome)

    def _warn(self, message: str) -> None:
        """A message that names files and packs: shown as plain text, never as markup."""
        box = QMessageBox(QMessageBox.Icon.Warning, self._title(), message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def succeeded(self, result: Any) -> str | None:
        """Tell the user what was made (or start a follow-up job).

        Returns:
            Another outcome than ``"done"`` to report (the user cancelled a follow-up), or None.
        """
        raise NotImplementedError

    def _offer_to_open(self, text: str, path: Path, details: Sequence[str] = ()) -> None:
        """Say what was written and offer to open it; ``details`` behind "Show Details…"."""
        buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close
        if details:
            box = QMessageBox(
                QMessageBox.Icon.Information, self._title(), text, buttons, self.window
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # names and answers are text, never markup
            box.setDefaultButton(QMessageBox.StandardButton.Open)
            box.setDetailedText("\n".join(details))  # always plain text
            answer = box.exec()
        else:
            answer = QMessageBox.information(
                self.window, self._title(), plain(text), buttons, QMessageBox.StandardButton.Open
            )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfExport(_BackgroundTask):
    """The File ▸ Export PDF… command."""

    suffix = ".pdf"

    def _file_filter(self) -> str:
        return self.tr("PDF documents (*.pdf)")

    def _writer(self) -> Callable[..., Any]:
        return export_pdf

    def __init__(
        self,
        parent: QWidget,
        pack: Pack,
        repository: Repository,
        journal: Journal,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.repository = repository
        self.journal = journal
        self.settings = settings

    def _author_key(self) -> str:
        # With its creation time: SQLite gives a deleted journal's number to the next one, and
        # a shared laptop's next participant must not find the last one's name on the cover.
        return f"{AUTHOR_SETTINGS}/{self.journal.id}-{self.journal.created_at:%Y%m%dT%H%M%S%f}"

    def start(self) -> bool:
        """Ask for options and a file, then export in the background; False if cancelled.

        A name typed for the cover is remembered for the journal, in the settings file: not
        when the journals are protected (that file is not encrypted).
        """
        settings = None if self.repository.database.key.encrypts else self.settings
        remembered = None if settings is None else settings.value(self._author_key())
        author = str(remembered) if remembered is not None else cover_name(self.journal, None)
        options_dialog = ExportOptionsDialog(self.window, author, word=self.suffix == ".docx")
        if options_dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        options = options_dialog.options()
        if settings is not None and not options.blank and options.author != author:
            # Only a name the person typed: the journal's own name stays live (a rename shows).
            settings.setValue(self._author_key(), options.author or "")
        name = "workbook" if options.blank else self.journal.name
        suggested = str(documents_dir() / f"{t(self.pack.title)} - {name}{self.suffix}")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self._title(), suggested, self._file_filter()
        )
        if not path:
            return False
        target = Path(path) if path.lower().endswith(self.suffix) else Path(path + self.suffix)
        content = (
            JournalContent(journal=None) if options.blank else gather(self.repository, self.journal)
        )
        pack, write = self.pack, self._writer()

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            return write(pack, content, target, options, on_progress=progress, cancelled=cancelled)

        self.run_in_background(self.tr("Writing {0}…").format(target.name), job)
        return True

    def succeeded(self, result: Any) -> str | None:
        """Offer to open the PDF; name any characters that could not be drawn."""
        report: ExportReport = result
        text = self.tr("The PDF is ready: {0} (%n pages).", "", report.pages).format(report.path)
        warning = report.missing_summary()
        if warning:
            text += "\n\n" + warning
        self._offer_to_open(text, report.path, report.missing_details())
        return None


class WordExport(PdfExport):
    """The File ▸ Export Word document… command: the same options and steps, a .docx."""

    suffix = ".docx"

    def _title(self) -> str:
        return self.tr("Export Word document")

    def _file_filter(self) -> str:
        return self.tr("Word documents (*.docx)")

    def _writer(self) -> Callable[..., Any]:
        from journal_app.export.docx import export_docx  # noqa: PLC0415 - loads python-docx

        return export_docx

    def succeeded(self, result: Any) -> str | None:
        """Offer to open the document."""
        text = self.tr("The Word document is ready: {0}").format(result.path)
        self._offer_to_open(text, result.path)
        return None


class CompileHandIns(_BackgroundTask):
    """File ▸ Compile hand-ins…: one outcome document (PDF, Word or both) from hand-ins.

    The hand-ins are checked first (in the background): they name their prompt pack, which is
    the one compiled with, as on the command line, whatever journal the window shows. A
    submissions export of ODK Central or KoboToolbox names no pack: it is compiled with the
    hand-ins' pack, or alone with the pack of the window's journal (its form's).
    """

    def __init__(
        self,
        parent: QWidget,
        find_pack: Callable[[str], Pack | None],
        window_pack: Pack | None = None,
    ) -> None:
        super().__init__(parent)
        self.find_pack = find_pack
        self.window_pack = window_pack
        self.paths: list[Path] = []
        self.workshop: str | None = None
        """The workshop passphrase typed for locked hand-ins (kept while the task runs)."""
        self._checked = False

    def _title(self) -> str:
        return self.tr("Compile hand-ins")

    def start(self) -> bool:
        """Ask for the hand-ins and check them in the background; then ask the rest."""
        files, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Choose the hand-ins to compile"),
            str(documents_dir()),
            self.tr("Hand-ins and submissions exports (*.journal.zip *.zip *.csv *.xlsx)"),
        )
        if not files:
            return False
        paths = self.paths = [Path(f) for f in files]
        self._checked = False
        locked = [p for p in paths if is_locked(p)]
        self.workshop = None
        if locked:  # once for all of them; a wrong one is said by the check, which stops
            self.workshop = ask_workshop(self.window, Purpose.READ_HANDINS, locked[0])
            if self.workshop is None:
                return False
        workshop = self.workshop

        def check(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            packs: list[tuple[Path, str]] = []
            for number, path in enumerate(paths, 1):
                if cancelled():
                    raise ExportCancelled
                if not is_submissions_export(path):  # (an export is read by the compile)
                    packs.append((path, read_handin(path, workshop).pack_id))
                progress(number / len(paths))
            return packs

        self.run_in_background(self.tr("Checking %n hand-ins…", "", len(paths)), check)
        return True

    def succeeded(self, result: Any) -> str | None:
        """After the check: ask and compile; after the compile: offer to open the PDF."""
        if self._checked:
            text = result.summary()
            warning = result.missing_summary()
            if warning:
                text += "\n\n" + warning
            self._offer_to_open(text, result.document, result.missing_details())
            return None
        self._checked = True
        packs: list[tuple[Path, str]] = result
        if not packs:  # only submissions exports: the form of the window's pack
            if self.window_pack is None:
                self._warn(
                    self.tr(
                        "A submissions export does not say which prompt pack its form was made"
                        " from. Open a journal of that pack, then compile again."
                    )
                )
                return "failed"
            packs = [(self.paths[0], self.window_pack.id)]
        first_id = packs[0][1]
        for file, pack_id in packs[1:]:
            if pack_id != first_id:
                self._warn(
                    self.tr(
                        "{0}: this hand-in is for the prompt pack “{1}”, the others for “{2}”."
                        " Compile the hand-ins of one pack at a time."
                    ).format(file, pack_id, first_id)
                )
                return "failed"
        pack = self.find_pack(first_id)
        if pack is None:
            self._warn(
                self.tr(
                    "These hand-ins are for the prompt pack “{0}”, which this app does not have."
                    " Open it first (File ▸ Open prompt pack…), then compile again."
                ).format(first_id)
            )
            return "failed"
        choices = CompileOptionsDialog(self.window)
        chosen = choices.exec() == QDialog.DialogCode.Accepted
        if self.stopped or not chosen:  # (the window may have closed while it was open)
            return "cancelled"
        kind = choices.format.currentData()
        suffix = ".docx" if kind == "docx" else ".pdf"
        suggested = str(documents_dir() / f"{t(pack.title)} - outcome{suffix}")
        if kind == "docx":
            kinds = self.tr("Word documents (*.docx)")
        else:
            kinds = self.tr("PDF documents (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(self.window, self._title(), suggested, kinds)
        if not path or self.stopped:
            return "cancelled"
        target = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        pdf = target if kind != "docx" else None
        word = target.with_suffix(".docx") if kind != "pdf" else None
        tables = choices.spreadsheet.isChecked()
        table = target.with_suffix(".csv") if tables else None
        workbook = target.with_suffix(".xlsx") if tables else None
        # The save dialog asked about the file chosen, not about those written beside it: a
        # Word document edited since the last compile, say.
        beside = [
            path
            for path in (word if kind == "both" else None, table, workbook)
            if path is not None and path.exists()
        ]
        if beside:
            replace = QMessageBox.question(
                self.window,
                self._title(),
                self.tr("These files beside {0} exist already and will be replaced:\n\n{1}").format(
                    target.name, "\n".join(str(path) for path in beside)
                )
                + "\n\n"
                + self.tr("Replace them?"),
            )
            if replace != QMessageBox.StandardButton.Yes or self.stopped:
                return "cancelled"
        show_names = choices.names.isChecked()
        quotes, all_answers = choices.quotes.value(), choices.all_answers.isChecked()
        paths, workshop = self.paths, self.workshop

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            return compile_handins(
                paths,
                pack,
                pdf,
                docx_path=word,
                csv_path=table,
                xlsx_path=workbook,
                show_names=show_names,
                quotes=quotes,
                all_answers=all_answers,
                on_progress=progress,
                cancelled=cancelled,
                workshop_passphrase=workshop,
            )

        self.run_in_background(self.tr("Compiling %n hand-ins…", "", len(paths)), job)
        return None


class ImportHandIn(_BackgroundTask):
    """File ▸ Import a hand-in…: read, check and import in the background, with Cancel.

    Pictures are decoded and normalised there: a large hand-in never freezes the window.
    """

    imported = Signal(object)
    """The ``ImportReport`` of a finished import (the window shows it and opens the journal)."""

    def __init__(
        self, parent: QWidget, repository: Repository, packs: Callable[[], Mapping[str, Pack]]
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.packs = packs

    def _title(self) -> str:
        return self.tr("Import a hand-in")

    def start(self) -> bool:
        """Ask for the file, then import it in the background; False if no file was chosen."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self._title(), "", self.tr("Hand-ins (*.journal.zip *.zip)")
        )
        if not path:
            return False
        source = Path(path)
        workshop = None
        if is_locked(source):  # asked here; a wrong one is said by the import, which stops
            workshop = ask_workshop(self.window, Purpose.READ_HANDINS, source)
            if workshop is None:
                return False
        # Found here, on the main thread: the window's library is not for two threads at once.
        repository, packs = self.repository, dict(self.packs())
        unknown = self.tr(
            "{0}: this hand-in is for the prompt pack “{1}”, which this app does not have. Open"
            " it first (File ▸ Open prompt pack…), then import again."
        )

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            def step(fraction: float) -> None:  # pictures are decoded one by one: a Cancel
                if cancelled():  # stops before the next, and nothing is written
                    raise ExportCancelled
                progress(0.3 + 0.65 * fraction)

            handin = read_handin(source, workshop)
            step(0.0)
            pack = packs.get(handin.pack_id)
            if pack is None:
                raise HandInError(unknown.format(source, handin.pack_id))
            return import_handin(repository, pack, handin, step=step)

        self.run_in_background(self.tr("Importing {0}…").format(source.name), job)
        return True

    def succeeded(self, result: Any) -> str | None:
        """Hand the report to the window."""
        self.imported.emit(result)
        return None


class ChangePassphrase(_BackgroundTask):
    """Protect the journals with a passphrase, change it or remove it, beside the window.

    Every file is written anew (``protection.rekey``): seconds for a journal of many photos.
    The window waits behind a progress dialog without Cancel (a re-encoding stops at no halfway
    point the person could choose); closing the window waits for it to end.
    """

    def __init__(
        self, parent: QWidget, repository: Repository, passphrase: str | None, done: str
    ) -> None:
        super().__init__(parent)
        self.repository, self.passphrase, self.done = repository, passphrase, done

    def _title(self) -> str:
        return self.tr("Passphrase")

    def start(self) -> bool:
        """Re-encode the journals in the background."""
        repository, passphrase = self.repository, self.passphrase

        def job(_progress: Callable[[float], None], _cancelled: Callable[[], bool]) -> Any:
            repository.change_passphrase(passphrase)
            return None

        self.run_in_background(
            self.tr("Encrypting your journals and their backups anew…"), job, cancellable=False
        )
        return True

    def stop_and_wait(self, milliseconds: int = 30_000) -> None:
        """The window is closing: wait for the re-encoding to end, however long it takes."""
        self.stopped = True
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()

    def succeeded(self, result: Any) -> str | None:
        """Say it is done, in the status bar."""
        window = self.window
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.done, 10000)
        return None
