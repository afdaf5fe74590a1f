"""The main window (skeleton): a navigator of the pack and a reading pane.

The window issue builds the editors, autosave and journals on top of this.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from journal_app.packs.model import AnyPrompt, Group, LocalText, Pack, Page, Section

_ITEM_ROLE = Qt.ItemDataRole.UserRole


def _para(text: LocalText | None) -> str:
    if text is None:
        return ""
    paragraphs = str(text).split("\n\n")
    return "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs if p.strip()
    )


class MainWindow(QMainWindow):
    """The journal window: sections, groups and prompts on the left, the selection on the right."""

    def __init__(self, pack: Pack, data_dir: Path) -> None:
        super().__init__()
        self.pack = pack
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("{0} — Reflection Journal").format(pack.title))
        self.resize(1100, 720)

        self.navigator = QTreeWidget()
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Journal contents"))
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Prompt"))
        self.reader.setOpenExternalLinks(False)

        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 780])
        self.setCentralWidget(splitter)

        self._build_menus()
        self._fill_navigator()
        self.navigator.currentItemChanged.connect(self._on_navigator_current_changed)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Data folder: {0}").format(data_dir)))
        first = self.navigator.topLevelItem(0)
        if first is not None:
            self.navigator.setCurrentItem(first)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About this journal"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _fill_navigator(self) -> None:
        for page in self.pack.front_matter:
            page_item = QTreeWidgetItem([str(page.title)])
            page_item.setData(0, _ITEM_ROLE, page)
            self.navigator.addTopLevelItem(page_item)
        for section in self.pack.sections:
            label = str(section.title)
            if section.number:
                label = self.tr("Section {0}: {1}").format(section.number, label)
            section_item = QTreeWidgetItem([label])
            section_item.setData(0, _ITEM_ROLE, section)
            self.navigator.addTopLevelItem(section_item)
            for group in section.groups:
                parent = section_item
                if group.title is not None:
                    parent = QTreeWidgetItem(section_item, [str(group.title)])
                    parent.setData(0, _ITEM_ROLE, group)
                for prompt in group.prompts:
                    item = QTreeWidgetItem(parent, [self._prompt_label(prompt)])
                    item.setData(0, _ITEM_ROLE, prompt)
                    item.setToolTip(0, str(prompt.text))
            section_item.setExpanded(True)

    @staticmethod
    def _prompt_label(prompt: AnyPrompt) -> str:
        text = str(prompt.text).replace("\n", " ")
        if len(text) > 70:
            text = text[:69].rstrip() + "…"
        return f"{prompt.number}. {text}" if prompt.number else text

    def _on_navigator_current_changed(
        self, current: QTreeWidgetItem | None, _previous: object
    ) -> None:
        if current is None:
            return
        node = current.data(0, _ITEM_ROLE)
        if isinstance(node, Page):
            notes = "".join(f"<p><small>{html.escape(str(f))}</small></p>" for f in node.footnotes)
            body = f"<h1>{html.escape(str(node.title))}</h1>{_para(node.body)}{notes}"
        elif isinstance(node, Section):
            body = f"<h1>{html.escape(str(node.title))}</h1>{_para(node.intro)}"
        elif isinstance(node, Group):
            body = f"<h2>{html.escape(str(node.title or ''))}</h2>{_para(node.intro)}"
        else:
            body = _para(node.text)
            hint = getattr(node, "hint", None)
            if hint is not None:
                body += f"<p><i>{html.escape(str(hint))}</i></p>"
        self.reader.setHtml(body)

    def _on_about_triggered(self) -> None:
        credits = self.pack.attribution
        QMessageBox.about(
            self,
            self.tr("About this journal"),
            self.tr("{0}\n{1} — {2}").format(self.pack.title, credits.copyright, credits.licence),
        )
