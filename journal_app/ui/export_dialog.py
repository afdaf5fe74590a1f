"""File ▸ Export PDF…: choose options and a file, export off the UI thread, offer to open it."""

from __future__ import annotations

import threading
from pathlib import Path

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

from journal_app.export.fonts import FontError
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
    """Runs the export in a thread of its own."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, pack: Pack, content: JournalContent, target: Path, options: PdfOptions
    ) -> None:
        super().__init__()
        self.pack = pack
        self.content = content
        self.target = target
        self.options = options
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        """Export; report the outcome with one of the signals."""
        try:
            report = export_pdf(
                self.pack,
                self.content,
                self.target,
                self.options,
                on_progress=lambda fraction: self.progressed.emit(int(fraction * 100)),
                cancelled=self.stop.is_set,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except (ExportError, FontError, StoreError) as error:
            self.failed.emit(str(error))
        else:
            self.succeeded.emit(report)


class PdfExport(QObject):
    """One export from the window: dialogs, the worker thread, progress with Cancel, the result."""

    finished = Signal(str)
    """``"done"``, ``"failed"`` or ``"cancelled"`` (for tests and the status bar)."""

    def __init__(
        self, parent: QWidget, pack: Pack, repository: Repository, journal: Journal
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.pack = pack
        self.repository = repository
        self.journal = journal
        self.worker_thread: QThread | None = None
        self.worker: _Worker | None = None
        self.progress: QProgressDialog | None = None

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

        self.worker = _Worker(self.pack, content, target, options)
        self.worker_thread = QThread(self)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.progress = QProgressDialog(
            self.tr("Writing {0}…").format(target.name), self.tr("Cancel"), 0, 100, self.window
        )
        self.progress.setWindowTitle(self.tr("Export PDF"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.worker.stop.set)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.succeeded.connect(self._on_worker_succeeded)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.worker_thread.start()
        return True

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.reset()
        if self.worker_thread is not None:
            self.worker_thread.quit()
            self.worker_thread.wait()

    def _on_worker_succeeded(self, report: ExportReport) -> None:
        self._done()
        text = self.tr("The PDF is ready: {0} ({1} pages).").format(report.path, report.pages)
        warning = report.missing_summary()
        if warning:
            text += "\n\n" + warning
        answer = QMessageBox.information(
            self.window,
            self.tr("Export PDF"),
            text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.path)))
        self.finished.emit("done")

    def _on_worker_failed(self, message: str) -> None:
        self._done()
        QMessageBox.warning(self.window, self.tr("Export PDF"), message)
        self.finished.emit("failed")

    def _on_worker_cancelled(self) -> None:
        self._done()
        self.finished.emit("cancelled")
