"""Checks of the Qt binding the app runs on, against bugs that would crash the person using it.

PySide6 6.12.0 on CPython 3.11: every ``emit()`` of a signal declared in Python (``Signal()``)
lowers the reference count of ``True`` by one. The editors emit such a signal on every
keystroke, so after about 1,900 keystrokes the count reaches zero and CPython aborts with
"Fatal Python error: bool_dealloc" (SIGABRT), losing what was typed since the last save. CPython
3.12 and newer make ``True`` immortal, which hides the bug; PySide6 6.11.3 does not have it.

``pyproject.toml`` excludes the releases known to be broken (:data:`BROKEN_PYSIDE6`) and the test
suite runs :func:`bool_refcount_drift` as a canary, so a future release with the same bug fails
the tests, not the user. :func:`guard` protects a person whose PySide6 came from elsewhere (a
distribution's package, a hand-made environment): if the leak is measured at start-up, ``True``
and ``False`` are given a reference count no session can exhaust, which is what CPython 3.12
does for every interpreter.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

BROKEN_PYSIDE6 = frozenset({"6.12.0"})
"""PySide6 releases measured to corrupt ``True``'s reference count (excluded in pyproject.toml)."""

TESTED_PYSIDE6 = "6.11.3"
"""The PySide6 release the suite was last run on without the leak."""

PYSIDE6_VERSION: str = PySide6.__version__
"""The release running now."""

_IMMORTAL = 1 << 40
"""A reference count no leak of one per signal can use up (10^12 keystrokes)."""


def bool_refcount_drift(emits: int = 64) -> int:
    """Emit a Python-declared signal ``emits`` times; how far ``True``'s count moved (0: healthy).

    A ``QCoreApplication`` is not needed: signals emit without one.
    """
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        pinged = Signal()

    probe = _Probe()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(emits):
        probe.pinged.emit()
    drift = sys.getrefcount(True) + sys.getrefcount(False) - before
    probe.deleteLater()
    return drift


def guard() -> bool:
    """Make the app safe on a binding that leaks ``True``/``False`` references.

    Returns:
        True if the leak was found (and neutralised), False if the binding is healthy.
    """
    if sys.version_info >= (3, 12):  # True and False are immortal there
        return False
    if bool_refcount_drift() == 0:
        return False
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += _IMMORTAL
    return True
