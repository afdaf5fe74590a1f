"""Benchmark of the Word export against an honest floor, interleaved, on this machine.

The journal: the full iDiaspora Journal with every prompt answered (``fill_every_prompt`` of
``bench_window``: long texts, items, checklists, tables, stems), one answer in six scripts
(``bench_pdf.MULTILINGUAL``), and 20 photos of 2400 × 1800 (JPEGs, as the store keeps them):
the pack's picture prompts are given room for 20 (``max_images``), as ``BENCH_ROOM`` does for
``bench_pdf``, and the photos are spread over them.

The floor is a bare python-docx script that writes the same content with python-docx's own API
(``add_paragraph``, ``add_run``, ``add_table``, ``add_picture``), adding in oxml only what the API
lacks: the same styles (the template's restyled, the journal's added), the same page and footer
(PAGE and NUMPAGES fields), the cover, credits, the contents field holding every heading, the
front matter, section, group and prompt headings (Heading 1–3, † where the wording was
supplied), and per kind: text paragraphs; numbered items as List Number paragraphs, each list
restarting at 1; checklists as "☒ option"/"☐ option" lines; tables as Word tables with the
header row repeated, the printed cells shaded, the same borders, cell margins and widths; stems
as "stem … completion"; notes as boxed paragraphs; pictures with ``add_picture`` at the
export's size (at most 12 × 10 cm), alt text and caption; "About this edition". Every run names
its font in ``w:rFonts`` (four slots) and its language, with ``w:rtl``/``w:cs`` where it is
right to left or a complex script, and right-to-left paragraphs get ``w:bidi``, as the export's
runs do. What the floor does more simply: one run per paragraph, whose script is that of its
first letter outside Latin (the export cuts runs where the script changes, as the PDF picks
fonts: ``fonts.assign_fonts``); it gets the pictures from files written beforehand (the export
reads them from the store while it writes) and writes without ``fsync`` (the export's
``files.atomic_output`` syncs the file before renaming it into place).

Three floors, interleaved with the export (A, B, C, export, …) after one warm-up of each:

- floor A: the script, saved with ``Document.save``, which deflates the photos too;
- floor B: the same script, saved with the pictures stored as they are, as the export stores
  them (deflating 20 photos of 1.8 MB costs about 0.75 s and saves nothing): the like-for-like
  floor the ratio is reported against. python-docx's API is slower than the export, which makes
  the XML elements itself: ``add_picture`` hashes every picture already in the document each
  time (SHA-1, to share copies: quadratic), each paragraph's style is checked against the
  default style by scanning all 160 of the template's, and run text is added a character at a
  time;
- floor C: the I/O alone: the export's finished file written again from its parts (the XML
  already made, in memory; the pictures read from the store as the export reads them), synced
  to disk as the export's is. Nothing that writes this file can take less.

Targets: ``export_docx`` under 1 s (exit 1 if missed); the ratio export / floor B (aim ≤ 1.5 ×)
and export / floor C are reported. Run from the repository: ``python bench/bench_docx.py``
(``BENCH_RUNS``, default 5, runs of each).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt, RGBColor, Twips

if TYPE_CHECKING:
    from journal_app.packs.model import AnyPrompt, LocalText, Pack
    from journal_app.store.answers import Answer, AnswerValue
    from journal_app.store.repository import ImageInfo

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
PHOTOS = 20
TARGET_SECONDS = 1.0
AIM = 1.5

MM = 1440 / 25.4  # twips
TEXT_WIDTH = 595.2756 - 2 * 20 * 72 / 25.4  # points: A4 less 20 mm margins
MAX_W, MAX_H = 120 / 25.4 * 72, 100 / 25.4 * 72  # a picture at most 12 × 10 cm (points)
INK, ACCENT, RULE, SHADE, QUIET = "1D2B36", "1F5F8B", "B9C4CC", "EEF3F7", "4A5A66"

Block = list[Any]
"""A piece of the floor's content, JSON-ready: ``[kind, *arguments]`` (see ``build_floor``)."""

# The floor's scripts: a paragraph's first letter outside Latin picks its font and language.
SCRIPTS = {  # Unicode name prefix: (family, language, lang slot, rtl, complex)
    "ARABIC": ("Noto Sans Arabic", "ar", "bidi", True, True),
    "HEBREW": ("Noto Sans Hebrew", "he", "bidi", True, True),
    "ETHIOPIC": ("Noto Sans Ethiopic", "am", "val", False, False),
    "DEVANAGARI": ("Noto Sans Devanagari", "hi", "bidi", False, True),
    "CJK": ("WenQuanYi Zen Hei", "zh", "eastAsia", False, False),
    "CYRILLIC": ("Noto Sans", "ru", "val", False, False),
    "GREEK": ("Noto Sans", "el", "val", False, False),
}
LATIN = ("Noto Sans", "en", "val", False, False)


# ----------------------------------------------------------------------------- the journal


def make_journal(work: Path) -> tuple[Path, Path, int]:
    """The pack with room for 20 photos, and the filled journal; returns (pack, data, photos)."""
    sys.path.insert(0, str(BENCH))
    os.environ["BENCH_ROOM"] = "1"  # bench_pdf reads it when imported: room for 20 photos
    import bench_pdf

    from journal_app.packs.loader import load_pack

    path = bench_pdf.pack_file(work)
    data_dir = work / "data"
    photos = bench_pdf.make_journal(data_dir, load_pack(path), path)
    return path, data_dir, photos


# ----------------------------------------------------------------------------- the floor's content


def _paragraphs(text: str) -> list[str]:
    blocks = text.replace("\r\n", "\n").split("\n\n")
    return [block.strip("\n") for block in blocks if block.strip()]


def floor_content(
    pack: Pack,
    answers: dict[str, Answer],
    images: Sequence[ImageInfo],
    picture_files: dict[int, Path],
    *,
    journal_name: str,
) -> list[Block]:
    """What the export writes, as plain blocks: texts through ``LocalText.get``."""
    from journal_app.packs.model import NotePrompt

    def t(text: LocalText | None) -> str:
        return "" if text is None else text.get()

    def paras(text: str, style: str) -> list[Block]:
        return [["p", style, p] for p in _paragraphs(text)]

    today = date.today()
    blocks: list[Block] = [["p", "Title", t(pack.title)]]
    if pack.subtitle:
        blocks.append(["p", "Subtitle", t(pack.subtitle)])
    blocks += [
        ["p", "Cover details", journal_name, "bold"],
        ["p", "Cover details", f"Answers of {today.day} {today:%B} {today.year}"],
        ["break"],
    ]
    credit = pack.attribution
    blocks.append(["p", "Normal", f"{credit.copyright} · {credit.licence}", "bold"])
    blocks += [
        ["p", "Small print", text] for text in (credit.licence_url, credit.publisher) if text
    ]
    for text in (credit.citation, credit.adaptation, credit.notice):
        if text is not None:
            blocks += paras(t(text), "Small print")
    if credit.isbn:
        blocks.append(["p", "Small print", f"ISBN {credit.isbn}"])
    blocks += [
        ["p", "Small print", "Made with Reflection Journal. The answers are the author's own."],
        ["break"],
    ]
    body: list[Block] = []
    for page in pack.front_matter:
        body += [["h", 1, t(page.title)], *paras(t(page.body), "Normal")]
        body += [["p", "Small print", t(note)] for note in page.footnotes]
        body.append(["break"])
    by_prompt: dict[str, list[ImageInfo]] = {}
    for info in images:
        by_prompt.setdefault(info.prompt_id, []).append(info)
    for number, section in enumerate(pack.sections):
        title = t(section.title)
        body.append(["h", 1, f"Section {section.number}: {title}" if section.number else title])
        if section.intro:
            body += paras(t(section.intro), "Normal")
        for group in section.groups:
            if group.title is not None:
                body.append(["h", 2, t(group.title)])
            if group.intro:
                body += paras(t(group.intro), "Normal")
            for prompt in group.prompts:
                if isinstance(prompt, NotePrompt):
                    inner = [t(prompt.title)] if prompt.title is not None else []
                    inner += _paragraphs(t(prompt.text))
                    if prompt.source is not None:
                        inner.append(f"Source: {t(prompt.source)}")
                    body.append(["note", inner])
                    continue
                answer = answers.get(prompt.id)
                value = answer.value if answer is not None else None
                pictures = [
                    [str(picture_files[i.id]), *picture_size(i.width, i.height), i.caption]
                    for i in by_prompt.get(prompt.id, [])
                ]
                body += _prompt_blocks(prompt, value, pictures, t)
            for missing in group.missing:
                body.append(["p", "Hint", f"Item {missing.number} could not be recovered."])
        if number < len(pack.sections) - 1:
            body.append(["break"])
    rebuilt = pack.reconstructed_prompts()
    body += [["break"], ["h", 1, "About this edition"], ["h", 2, "Wording supplied"]]
    body += [["p", "Small print", f"† {t(p.text)}: {p.reconstructed}"] for p in rebuilt]
    body.append(["h", 2, "Items left out"])
    body += [
        ["p", "Small print", f"{t(s.title)}: {m.reason}"]
        for s in pack.sections
        for g in s.groups
        for m in g.missing
    ]
    entries = [[b[1], b[2]] for b in body if b[0] == "h"]
    return [*blocks, ["toc", entries], ["break"], *body]


def picture_size(width: int, height: int) -> tuple[int, int]:
    """A picture's size in EMU: at 96 dpi, at most the text's width and 12 × 10 cm."""
    natural_w, natural_h = width * 0.75, height * 0.75
    scale = min(1.0, TEXT_WIDTH / natural_w, MAX_W / natural_w, MAX_H / natural_h)
    return round(natural_w * scale * 12700), round(natural_h * scale * 12700)


def _prompt_blocks(
    prompt: AnyPrompt, value: AnswerValue | None, pictures: list[Block], t: Any
) -> list[Block]:
    """A prompt's heading, hint and answer, as the export's renderer for its kind writes it."""
    from journal_app.packs.model import (
        AnswerablePrompt,
        ChecklistPrompt,
        ImagePrompt,
        StemsPrompt,
        TablePrompt,
        TextPrompt,
    )
    from journal_app.store.answers import (
        ChecklistValue,
        ItemsValue,
        StemsValue,
        TableValue,
        TextValue,
    )

    heading = t(prompt.text)
    heading = f"{prompt.number}. {heading}" if prompt.number else heading
    blocks: list[Block] = [["h", 3, f"{heading} †" if prompt.reconstructed else heading]]
    if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
        blocks.append(["p", "Hint", t(prompt.hint)])
    text = value.text if isinstance(value, TextValue) else ""
    if isinstance(prompt, TextPrompt) and not prompt.items:
        blocks += [["p", "Answer", p] for p in _paragraphs(text)] or [["lines", 6]]
    elif isinstance(prompt, TextPrompt):
        texts = list(value.items) if isinstance(value, ItemsValue) else []
        for index, item in enumerate(prompt.items):
            item_text = texts[index] if index < len(texts) else ""
            if item.label is not None:
                blocks.append(["p", "Hint", t(item.label)])
                blocks += [["p", "Answer", p] for p in _paragraphs(item_text)] or [["lines", 3]]
            else:
                blocks.append(["item", prompt.id, item_text])
    elif isinstance(prompt, ChecklistPrompt):
        chosen = value if isinstance(value, ChecklistValue) else ChecklistValue()
        blocks += [
            ["p", "Answer", ("☒ " if o.id in chosen.checked else "☐ ") + t(o.text)]
            for o in prompt.options
        ]
        if prompt.other is not None:
            box = "☒ " if chosen.other_checked else "☐ "
            blocks.append(["p", "Answer", f"{box}{t(prompt.other)} {chosen.other_text}".rstrip()])
            if not chosen.other_text.strip() and not chosen.other_checked:
                blocks.append(["lines", 1])
    elif isinstance(prompt, TablePrompt):
        stored = value if isinstance(value, TableValue) else TableValue()
        header = None
        if prompt.has_header:
            header = ([""] if prompt.numbered else []) + [t(c.title) for c in prompt.columns]
        rows = []
        for row in prompt.rows:
            cells = [[row.id, False]] if prompt.numbered else []
            for column in prompt.columns:
                fixed = row.fixed(column.id)
                printed = t(fixed) if fixed is not None else stored.get(row.id, column.id)
                cells.append([printed, fixed is not None])
            rows.append(cells)
        blocks.append(["table", header, rows, prompt.numbered])
    elif isinstance(prompt, ImagePrompt):
        if prompt.writing:
            blocks += [["p", "Answer", p] for p in _paragraphs(text)]
        blocks += [["image", *picture] for picture in pictures] or [["box", "Stick a photo here"]]
    elif isinstance(prompt, StemsPrompt):
        completions = value if isinstance(value, StemsValue) else StemsValue()
        for stem in prompt.stems:
            completion = completions.get(stem.id)
            if completion.strip():
                blocks.append(["p", "Answer", f"{t(stem.text)} … {completion}"])
            else:
                blocks += [["p", "Answer", f"{t(stem.text)} …"], ["lines", 2]]
    return blocks


# ----------------------------------------------------------------------------- the floor, written


def _script(text: str) -> tuple[str, str, str, bool, bool]:
    """Font, language, lang slot, rtl, complex: from the paragraph's first non-Latin letter."""
    for char in text:
        if char.isalpha() and not ("a" <= char.lower() <= "z"):
            name = unicodedata.name(char, "")
            for prefix, script in SCRIPTS.items():
                if name.startswith(prefix):
                    return script
    return LATIN


def _style(styles: Any, name: str, size: float | None = None, **look: Any) -> Any:
    """A paragraph style of the journal (python-docx's API), made or restyled."""
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
    font = style.font
    if size is not None:
        font.size = Pt(size)
    font.bold = look.get("bold")
    font.italic = look.get("italic")
    font.color.rgb = RGBColor.from_string(look.get("color", INK))
    fmt = style.paragraph_format
    fmt.space_after = Pt(look.get("after", 5))
    if "before" in look:
        fmt.space_before = Pt(look["before"])
    if "left" in look:
        fmt.left_indent = Pt(look["left"])
    fmt.keep_with_next = look.get("keep_next")
    return style


def _styles(document: Any) -> dict[str, Any]:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Noto Sans"
    normal.font.size = Pt(10.5)
    made = {
        "Normal": normal,
        "Title": _style(styles, "Title", 30, bold=True, color=ACCENT, after=12),
        "Subtitle": _style(styles, "Subtitle", 15, after=30),
        "Heading 1": _style(styles, "Heading 1", 19, bold=True, color=ACCENT, after=10),
        "Heading 2": _style(styles, "Heading 2", 13.5, bold=True, color=ACCENT, before=14),
        "Heading 3": _style(styles, "Heading 3", 10.5, bold=True, before=10, after=3),
        "Caption": _style(styles, "Caption", 8.5),
        "TOC Heading": styles["TOC Heading"],
        "List Number": styles["List Number"],
        "Answer": _style(styles, "Answer", after=4, left=8),
        "Hint": _style(styles, "Hint", italic=True, color=QUIET, after=3, keep_next=True),
        "Small print": _style(styles, "Small print", 8.5, after=4),
        "Note": _style(styles, "Note", after=4, left=10),
        "Table text": _style(styles, "Table text", 9.5, after=0),
        "Cover details": _style(styles, "Cover details", 12, after=4),
    }
    for level in (1, 2, 3):
        made[f"toc {level}"] = _style(styles, f"toc {level}", 10.5 if level == 1 else 9.5)
    return made


def _run(paragraph: Any, text: str, *, bold: bool = False, size: float | None = None) -> None:
    """One run with the properties the export gives its runs."""
    family, language, slot, rtl, complex_script = _script(text)
    run = paragraph.add_run(text)  # python-docx writes line breaks and tabs as w:br, w:tab
    font = run.font
    font.name = family
    fonts = run._r.rPr.rFonts
    fonts.set(qn("w:eastAsia"), family)
    fonts.set(qn("w:cs"), family)
    if bold:
        font.bold = True
        font.cs_bold = True
    if size is not None:
        font.size = Pt(size)
    if rtl:
        font.rtl = True
    if complex_script:
        font.complex_script = True
    lang = OxmlElement("w:lang")
    lang.set(qn(f"w:{slot}"), language)
    run._r.rPr.append(lang)
    if rtl:
        bidi = OxmlElement("w:bidi")
        paragraph._p.get_or_add_pPr().insert_element_before(
            bidi, "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:jc"
        )


def _field(paragraph: Any, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def build_floor(blocks: list[Block]) -> Any:
    """The blocks written with python-docx, in a new document."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(round(20 * MM)))
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(footer, "iDiaspora Journal — page ", size=8.5)
    for instruction in (" PAGE ", " NUMPAGES "):
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        footer._p.append(field)
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.find(qn("w:compat")).addprevious(update)
    properties = document.core_properties
    properties.title, properties.author, properties.language = "iDiaspora Journal", "Bench", "en"
    styles = _styles(document)
    numbering = document.part.numbering_part.element
    list_style = styles["List Number"].element
    abstract = numbering.num_having_numId(list_style.pPr.numPr.numId.val).abstractNumId.val
    lists: dict[str, int] = {}
    page_break = False

    def paragraph(style: str, text: str, *, bold: bool = False, size: float | None = None) -> Any:
        nonlocal page_break
        made = document.add_paragraph(style=styles[style])
        if page_break:
            made.paragraph_format.page_break_before = True
            page_break = False
        if text:
            _run(made, text, bold=bold, size=size)
        return made

    def lines(count: int) -> None:
        for _ in range(count):
            made = paragraph("Answer", "")
            borders = OxmlElement("w:pBdr")
            for side in ("bottom", "between"):
                rule = OxmlElement(f"w:{side}")
                for key, val in (("val", "single"), ("sz", "4"), ("space", "1"), ("color", RULE)):
                    rule.set(qn(f"w:{key}"), val)
                borders.append(rule)
            made._p.get_or_add_pPr().insert_element_before(borders, "w:spacing", "w:ind")
            made.paragraph_format.line_spacing = Twips(round(8 * MM))

    for kind, *args in blocks:
        if kind == "p":
            style, text, *bold = args
            paragraph(style, text, bold=bool(bold))
        elif kind == "h":
            paragraph(f"Heading {args[0]}", args[1])
        elif kind == "break":
            page_break = True
        elif kind == "lines":
            lines(args[0])
        elif kind == "item":
            key, text = args
            if key not in lists:
                number = numbering.add_num(abstract)
                number.add_lvlOverride(ilvl=0).add_startOverride(1)
                lists[key] = number.numId
            made = paragraph("List Number", text)
            numbered = made._p.get_or_add_pPr().get_or_add_numPr()
            numbered.get_or_add_ilvl().val = 0
            numbered.get_or_add_numId().val = lists[key]
        elif kind == "toc":
            paragraph("TOC Heading", "Contents")
            entries = [paragraph(f"toc {level}", text) for level, text in args[0]]
            first = entries[0]
            _field(first, "begin")
            instruction = first.add_run()
            code = OxmlElement("w:instrText")
            code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            code.text = ' TOC \\o "1-3" \\h \\z \\u '
            instruction._r.append(code)
            _field(first, "separate")
            _field(entries[-1], "end")
        elif kind == "note":
            for text in args[0]:
                paragraph("Note", text)
        elif kind == "image":
            path, width, height, caption = args
            shape = document.add_picture(path, width=Emu(width), height=Emu(height))
            document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            shape._inline.docPr.set("descr", caption)
            paragraph("Caption", caption)
        elif kind in ("table", "box"):
            if kind == "box":
                header, rows, numbered = None, [[[args[0], False]]], False
            else:
                header, rows, numbered = args
            columns = len(rows[0]) if rows else 1
            number_width = round(8 * MM) if numbered else 0
            share = (round(TEXT_WIDTH * 20) - number_width) // (columns - (1 if numbered else 0))
            widths = ([number_width] if numbered else []) + [share] * (columns - int(numbered))
            table = document.add_table(rows=0, cols=columns)
            table.style = document.styles["Table Grid"]
            table.autofit = False
            if header is not None:
                row = table.add_row()
                flag = OxmlElement("w:tblHeader")
                row._tr.get_or_add_trPr().append(flag)
                for cell, width, text in zip(row.cells, widths, header, strict=True):
                    cell.width = Twips(width)
                    _run(cell.paragraphs[0], text, bold=True)
            for cells in rows:
                row = table.add_row()
                if not all(text.strip() for text, _ in cells):
                    row.height = Twips(round(14 * MM))
                    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
                for cell, width, (text, fixed) in zip(row.cells, widths, cells, strict=True):
                    cell.width = Twips(width)
                    holder = cell.paragraphs[0]
                    holder.style = styles["Table text"]
                    for piece in _paragraphs(text)[:1]:
                        _run(holder, piece)
                    for piece in _paragraphs(text)[1:]:
                        _run(cell.add_paragraph(style=styles["Table text"]), piece)
                    if fixed:
                        shade = OxmlElement("w:shd")
                        shade.set(qn("w:val"), "clear")
                        shade.set(qn("w:fill"), "F6F8FA")
                        cell._tc.get_or_add_tcPr().append(shade)
        else:
            raise ValueError(f"unknown block {kind!r}")
    return document


def save_stored(document: Any, path: Path) -> None:
    """``Document.save``, but the pictures stored as they are (as the export stores them)."""
    package = document.part.package
    parts = list(package.iter_parts())
    defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml"}
    defaults["xml"] = "application/xml"
    overrides = {}
    for part in parts:
        if part.partname.startswith("/word/media/"):
            defaults[part.partname.ext] = part.content_type
        else:
            overrides[str(part.partname)] = part.content_type
    default = "<Default Extension={} ContentType={}/>"
    override = "<Override PartName={} ContentType={}/>"
    types = "".join(
        [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
            *(default.format(quoteattr(e), quoteattr(c)) for e, c in defaults.items()),
            *(override.format(quoteattr(n), quoteattr(c)) for n, c in overrides.items()),
            "</Types>",
        ]
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", package.rels.xml)
        for part in parts:
            media = part.partname.startswith("/word/media/")
            kind = zipfile.ZIP_STORED if media else zipfile.ZIP_DEFLATED
            archive.writestr(part.partname.membername, part.blob, compress_type=kind)
            if len(part.rels):
                archive.writestr(part.partname.rels_uri.membername, part.rels.xml)


def io_parts(path: Path) -> list[tuple[str, int, bytes | int]]:
    """The entries of a written .docx: (name, compression, its bytes or its picture's id)."""
    entries: list[tuple[str, int, bytes | int]] = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.filename.startswith("word/media/picture-"):
                picture = int(info.filename.rsplit("-", 1)[1].split(".")[0])
                entries.append((info.filename, info.compress_type, picture))
            else:
                entries.append((info.filename, info.compress_type, archive.read(info)))
    return entries


def write_io_floor(entries: list[tuple[str, int, bytes | int]], read: Any, path: Path) -> None:
    """Floor C: the same entries zipped again, pictures read from the store, synced."""
    with open(path, "wb") as out:
        with zipfile.ZipFile(out, "w") as archive:
            for name, compression, data in entries:
                blob = read(data) if isinstance(data, int) else data
                archive.writestr(name, blob, compress_type=compression)
        out.flush()
        os.fsync(out.fileno())


# ----------------------------------------------------------------------------- measuring


def paragraphs_in(path: Path) -> tuple[int, int, int]:
    """Paragraphs (body and cells), runs and pictures of a .docx, read back with python-docx."""
    document = docx.Document(str(path))
    body = document.element.body
    paragraphs = len(body.findall(".//" + qn("w:p")))
    runs = len(body.findall(".//" + qn("w:r")))
    return paragraphs, runs, len(document.inline_shapes)


def main() -> int:
    """Measure and print the figures."""
    from journal_app.export.docx import export_docx
    from journal_app.export.pdf import gather
    from journal_app.packs.loader import load_pack
    from journal_app.store.repository import Repository

    work = Path(tempfile.mkdtemp(prefix="bench-docx-"))
    try:
        pack_path, data_dir, photos = make_journal(work)
        pack = load_pack(pack_path)
        repo = Repository.open(data_dir, snapshot_on_open=False)
        journal = repo.journals()[0]
        answers = repo.answers(journal)
        infos = repo.images(journal)
        picture_files: dict[int, Path] = {}
        for info in infos:
            picture_files[info.id] = work / f"floor-picture-{info.id}.jpg"
            picture_files[info.id].write_bytes(repo.image_bytes(info.id))
        out_export, out_a, out_b = (
            work / "export.docx",
            work / "floor-a.docx",
            work / "floor-b.docx",
        )
        out_c = work / "floor-c.docx"
        export_docx(pack, gather(repo, journal), out_export)
        entries = io_parts(out_export)
        timings: dict[str, list[float]] = {"a": [], "b": [], "c": [], "export": []}
        for run in range(RUNS + 1):
            for name, out in (("a", out_a), ("b", out_b)):
                start = time.perf_counter()
                blocks = floor_content(
                    pack, answers, infos, picture_files, journal_name=journal.name
                )
                document = build_floor(json.loads(json.dumps(blocks)))
                if name == "a":
                    document.save(str(out))
                else:
                    save_stored(document, out)
                elapsed = time.perf_counter() - start
                if run:
                    timings[name].append(elapsed)
            start = time.perf_counter()
            write_io_floor(entries, repo.image_bytes, out_c)
            elapsed = time.perf_counter() - start
            if run:
                timings["c"].append(elapsed)
            start = time.perf_counter()
            export_docx(pack, gather(repo, journal), out_export)
            elapsed = time.perf_counter() - start
            if run:  # the first is the warm-up
                timings["export"].append(elapsed)
        repo.close()

        median = {name: statistics.median(values) for name, values in timings.items()}
        ratio_b, ratio_a = median["export"] / median["b"], median["export"] / median["a"]
        ratio_c = median["export"] / median["c"]

        def size(path: Path) -> str:
            paragraphs, runs, pictures = paragraphs_in(path)
            return (
                f"{paragraphs} paragraphs, {runs} runs, {pictures} pictures,"
                f" {path.stat().st_size / 2**20:.1f} MB"
            )

        print("Reflection Journal Word (.docx) benchmark")
        print(
            f"  the journal: {len(answers)} answers, {photos} photos of 2400 × 1800"
            f" (max_images raised to {PHOTOS}), {RUNS} interleaved runs of each"
        )
        print(f"  export_docx:                 {size(out_export)}")
        print(f"  floor (python-docx script):  {size(out_b)}")
        ok = median["export"] < TARGET_SECONDS
        rows: list[tuple[str, float, str, str]] = [
            ("export_docx, median", median["export"] * 1000, "ms", "< 1000 ms"),
            ("floor A: python-docx, Document.save, median", median["a"] * 1000, "ms", ""),
            ("floor B: python-docx, pictures stored, median", median["b"] * 1000, "ms", ""),
            ("floor C: the same file's bytes written, median", median["c"] * 1000, "ms", ""),
            ("ratio export / floor B (like for like)", ratio_b, "×", f"aim ≤ {AIM}×"),
            ("ratio export / floor A", ratio_a, "×", ""),
            ("ratio export / floor C (above the I/O alone)", ratio_c, "×", ""),
        ]
        for name, value, unit, target in rows:
            verdict = "PASS" if ok else "FAIL"
            if not target:
                verdict = "info"
            elif "aim" in target:
                verdict = "met" if value <= AIM else "missed"
            print(f"  {name:<48} {value:>9.2f} {unit:<2} {target:<10} {verdict}")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
