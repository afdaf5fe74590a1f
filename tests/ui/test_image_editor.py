"""The image editor and the drawing pad: stored pictures shown, user actions sent to the gateway."""

from __future__ import annotations

import dataclasses
import pathlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QTextCursor,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from seen import as_seen

from journal_app.packs.loader import load_pack
from journal_app.packs.model import ImagePrompt
from journal_app.store import images as store_images
from journal_app.store.answers import TextValue
from journal_app.store.errors import ImageRejected, StoreError
from journal_app.store.images import normalize
from journal_app.store.repository import ImageInfo, Repository
from journal_app.store.session import JournalSession
from journal_app.ui import drawing_pad
from journal_app.ui.drawing_pad import DrawingPad
from journal_app.ui.editors.image import THUMBNAIL_EDGE, ImageEditor

MINIMAL = Path(__file__).parent.parent / "data" / "minimal-pack.json"


def picture(color: str = "red", size: tuple[int, int] = (40, 30)) -> bytes:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return drawing_pad.encode_png(image)


def decoded(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data)
    return image


class FakeGateway:
    """Pictures in memory; records every call; ``refuse`` makes the next add fail."""

    def __init__(self) -> None:
        self.stored: list[ImageInfo] = []
        self.data: dict[int, bytes] = {}
        self.calls: list[tuple[object, ...]] = []
        self.refuse: StoreError | None = None
        self._next_id = 1

    def store(self, data: bytes, caption: str = "", drawing: bool = False) -> ImageInfo:
        image = decoded(data)
        info = ImageInfo(
            id=self._next_id,
            prompt_id="photo",
            position=len(self.stored),
            media_type="image/png",
            width=image.width(),
            height=image.height(),
            byte_size=len(data),
            caption=caption,
            is_drawing=drawing,
        )
        self._next_id += 1
        self.stored.append(info)
        self.data[info.id] = data
        return info

    def images(self, prompt_id: str) -> list[ImageInfo]:
        return [i for i in self.stored if i.prompt_id == prompt_id]

    def image_bytes(self, image_id: int) -> bytes:
        return self.data[image_id]

    def add_image(
        self,
        prompt: ImagePrompt,
        data: bytes,
        *,
        caption: str = "",
        drawing: bool = False,
        name: str = "The picture",
    ) -> ImageInfo:
        self.calls.append(("add_image", name, drawing, data))
        if self.refuse is not None:
            error, self.refuse = self.refuse, None
            raise error
        if len(self.stored) >= prompt.max_images:
            raise ImageRejected("This prompt is full.")
        normalized = normalize(data, drawing=drawing, name=name)  # the store's own checks
        return self.store(normalized.data, caption, drawing)

    def set_caption(self, image_id: int, caption: str) -> None:
        self.calls.append(("set_caption", image_id, caption))
        self.stored = [
            dataclasses.replace(i, caption=caption) if i.id == image_id else i for i in self.stored
        ]

    def remove_image(self, image_id: int) -> None:
        self.calls.append(("remove_image", image_id))
        self.stored = [i for i in self.stored if i.id != image_id]

    def reorder_images(self, prompt_id: str, image_ids: list[int]) -> None:
        self.calls.append(("reorder_images", prompt_id, list(image_ids)))
        by_id = {i.id: i for i in self.stored}
        self.stored = [
            dataclasses.replace(by_id[image_id], position=n) for n, image_id in enumerate(image_ids)
        ]

    def named(self, name: str) -> list[tuple[object, ...]]:
        return [call for call in self.calls if call[0] == name]


@pytest.fixture(scope="module")
def prompt() -> ImagePrompt:
    found = load_pack(MINIMAL).prompt("photo")
    assert isinstance(found, ImagePrompt)
    assert (found.max_images, found.drawing) == (3, True)
    return found


@pytest.fixture
def gateway() -> FakeGateway:
    return FakeGateway()


@pytest.fixture
def make_editor(qtbot: QtBot, prompt: ImagePrompt, gateway: FakeGateway):
    def make(the_prompt: ImagePrompt = prompt) -> ImageEditor:
        editor = ImageEditor(the_prompt, gateway)
        qtbot.addWidget(editor)
        editor.resize(700, 420)
        editor.show()
        return editor

    return make


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer "Yes" to the removal question (and keep its text)."""
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# ---------------------------------------------------------------- stored → shown


def test_stored_pictures_are_shown_with_their_captions(
    make_editor, gateway: FakeGateway, qtbot: QtBot
) -> None:
    gateway.store(picture("red", (400, 300)), caption="A red square")
    gateway.store(picture("blue"), caption="")
    editor = make_editor()
    # Thumbnails come one per turn of the event loop: the window never waits for them.
    assert editor.thumbnails_pending() == 2
    qtbot.waitUntil(lambda: editor.thumbnails_pending() == 0)

    assert editor.value() is None
    assert editor.thumbnails.count() == 2
    assert editor.pictures.currentWidget() is editor.thumbnails
    first = editor.thumbnails.item(0)
    assert first.text() == "Picture 1"
    assert as_seen(first.toolTip()) == "A red square"
    assert "A red square" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    # A 400 × 300 picture becomes 160 × 120, centred on a transparent 168 × 168 square.
    thumbnail = first.icon().pixmap(editor.thumbnails.iconSize()).toImage()
    ratio = thumbnail.devicePixelRatio()
    assert thumbnail.deviceIndependentSize().toSize() == QSize(168, 168)
    assert thumbnail.pixelColor(int(84 * ratio), int(84 * ratio)) == QColor("red")
    assert thumbnail.pixelColor(int(84 * ratio), int(10 * ratio)).alpha() == 0
    assert thumbnail.pixelColor(int(5 * ratio), int(84 * ratio)) == QColor("red")
    assert editor.selected_image().id == 1  # the first picture is selected
    assert editor.caption_edit.text() == "A red square"
    editor.thumbnails.setCurrentRow(1)
    assert editor.caption_edit.text() == ""
    assert editor.count_label.text() == "2 of 3 pictures"
    assert editor.first_focus_widget() is editor.thumbnails
    assert gateway.calls == []  # showing never writes


def test_a_photo_is_decoded_once_and_at_thumbnail_size(
    make_editor, gateway: FakeGateway, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui.editors import image as image_module

    gateway.store(picture("red", (2400, 1800)), caption="")
    decoded: list[tuple[int, int]] = []
    real = image_module.decode_thumbnail

    def spy(data: bytes, edge: int) -> QImage:
        result = real(data, edge)
        decoded.append((result.width(), result.height()))
        return result

    monkeypatch.setattr(image_module, "decode_thumbnail", spy)
    editor = make_editor()
    editor.set_value(None)  # as the card does when it loads the stored answer
    qtbot.waitUntil(lambda: editor.thumbnails_pending() == 0)
    editor.set_value(None)
    qtbot.wait(20)
    edge = round(THUMBNAIL_EDGE * editor.devicePixelRatioF())
    assert decoded == [(edge, edge * 3 // 4)]  # decoded once, by the decoder at that size


def test_no_pictures_shows_how_to_add_one(make_editor) -> None:
    editor = make_editor()
    assert editor.pictures.currentWidget() is editor.empty_label
    assert "Paste" in editor.empty_label.text()
    assert editor.count_label.text() == "0 of 3 pictures"
    assert not editor.remove_button.isEnabled()
    assert not editor.caption_edit.isEnabled()
    assert editor.first_focus_widget() is editor.paste_button


def test_set_value_reloads_from_the_gateway_without_emitting(
    qtbot: QtBot, make_editor, gateway: FakeGateway
) -> None:
    editor = make_editor()
    gateway.store(picture(), caption="Added elsewhere")
    with qtbot.assertNotEmitted(editor.answer_changed):
        editor.set_value(None)
    assert editor.thumbnails.count() == 1
    assert editor.caption_edit.text() == "Added elsewhere"


def test_a_gateway_failure_when_loading_is_shown(
    qtbot: QtBot, prompt: ImagePrompt, gateway: FakeGateway
) -> None:
    def broken(prompt_id: str) -> list[ImageInfo]:
        raise StoreError("The pictures cannot be read.")

    gateway.images = broken  # type: ignore[method-assign]
    editor = ImageEditor(prompt, gateway)
    qtbot.addWidget(editor)
    assert editor.error_label.text() == "The pictures cannot be read."
    assert not editor.error_label.isHidden()


# ---------------------------------------------------------------- user → gateway


def test_paste_adds_the_clipboard_picture(qtbot: QtBot, make_editor, gateway: FakeGateway) -> None:
    editor = make_editor()
    clip = QImage(50, 20, QImage.Format.Format_RGB32)
    clip.fill(QColor("green"))
    QGuiApplication.clipboard().setImage(clip)

    with qtbot.waitSignal(editor.answer_changed):
        qtbot.mouseClick(editor.paste_button, Qt.MouseButton.LeftButton)

    (call,) = gateway.named("add_image")
    _, name, drawing, data = call
    assert (name, drawing) == ("The pasted picture", False)
    assert data.startswith(b"\x89PNG")
    assert decoded(data).size() == clip.size()
    assert editor.thumbnails.count() == 1
    assert editor.selected_image().id == gateway.stored[0].id
    assert editor.count_label.text() == "1 of 3 pictures"


def test_ctrl_v_pastes_when_the_editor_has_focus(
    qtbot: QtBot, make_editor, gateway: FakeGateway
) -> None:
    editor = make_editor()
    QGuiApplication.clipboard().setImage(decoded(picture("blue")))
    editor.paste_button.setFocus()
    with qtbot.waitSignal(editor.answer_changed):
        qtbot.keyClick(editor.paste_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(gateway.named("add_image")) == 1


def test_paste_with_no_picture_says_so(qtbot: QtBot, make_editor, gateway: FakeGateway) -> None:
    editor = make_editor()
    QGuiApplication.clipboard().setText("just words")
    with qtbot.waitSignal(editor.error_occurred) as signal:
        editor.paste()
    assert "no picture" in signal.args[0]
    assert gateway.calls == []


def test_paste_of_copied_files_adds_them(
    qtbot: QtBot, make_editor, gateway: FakeGateway, tmp_path: Path
) -> None:
    editor = make_editor()
    file = tmp_path / "copied.png"
    file.write_bytes(picture("red"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste()
    assert [c[1] for c in gateway.named("add_image")] == ["copied.png"]


def test_choose_file_adds_each_file_by_name(
    qtbot: QtBot, make_editor, gateway: FakeGateway, tmp_path: Path, monkeypatch
) -> None:
    editor = make_editor()
    first, second = tmp_path / "one.png", tmp_path / "two.png"
    first.write_bytes(picture("red"))
    second.write_bytes(picture("blue"))
    seen: list[str] = []

    def choose(parent, caption, folder, filters):
        seen.append(filters)
        return [str(first), str(second)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    with qtbot.waitSignal(editor.answer_changed):
        qtbot.mouseClick(editor.choose_button, Qt.MouseButton.LeftButton)

    assert [(c[1], c[3]) for c in gateway.named("add_image")] == [
        ("one.png", first.read_bytes()),
        ("two.png", second.read_bytes()),
    ]
    assert "*.png" in seen[0]
    assert editor.thumbnails.count() == 2
    assert editor.selected_image().id == gateway.stored[-1].id  # the last one added


def test_a_file_that_cannot_be_read_is_reported_by_name(
    qtbot: QtBot, make_editor, gateway: FakeGateway, tmp_path: Path
) -> None:
    editor = make_editor()
    good = tmp_path / "good.png"
    good.write_bytes(picture())
    with qtbot.waitSignal(editor.error_occurred) as signal:
        editor.add_files([tmp_path / "gone.png", good])
    assert "gone.png" in signal.args[0]
    assert "gone.png" in editor.error_label.text()
    assert [c[1] for c in gateway.named("add_image")] == ["good.png"]  # the others still added


def test_a_file_over_the_limit_is_refused_without_reading_it(
    qtbot: QtBot, make_editor, gateway: FakeGateway, tmp_path: Path, monkeypatch
) -> None:
    editor = make_editor()
    big = tmp_path / "huge.jpg"
    with big.open("wb") as handle:  # a sparse file: large, but costs no disk
        handle.truncate(store_images.MAX_INPUT_BYTES + 1)
    opened: list[Path] = []
    real_open = pathlib.Path.open

    def spying_open(self: Path, *args, **kwargs):
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", spying_open)
    monkeypatch.setattr(pathlib.Path, "read_bytes", lambda self: pytest.fail("read_bytes"))

    with qtbot.waitSignal(editor.error_occurred) as signal:
        editor.add_files([big])
    assert signal.args[0].startswith("huge.jpg is 30.0 MB")
    assert big not in opened
    assert gateway.calls == []


def test_dropping_a_file_adds_it(
    qtbot: QtBot, make_editor, gateway: FakeGateway, tmp_path: Path
) -> None:
    editor = make_editor()
    file = tmp_path / "dropped.png"
    file.write_bytes(picture("green"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    point = QPointF(20, 20)
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dragEnterEvent(enter)
    assert enter.isAccepted()

    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(editor.answer_changed):
        editor.dropEvent(drop)
    assert drop.isAccepted()
    assert [c[1] for c in gateway.named("add_image")] == ["dropped.png"]


def test_dropping_picture_data_adds_it(qtbot: QtBot, make_editor, gateway: FakeGateway) -> None:
    editor = make_editor()
    mime = QMimeData()
    mime.setImageData(decoded(picture("blue", (30, 30))))
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dropEvent(drop)
    assert [c[1] for c in gateway.named("add_image")] == ["The dropped picture"]


def test_dragging_text_is_refused(make_editor) -> None:
    editor = make_editor()
    mime = QMimeData()
    mime.setText("words")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_caption_is_saved_once_after_the_typing_pauses(
    qtbot: QtBot, make_editor, gateway: FakeGateway
) -> None:
    gateway.store(picture())
    editor = make_editor()
    qtbot.keyClicks(editor.caption_edit, "Our garden")
    assert gateway.named("set_caption") == []  # not on every keystroke
    with qtbot.waitSignal(editor.answer_changed):  # after the delay, with no other event
        pass
    assert gateway.named("set_caption") == [("set_caption", 1, "Our garden")]
    assert as_seen(editor.thumbnails.item(0).toolTip()) == "Our garden"


def test_caption_is_saved_when_the_field_is_left(
    qtbot: QtBot, make_editor, gateway: FakeGateway
) -> None:
    gateway.store(picture())
    editor = make_editor()
    qtbot.keyClicks(editor.caption_edit, "Harbour")
    qtbot.keyClick(editor.caption_edit, Qt.Key.Key_Return)  # editingFinished
    assert gateway.named("set_caption") == [("set_caption", 1, "Harbour")]


def test_caption_typed_is_kept_for_its_picture_when_another_is_selected(
    qtbot: QtBot, make_editor, gateway: FakeGateway
) -> None:
    gateway.store(picture("red"))
    gateway.store(picture("blue"), caption="Blue")
    editor = make_editor()
    editor.caption_edit.setFocus()
    qtbot.keyClicks(editor.caption_edit, "Red")
    editor.thumbnails.setCurrentRow(1)
    assert gateway.named("set_caption") == [("set_caption", 1, "Red")]
    assert editor.caption_edit.text() == "Blue"


def test_remove_asks_then_removes_the_selected_picture(
    qtbot: QtBot, make_editor, gateway: FakeGateway, answer_yes: list[str]
) -> None:
    for color in ("red", "green", "blue"):
        gateway.store(picture(color))
    editor = make_editor()
    editor.thumbnails.setCurrentRow(1)
    with qtbot.waitSignal(editor.answer_changed):
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert answer_yes == ["Remove picture 2 from this prompt? This cannot be undone."]
    assert gateway.named("remove_image") == [("remove_image", 2)]
    assert [i.id for i in editor.images()] == [1, 3]
    assert editor.selected_image().id == 3  # the next one takes its place


def test_delete_key_removes_and_no_keeps(
    qtbot: QtBot, make_editor, gateway: FakeGateway, monkeypatch
) -> None:
    gateway.store(picture())
    editor = make_editor()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    editor.thumbnails.setFocus()
    qtbot.keyClick(editor.thumbnails, Qt.Key.Key_Delete)
    assert gateway.named("remove_image") == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(editor.thumbnails, Qt.Key.Key_Delete)
    assert gateway.named("remove_image") == [("remove_image", 1)]
    assert editor.pictures.currentWidget() is editor.empty_label


def test_move_right_and_left_reorder(qtbot: QtBot, make_editor, gateway: FakeGateway) -> None:
    gateway.store(picture("red"))
    gateway.store(picture("blue"))
    editor = make_editor()
    assert not editor.left_button.isEnabled()  # the first picture is selected
    assert editor.right_button.isEnabled()

    with qtbot.waitSignal(editor.answer_changed):
        qtbot.mouseClick(editor.right_button, Qt.MouseButton.LeftButton)
    assert gateway.named("reorder_images") == [("reorder_images", "photo", [2, 1])]
    assert [i.id for i in editor.images()] == [2, 1]
    assert editor.selected_image().id == 1  # the moved picture stays selected
    assert editor.thumbnails.item(0).text() == "Picture 1"  # numbers follow the order
    assert not editor.right_button.isEnabled()

    qtbot.mouseClick(editor.left_button, Qt.MouseButton.LeftButton)
    assert gateway.named("reorder_images")[-1] == ("reorder_images", "photo", [1, 2])


def test_right_to_left_moves_follow_the_screen(qtbot: QtBot, make_editor, gateway) -> None:
    gateway.store(picture("red"))
    gateway.store(picture("blue"))
    editor = make_editor()
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    # The first picture is selected; it is shown on the right, the second to its left.
    assert editor.selected_image().id == 1
    assert editor.left_button.isEnabled()
    assert not editor.right_button.isEnabled()
    editor.left_button.click()
    assert gateway.named("reorder_images") == [("reorder_images", "photo", [2, 1])]


def test_a_failing_change_is_reported_and_nothing_is_lost(
    qtbot: QtBot, make_editor, gateway: FakeGateway, answer_yes: list[str]
) -> None:
    gateway.store(picture())
    editor = make_editor()

    def full_disk(image_id: int) -> None:
        raise StoreError("The picture could not be removed: the disk is full.")

    gateway.remove_image = full_disk  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(editor.answer_changed), qtbot.waitSignal(editor.error_occurred):
        editor.remove_button.click()
    assert "disk is full" in editor.error_label.text()
    assert editor.thumbnails.count() == 1


def test_a_waiting_caption_is_saved_when_the_editor_is_hidden(
    qtbot: QtBot, make_editor, gateway: FakeGateway
) -> None:
    gateway.store(picture())
    editor = make_editor()
    qtbot.keyClicks(editor.caption_edit, "Before switching")
    editor.hide()  # e.g. another prompt is opened
    assert gateway.named("set_caption") == [("set_caption", 1, "Before switching")]


def test_the_limit_disables_adding_until_one_is_removed(
    qtbot: QtBot, make_editor, gateway: FakeGateway, answer_yes: list[str]
) -> None:
    for color in ("red", "green", "blue"):
        gateway.store(picture(color))
    editor = make_editor()
    assert not editor.paste_button.isEnabled()
    assert not editor.choose_button.isEnabled()
    assert not editor.draw_button.isEnabled()
    assert editor.count_label.text().startswith("3 of 3 pictures")

    QGuiApplication.clipboard().setImage(decoded(picture()))
    with qtbot.waitSignal(editor.error_occurred):  # Ctrl+V explains instead of adding
        qtbot.keyClick(editor.thumbnails, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert gateway.named("add_image") == []

    editor.remove_button.click()
    assert editor.paste_button.isEnabled()
    assert editor.count_label.text() == "2 of 3 pictures"


def test_more_files_than_room_adds_what_fits(
    qtbot: QtBot, make_editor, gateway: FakeGateway, tmp_path: Path
) -> None:
    gateway.store(picture())
    editor = make_editor()
    files = []
    for n in range(3):
        files.append(tmp_path / f"p{n}.png")
        files[-1].write_bytes(picture())
    editor.add_files(files)
    assert [c[1] for c in gateway.named("add_image")] == ["p0.png", "p1.png"]
    assert "p2.png was not added" in editor.error_label.text()


def test_a_refused_picture_is_shown_inline_and_signalled(
    qtbot: QtBot, make_editor, gateway: FakeGateway
) -> None:
    gateway.store(picture(), caption="Kept")
    editor = make_editor()
    gateway.refuse = ImageRejected("The pasted picture is damaged or incomplete.")
    with qtbot.waitSignal(editor.error_occurred) as signal:
        editor.add_data(b"not a picture", name="The pasted picture")
    assert signal.args == ["The pasted picture is damaged or incomplete."]
    assert editor.error_label.text() == "The pasted picture is damaged or incomplete."
    assert editor.error_label.isVisible()
    assert editor.thumbnails.count() == 1  # nothing lost
    assert editor.caption_edit.text() == "Kept"

    editor.add_data(picture(), name="The pasted picture")  # the next success clears it
    assert editor.error_label.isHidden()
    assert editor.thumbnails.count() == 2


def test_real_normalize_rejection_reaches_the_user(qtbot: QtBot, make_editor) -> None:
    editor = make_editor()
    with qtbot.waitSignal(editor.error_occurred) as signal:
        editor.add_data(b"certainly not a picture", name="notes.txt")
    assert signal.args[0].startswith("notes.txt is not a picture")


def test_draw_adds_the_drawing(
    qtbot: QtBot, make_editor, gateway: FakeGateway, monkeypatch
) -> None:
    editor = make_editor()

    def draw_and_accept(pad: DrawingPad) -> int:
        pad.canvas.image.fill(QColor("blue"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DrawingPad, "exec", draw_and_accept)
    with qtbot.waitSignal(editor.answer_changed):
        qtbot.mouseClick(editor.draw_button, Qt.MouseButton.LeftButton)
    ((_, name, drawing, data),) = gateway.named("add_image")
    assert (name, drawing) == ("The drawing", True)
    assert decoded(data).pixelColor(10, 10) == QColor("blue")
    assert editor.thumbnails.item(0).text() == "Drawing 1"


def test_draw_is_hidden_when_the_prompt_takes_no_drawings(make_editor, prompt: ImagePrompt) -> None:
    editor = make_editor(dataclasses.replace(prompt, drawing=False, max_images=1))
    assert editor.draw_button.isHidden()
    assert editor.paste_button.isVisible()
    assert editor.count_label.text() == "0 of 1 picture"
    assert "drawing" not in editor.empty_label.text()


def test_widgets_have_accessible_names(make_editor) -> None:
    editor = make_editor()
    for widget in (
        editor.thumbnails,
        editor.caption_edit,
        editor.paste_button,
        editor.choose_button,
        editor.draw_button,
        editor.remove_button,
        editor.left_button,
        editor.right_button,
    ):
        assert widget.accessibleName(), widget
    assert editor.caption_label.buddy() is editor.caption_edit


# ---------------------------------------------------------------- with the real store


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[Repository]:
    repo = Repository.open(tmp_path / "data")
    yield repo
    repo.close()


def test_with_a_real_repository(
    qtbot: QtBot, repository: Repository, prompt: ImagePrompt, answer_yes: list[str]
) -> None:
    journal = repository.create_journal("Amina", load_pack(MINIMAL))
    repository.add_image(journal, prompt, picture("red", (80, 60)), caption="Stored before")
    pack = load_pack(MINIMAL)
    editor = ImageEditor(prompt, JournalSession(repository, pack, journal))  # what the window uses
    qtbot.addWidget(editor)
    assert editor.caption_edit.text() == "Stored before"

    QGuiApplication.clipboard().setImage(decoded(picture("blue", (90, 90))))
    editor.paste()
    stored = repository.images(journal, "photo")
    assert [(i.width, i.height) for i in stored] == [(80, 60), (90, 90)]
    assert editor.selected_image().id == stored[1].id

    qtbot.keyClicks(editor.caption_edit, "Blue square")
    qtbot.waitUntil(lambda: repository.images(journal, "photo")[1].caption == "Blue square")

    editor.left_button.click()
    assert [i.id for i in repository.images(journal, "photo")] == [stored[1].id, stored[0].id]

    editor.add_data(b"garbage", name="scan.pdf")  # refused by the store, shown inline
    assert editor.error_label.text().startswith("scan.pdf is not a picture")

    editor.remove_button.click()
    assert [i.id for i in repository.images(journal, "photo")] == [stored[0].id]
    assert editor.error_label.isHidden()
    editor.close()


# ---------------------------------------------------------------- the drawing pad


@pytest.fixture
def pad(qtbot: QtBot) -> Iterator[DrawingPad]:
    # Not given to qtbot.addWidget: closing a pad with a drawing asks first (a modal question).
    dialog = DrawingPad()
    dialog.resize(700, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.done(QDialog.DialogCode.Rejected.value)
    dialog.deleteLater()


def non_white(data: bytes) -> int:
    image = decoded(data).convertToFormat(QImage.Format.Format_RGB32)
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) != white
    )


def draw_stroke(canvas, points: list[QPoint]) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1]
    )


def test_drawing_a_stroke_makes_a_png_with_ink(pad: DrawingPad) -> None:
    blank = pad.png_bytes()
    assert blank.startswith(b"\x89PNG")
    assert non_white(blank) == 0
    assert decoded(blank).size() == drawing_pad.CANVAS_SIZE
    assert not pad.ok_button.isEnabled()  # nothing to add yet

    canvas = pad.canvas
    middle = canvas.rect().center()
    draw_stroke(canvas, [middle + QPoint(dx, dx // 2) for dx in range(-120, 121, 20)])

    assert non_white(pad.png_bytes()) > 0
    assert pad.ok_button.isEnabled()


def test_undo_and_clear(qtbot: QtBot, pad: DrawingPad) -> None:
    canvas = pad.canvas
    center = canvas.rect().center()
    draw_stroke(canvas, [center, center + QPoint(80, 0)])
    pad.color_buttons[2].click()
    pad.width_buttons[2].click()
    draw_stroke(canvas, [center + QPoint(0, 60), center + QPoint(80, 60)])
    assert canvas.pen_color == QColor("#c0262d")
    two_strokes = non_white(pad.png_bytes())

    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    one_stroke = non_white(pad.png_bytes())
    assert 0 < one_stroke < two_strokes

    pad.clear_button.click()
    assert non_white(pad.png_bytes()) == 0
    assert not pad.ok_button.isEnabled()
    canvas.undo()  # clearing can be undone too
    assert non_white(pad.png_bytes()) == one_stroke


def test_eraser_paints_white(pad: DrawingPad) -> None:
    canvas = pad.canvas
    center = canvas.rect().center()
    draw_stroke(canvas, [center - QPoint(60, 0), center + QPoint(60, 0)])
    pad.eraser_button.click()
    draw_stroke(canvas, [center - QPoint(80, 0), center + QPoint(80, 0)])
    assert non_white(pad.png_bytes()) == 0


def test_cancel_with_a_drawing_asks_first(pad: DrawingPad, monkeypatch) -> None:
    center = pad.canvas.rect().center()
    draw_stroke(pad.canvas, [center, center + QPoint(40, 40)])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    pad.reject()
    assert pad.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    pad.reject()
    assert not pad.isVisible()
    assert pad.result() == QDialog.DialogCode.Rejected.value


def test_a_prompt_that_invites_writing_has_an_answer_field_first(
    qtbot: QtBot, make_editor, prompt: ImagePrompt, gateway: FakeGateway
) -> None:
    editor = make_editor(dataclasses.replace(prompt, writing=True))
    assert editor.value() == TextValue("")
    assert editor.first_focus_widget() is editor.fields[0]  # words first, no picture needed
    with qtbot.assertNotEmitted(editor.answer_changed):
        editor.set_value(TextValue("Jollof rice"))  # loading a stored answer is no change
    assert editor.fields[0].toPlainText() == "Jollof rice"
    editor.fields[0].moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.answer_changed):
        QTest.keyClicks(editor.fields[0], " with plantain")
    assert editor.value() == TextValue("Jollof rice with plantain")
    gateway.store(picture("green"), caption="The pot")
    editor.set_value(editor.value())  # the pictures reload; the words stay
    assert editor.value() == TextValue("Jollof rice with plantain")
    assert editor.thumbnails.count() == 1


def test_a_prompt_for_pictures_only_has_no_answer_field(make_editor) -> None:
    editor = make_editor()
    assert editor.fields == []
    assert editor.value() is None
