"""The passphrase dialog: for protected journals, and for a workshop's locked hand-ins.

To open protected journals, to set, change or remove their passphrase, and a workshop's
passphrase, to lock a hand-in or to read locked ones: one dialog, six uses (:class:`Purpose`).
It says plainly that a forgotten passphrase cannot be recovered; it never limits the tries,
never shows a passphrase, and never keeps one beyond the dialog. A new passphrase is typed twice.
"""

from __future__ import annotations

import enum
import hmac
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.store import cipher
from journal_app.ui.widgets import plain_label

AUTHOR_SETTINGS = "export/author"
"""The settings' group of the names typed for export covers, by journal. The settings file is
not encrypted: a protected folder keeps none there (``PdfExport``, ``MainWindow``)."""


class Purpose(enum.Enum):
    """What the passphrase is asked for."""

    OPEN = enum.auto()
    SET = enum.auto()
    CHANGE = enum.auto()
    REMOVE = enum.auto()
    LOCK_HANDIN = enum.auto()
    """The workshop's passphrase, to lock a participant's hand-in with (typed twice)."""
    READ_HANDINS = enum.auto()
    """The workshop's passphrase, to read hand-ins locked with it."""


class PassphraseDialog(QDialog):
    """Asks for a passphrase (see the module)."""

    def __init__(
        self,
        parent: QWidget | None,
        purpose: Purpose,
        folder: Path,
        *,
        current: str | None = None,
    ) -> None:
        """Make the dialog.

        Args:
            parent: The window.
            purpose: What it asks for.
            folder: The data folder (named in the dialog).
            current: The passphrase the journals are open with (to change or remove it, the
                person types it again: someone else at an unlocked laptop cannot).
        """
        super().__init__(parent)
        self.purpose = purpose
        self._current = current
        titles = {
            Purpose.OPEN: self.tr("Protected journals"),
            Purpose.SET: self.tr("Protect your journals with a passphrase"),
            Purpose.CHANGE: self.tr("Change the passphrase"),
            Purpose.REMOVE: self.tr("Remove the passphrase"),
            Purpose.LOCK_HANDIN: self.tr("Lock the hand-in"),
            Purpose.READ_HANDINS: self.tr("Locked hand-ins"),
        }
        self.setWindowTitle(titles[purpose])
        layout = QVBoxLayout(self)
        intros = {
            Purpose.OPEN: self.tr(
                "The journals in {0} are protected by a passphrase. Type it to open them."
            ),
            Purpose.SET: self.tr(
                "Your journals in {0} and their backups will be encrypted with this passphrase."
                " It is asked each time the app starts."
            ),
            Purpose.CHANGE: self.tr(
                "Your journals in {0} and their backups will be encrypted with the new passphrase."
            ),
            Purpose.REMOVE: self.tr(
                "Your journals in {0} and their backups will no longer be encrypted: anyone who"
                " can read that folder will be able to read them."
            ),
            Purpose.LOCK_HANDIN: self.tr(
                "Type the workshop passphrase your facilitator gave you: only who has it can"
                " read the hand-in {0}."
            ),
            Purpose.READ_HANDINS: self.tr(
                "{0} is locked with a workshop passphrase. Type it to read the locked hand-ins."
            ),
        }
        intro = plain_label(intros[purpose].format(folder))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current_edit = self._secret()
        self.new_edit = self._secret()
        self.again_edit = self._secret()
        asked = (Purpose.OPEN, Purpose.CHANGE, Purpose.REMOVE, Purpose.READ_HANDINS)
        if purpose in asked:
            opening = purpose in (Purpose.OPEN, Purpose.READ_HANDINS)
            label = self.tr("Passphrase:") if opening else self.tr("Current:")
            form.addRow(label, self.current_edit)
        if purpose in (Purpose.SET, Purpose.CHANGE, Purpose.LOCK_HANDIN):
            form.addRow(self.tr("New passphrase:"), self.new_edit)
            form.addRow(self.tr("Type it again:"), self.again_edit)
        layout.addLayout(form)
        if purpose in (Purpose.OPEN, Purpose.SET, Purpose.CHANGE):
            warning = plain_label(
                self.tr(
                    "A forgotten passphrase cannot be recovered: without it nobody, not even you,"
                    " can read these journals or their backups. Keep it somewhere safe."
                )
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("font-weight: bold;")
            layout.addWidget(warning)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        oks = {
            Purpose.OPEN: self.tr("Open"),
            Purpose.SET: self.tr("Protect"),
            Purpose.CHANGE: self.tr("Change"),
            Purpose.REMOVE: self.tr("Remove the passphrase"),
            Purpose.LOCK_HANDIN: self.tr("Lock"),
            Purpose.READ_HANDINS: self.tr("Read"),
        }
        ok.setText(oks[purpose])
        if purpose is Purpose.OPEN:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        typing_new = purpose in (Purpose.SET, Purpose.LOCK_HANDIN)
        first = self.new_edit if typing_new else self.current_edit
        first.setFocus()

    def _secret(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumWidth(280)
        return edit

    def show_error(self, text: str) -> None:
        """Say what is wrong (a wrong passphrase…), and let the person type again."""
        self.error.setText(text)
        self.error.show()
        typing_new = self.purpose in (Purpose.SET, Purpose.LOCK_HANDIN)
        edit = self.new_edit if typing_new else self.current_edit
        edit.selectAll()
        edit.setFocus()

    def passphrase(self) -> str:
        """The passphrase typed: to open with, or the new one (empty for a removal)."""
        if self.purpose in (Purpose.OPEN, Purpose.READ_HANDINS):
            return self.current_edit.text()
        return self.new_edit.text()

    def _check(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.accept()

    def _problem(self) -> str | None:
        if self.purpose in (Purpose.OPEN, Purpose.READ_HANDINS):
            return cipher.check_passphrase(self.current_edit.text())
        if self.purpose in (Purpose.CHANGE, Purpose.REMOVE) and not _same(
            self.current_edit.text(), self._current
        ):
            return self.tr("That is not the current passphrase.")
        if self.purpose is Purpose.REMOVE:
            return None
        new = self.new_edit.text()
        problem = cipher.check_passphrase(new)
        if problem is not None:
            return problem
        if new != self.again_edit.text():
            return self.tr("The two passphrases are not the same.")
        if self.purpose is Purpose.CHANGE and _same(new, self._current):
            return self.tr("The new passphrase is the current one.")
        return None


def _same(typed: str, known: str | None) -> bool:
    """Whether two passphrases are the same (in constant time)."""
    return known is not None and hmac.compare_digest(typed.encode(), known.encode())


def ask_workshop(parent: QWidget | None, purpose: Purpose, file: Path) -> str | None:
    """The workshop's passphrase, to lock ``file`` or read it (None if the person cancelled)."""
    dialog = PassphraseDialog(parent, purpose, file)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def ask_to_open(parent: QWidget | None, folder: Path, error: str = "") -> str | None:
    """Ask the passphrase of protected journals; None if the person chose to quit."""
    dialog = PassphraseDialog(parent, Purpose.OPEN, folder)
    if error:
        dialog.show_error(error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


Asker = Callable[[QWidget | None, Path, str], "str | None"]
"""How the start-up asks for the passphrase (tests give their own)."""
