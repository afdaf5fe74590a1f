"""File ▸ Export PDF…: choose options and a file, export off the UI thread, offer to open it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from journal_app.export.compile import compile_handins
from journal_app.export.fonts import FontError
from journal_app.export.handin import HandInError
from journal_app.export.pdf import (
    ExportCancelled,
    ExportError,
    ExportReport,
    JournalContent,
    PdfOptions,
    export_pdf,
    gather,
)
from journal_app.packs.model import Pack
from journal_app.store.errors import StoreError
from journal_app.store.repository import Journal, Repository
from journal_app.ui.packtext import t
from journal_app.ui.widgets import documents_dir

Job = Callable[[Callable[[float], None], Callable[[], bool]], Any]
"""A long job: it gets a progress callback (0..1) and a cancel check."""


class ExportOptionsDialog(QDialog):
    """Paper size, unanswered prompts, or an empty workbook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.page_size.setCurrentIndex(1)
        self.skip_unanswered = QCheckBox(self.tr("Leave out prompts I have not answered"))
        self.blank = QCheckBox(self.tr("An empty workbook to fill in by hand (no answers)"))
        self.blank.toggled.connect(self.skip_unanswered.setDisabled)
        form = QFormLayout(self)
        form.addRow(self.tr("Paper size:"), self.page_size)
        form.addRow(self.skip_unanswered)
        form.addRow(self.blank)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> PdfOptions:
        """The options chosen."""
        return PdfOptions(
            page_size=self.page_size.currentData(),
            blank=self.blank.isChecked(),
            skip_unanswered=self.skip_unanswered.isChecked() and not self.blank.isChecked(),
        )


class _Worker(QObject):
    """Runs a job in a thread of its own; the job gets a progress and a cancel callback."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        """Run the job; report the outcome with one of the signals."""
        try:
            result = self.job(
                lambda fraction: self.progressed.emit(int(fraction * 100)), self.stop.is_set
            )
        except ExportCancelled:
            self.cancelled.emit()
        except (ExportError, FontError, StoreError, HandInError) as error:
            self.failed.emit(str(error))
        else:
            self.succeeded.emit(result)


class _BackgroundTask(QObject):
    """A long job started from the window: a worker thread, progress with Cancel, the result."""

    finished = Signal(str)
    """``"done"``, ``"failed"`` or ``"cancelled"`` (for tests and the status bar)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.worker_thread: QThread | None = None
        self.worker: _Worker | None = None
        self.progress: QProgressDialog | None = None

    def _title(self) -> str:
        return self.tr("Export PDF")

    def running(self) -> bool:
        """Whether the worker thread is still at work."""
        return self.worker_thread is not None and self.worker_thread.isRunning()

    def stop_and_wait(self, milliseconds: int = 30_000) -> None:
        """Cancel the job and wait for its thread to end (the window is closing)."""
        if self.worker is not None:
            self.worker.stop.set()
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait(milliseconds)

    def run_in_background(self, label: str, job: Job) -> None:
        """Start ``job`` in a worker thread with a progress dialog."""
        self.worker = _Worker(job)
        self.worker_thread = QThread(self)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 100, self.window)
        self.progress.setWindowTitle(self._title())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.stop.set)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.succeeded.connect(self._on_worker_succeeded)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.worker_thread.start()

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.reset()
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()

    def succeeded(self, result: Any) -> None:
        """Tell the user what was made."""
        raise NotImplementedError

    def _on_worker_succeeded(self, result: Any) -> None:
        self._done()
        self.succeeded(result)
        self.finished.emit("done")

    def _on_worker_failed(self, message: str) -> None:
        self._done()
        QMessageBox.warning(self.window, self._title(), message)
        self.finished.emit("failed")

    def _on_worker_cancelled(self) -> None:
        self._done()
        self.finished.emit("cancelled")

    def _offer_to_open(self, text: str, path: Path) -> None:
        answer = QMessageBox.information(
            self.window,
            self._title(),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfExport(_BackgroundTask):
    """The File ▸ Export PDF… command."""

    def __init__(
        self, parent: QWidget, pack: Pack, repository: Repository, journal: Journal
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.repository = repository
        self.journal = journal

    def start(self) -> bool:
        """Ask for options and a file, then export in the background; False if cancelled."""
        options_dialog = ExportOptionsDialog(self.window)
        if options_dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        options = options_dialog.options()
        name = "workbook" if options.blank else self.journal.name
        suggested = str(documents_dir() / f"{t(self.pack.title)} - {name}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        content = (
            JournalContent(journal=None) if options.blank else gather(self.repository, self.journal)
        )
        pack = self.pack

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            return export_pdf(
                pack, content, target, options, on_progress=progress, cancelled=cancelled
            )

        self.run_in_background(self.tr("Writing {0}…").format(target.name), job)
        return True

    def succeeded(self, result: Any) -> None:
        """Offer to open the PDF; name any characters that could not be drawn."""
        report: ExportReport = result
        text = self.tr("The PDF is ready: {0} (%n pages).", "", report.pages).format(report.path)
        warning = report.missing_summary()
        if warning:
            text += "\n\n" + warning
        self._offer_to_open(text, report.path)


class CompileHandIns(_BackgroundTask):
    """File ▸ Compile hand-ins…: one outcome document (PDF and CSV) from participants' files."""

    def __init__(self, parent: QWidget, pack: Pack) -> None:
        super().__init__(parent)
        self.pack = pack

    def _title(self) -> str:
        return self.tr("Compile hand-ins")

    def start(self) -> bool:
        """Ask for the hand-ins and where to write; compile in the background."""
        files, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Choose the hand-ins to compile"),
            str(documents_dir()),
            self.tr("Hand-ins (*.journal.zip *.zip)"),
        )
        if not files:
            return False
        names = QMessageBox.question(
            self.window,
            self._title(),
            self.tr("Show the participants' journal names in the outcome document?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        suggested = str(documents_dir() / f"{t(self.pack.title)} - outcome.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self._title(), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        table = target.with_suffix(".csv")
        show_names = names == QMessageBox.StandardButton.Yes
        pack, paths = self.pack, [Path(f) for f in files]

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            return compile_handins(
                paths,
                pack,
                target,
                csv_path=table,
                show_names=show_names,
                on_progress=progress,
                cancelled=cancelled,
            )

        self.run_in_background(self.tr("Compiling %n hand-ins…", "", len(paths)), job)
        return True

    def succeeded(self, result: Any) -> None:
        """Say what was written and offer to open the PDF."""
        self._offer_to_open(result.summary(), result.pdf_path)
