"""Benchmark of the PDF export against an honest floor, interleaved, on this machine.

The journal: the full iDiaspora Journal with every prompt answered (``fill_every_prompt`` of
``bench_window``: long texts, items, checklists, tables, stems), one answer in six scripts, and
photos (2400 × 1800 JPEGs, as the store keeps them) spread over the picture prompts within each
prompt's ``max_images``. The bundled pack takes one picture per picture prompt, so by default the
journal has as many photos as that allows (3, printed); ``BENCH_ROOM=1`` raises ``max_images`` to
20 and exports with ``--pack`` that pack, for 20 photos. Both measurements print the same content.

The floor is a bare ReportLab script that draws the same content with the same styles: the cover
(title, subtitle, journal name, date), the credits page, the front matter pages, section and
group headings and introductions, every prompt's text (``LocalText.get``, XML-escaped) with its
hint, and per kind: text paragraphs; items as numbered or labelled paragraphs; checklists as a
table of "☒ option"/"☐ option" cells in the prompt's number of columns, then "Other"; tables as
a grid with the header row and the same cells; stems as "stem … completion"; notes in a shaded
one-cell table; pictures as ``Image`` from JPEG files (embedded as they are, as the export does)
with their captions; ruled lines as spacers of the same height. It uses the bundled Noto Sans
faces only and one ``SimpleDocTemplate.build``. Not in it: the contents page (which needs a second
layout pass), bookmarks, "page x of y" footers, per-script font runs, shaping and bidi (so the
Arabic, Ethiopic, Devanagari and Han answer, and ☒/☐, which Noto Sans lacks, are drawn as missing
glyphs), and the export's check for characters no font has. The floor gets its pictures as
files written beforehand; the export writes them inside its timing.

(a) In process: ``export_pdf(pack, gather(repo, journal), path)`` against ``floor_story`` built
    into a PDF, interleaved (floor, export, floor, export…) after one warm-up of each.
    Target: ≤ 2.0 × the floor, and under 2 s.
(b) Whole process: ``python -m journal_app --data-dir DIR export-pdf -o OUT.pdf`` against a
    Python script that imports only ReportLab (and this module's ReportLab-only half), registers
    the same fonts and builds the floor from a JSON dump of its content, interleaved after one
    warm-up of each. Target: ≤ 2.5 × the floor (the aim, 1.5 ×, shown), and under 2 s.

Run from the repository: ``python bench/bench_pdf.py`` (``BENCH_RUNS``, default 5, runs of
each). Exits 1 if a target is missed.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

if TYPE_CHECKING:
    from journal_app.export.fonts import Fonts
    from journal_app.packs.model import AnyPrompt, LocalText, Pack
    from journal_app.store.answers import Answer, AnswerValue
    from journal_app.store.repository import ImageInfo

# This module's top level imports only the standard library and ReportLab: the whole-process
# floor script imports it to build the floor, and checks that no journal_app module came along.

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
ROOM = os.environ.get("BENCH_ROOM", "") not in ("", "0")
PHOTOS = 20
MULTILINGUAL = (
    "Diaspora engagement means partnership.\n\n"
    "تعمل الجاليات كجسور بين البلدان وتنقل المعرفة والاستثمار.\n\n"
    "የዲያስፖራ ተሳትፎ ለልማት ወሳኝ ነው።\n\nप्रवासी समुदाय पुल का काम करते हैं।\n\n海外侨民的贡献很大。\n\n"
    "Діаспора — це міст. Diaspora shqiptare. Dyaspora ayisyen an."
)

# The export's page: A4, 20 mm margins (26 mm at the bottom, for the footer).
MARGIN = 20 * mm
BOTTOM = MARGIN + 6 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN  # the export's frame_width (doc.width), tables' widths
FRAME_HEIGHT = A4[1] - MARGIN - BOTTOM
LINE_GAP = 8 * mm  # the export's ruled lines
INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#b9c4cc")
SHADE = colors.HexColor("#eef3f7")

Block = list[Any]
"""A piece of the floor's content, JSON-ready: ``[kind, *arguments]`` (see ``floor_flowables``)."""


# ----------------------------------------------------------------------------- the journal


def camera_photo(seed: int) -> bytes:
    """A 2400 × 1800 JPEG with photo-like detail (about the size the store keeps)."""
    from PIL import Image as PILImage

    noise = PILImage.effect_noise((2400, 1800), 40 + seed).convert("RGB")
    gradient = PILImage.linear_gradient("L").resize((2400, 1800)).convert("RGB")
    out = io.BytesIO()
    PILImage.blend(noise, gradient, 0.6).save(out, format="JPEG", quality=88)
    return out.getvalue()


def pack_file(work: Path) -> Path:
    """The pack both exports use: the bundled one, or (``BENCH_ROOM``) one with room for 20."""
    from journal_app import resources

    bundled = resources.bundled_pack("idiaspora-journal")
    if not ROOM:
        return bundled
    document = json.loads(bundled.read_text("utf-8"))
    for section in document["sections"]:
        for group in section["groups"]:
            for prompt in group["prompts"]:
                if prompt["kind"] == "image":
                    prompt["max_images"] = PHOTOS
    path = work / "pack-with-room.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def make_journal(data_dir: Path, pack: Pack, path: Path) -> int:
    """Fill the journal; return the number of photos the pack had room for (at most 20)."""
    from bench_window import fill_every_prompt  # beside this script

    from journal_app.packs.model import ImagePrompt
    from journal_app.store.answers import TextValue
    from journal_app.store.repository import Repository

    fill_every_prompt(data_dir, path, 0)
    picture_prompts = [p for p in pack.prompts() if isinstance(p, ImagePrompt)]
    # Round robin over the picture prompts, each up to its max_images (the store refuses more).
    places: list[ImagePrompt] = []
    for turn in range(PHOTOS):
        places += [p for p in picture_prompts if p.max_images > turn]
    places = places[:PHOTOS]
    with Repository.open(data_dir, snapshot_on_open=False) as repo:
        journal = repo.journals()[0]
        explain = pack.prompt("s1-explain-diaspora-engagement")
        assert explain is not None
        repo.save_answer(journal, explain, TextValue(MULTILINGUAL))
        for i, prompt in enumerate(places):
            repo.add_normalized_image(
                journal,
                prompt,
                camera_photo(i),
                media_type="image/jpeg",
                size=(2400, 1800),
                caption=f"Photo {i + 1}",
            )
    return len(places)


# ----------------------------------------------------------------------------- the floor's content


def _paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines (single line breaks kept), as the export cuts them."""
    blocks = text.replace("\r\n", "\n").split("\n\n")
    return [block.strip("\n") for block in blocks if block.strip()]


def floor_content(
    pack: Pack,
    answers: dict[str, Answer],
    images: Sequence[ImageInfo],
    picture_files: dict[int, Path],
    *,
    journal_name: str,
    language: str | None = None,
) -> list[Block]:
    """What the export prints, as plain blocks: texts through ``LocalText.get(language)``."""
    from journal_app.packs.model import NotePrompt

    def t(text: LocalText | None) -> str:
        return "" if text is None else text.get(language)

    def paras(text: str, style: str) -> list[Block]:
        return [["p", style, p] for p in _paragraphs(text)]

    today = date.today()
    blocks: list[Block] = [["space", 60 * mm], ["p", "cover_title", t(pack.title)]]
    if pack.subtitle:
        blocks.append(["p", "cover_subtitle", t(pack.subtitle)])
    blocks += [
        ["p", "cover_meta_bold", journal_name],
        ["p", "cover_meta", f"{today.day} {today:%B} {today.year}"],
        ["break"],
    ]
    credit = pack.attribution
    blocks += [["space", 20 * mm], ["p", "body_bold", f"{credit.copyright} · {credit.licence}"]]
    blocks += [["p", "small", text] for text in (credit.licence_url, credit.publisher) if text]
    for text in (credit.citation, credit.adaptation, credit.notice):
        if text is not None:
            blocks += [["space", 3 * mm], *paras(t(text), "small")]
    if credit.isbn:
        blocks.append(["p", "small", f"ISBN {credit.isbn}"])
    blocks += [
        ["space", 6 * mm],
        ["p", "small", "Made with Reflection Journal. The answers are the author's own."],
        ["break"],
    ]
    for page in pack.front_matter:
        blocks += [["p", "h1", t(page.title)], *paras(t(page.body), "body")]
        blocks += [["p", "small", t(note)] for note in page.footnotes]
        blocks.append(["break"])
    by_prompt: dict[str, list[ImageInfo]] = {}
    for info in images:
        by_prompt.setdefault(info.prompt_id, []).append(info)
    for number, section in enumerate(pack.sections):
        title = t(section.title)
        blocks.append(
            ["p", "h1", f"Section {section.number}: {title}" if section.number else title]
        )
        if section.intro:
            blocks += paras(t(section.intro), "body")
        for group in section.groups:
            if group.title is not None:
                blocks.append(["p", "h2", t(group.title)])
            if group.intro:
                blocks += paras(t(group.intro), "body")
            for prompt in group.prompts:
                if isinstance(prompt, NotePrompt):
                    inner: list[Block] = []
                    if prompt.title is not None:
                        inner.append(["p", "body_bold", t(prompt.title)])
                    inner += paras(t(prompt.text), "body")
                    if prompt.source is not None:
                        inner.append(["p", "small", f"Source: {t(prompt.source)}"])
                    blocks.append(["note", inner])
                    continue
                answer = answers.get(prompt.id)
                value = answer.value if answer is not None else None
                pictures = [
                    [str(picture_files[i.id]), i.width, i.height, i.caption]
                    for i in by_prompt.get(prompt.id, [])
                ]
                blocks += _prompt_blocks(prompt, value, pictures, t)
        if number < len(pack.sections) - 1:
            blocks.append(["break"])
    return blocks


def _prompt_blocks(
    prompt: AnyPrompt, value: AnswerValue | None, pictures: list[Block], t: Any
) -> list[Block]:
    """A prompt's text, hint and answer, drawn as the export's renderer for its kind draws it."""
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
    blocks: list[Block] = [
        ["p", "prompt", f"{prompt.number}. {heading}" if prompt.number else heading]
    ]
    if isinstance(prompt, AnswerablePrompt) and prompt.hint is not None:
        blocks.append(["p", "hint", t(prompt.hint)])
    text = value.text if isinstance(value, TextValue) else ""
    if isinstance(prompt, TextPrompt) and not prompt.items:
        blocks += [["p", "answer", p] for p in _paragraphs(text)] or [["lines", 6]]
    elif isinstance(prompt, TextPrompt):
        texts = list(value.items) if isinstance(value, ItemsValue) else []
        for index, item in enumerate(prompt.items):
            label = t(item.label) if item.label is not None else f"{index + 1}."
            item_text = texts[index] if index < len(texts) else ""
            if item.label is not None:
                blocks.append(["p", "hint", label])
                blocks += [["p", "answer", p] for p in _paragraphs(item_text)] or [["lines", 3]]
            elif item_text.strip():
                blocks.append(["p", "answer", f"{label} {item_text}"])
            else:
                blocks += [["p", "answer", label], ["lines", 1]]
    elif isinstance(prompt, ChecklistPrompt):
        chosen = value if isinstance(value, ChecklistValue) else ChecklistValue()
        cells = [("☒ " if o.id in chosen.checked else "☐ ") + t(o.text) for o in prompt.options]
        blocks.append(["checklist", max(1, prompt.columns), cells])
        if prompt.other is not None:
            box = "☒ " if chosen.other_checked else "☐ "
            blocks.append(["p", "answer", f"{box}{t(prompt.other)} {chosen.other_text}".rstrip()])
            if not chosen.other_text.strip() and not chosen.other_checked:
                blocks.append(["lines", 1])
    elif isinstance(prompt, TablePrompt):
        stored = value if isinstance(value, TableValue) else TableValue()
        header = None
        if prompt.has_header:
            header = ([""] if prompt.numbered else []) + [t(c.title) for c in prompt.columns]
        rows = []
        for row in prompt.rows:
            cells = [row.id] if prompt.numbered else []
            for column in prompt.columns:
                fixed = row.fixed(column.id)
                cells.append(t(fixed) if fixed is not None else stored.get(row.id, column.id))
            rows.append(cells)
        blocks.append(["table", header, rows, prompt.numbered])
    elif isinstance(prompt, ImagePrompt):
        if prompt.writing:
            blocks += [["p", "answer", p] for p in _paragraphs(text)] or (
                [] if pictures else [["lines", 3]]
            )
        blocks += [["image", *picture] for picture in pictures] or [["space", 70 * mm]]
    elif isinstance(prompt, StemsPrompt):
        completions = value if isinstance(value, StemsValue) else StemsValue()
        for stem in prompt.stems:
            completion = completions.get(stem.id)
            if completion.strip():
                blocks.append(["p", "answer", f"{t(stem.text)} … {completion}"])
            else:
                blocks += [["p", "answer", f"{t(stem.text)} …"], ["lines", 2]]
    return blocks


# ----------------------------------------------------------------------------- the floor, drawn


def floor_styles(body: str, bold: str, italic: str) -> dict[str, ParagraphStyle]:
    """The export's paragraph styles, in the main family's faces."""
    base = ParagraphStyle(
        "body", fontName=body, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=5
    )
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
    cover_meta = ParagraphStyle("cover_meta", parent=base, fontSize=12, leading=17)
    heading = {"parent": base, "fontName": bold, "textColor": ACCENT, "keepWithNext": 1}
    return {
        "body": base,
        "body_bold": ParagraphStyle("body_bold", parent=base, fontName=bold),
        "small": small,
        "caption": ParagraphStyle("caption", parent=small, alignment=TA_CENTER),
        "prompt": ParagraphStyle(
            "prompt", parent=base, fontName=bold, spaceBefore=10, spaceAfter=3, keepWithNext=1
        ),
        "hint": ParagraphStyle(
            "hint",
            parent=base,
            fontName=italic,
            textColor=colors.HexColor("#4a5a66"),
            spaceAfter=3,
            keepWithNext=1,
        ),
        "answer": ParagraphStyle("answer", parent=base, leftIndent=8, spaceAfter=4),
        "cover_title": ParagraphStyle(
            "cover_title", **heading, fontSize=30, leading=36, spaceAfter=12
        ),
        "cover_subtitle": ParagraphStyle(
            "cover_subtitle", parent=base, fontSize=15, leading=20, spaceAfter=30
        ),
        "cover_meta": cover_meta,
        "cover_meta_bold": ParagraphStyle("cover_meta_bold", parent=cover_meta, fontName=bold),
        "h1": ParagraphStyle("h1", **heading, fontSize=19, leading=24, spaceAfter=10),
        "h2": ParagraphStyle(
            "h2", **heading, fontSize=13.5, leading=18, spaceBefore=14, spaceAfter=6
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=bold, fontSize=9.5, leading=12.5
        ),
    }


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def floor_flowables(
    blocks: list[Block], body: str, bold: str, italic: str, scripts: Sequence[str] = ()
) -> list[Flowable]:
    """The blocks as plain ReportLab flowables (no font runs, no shaping, no bidi).

    A paragraph with letters the main font lacks is set, whole, in the first of ``scripts``
    (registered font names) that has its first such letter: what a bare script that prints
    Arabic or Amharic does. One font per paragraph, unshaped: the letters, not boxes.
    """
    s = floor_styles(body, bold, italic)
    covered = set(pdfmetrics.getFont(body).face.charToGlyph)
    script_glyphs = [(name, pdfmetrics.getFont(name).face.charToGlyph) for name in scripts]
    in_script: dict[tuple[str, str], ParagraphStyle] = {}

    def para(style: str, text: str) -> Paragraph:
        foreign = next((ord(c) for c in text if ord(c) not in covered and not c.isspace()), None)
        chosen = s[style]
        if foreign is not None:
            name = next((n for n, glyphs in script_glyphs if foreign in glyphs), None)
            if name is not None:
                key = (style, name)
                if key not in in_script:
                    in_script[key] = ParagraphStyle(f"{style}-{name}", parent=chosen, fontName=name)
                chosen = in_script[key]
        return Paragraph(_markup(text), chosen)

    story: list[Flowable] = []
    for kind, *args in blocks:
        if kind == "p":
            story.append(para(*args))
        elif kind == "space":
            story.append(Spacer(1, args[0]))
        elif kind == "lines":
            story.append(Spacer(1, args[0] * LINE_GAP))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "checklist":
            columns, texts = args
            cells: list[Any] = [para("cell", text) for text in texts]
            rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
            if rows and len(rows[-1]) < columns:
                rows[-1] += [Paragraph("", s["cell"])] * (columns - len(rows[-1]))
            table = Table(rows, colWidths=[FRAME_WIDTH / columns] * columns, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8)]
                )
            )
            story.append(table)
        elif kind == "table":
            header, rows, numbered = args
            data: list[list[Any]] = []
            if header is not None:
                data.append([para("cell_head", text) for text in header])
            for row in rows:
                data.append([para("cell", text) if text else Spacer(1, 14 * mm) for text in row])
            count = len(rows[0]) - (1 if numbered else 0) if rows else 1
            number_width = 8 * mm if numbered else 0
            widths = ([number_width] if numbered else []) + [
                (FRAME_WIDTH - number_width) / count
            ] * count
            table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
            style: list[tuple[Any, ...]] = [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
            if header is not None:
                style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
            table.setStyle(TableStyle(style))
            story.append(table)
        elif kind == "image":
            path, width, height, caption = args
            natural_w, natural_h = width * 0.75, height * 0.75
            scale = min(1.0, FRAME_WIDTH / natural_w, FRAME_HEIGHT * 0.7 / natural_h)
            picture = Image(path, width=natural_w * scale, height=natural_h * scale)
            picture.hAlign = "CENTER"
            block: list[Flowable] = [picture]
            if caption.strip():
                block.append(para("caption", caption))
            block.append(Spacer(1, 4 * mm))
            story.append(KeepTogether(block))
        elif kind == "note":
            inner = [para(*item[1:]) for item in args[0]]
            box = Table([[inner]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ]
                )
            )
            story += [Spacer(1, 3 * mm), box, Spacer(1, 3 * mm)]
        else:
            raise ValueError(f"unknown block {kind!r}")
    return story


def floor_story(
    pack: Pack,
    answers: dict[str, Answer],
    images: Sequence[ImageInfo],
    picture_files: dict[int, Path],
    face: Fonts,
    *,
    journal_name: str = "",
    scripts: Sequence[tuple[str, str]] = (),
) -> list[Flowable]:
    """The floor's flowables for this journal (the fonts of ``face`` already registered)."""
    blocks = floor_content(pack, answers, images, picture_files, journal_name=journal_name)
    return floor_flowables(blocks, face.body, face.bold, face.italic, [n for n, _ in scripts])


def texts_of(value: object) -> list[str]:
    """Every string in a block (or a list of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text for item in value for text in texts_of(item)]
    return []


def script_fonts(blocks: list[Block]) -> list[tuple[str, str]]:
    """The bundled fonts (name, file) the content needs beyond the main family."""
    from journal_app.export import fonts

    names: dict[str, None] = {}
    for text in texts_of(blocks):
        for run in fonts.split_runs(text):
            names.setdefault(run.font, None)
    main = fonts.register_fonts().body
    return [(name, str(pdfmetrics.getFont(name).face.filename)) for name in names if name != main]


def build_floor(story: list[Flowable], path: Path) -> int:
    """Lay the story out on the export's page, in one pass; return the number of pages."""
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
    )
    doc.build(story)
    return int(doc.page)


def floor_script_main(dump: str, target: str) -> int:
    """The whole-process floor: register the fonts, build the floor from the dump, print pages."""
    rl_config.useA85 = 0  # binary image streams, as the export writes them
    content = json.loads(Path(dump).read_text("utf-8"))
    for name, path in content["fonts"]:
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
    body, bold, italic, bold_italic = (name for name, _ in content["fonts"])
    pdfmetrics.registerFontFamily(
        body, normal=body, bold=bold, italic=italic, boldItalic=bold_italic
    )
    for name, path in content["scripts"]:  # the fonts of the content's other scripts
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
    scripts = [name for name, _ in content["scripts"]]
    story = floor_flowables(content["blocks"], body, bold, italic, scripts)
    pages = build_floor(story, Path(target))
    if any(module.split(".")[0] == "journal_app" for module in sys.modules):
        print("the floor script imported journal_app", file=sys.stderr)
        return 1
    print(pages)
    return 0


FLOOR_SCRIPT = """\
import sys
sys.path.insert(0, {bench!r})
from bench_pdf import floor_script_main
sys.exit(floor_script_main({dump!r}, {target!r}))
"""


# ----------------------------------------------------------------------------- measuring


def pdf_pages(path: Path) -> int:
    """Pages of a ReportLab PDF (its page objects are written uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def timed(command: list[str]) -> float:
    """Seconds a command takes, from start to exit (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    """Measure and print the figures."""
    sys.path.insert(0, str(BENCH))
    from journal_app.export import fonts
    from journal_app.export.pdf import export_pdf, gather
    from journal_app.packs.loader import load_pack
    from journal_app.store.repository import Repository

    work = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    try:
        data_dir = work / "data"
        path = pack_file(work)
        pack = load_pack(path)
        photos = make_journal(data_dir, pack, path)
        repo = Repository.open(data_dir, snapshot_on_open=False)
        journal = repo.journals()[0]
        answers = repo.answers(journal)
        infos = repo.images(journal)
        picture_files: dict[int, Path] = {}
        for info in infos:
            picture_files[info.id] = work / f"floor-picture-{info.id}.jpg"
            picture_files[info.id].write_bytes(repo.image_bytes(info.id))
        face = fonts.register_fonts()
        blocks = floor_content(pack, answers, infos, picture_files, journal_name=journal.name)
        script_faces = script_fonts(blocks)  # what the content's other scripts are drawn in

        # (a) In process, interleaved after one warm-up of each.
        export_in, floor_in = work / "export.pdf", work / "floor.pdf"
        exports: list[float] = []
        floors: list[float] = []
        for run in range(RUNS + 1):
            start = time.perf_counter()
            story = floor_story(
                pack,
                answers,
                infos,
                picture_files,
                face,
                journal_name=journal.name,
                scripts=script_faces,
            )
            build_floor(story, floor_in)
            floor_time = time.perf_counter() - start
            start = time.perf_counter()
            export_pdf(pack, gather(repo, journal), export_in)
            export_time = time.perf_counter() - start
            if run:  # the first is the warm-up
                floors.append(floor_time)
                exports.append(export_time)
        repo.close()

        # (b) Whole process: the CLI against a ReportLab script reading a dump of the content.
        dump = work / "floor-content.json"
        faces = [face.body, face.bold, face.italic, face.bold_italic]
        files = ["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"]
        font_files = [str(fonts.FONT_DIR / f"{name}.ttf") for name in files]
        dump.write_text(
            json.dumps(
                {
                    "fonts": list(zip(faces, font_files, strict=True)),
                    "scripts": script_faces,
                    "blocks": blocks,
                }
            ),
            "utf-8",
        )
        export_out, floor_out = work / "cli-export.pdf", work / "script-floor.pdf"
        script = work / "floor_script.py"
        script.write_text(
            FLOOR_SCRIPT.format(bench=str(BENCH), dump=str(dump), target=str(floor_out)), "utf-8"
        )
        cli = [sys.executable, "-m", "journal_app", "--data-dir", str(data_dir)]
        if ROOM:
            cli += ["--pack", str(path)]
        cli += ["export-pdf", "-o", str(export_out)]
        cli_exports: list[float] = []
        scripts: list[float] = []
        for run in range(RUNS + 1):
            floor_time = timed([sys.executable, str(script)])
            export_time = timed(cli)
            if run:
                scripts.append(floor_time)
                cli_exports.append(export_time)

        export_median, floor_median = statistics.median(exports), statistics.median(floors)
        cli_median, script_median = statistics.median(cli_exports), statistics.median(scripts)
        ratio_in, ratio_whole = export_median / floor_median, cli_median / script_median

        def size(pdf: Path) -> str:
            return f"{pdf_pages(pdf)} pages, {pdf.stat().st_size / 2**20:.1f} MB"

        print("Reflection Journal PDF benchmark")
        room = f"max_images raised to {PHOTOS}, --pack" if ROOM else "the bundled pack"
        print(
            f"  the journal: {len(answers)} answers, {photos} photos of 2400 × 1800 ({room};"
            f" {PHOTOS} asked), {RUNS} interleaved runs of each"
        )
        print(f"  export_pdf:        {size(export_in)}")
        print(f"  floor_story:       {size(floor_in)}")
        print(f"  export-pdf (CLI):  {size(export_out)}")
        print(f"  floor script:      {size(floor_out)}")
        rows: list[tuple[str, float, str, bool | None]] = [
            (
                "(a) export_pdf, in process, median",
                export_median * 1000,
                "< 2000 ms",
                export_median < 2.0,
            ),
            ("(a) floor: ReportLab, same content, median", floor_median * 1000, "", None),
            ("(a) ratio export / floor, in process", ratio_in, "≤ 2.0×", ratio_in <= 2.0),
            (
                "(b) journal-app export-pdf, whole process",
                cli_median * 1000,
                "< 2000 ms",
                cli_median < 2.0,
            ),
            ("(b) floor: ReportLab script, whole process", script_median * 1000, "", None),
            ("(b) ratio export / floor, whole process", ratio_whole, "≤ 2.5×", ratio_whole <= 2.5),
            ("(b) the aim, whole process", ratio_whole, "aim 1.5×", None),
        ]
        failed = False
        for name, value, target, ok in rows:
            unit = "×" if "ratio" in name or "aim" in name else "ms"
            verdict = "info" if ok is None else ("PASS" if ok else "FAIL")
            failed |= ok is False
            print(f"  {name:<46} {value:>9.2f} {unit:<2} {target:<10} {verdict}")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
