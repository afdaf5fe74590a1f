"""Editor of ``image`` prompts: pictures pasted, dropped, chosen or drawn, each with a description.

Pictures are stored the moment they are added, through an ``ImageGateway`` the window hands the
editor (editors never touch the database). So ``value()`` is only the written answer of a prompt
that invites writing (else None), ``set_value`` also reloads the pictures from the gateway, and
``answer_changed`` still follows every change so the window can refresh the prompt's "answered"
mark. What the gateway refuses (``StoreError``, e.g.
``ImageRejected``) is shown in the editor and emitted as ``error_occurred``; nothing shown is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import ClassVar, Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QLocale,
    QMimeData,
    QObject,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QHideEvent,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from journal_app.packs.model import ImagePrompt
from journal_app.store.answers import AnswerValue, TextValue
from journal_app.store.errors import ImageRejected, StoreError
from journal_app.store.images import MAX_INPUT_BYTES
from journal_app.store.records import ImageInfo
from journal_app.ui.drawing_pad import DrawingPad, encode_png
from journal_app.ui.editors.base import PromptEditor
from journal_app.ui.idle import idle_work
from journal_app.ui.packtext import t
from journal_app.ui.widgets import GrowingTextEdit, existing_folder, plain

THUMBNAIL_EDGE = 160
"""The longest edge of a thumbnail, in device-independent pixels."""

_ICON_EDGE = THUMBNAIL_EDGE + 8
"""Thumbnails are centred on a transparent square this large, so that captions line up."""

CAPTION_DELAY_MS = 500
"""A description is saved this long after the last keystroke (or when the field is left)."""

_PICTURE_SUFFIXES = ("jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff")


class ImageGateway(Protocol):
    """Where an image editor stores its prompt's pictures (the window binds it to a journal)."""

    def images(self, prompt_id: str) -> list[ImageInfo]:
        """The prompt's pictures in order, without their bytes."""
        ...

    def image_bytes(self, image_id: int) -> bytes:
        """The stored bytes of one picture."""
        ...

    def add_image(
        self,
        prompt: ImagePrompt,
        data: bytes,
        *,
        caption: str = "",
        drawing: bool = False,
        name: str | None = None,
    ) -> ImageInfo:
        """Validate and store a picture after the prompt's others.

        Raises:
            StoreError: with a message for the user (``ImageRejected`` when it cannot be added).
        """
        ...

    def set_caption(self, image_id: int, caption: str) -> None:
        """Change a picture's description."""
        ...

    def remove_image(self, image_id: int) -> None:
        """Remove a picture."""
        ...

    def reorder_images(self, prompt_id: str, image_ids: list[int]) -> None:
        """Put the prompt's pictures in this order (each of them once)."""
        ...


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files among the URLs of dragged or copied data."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _mime_image(mime: QMimeData | None) -> QImage | None:
    """The picture carried as data (not as a file), if any."""
    if mime is None or not mime.hasImage():
        return None
    data = mime.imageData()
    image = data.toImage() if isinstance(data, QPixmap) else data
    if not isinstance(image, QImage) or image.isNull():
        return None
    return image


def decode_thumbnail(data: bytes, edge: int) -> QImage:
    """A picture decoded straight at thumbnail size (at most ``edge`` pixels on its longer side).

    A JPEG is decoded at a reduced scale by the decoder itself (about 5 ms for a 2400 × 1800
    photo instead of 25 ms at full size, and 1/200 of the memory). A null image if ``data`` is
    not a picture Qt can read.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and (size.width() > edge or size.height() > edge):
        scaled = size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio)
        # A very thin picture (a 2000 × 3 line) must not be scaled to nothing.
        reader.setScaledSize(scaled.expandedTo(QSize(1, 1)))
    return reader.read()


def _thumbnail_pixmap(image: QImage, ratio: float) -> QPixmap:
    """A picture scaled down to fit ``THUMBNAIL_EDGE``, centred on a transparent square.

    Drawn with ``ratio`` device pixels per pixel, so that it is sharp on high-DPI screens.
    """
    edge = round(THUMBNAIL_EDGE * ratio)
    if image.width() > edge or image.height() > edge:
        image = image.scaled(
            edge,
            edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    square = round(_ICON_EDGE * ratio)
    pixmap = QPixmap(square, square)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawImage((square - image.width()) // 2, (square - image.height()) // 2, image)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class ImageEditor(PromptEditor):
    """Thumbnails of the prompt's pictures, ways to add them, and a description for each.

    Pictures come in by Paste (Ctrl+V), Choose file…, drag and drop, and Draw… (when the prompt
    allows drawings). The selected picture can be described, moved and removed (Delete key;
    removing asks first, as it cannot be undone).

    Attributes:
        gateway: stores the pictures.
    """

    error_occurred = Signal(str)
    """Emitted with a user-facing message when a picture could not be added, read or changed."""

    _last_folder: ClassVar[str] = ""
    """Where "Choose file…" opens (shared by the editors, for the session)."""

    def __init__(
        self, prompt: ImagePrompt, gateway: ImageGateway, parent: QWidget | None = None
    ) -> None:
        super().__init__(prompt, parent)
        self.image_prompt = prompt
        self.gateway = gateway
        self._infos: list[ImageInfo] = []
        self._icons: dict[int, QIcon] = {}
        # Thumbnails are decoded one per turn of the event loop (about 5-12 ms each), in turn
        # with other idle work, so that a page with many photos never holds the window up.
        self._undecoded: list[int] = []
        self._pending_caption: tuple[int, str] | None = None
        self._caption_timer = QTimer(self)
        self._caption_timer.setSingleShot(True)
        self._caption_timer.setInterval(CAPTION_DELAY_MS)
        self._caption_timer.timeout.connect(self._on_caption_timer_timeout)
        self._build()
        self.setAcceptDrops(True)
        self._reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.paste_button = self._button(self.tr("&Paste"), self._on_paste_clicked)
        self.paste_button.setToolTip(self.tr("Add the picture you copied (Ctrl+V)"))
        self.choose_button = self._button(self.tr("&Choose file…"), self._on_choose_clicked)
        self.choose_button.setToolTip(self.tr("Add pictures from files on this computer"))
        self.draw_button = self._button(self.tr("&Draw…"), self._on_draw_clicked)
        self.draw_button.setToolTip(self.tr("Make a drawing and add it"))
        if not self.image_prompt.drawing:
            # hide() only: setVisible(True) on a widget that has no parent yet would show it
            # as a window of its own (and take the focus from the journal window).
            self.draw_button.hide()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of pictures"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.paste_button)
        add_row.addWidget(self.choose_button)
        add_row.addWidget(self.draw_button)
        add_row.addStretch(1)
        add_row.addWidget(self.count_label)

        self.thumbnails = QListWidget()
        self.thumbnails.setAccessibleName(self.tr("Pictures"))
        self.thumbnails.setAccessibleDescription(t(self.image_prompt.text))
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.LeftToRight)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thumbnails.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.thumbnails.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.thumbnails.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thumbnails.setIconSize(QSize(_ICON_EDGE, _ICON_EDGE))
        text_height = self.thumbnails.fontMetrics().height()
        grid = QSize(_ICON_EDGE + 24, _ICON_EDGE + text_height + 8)
        self.thumbnails.setGridSize(grid)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        height = grid.height() + 2 * self.thumbnails.frameWidth() + scrollbar + 4
        self.thumbnails.setFixedHeight(height)
        self.thumbnails.itemSelectionChanged.connect(self._on_thumbnails_selection_changed)
        self.thumbnails.installEventFilter(self)  # the Delete key

        hint = (
            self.tr(
                "No pictures yet. Paste one (Ctrl+V), drop picture files here, choose a file,"
                " or make a drawing."
            )
            if self.image_prompt.drawing
            else self.tr(
                "No pictures yet. Paste one (Ctrl+V), drop picture files here, or choose a file."
            )
        )
        self.empty_label = QLabel(hint)
        self.empty_label.setObjectName("imageDropHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_label.setFixedHeight(height)
        self.empty_label.setContentsMargins(16, 8, 16, 8)
        self.pictures = QStackedWidget()
        self.pictures.addWidget(self.empty_label)
        self.pictures.addWidget(self.thumbnails)
        self.pictures.setFixedHeight(height)

        self.caption_label = QLabel(self.tr("D&escription (also read aloud by screen readers)"))
        self.caption_edit = QLineEdit()
        self.caption_edit.setAccessibleName(self.tr("Description of the selected picture"))
        self.caption_edit.setPlaceholderText(self.tr("What the picture shows"))
        self.caption_edit.setClearButtonEnabled(True)
        self.caption_label.setBuddy(self.caption_edit)
        self.caption_edit.textEdited.connect(self._on_caption_edit_text_edited)
        self.caption_edit.editingFinished.connect(self._on_caption_edit_editing_finished)
        self.left_button = self._button(self.tr("Move &left"), self._on_left_clicked)
        self.right_button = self._button(self.tr("Move ri&ght"), self._on_right_clicked)
        self.remove_button = self._button(self.tr("&Remove"), self._on_remove_clicked)
        self.remove_button.setToolTip(self.tr("Remove the selected picture (Delete)"))
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.caption_edit, 1)
        picture_row.addWidget(self.left_button)
        picture_row.addWidget(self.right_button)
        picture_row.addWidget(self.remove_button)

        self.error_label = QLabel()
        self.error_label.setObjectName("imageError")
        self.error_label.setAccessibleName(self.tr("Problem with a picture"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.error_label.palette()
        dark_theme = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(
            QPalette.ColorRole.WindowText, QColor("#ff9e8f" if dark_theme else "#a4262c")
        )
        self.error_label.setPalette(palette)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A question that invites words too ("What is your favorite meal?"): the answer first,
        # the picture or drawing after, as optional as the printed page makes it.
        self.fields: list[GrowingTextEdit] = []
        if self.image_prompt.writing:
            field = GrowingTextEdit(min_lines=2)
            field.setAccessibleName(self.tr("Your answer"))
            field.setPlaceholderText(self.tr("Write your answer; add a picture or a drawing too"))
            field.textChanged.connect(self._on_edited)
            self.fields.append(field)
            layout.addWidget(field)
        layout.addLayout(add_row)
        layout.addWidget(self.pictures)
        layout.addWidget(self.error_label)
        layout.addWidget(self.caption_label)
        layout.addLayout(picture_row)
        layout.addStretch(1)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ PromptEditor
    def value(self) -> AnswerValue | None:
        """The written answer, if the prompt takes one; the pictures are stored as added."""
        if self.fields:
            return TextValue(self.fields[0].text())
        return None

    def set_value(self, value: AnswerValue | None) -> None:
        """Show the written answer (if the prompt takes one) and reload the pictures.

        Thumbnails already made are kept: a stored picture's bytes never change.
        """
        if self.fields:
            with self.loading():
                self.fields[0].setPlainText(value.text if isinstance(value, TextValue) else "")
        self.flush()
        self._clear_error()
        self._reload()

    def first_focus_widget(self) -> QWidget:
        """The written answer; else the thumbnails, or the Paste button when there are none."""
        if self.fields:
            return self.fields[0]
        return self.thumbnails if self._infos else self.paste_button

    def flush(self) -> None:
        """Save a description still waiting for its delay (call before closing the journal)."""
        self._save_caption()

    # ------------------------------------------------------------------ state
    def images(self) -> list[ImageInfo]:
        """The pictures shown, in order."""
        return list(self._infos)

    def selected_image(self) -> ImageInfo | None:
        """The selected picture, or None."""
        row = self._selected_row()
        return self._infos[row] if row >= 0 else None

    def _selected_row(self) -> int:
        rows = [index.row() for index in self.thumbnails.selectedIndexes()]
        return rows[0] if rows else -1

    def _room(self) -> int:
        return self.image_prompt.max_images - len(self._infos)

    def _reload(self, select_id: int | None = None) -> None:
        """Show the gateway's pictures, keeping the selection (or selecting ``select_id``)."""
        if select_id is None:
            selected = self.selected_image()
            select_id = selected.id if selected is not None else None
        try:
            infos = self.gateway.images(self.image_prompt.id)
        except StoreError as error:
            self._show_errors([str(error)])
            return
        with self.loading():
            self._infos = infos
            ids = {info.id for info in infos}
            self._icons = {key: icon for key, icon in self._icons.items() if key in ids}
            self._undecoded = [info.id for info in infos if info.id not in self._icons]
            self.thumbnails.clear()
            for position, info in enumerate(infos, start=1):
                icon = self._icons.get(info.id) or self._placeholder_icon()
                item = QListWidgetItem(icon, self._item_text(info, position))
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                self._describe_item(item, info, position)
                self.thumbnails.addItem(item)
            row = next((r for r, i in enumerate(infos) if i.id == select_id), -1)
            if row < 0 and infos:
                row = 0
            if row >= 0:
                self.thumbnails.setCurrentRow(row)
            self.pictures.setCurrentWidget(self.thumbnails if infos else self.empty_label)
        self._show_selected_caption()
        self._update_actions()
        if self._undecoded:
            idle_work().add(self, self._decode_next_thumbnail)

    def thumbnails_pending(self) -> int:
        """How many thumbnails are still to be decoded (they come one per event-loop turn)."""
        return len(self._undecoded)

    def _placeholder_icon(self) -> QIcon:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(_ICON_EDGE * ratio), round(_ICON_EDGE * ratio))
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(ratio)
        return QIcon(pixmap)

    def _decode_next_thumbnail(self) -> bool:
        """Decode the next thumbnail; whether others remain."""
        if not self._undecoded:
            return False
        image_id = self._undecoded.pop(0)
        errors: list[str] = []
        icon = self._thumbnail(image_id, errors)
        for row in range(self.thumbnails.count()):
            item = self.thumbnails.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == image_id:
                item.setIcon(icon)
        if errors:
            self._show_errors(errors)
        return bool(self._undecoded)

    def _item_text(self, info: ImageInfo, position: int) -> str:
        if info.is_drawing:
            return self.tr("Drawing {0}").format(position)
        return self.tr("Picture {0}").format(position)

    def _describe_item(self, item: QListWidgetItem, info: ImageInfo, position: int) -> None:
        """The item's tooltip and what screen readers say of it."""
        name = self._item_text(info, position)
        if info.caption:
            spoken = self.tr("{0}: {1}").format(name, info.caption)
        else:
            spoken = self.tr("{0}, no description yet").format(name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(plain(info.caption or self.tr("No description yet")))

    def _thumbnail(self, image_id: int, errors: list[str]) -> QIcon:
        icon = self._icons.get(image_id)
        if icon is not None:
            return icon
        image = QImage()
        try:
            data = self.gateway.image_bytes(image_id)
        except StoreError as error:
            errors.append(str(error))
        else:
            image = decode_thumbnail(data, round(THUMBNAIL_EDGE * self.devicePixelRatioF()))
        if image.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        else:
            pixmap = _thumbnail_pixmap(image, self.devicePixelRatioF())
            icon = QIcon(pixmap)
            # The same picture when selected: the selection shows around it, never as a tint.
            icon.addPixmap(pixmap, QIcon.Mode.Selected)
        self._icons[image_id] = icon
        return icon

    def _update_actions(self) -> None:
        count, most = len(self._infos), self.image_prompt.max_images
        full = count >= most
        for button in (self.paste_button, self.choose_button, self.draw_button):
            button.setEnabled(not full)
        text = self.tr("{0} of %n pictures", "", most).format(count)
        if full:
            text = self.tr("{0} — remove one to add another").format(text)
        self.count_label.setText(text)
        row = self._selected_row()
        selected = row >= 0
        earlier, later = row > 0, selected and row < count - 1
        left, right = (later, earlier) if self._right_to_left() else (earlier, later)
        self.left_button.setEnabled(left)
        self.right_button.setEnabled(right)
        self.remove_button.setEnabled(selected)
        self.caption_edit.setEnabled(selected)
        self.caption_label.setEnabled(selected)

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # ------------------------------------------------------------------ messages
    def _show_errors(self, messages: Sequence[str]) -> None:
        self.error_label.setText("\n".join(messages))
        self.error_label.show()
        for message in messages:
            self.error_occurred.emit(message)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    # ------------------------------------------------------------------ adding
    def paste(self) -> None:
        """Add what the clipboard holds: picture files copied in a file manager, or a picture."""
        clipboard = QGuiApplication.clipboard()
        if local_files(clipboard.mimeData()):
            self.add_files(local_files(clipboard.mimeData()))
            return
        image = clipboard.image()
        if image.isNull():
            self._show_errors(
                [self.tr("The clipboard holds no picture. Copy a picture or a picture file first.")]
            )
            return
        self.add_data(encode_png(image), name=self.tr("The pasted picture"))

    def add_mime_data(self, mime: QMimeData) -> None:
        """Add dropped (or pasted) data: picture files, or a picture itself."""
        files = local_files(mime)
        image = _mime_image(mime)
        if files:
            self.add_files(files)
        elif image is not None:
            self.add_data(encode_png(image), name=self.tr("The dropped picture"))
        elif mime.hasUrls():
            self._show_errors(
                [
                    self.tr(
                        "Only pictures on this computer can be added. Save the picture first,"
                        " then add the file."
                    )
                ]
            )
        else:
            self._show_errors([self.tr("What was dropped is not a picture.")])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add picture files in order; each one that cannot be added is reported by name."""
        added: list[ImageInfo] = []
        errors: list[str] = []
        for path in paths:
            if self._room() - len(added) <= 0:
                errors.append(
                    self.tr(
                        "{0} was not added: this prompt takes at most %n pictures.",
                        "",
                        self.image_prompt.max_images,
                    ).format(path.name)
                )
                continue
            try:
                data = self._read_file(path)
                added.append(self.gateway.add_image(self.image_prompt, data, name=path.name))
            except StoreError as error:
                errors.append(str(error))
        self._after_adding(added, errors)

    def add_data(self, data: bytes, *, name: str, drawing: bool = False) -> None:
        """Add a picture's bytes (``name`` says how messages call it)."""
        try:
            info = self.gateway.add_image(self.image_prompt, data, drawing=drawing, name=name)
        except StoreError as error:
            self._after_adding([], [str(error)])
        else:
            self._after_adding([info], [])

    def _after_adding(self, added: list[ImageInfo], errors: list[str]) -> None:
        if added:
            self._reload(select_id=added[-1].id)
            self._on_edited()
        if errors:
            self._show_errors(errors)
        elif added:
            self._clear_error()

    def _read_file(self, path: Path) -> bytes:
        """A picture file's bytes; too large a file is refused before it is read.

        Raises:
            ImageRejected: the file is missing, unreadable, not a file, or too large.
        """
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise ImageRejected(self.tr("{0} is not a file.").format(path.name))
            if size > MAX_INPUT_BYTES:
                raise ImageRejected(self._too_large(path.name, size))
            with path.open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except OSError as error:
            raise ImageRejected(
                self.tr("{0} could not be read ({1}).").format(
                    path.name, error.strerror or type(error).__name__
                )
            ) from None
        if len(data) > MAX_INPUT_BYTES:  # it grew since it was measured
            raise ImageRejected(self._too_large(path.name, len(data)))
        return data

    def _too_large(self, name: str, size: int) -> str:
        return self.tr("{0} is {1} MB; pictures up to {2} MB can be added.").format(
            name, QLocale().toString(size / 2**20, "f", 1), MAX_INPUT_BYTES // 2**20
        )

    # ------------------------------------------------------------------ changing
    def _remove_selected(self) -> None:
        info, row = self.selected_image(), self._selected_row()
        if info is None or not self._confirm_removal(info, row + 1):
            return
        self.flush()
        try:
            self.gateway.remove_image(info.id)
        except StoreError as error:
            self._show_errors([str(error)])
            return
        self._icons.pop(info.id, None)
        rest = [i for i in self._infos if i.id != info.id]
        next_id = rest[min(row, len(rest) - 1)].id if rest else None
        self._reload(select_id=next_id)
        self._clear_error()
        self._on_edited()
        (self.thumbnails if rest else self.paste_button).setFocus()

    def _confirm_removal(self, info: ImageInfo, position: int) -> bool:
        """Ask before removing (a removed picture cannot be brought back)."""
        if info.is_drawing:
            question = self.tr("Remove drawing {0} from this prompt? This cannot be undone.")
        else:
            question = self.tr("Remove picture {0} from this prompt? This cannot be undone.")
        answer = QMessageBox.question(
            self,
            self.tr("Remove the picture?"),
            question.format(position),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _move_selected(self, step: int) -> None:
        """Move the selected picture ``step`` places later (negative: earlier)."""
        row = self._selected_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self._infos):
            return
        self.flush()
        ids = [info.id for info in self._infos]
        ids.insert(target, ids.pop(row))
        try:
            self.gateway.reorder_images(self.image_prompt.id, ids)
        except StoreError as error:
            self._show_errors([str(error)])
            return
        self._reload(select_id=ids[target])
        self._clear_error()
        self._on_edited()

    def _save_caption(self) -> None:
        """Save the description typed since the last save, if any."""
        self._caption_timer.stop()
        if self._pending_caption is None:
            return
        image_id, caption = self._pending_caption
        self._pending_caption = None
        row = next((r for r, i in enumerate(self._infos) if i.id == image_id), -1)
        if row < 0 or self._infos[row].caption == caption:
            return
        try:
            self.gateway.set_caption(image_id, caption)
        except StoreError as error:
            self._show_errors([str(error)])
            return
        info = self._infos[row] = replace(self._infos[row], caption=caption)
        item = self.thumbnails.item(row)
        if item is not None:
            self._describe_item(item, info, row + 1)
        self._clear_error()
        self._on_edited()

    def _show_selected_caption(self) -> None:
        info = self.selected_image()
        with self.loading():
            self.caption_edit.setText(info.caption if info is not None else "")

    # ------------------------------------------------------------------ handlers
    def _on_paste_clicked(self) -> None:
        self.paste()

    def _on_choose_clicked(self) -> None:
        patterns = " ".join(f"*.{s} *.{s.upper()}" for s in _PICTURE_SUFFIXES)
        folder = ImageEditor._last_folder or str(
            existing_folder(QStandardPaths.StandardLocation.PicturesLocation)
        )
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose pictures"),
            folder,
            self.tr("Pictures ({0});;All files (*)").format(patterns),
        )
        if names:
            ImageEditor._last_folder = str(Path(names[0]).parent)
            self.add_files([Path(name) for name in names])

    def _on_draw_clicked(self) -> None:
        pad = DrawingPad(self)
        try:
            if pad.exec() == QDialog.DialogCode.Accepted:
                self.add_data(pad.png_bytes(), name=self.tr("The drawing"), drawing=True)
        finally:
            pad.deleteLater()

    def _on_remove_clicked(self) -> None:
        self._remove_selected()

    def _on_left_clicked(self) -> None:
        self._move_selected(1 if self._right_to_left() else -1)

    def _on_right_clicked(self) -> None:
        self._move_selected(-1 if self._right_to_left() else 1)

    def _on_thumbnails_selection_changed(self) -> None:
        if self._loading:
            return
        self._save_caption()  # what was typed belongs to the previously selected picture
        self._show_selected_caption()
        self._update_actions()

    def _on_caption_edit_text_edited(self, text: str) -> None:
        info = self.selected_image()
        if info is None:
            return
        self._pending_caption = (info.id, text)
        self._caption_timer.start()

    def _on_caption_edit_editing_finished(self) -> None:
        self._save_caption()

    def _on_caption_timer_timeout(self) -> None:
        self._save_caption()

    # ------------------------------------------------------------------ Qt events
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102
        if event.matches(QKeySequence.StandardKey.Paste):
            if self._room() > 0:
                self.paste()
            else:
                self._show_errors([self._full_message()])
            event.accept()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102
        # getattr: Qt may still deliver events while the editor is being torn down, when its
        # Python attributes are already gone.
        if (
            watched is getattr(self, "thumbnails", None)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.selected_image() is not None
        ):
            self._remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _full_message(self) -> str:
        return self.tr(
            "This prompt takes at most %n pictures; remove one first.",
            "",
            self.image_prompt.max_images,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: D102
        self._accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: D102
        self._accept_drag(event)

    def _accept_drag(self, event: QDragMoveEvent) -> None:
        mime = event.mimeData()
        if local_files(mime) or _mime_image(mime) is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: D102
        mime = event.mimeData()
        if not (local_files(mime) or _mime_image(mime) is not None):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.add_mime_data(mime)

    def changeEvent(self, event: QEvent) -> None:  # noqa: D102
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._update_actions()  # "Move left" means "later" in a right-to-left layout
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: D102
        self.flush()
        super().hideEvent(event)
