"""Drive the real journal app as a person would, from a script of actions.

Usage::

    python tests/sessions/driver.py SCRIPT.json -- [journal-app arguments…]

The driver creates the ``QApplication`` first (``journal_app.app.run`` takes the one that
exists), schedules the script's actions with ``QTimer`` and then calls the real entry point,
``journal_app.cli.main(arguments)``; its exit status is the driver's. Everything reaches the app
as input events sent to the window (``QTest`` on the ``QWindow``: Qt routes them to the focus
widget, through shortcuts, as it does for a keyboard and a mouse); widgets are only *looked up*
through the window's public structure (``navigator``, ``pages``, the page's ``cards``, each
card's ``editor``) to know where to click.

The driver keeps what a person expects to see: every character it types is added to the
expected value of the field it typed into (and Space/clicks on checkboxes flip their expected
state). It writes that, with counts, to the script's ``record`` file (atomically), at the
script's ``record`` actions and when the app has returned.

Script (JSON)::

    {
      "record": "PATH",          # where the expectation is written
      "ready": "PATH",           # written once the window is up (optional)
      "timeout_s": 50,           # the driver gives up (exit 4) after this long
      "initial": {prompt_id: {field: value}},  # what the fields hold before (optional)
      "passphrases": [TEXT, …],  # typed into the start's passphrase dialogs, in turn (optional)
      "actions": [ {"do": …}, … ]
    }

Fields are named as in ``sessionkit.flatten``: ``text``, ``item/N`` (1-based), ``stem/ID``,
``cell/ROW/COLUMN``, ``option/ID`` (a checkbox; expected as ``checked``), ``other`` (the "Other"
line), ``caption/N`` (the selected picture's description), ``paste`` (the Paste button).

``navigate``, ``find``, ``click``, ``key``, ``type`` and ``paste_picture`` take ``"after_ms"``: how
long the event loop runs before the next action.

Actions:

- ``{"do": "navigate", "prompt": ID}``: click the prompt in the navigator (a collapsed group is
  clicked and opened with the Right key first).
- ``{"do": "find", "text": T, "prompt": ID}``: Ctrl+F, type T, Enter; the prompt must be shown.
- ``{"do": "click", "prompt": ID, "field": F}``: scroll it into view, click it.
- ``{"do": "key", "key": K, "then": F}``: a key (``Tab``, ``Backtab``, ``Space``, ``Return``,
  ``End``, ``ctrl+End``, ``ctrl+q``…) to the window; ``then``: the field it should lead to.
- ``{"do": "type", "text": T, "chunk": N}``: type T into the focus, N keys per turn of the loop.
- ``{"do": "pause", "ms": N}``: let the event loop run for N ms.
- ``{"do": "copy_picture"}``: put a picture on the clipboard (as if copied in another program);
  ``{"do": "paste_picture", "prompt": ID}``: click the image prompt's Paste button.
- ``{"do": "record"}``, ``{"do": "mark", "path": P}``: write the record / an empty file.
- ``{"do": "dump", "prompts": [IDs], "path": P}``: what the editors show, as JSON.
- ``{"do": "where", "path": P}``: the page shown (``home``, or the prompt), the journal name
  in view, and the home page's texts, as JSON.
- ``{"do": "continue"}``: click the home page's "Continue" (or "Start") button.
- ``{"do": "points", "targets": {NAME: {"prompt": ID, "field": F}}, "path": P,
  "wait_for": Q}``: write the screen coordinates of the targets' centres, then wait for Q.
- ``{"do": "quit", "via": "menu" | "shortcut"}``: File ▸ Quit, clicked in the menu (the
  default) or by Ctrl+Q (which the offscreen platform, like Windows, does not bind to Quit).
- ``{"do": "idle"}``: nothing more (the test ends the app, e.g. with SIGTERM).

A modal dialog the script did not expect, an action that fails, or the timeout end the process
at once with a message on stderr and a non-zero status (3, 70, 4).
"""

from __future__ import annotations

import copy
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

EXIT_DIALOG = 3
EXIT_TIMEOUT = 4
EXIT_DRIVER_ERROR = 70

_KEYS = {
    "tab": Qt.Key.Key_Tab,
    "backtab": Qt.Key.Key_Backtab,
    "space": Qt.Key.Key_Space,
    "return": Qt.Key.Key_Return,
    "escape": Qt.Key.Key_Escape,
    "backspace": Qt.Key.Key_Backspace,
    "delete": Qt.Key.Key_Delete,
    "end": Qt.Key.Key_End,
    "home": Qt.Key.Key_Home,
    "left": Qt.Key.Key_Left,
    "right": Qt.Key.Key_Right,
    "up": Qt.Key.Key_Up,
    "down": Qt.Key.Key_Down,
    "f2": Qt.Key.Key_F2,
}
_KEY_TEXT = {"space": " ", "return": "\r", "escape": "\x1b", "backspace": "\b", "delete": "\x7f"}


def _key_code(name: str) -> Qt.Key:
    """A key by name (``tab``, ``f2``…) or by its letter or digit (``q``, ``7``)."""
    if name in _KEYS:
        return _KEYS[name]
    if len(name) == 1 and name.isascii() and name.isalnum():
        return Qt.Key(ord(name.upper()))
    raise ValueError(f"unknown key {name!r}")


def _say(message: str) -> None:
    print(f"driver: {message}", file=sys.stderr, flush=True)


def _die(status: int, message: str) -> None:
    _say(message)
    sys.stdout.flush()
    os._exit(status)


def _write_json(path: str, data: object) -> None:
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(target)


class Driver:
    def __init__(self, script: dict[str, Any]) -> None:
        self.script = script
        self.actions: list[dict[str, Any]] = list(script["actions"])
        self.expected: dict[str, dict[str, Any]] = copy.deepcopy(script.get("initial", {}))
        self.window: Any = None
        self.prompt: str | None = None  # the prompt and field that have the focus, we believe
        self.field: str | None = None
        self.typed_chars = 0
        self.keystrokes = 0
        self.clicks = 0
        self.notes: list[str] = []
        self.step = 0
        self.started = time.monotonic()
        self.deadline = self.started + float(script.get("timeout_s", 50))
        self.passphrases: list[str] = list(script.get("passphrases", []))
        self.passphrases_typed = 0
        self.finished_script = False
        self.watchdog = QTimer()
        self.watchdog.setInterval(100)
        self.watchdog.timeout.connect(self._on_watchdog)

    # ------------------------------------------------------------------ the loop

    def start(self) -> None:
        self.watchdog.start()
        self._wait_for_window()

    def _wait_for_window(self) -> None:
        from journal_app.ui.main_window import MainWindow
        from journal_app.ui.passphrase import PassphraseDialog

        # Protected journals ask for their passphrase first: typed, key by key, then Return.
        # (Marked on the dialog itself: a new dialog may be at a freed one's address, its id.)
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PassphraseDialog) and not modal.property("driver_answered"):
            if not self.passphrases:
                _die(EXIT_DIALOG, "a passphrase was asked, and the script has none left")
            modal.setProperty("driver_answered", True)
            self.passphrases_typed += 1
            QTest.keyClicks(modal.current_edit, self.passphrases.pop(0))
            self.keystrokes += 1
            buttons = modal.findChild(QDialogButtonBox)
            QTest.mouseClick(
                buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
            )
            self.clicks += 1

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.has_journal:
                handle = widget.windowHandle()
                if handle is not None and handle.isExposed():
                    self.window = widget
                    break
        if self.window is None:
            QTimer.singleShot(20, self._wait_for_window)
            return
        if self.script.get("ready"):
            Path(self.script["ready"]).write_text(str(os.getpid()), encoding="utf-8")
        self._next(0)

    def _next(self, delay_ms: int = 0) -> None:
        QTimer.singleShot(delay_ms, self._run_next)

    def _run_next(self) -> None:
        if not self.actions:
            self.finished_script = True
            return
        action = self.actions.pop(0)
        self.step += 1
        try:
            getattr(self, "_do_" + action["do"])(action)
        except Exception:
            _die(
                EXIT_DRIVER_ERROR,
                f"action {self.step} {json.dumps(action, ensure_ascii=False)[:200]} failed:\n"
                + traceback.format_exc(),
            )

    def _on_watchdog(self) -> None:
        modal = QApplication.activeModalWidget()
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, QDialog | QMessageBox)
        ]
        from journal_app.ui.passphrase import PassphraseDialog

        if time.monotonic() > self.deadline:
            _die(
                EXIT_TIMEOUT,
                f"timed out after {time.monotonic() - self.started:.1f} s at step {self.step}",
            )
        if isinstance(modal, PassphraseDialog) and self.window is None:  # (answered at start)
            return
        if modal is not None or dialogs:
            shown = modal or dialogs[0]
            text = shown.windowTitle()
            if isinstance(shown, QMessageBox):
                text += ": " + shown.text() + " " + shown.informativeText()
            _die(
                EXIT_DIALOG, f"unexpected dialog {type(shown).__name__} at step {self.step}: {text}"
            )

    # ------------------------------------------------------------------ finding things

    def _page(self) -> Any:
        return self.window.pages.currentWidget()

    def _card(self, prompt_id: str) -> Any:
        page = self._page()
        cards = getattr(page, "cards", {})
        if prompt_id not in cards:
            raise LookupError(
                f"prompt {prompt_id} is not on the page shown ({type(page).__name__})"
            )
        return cards[prompt_id]

    def _locate(self, prompt_id: str, field: str) -> tuple[QWidget, QPoint]:
        """The widget to click for a field, and the point in it (scrolled into view first)."""
        editor = self._card(prompt_id).editor
        name, _, rest = field.partition("/")
        page = self._page()
        if name == "cell":
            row_id, column_id = rest.split("/")
            rows = [r.id for r in editor.table_prompt.rows]
            columns = [c.id for c in editor.table_prompt.columns]
            grid = editor.grid
            rect = grid.visualRect(grid.model().index(rows.index(row_id), columns.index(column_id)))
            viewport = grid.viewport()
            if isinstance(page, QScrollArea):
                centre = viewport.mapTo(page.widget(), rect.center())
                page.ensureVisible(centre.x(), centre.y(), 50, rect.height() // 2 + 40)
            return viewport, rect.center()
        widget: QWidget
        if name == "text":
            widget = editor.fields[0]
        elif name == "item":
            widget = editor.fields[int(rest) - 1]
        elif name == "stem":
            widget = editor.fields[rest]
        elif name == "option":
            widget = editor.boxes[rest]
        elif name == "other":
            widget = editor.other_text
        elif name == "caption":
            widget = editor.caption_edit
        elif name == "paste":
            widget = editor.paste_button
        else:
            raise ValueError(f"unknown field {field}")
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(widget, 50, 80)
        if isinstance(widget, QCheckBox):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            rect = widget.style().subElementRect(
                QStyle.SubElement.SE_CheckBoxIndicator, option, widget
            )
            return widget, rect.center()
        if isinstance(widget, QAbstractScrollArea):
            widget = widget.viewport()
        return widget, widget.rect().center()

    def _window_point(self, widget: QWidget, point: QPoint) -> QPoint:
        """The point in window coordinates; the widget there must be the one meant."""
        at = widget.mapTo(self.window, point)
        found = self.window.childAt(at)
        if found is None or not (found is widget or widget.isAncestorOf(found)):
            raise LookupError(
                f"{type(widget).__name__} is not under the mouse at {at.x()},{at.y()} "
                f"(found {type(found).__name__ if found else None}): not visible?"
            )
        return at

    def _click_at(self, widget: QWidget, point: QPoint) -> None:
        at = self._window_point(widget, point)
        QTest.mouseClick(
            self.window.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            at,
        )
        self.clicks += 1

    def _key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str = "") -> None:
        QTest.sendKeyEvent(QTest.KeyAction.Click, self.window.windowHandle(), key, text, modifiers)
        self.keystrokes += 1

    def _type_char(self, char: str) -> None:
        if char == "\n":
            self._key(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            return
        code = ord(char.upper()) if len(char.upper()) == 1 else 0
        key = Qt.Key(code) if 0x20 <= code <= 0x7E else Qt.Key.Key_unknown
        self._key(key, Qt.KeyboardModifier.NoModifier, char)

    # ------------------------------------------------------------------ expectations

    def _append(self, text: str) -> None:
        if self.prompt is None or self.field is None:
            raise LookupError("typing with no field believed to have the focus")
        name = self.field.partition("/")[0]
        if name in ("option", "paste"):
            raise LookupError(f"typing text into {self.field}, which takes no text")
        fields = self.expected.setdefault(self.prompt, {})
        fields[self.field] = fields.get(self.field, "") + text
        if name == "other" and fields[self.field].strip():
            fields["other_checked"] = True  # typing "Other" text chooses Other

    def _toggle(self, prompt_id: str, option_id: str) -> None:
        fields = self.expected.setdefault(prompt_id, {})
        checked = set(fields.get("checked", []))
        checked ^= {option_id}
        if checked:
            fields["checked"] = sorted(checked)
        else:
            fields.pop("checked", None)

    def _focus_note(self) -> None:
        """Note (not fail) when the focus is not where the person believes it is."""
        if self.prompt is None or self.field is None:
            return
        focus = QApplication.focusWidget()
        try:
            widget, _ = self._locate(self.prompt, self.field)
        except (LookupError, ValueError) as error:
            self.notes.append(f"step {self.step}: {error}")
            return
        if focus is None or not (
            focus is widget
            or widget.isAncestorOf(focus)
            or focus.isAncestorOf(widget)
            or (self.field.startswith("cell/") and widget.parentWidget().isAncestorOf(focus))
        ):
            note = (
                f"step {self.step}: typing for {self.prompt} {self.field} but the focus is on "
                f"{type(focus).__name__ if focus else None}"
            )
            self.notes.append(note)
            print(f"driver note: {note}", file=sys.stderr, flush=True)

    def record(self, status: int | None = None) -> None:
        path = self.script.get("record")
        if not path:
            return
        _write_json(
            path,
            {
                "expected": self.expected,
                "typed_chars": self.typed_chars,
                "keystrokes": self.keystrokes,
                "clicks": self.clicks,
                "passphrases_typed": self.passphrases_typed,
                "steps_done": self.step,
                "script_finished": self.finished_script or not self.actions,
                "seconds": round(time.monotonic() - self.started, 2),
                "notes": self.notes,
                "status": status,
            },
        )

    # ------------------------------------------------------------------ actions

    def _do_navigate(self, action: dict[str, Any]) -> None:
        navigator = self.window.navigator
        item = self._navigator_item(action["prompt"])
        chain: list[QTreeWidgetItem] = []
        parent = item.parent()
        while parent is not None:
            chain.insert(0, parent)
            parent = parent.parent()
        for ancestor in chain:
            if not ancestor.isExpanded():
                navigator.scrollToItem(ancestor)  # as the wheel would
                self._click_at(navigator.viewport(), navigator.visualItemRect(ancestor).center())
                self._key(Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
        navigator.scrollToItem(item)
        self._click_at(navigator.viewport(), navigator.visualItemRect(item).center())
        self._card(action["prompt"])  # its page is shown
        self.prompt, self.field = None, None
        self._next(int(action.get("after_ms", 0)))

    def _navigator_item(self, prompt_id: str) -> QTreeWidgetItem:
        iterator = QTreeWidgetItemIterator(self.window.navigator)
        while (item := iterator.value()) is not None:
            if item.data(0, Qt.ItemDataRole.UserRole) == ("prompt", prompt_id):
                return item
            iterator += 1
        raise LookupError(f"no navigator item for {prompt_id}")

    def _do_find(self, action: dict[str, Any]) -> None:
        self._key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        for char in action["text"]:
            self._type_char(char)
        self._key(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        self._card(action["prompt"])
        self.prompt, self.field = None, None
        self._next(int(action.get("after_ms", 0)))

    def _do_click(self, action: dict[str, Any]) -> None:
        prompt_id, field = action["prompt"], action["field"]
        widget, point = self._locate(prompt_id, field)
        self._click_at(widget, point)
        if field.startswith("option/"):
            self._toggle(prompt_id, field.partition("/")[2])
        self.prompt, self.field = prompt_id, field
        self._next(int(action.get("after_ms", 0)))

    def _do_key(self, action: dict[str, Any]) -> None:
        *mods, name = action["key"].lower().split("+")
        modifiers = Qt.KeyboardModifier.NoModifier
        for mod in mods:
            modifiers |= {
                "ctrl": Qt.KeyboardModifier.ControlModifier,
                "shift": Qt.KeyboardModifier.ShiftModifier,
                "alt": Qt.KeyboardModifier.AltModifier,
            }[mod]
        text = "" if mods else _KEY_TEXT.get(name, name if len(name) == 1 else "")
        self._key(_key_code(name), modifiers, text)
        if name == "space" and not mods and self.field and self.field.startswith("option/"):
            assert self.prompt is not None
            self._toggle(self.prompt, self.field.partition("/")[2])
        if "then" in action:
            then = action["then"]
            self.prompt, self.field = then.get("prompt", self.prompt), then["field"]
        if name == "return" and not mods and self.field and not self.field.startswith("option/"):
            self._append("\n")
        self._next(int(action.get("after_ms", 0)))

    def _do_type(self, action: dict[str, Any]) -> None:
        self._focus_note()
        text: str = action["text"]
        chunk = max(1, int(action.get("chunk", 16)))
        self._type_chunks(text, chunk, int(action.get("after_ms", 0)))

    def _type_chunks(self, text: str, chunk: int, after_ms: int) -> None:
        piece, rest = text[:chunk], text[chunk:]
        for char in piece:
            self._type_char(char)
        self._append(piece)
        self.typed_chars += len(piece)
        if rest:
            QTimer.singleShot(0, lambda: self._guarded(self._type_chunks, rest, chunk, after_ms))
        else:
            self._next(after_ms)

    def _guarded(self, function: Any, *args: Any) -> None:
        try:
            function(*args)
        except Exception:
            _die(EXIT_DRIVER_ERROR, f"step {self.step} failed:\n" + traceback.format_exc())

    def _do_pause(self, action: dict[str, Any]) -> None:
        self._next(int(action["ms"]))

    def _do_copy_picture(self, action: dict[str, Any]) -> None:
        image = QImage(120, 90, QImage.Format.Format_RGB32)
        image.fill(QColor(action.get("colour", "#3a7d44")))
        QGuiApplication.clipboard().setImage(image)
        self._next(0)

    def _do_paste_picture(self, action: dict[str, Any]) -> None:
        """Click the Paste button of an image prompt (a picture is on the clipboard)."""
        prompt_id = action["prompt"]
        widget, point = self._locate(prompt_id, "paste")
        self._click_at(widget, point)
        fields = self.expected.setdefault(prompt_id, {})
        fields["images"] = int(fields.get("images", 0)) + 1
        self.prompt, self.field = prompt_id, "paste"
        self._next(int(action.get("after_ms", 0)))

    def _do_record(self, action: dict[str, Any]) -> None:
        self.record()
        self._next(0)

    def _do_mark(self, action: dict[str, Any]) -> None:
        self.record()
        Path(action["path"]).write_text("", encoding="utf-8")
        self._next(0)

    def _do_dump(self, action: dict[str, Any]) -> None:
        from journal_app.store.answers import to_json

        shown: dict[str, Any] = {}
        for prompt_id in action["prompts"]:
            card = self.window.card(prompt_id)
            editor = card.editor
            value = editor.value()
            entry: dict[str, Any] = {
                "kind": card.prompt.kind.value,
                "value": None if value is None else to_json(value),
            }
            if hasattr(editor, "images"):
                entry["captions"] = [info.caption for info in editor.images()]
            shown[prompt_id] = entry
        _write_json(action["path"], shown)
        self._next(0)

    def _do_where(self, action: dict[str, Any]) -> None:
        window = self.window
        home = window.home
        on_home = window.pages.currentWidget() is home
        _write_json(
            action["path"],
            {
                "page": "home" if on_home else window._current_prompt,
                "journal_name": window.journal_name.text(),
                "continue": home.continue_button.text(),
                "sections": [counts.text() for _s, _t, _b, counts, _c in home._section_rows],
                "focus": type(QApplication.focusWidget()).__name__,
            },
        )
        self._next(0)

    def _do_continue(self, action: dict[str, Any]) -> None:
        button = self.window.home.continue_button
        self._click_at(button, button.rect().center())
        self.prompt, self.field = self.window._current_prompt, "text"
        self._next(int(action.get("after_ms", 0)))

    def _do_points(self, action: dict[str, Any]) -> None:
        located = {
            name: self._locate(target["prompt"], target["field"])
            for name, target in action["targets"].items()
        }
        points = {}
        for name, (widget, point) in located.items():
            self._window_point(widget, point)  # still visible after the others scrolled
            where = widget.mapToGlobal(point)
            points[name] = [where.x(), where.y()]
        _write_json(action["path"], points)
        self._wait_for_file(action["wait_for"])

    def _wait_for_file(self, path: str) -> None:
        if Path(path).exists():
            self._next(0)
        else:
            QTimer.singleShot(25, lambda: self._wait_for_file(path))

    def _do_quit(self, action: dict[str, Any]) -> None:
        """File ▸ Quit: by its shortcut, or with the mouse through the File menu.

        The offscreen platform (like Windows) has no standard Quit key, so the menu is the
        default; under X11 the shortcut is Ctrl+Q.
        """
        self.record()
        if action.get("via") == "shortcut":
            self.finished_script = True
            self._key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            return
        bar = self.window.menuBar()
        file_action = bar.actions()[0]
        self._click_at(bar, bar.actionGeometry(file_action).center())
        QTimer.singleShot(50, lambda: self._guarded(self._click_quit, file_action.menu()))

    def _click_quit(self, menu: QMenu) -> None:
        if not menu.isVisible():
            raise LookupError("the File menu did not open")
        quit_action = next(a for a in menu.actions() if a.text().replace("&", "") == "Quit")
        QTest.mouseClick(
            menu.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            menu.actionGeometry(quit_action).center(),
        )
        self.clicks += 1
        self.finished_script = True

    def _do_idle(self, action: dict[str, Any]) -> None:
        self.finished_script = True
        self.record()


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    script = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    app_args = argv[2:]
    qt_app = QApplication([sys.argv[0]])  # first: journal_app.app.run takes this one
    driver = Driver(script)
    QTimer.singleShot(0, driver.start)

    from journal_app import cli

    status = cli.main(app_args)
    driver.watchdog.stop()
    driver.record(status)
    qt_app.processEvents()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
