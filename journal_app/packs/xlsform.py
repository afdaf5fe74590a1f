r"""A prompt pack as an XLSForm, and an XLSForm as a prompt pack.

When a consultation outgrows hand-in files, partners collect on KoboToolbox or ODK Central,
which read forms written as XLSForms (https://xlsform.org). :func:`write_xlsform` writes a pack
as one; :func:`read_xlsform` reads one back (as written here, or written by hand the way ODK
users do) into a pack document that the pack loader accepts.

The workbook
============

- ``survey``: ``type``, ``name``, ``label::<Language> (<tag>)`` and ``hint::<Language> (<tag>)``
  for every language of the pack (the XLSForm spec's convention, e.g. ``label::English (en)``;
  ``default_language`` in ``settings`` names the default one the same way), ``relevant``,
  ``appearance``, ``parameters``.
- ``choices``: ``list_name``, ``name``, ``label::…``; one list per checklist, named like it.
- ``settings``: ``form_id`` (the pack id), ``form_title``, ``version`` (the pack version),
  ``default_language``.
- ``pack``: what a form has no column for, so that the pack comes back whole: ``name`` (a
  survey name; empty for the pack itself), ``property``, ``value`` and ``text::<Language>
  (<tag>)`` for translated properties (the pack's title in every language, the attribution,
  option sets, a prompt's kind, short title, number, timer, a checklist's "Other" choice
  (``other_choice``), a table's rows, columns and printed cells…). pyxform, KoboToolbox and
  ODK Central ignore a sheet they do not know.

How a pack is laid out
======================

The first question is a note with the pack's attribution (copyright, licence, its URL, the
publisher and how this edition differs), then one with its notice if it has one. Front-matter
pages, sections and groups are groups; a prompt is one question or, when it has parts, a
``field-list`` group (one screen in Collect) of text questions:

=============  ================================================================================
prompt         questions
=============  ================================================================================
text           ``text`` (``multiline``); with items, a group of one ``text`` per item
checklist      ``select_multiple`` (``columns-N`` for N columns), its "Other" choice as the
               choice ``other`` (``_other`` when an option's id is ``other``) and a ``text``
               shown when it is ticked (``relevant``)
table          a group of one ``text`` per answered cell, labelled by its row's printed cells
               (or number) and its column's title; blank rows are fixed rows "1", "2"…, not a
               repeat, so every cell is a column of the export
image          ``image`` (``max-pixels=2400``, the app's own limit); with more than one picture
               or with words, a group of ``image`` questions (and a ``text`` for the words)
stems          a group of one ``text`` per sentence beginning, labelled with it
note           ``note``; its source is the note's hint
=============  ================================================================================

A group's hint is not shown by ODK, so a prompt with parts carries its hint as a note (with the
hint only) first in its group. Section and group introductions are notes too.

Question names
==============

Names are XML names, unique in the whole form (KoboToolbox can export without the group paths),
deterministic and reversible: pack ids are lower-case, so upper-case markers never clash with
them (a test checks every name of both bundled packs with pyxform). Unique ignoring case, too:
exports go to tools and databases that may fold case, and both readers here compare names
ignoring case, so a pack whose names would differ only in case (a prompt ``five`` with items
beside a prompt ``five_i1``, a section ``one`` beside a prompt ``s_one``) is refused by
:func:`write_xlsform`, naming both ids. :func:`question_of_name` decodes a name by these rules
alone (for the columns of a prompt a newer pack no longer has)::

    PACK_ATTRIBUTION, PACK_NOTICE     the attribution notes
    F_<page> F_<page>_BODY F_<page>_N<k>   a front-matter page (group), its body, its footnotes
    S_<section> S_<section>_INTRO     a section (group), its introduction
    G_<group> G_<group>_INTRO         a group, its introduction
    <prompt>                          the prompt (P_<prompt> when its id starts with a digit,
                                      and P_meta: XLSForm keeps "meta" for itself)
    <prompt>_HINT                     a prompt-with-parts' hint
    <prompt>_I<n>                     the n-th item of a text prompt (1, 2…)
    <prompt>_OTHER                    a checklist's "Other" text
    <prompt>_R_<row>_C_<column>       a table cell
    <prompt>_S_<stem>                 a sentence beginning's completion
    <prompt>_P<n>, <prompt>_TEXT      a picture prompt's n-th picture, its written answer

:func:`form_questions` lists every name with what it holds, for the submission readers.

Text stays text
===============

Labels, hints and choice labels are read by pyxform (``${name}`` is a reference) and shown by
ODK Collect and Enketo through their Markdown and HTML. A pack's words are neither, so
:func:`neutral` escapes what they would interpret and :func:`plain` undoes it exactly:

- ``\\``, ``*``, ``_`` and ``#`` get a backslash (both clients' escape);
- ``<`` (HTML, Enketo's ``<span>``), ``&`` where it would start an entity, ``[`` where it would
  start a link, and ``-``, ``+`` or ``1.`` where they would start a list line (the first line
  too) become numeric character references (``&#60;``…), which both clients display as the
  character;
- ``${`` becomes ``$`` + WORD JOINER + ``{``, which no tool reads as a reference and nobody sees.

Enketo shows choice labels without Markdown, so an option's text with one of these characters
shows its escape there (Collect shows it right). Cells are written as text, never formulas.

Reading an XLSForm
==================

Read-only and bounded (file size, unpacked size, rows, columns, cell length): a hostile
workbook is refused with a sentence, never read into memory whole. Top-level groups are
sections (questions outside any group make a section of their own), groups inside them are
groups, and a group inside those is one prompt with parts (text questions: items). ``text``,
``select_multiple``, ``image`` and ``note`` are prompts; ``start``, ``end`` and other metadata
are skipped; any other type is refused. A text question shown only when a checklist's ``other``
choice is ticked is that checklist's "Other" text. ``label`` or ``label::<Language> (<tag>)``
columns; a language given by name only (``label::French``) is found if it is a common one. As in
pyxform, ``label`` and ``hint`` without a language are the default language, named by the
settings' ``default_language``; without it, the form is in English when no column names a
language, else a text in a column without one is refused (it would be taken for another
language). The same text given in both ``label`` and its language's column must agree.

Names are compared ignoring case, as ODK's exports may (two names that differ only in case are
refused); the markers of written forms (``S_``, ``G_``, ``F_``, ``P_``, ``_HINT``, ``_INTRO``…)
are recognised in upper case only. Choice names become option ids, lower-cased (a pack's ids
are); :mod:`journal_app.export.submissions` matches choices ignoring case, so the exports of the
original form still read.

The settings' ``version`` is kept as written (``1.0``, ``1.10``, ``1.2.3``); a whole number,
which ODK allows (``2024061201``), becomes ``2024061201.0``, with a warning (a pack version has
a dot: ``prompts/pack.schema.json``). Typed as a number, the cell keeps no trailing zeros: it is
read as shown under a ``0.00`` number format, else as its value (``1`` as ``1.0``), with a
warning to type it as text.

Warnings (``XLSFormPack.warnings``, each naming the sheet, row and column) tell of what a pack
does not keep of a hand-written form: ``relevant`` conditions (a pack has no skip logic), and
``${name}`` references, Markdown and HTML in labels and hints, which ODK would read but a pack
shows as written.

Every error is one line naming the file, the sheet, the row and the column; a damaged sheet, or
a chart sheet where a sheet of cells belongs, is named too.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from journal_app.files import atomic_output
from journal_app.i18n import translate
from journal_app.packs.model import (
    RECONSTRUCTED_MARK,
    AnyPrompt,
    ChecklistPrompt,
    Group,
    ImagePrompt,
    LocalText,
    NotePrompt,
    Pack,
    Section,
    StemsPrompt,
    TablePrompt,
    TextPrompt,
)

MAX_FORM_BYTES = 20 * 1024 * 1024
"""An XLSForm is a few hundred KB; the bundled journal's is under 100 KB."""
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""What a form's parts may unpack to, together (a zip bomb is refused before reading); a
submissions export, far larger, gives its own limit to :func:`workbook_problem`."""
MAX_RATIO = 200
"""Uncompressed / compressed, for a part over 1 MB."""
MAX_ROWS = 20_000
MAX_COLUMNS = 500
MAX_CELL_CHARS = 40_000
"""A pack text has at most 20,000 characters; escaped, a little more."""
MAX_EMPTY_ROWS = 200
"""A run of this many empty rows ends a sheet (as pyxform ends one after 60)."""

SURVEY, CHOICES, SETTINGS, PACK_SHEET = "survey", "choices", "settings", "pack"

ATTRIBUTION_NAME = "PACK_ATTRIBUTION"
NOTICE_NAME = "PACK_NOTICE"
RECONSTRUCTED_NAME = "PACK_RECONSTRUCTED"
"""The note saying what the mark beside supplied wording means (``RECONSTRUCTED_MARK``)."""
OTHER_CHOICE = "other"
PICTURE_PIXELS = 2400
"""The longest edge of a picture, as the app stores pictures (``store.images.MAX_EDGE``)."""

_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,79}")
_VERSION = re.compile(r"[0-9]+\.[0-9]+(\.[0-9]+)?")
_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_LANGUAGE_COLUMN = re.compile(r"^(?P<name>.*?)\s*\((?P<tag>[^()]*)\)\s*$")
_XML_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_OTHER_RELEVANT = re.compile(
    r"""^\s*selected\s*\(\s*\$\{(?P<name>[^}\s]+)\}\s*,\s*['"]_?other['"]\s*\)\s*$"""
)
_REFERENCE = re.compile(r"\$\{[^}\n]{0,80}\}")
"""A ``${name}`` reference of a hand-written label (written forms have ``$`` + WORD JOINER)."""
_MARKUP = re.compile(
    r"<[A-Za-z/!][^<>\n]{0,200}>"  # HTML, as Enketo's <span style=…>
    r"|&[A-Za-z][A-Za-z0-9]{1,30};"  # a named entity (&amp;); written forms use &#38;
    r"|(?<![\\\w])(\*\*|__|\*|_)(?=[^\s*_])[^\n]{0,200}?(?<=[^\s\\*_])\1(?!\w)"  # emphasis
    r"|^[ \t]{0,3}#{1,6}[ \t]"  # a heading
    r"|(?<!\\)\[[^\]\n]{0,200}\]\(",  # a link
    re.MULTILINE,
)
"""What ODK Collect and Enketo would read as formatting in a hand-written label; a written
form escapes all of it (:func:`neutral`), so it is never found there."""
MAX_CELL_WARNINGS = 20
"""Warnings about single cells; more are counted in one last warning."""

METADATA_QUESTIONS = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "email",
        "audit",
    }
)
"""XLSForm's metadata question types, each usually named as its type (``start``…): what a form
records of a submission, not an answer."""
_METADATA_TYPES = METADATA_QUESTIONS | frozenset(
    {
        "calculate",
        "hidden",
        "start-geopoint",
        "background-geopoint",
    }
)
_OTHER_TYPES = frozenset(
    {
        "integer",
        "decimal",
        "range",
        "select_one",
        "select_one_from_file",
        "select_multiple_from_file",
        "rank",
        "geopoint",
        "geotrace",
        "geoshape",
        "date",
        "time",
        "datetime",
        "audio",
        "video",
        "file",
        "barcode",
        "acknowledge",
        "trigger",
        "begin_repeat",
        "end_repeat",
        "xml-external",
        "csv-external",
    }
)

LANGUAGE_NAMES: dict[str, str] = {
    "am": "Amharic",
    "ar": "Arabic",
    "bn": "Bengali",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "ff": "Fulah",
    "fr": "French",
    "ha": "Hausa",
    "he": "Hebrew",
    "hi": "Hindi",
    "ht": "Haitian Creole",
    "id": "Indonesian",
    "ig": "Igbo",
    "it": "Italian",
    "ja": "Japanese",
    "km": "Khmer",
    "ko": "Korean",
    "ku": "Kurdish",
    "ln": "Lingala",
    "mg": "Malagasy",
    "ms": "Malay",
    "my": "Burmese",
    "ne": "Nepali",
    "nl": "Dutch",
    "om": "Oromo",
    "pl": "Polish",
    "ps": "Pashto",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "rw": "Kinyarwanda",
    "so": "Somali",
    "sq": "Albanian",
    "sw": "Swahili",
    "ta": "Tamil",
    "th": "Thai",
    "ti": "Tigrinya",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "wo": "Wolof",
    "yo": "Yoruba",
    "zh": "Chinese",
}
"""English names of common languages, for ``label::French (fr)`` columns (others: the tag)."""


class XLSFormError(Exception):
    """An XLSForm cannot be read or written; the message is one line saying where and why."""


# ----------------------------------------------------------------------------- text


_ESCAPE = re.compile(
    r"(?P<backslash>[\\*_#])"
    r"|(?P<entity>&(?=#?\w+;))"
    r"|(?P<tag><)"
    r"|(?P<link>\[(?=[^\]\n]*\]\())"
    r"|(?P<reference>\$(?=[{\u2060]))"
    r"|(?P<bullet>^[ \t]*[-+](?=[ \t]))"
    r"|(?P<ordered>^[ \t]*[0-9]+\.(?=[ \t]))",
    re.MULTILINE,
)
_UNESCAPE = re.compile(r"\\(?P<char>[\\*_#])|&#(?P<number>[0-9]{1,7});|\$\u2060")
WORD_JOINER = "\u2060"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters an .xlsx (XML 1.0) cannot hold; they are invisible and left out."""


def _escape_match(match: re.Match[str]) -> str:
    kind = match.lastgroup
    text = match.group()
    if kind == "backslash":
        return "\\" + text
    if kind == "reference":
        return "$" + WORD_JOINER
    if kind in ("bullet", "ordered"):
        return text[:-1] + f"&#{ord(text[-1])};"
    return f"&#{ord(text)};"


def neutral(text: str) -> str:
    """``text`` written so that pyxform, ODK Collect and Enketo show it as it is (see above)."""
    return _ESCAPE.sub(_escape_match, text)


def _unescape_match(match: re.Match[str]) -> str:
    if match.group("char") is not None:
        return match.group("char")
    number = match.group("number")
    if number is not None:
        code = int(number)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
    return "$"


def plain(text: str) -> str:
    """The text :func:`neutral` escaped (a hand-written label: its backslash escapes undone)."""
    return _UNESCAPE.sub(_unescape_match, text)


def _cell_text(text: str) -> str:
    return _ILLEGAL.sub("", text)


# ----------------------------------------------------------------------------- names


@dataclass(frozen=True, slots=True)
class FormQuestion:
    """One question (or note) of a form written by :func:`write_xlsform`.

    Attributes:
        name: its name, a column of the submissions export.
        path: the names of the groups it is in, outermost first (group paths in exports).
        prompt_id: the prompt it answers ("" for the attribution, intros and pages).
        part: what it holds: ``""`` the prompt's one answer (a text, a checklist's choices, a
            picture), ``"item"``, ``"other"``, ``"cell"``, ``"stem"``, ``"picture"``,
            ``"writing"``, or ``"note"`` (no answer).
        key: the part's place: an item's number ("1"…), a cell's (row id, column id), a stem's
            id, a picture's number.
        choices: a checklist's choice names, its options' ids then its "Other" choice.
        other_choice: the name of the "Other" choice (None: the checklist has none).
    """

    name: str
    path: tuple[str, ...]
    prompt_id: str
    part: str = ""
    key: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    other_choice: str | None = None


def pack_version(text: str) -> str | None:
    """A form's version as a pack version, or None when it cannot be one.

    A pack version (``prompts/pack.schema.json``) is ``1.0``, ``1.2`` or ``1.2.3``; ODK also
    takes a whole number (``2024061201``, the date-and-revision versions of its docs), which
    becomes ``2024061201.0``: the same order, and a version a pack may have.
    """
    text = text.strip()
    if _VERSION.fullmatch(text):
        return text
    if re.fullmatch(r"[0-9]{1,30}", text):
        return f"{text}.0"
    return None


def prompt_name(prompt_id: str) -> str:
    """The question (or group) name of a prompt: its id, ``P_`` first if it starts with a digit.

    ``meta`` (the group XLSForm adds for the instance id) is ``P_meta`` too.
    """
    return f"P_{prompt_id}" if prompt_id[:1].isdigit() or prompt_id == "meta" else prompt_id


def prompt_id_of(name: str) -> str:
    """The prompt id of a name made by :func:`prompt_name` (the inverse)."""
    return name[2:] if name.startswith("P_") else name


_ID_TEXT = r"[a-z0-9][a-z0-9_.-]{0,79}"
_QUESTION_NAME = re.compile(
    rf"(?P<base>P_{_ID_TEXT}|{_ID_TEXT})"
    r"(?:_I(?P<item>[1-9][0-9]?)"
    r"|_P(?P<picture>[1-9][0-9]?)"
    rf"|_R_(?P<row>{_ID_TEXT})_C_(?P<column>{_ID_TEXT})"
    rf"|_S_(?P<stem>{_ID_TEXT})"
    r"|_(?P<marker>OTHER|TEXT|HINT))?"
)
_NOTE_NAME = re.compile(
    rf"[SG]_{_ID_TEXT}_INTRO|F_{_ID_TEXT}|F_{_ID_TEXT}_(?:BODY|N[0-9]{{1,3}})"
    rf"|{ATTRIBUTION_NAME}|{NOTICE_NAME}|{RECONSTRUCTED_NAME}"
)
_PACK_NOTES = (ATTRIBUTION_NAME, NOTICE_NAME, RECONSTRUCTED_NAME)
MAX_ITEMS = 50
"""A text prompt's items at most (``prompts/pack.schema.json``)."""
MAX_PICTURES = 20


def question_of_name(name: str) -> FormQuestion | None:
    """What a question name stands for by the naming rules alone, or None if it follows none.

    For a form written for another version of a pack: ``five_I6`` is the sixth item of the
    prompt ``five``, ``P_1st_R_a_C_b`` a cell of the prompt ``1st``, ``old`` the one answer of
    the prompt ``old`` (``part`` ""), whether the pack still has them or not. Notes (intros,
    hints, pages, the attribution) are ``part`` "note" (``prompt_id`` "" but for a hint). The
    question has no group path and no choices (a checklist's choices are not in its name).
    """
    if len(name) > 300:
        return None
    if _NOTE_NAME.fullmatch(name):
        return FormQuestion(name, (), "", "note")
    found = _QUESTION_NAME.fullmatch(name)
    if found is None:
        return None
    prompt_id = prompt_id_of(found.group("base"))
    if not _ID.fullmatch(prompt_id):
        return None
    item, picture, stem = found.group("item"), found.group("picture"), found.group("stem")
    marker = found.group("marker")
    if item is not None:
        if int(item) > MAX_ITEMS:
            return None
        return FormQuestion(name, (), prompt_id, "item", (item,))
    if picture is not None:
        if int(picture) > MAX_PICTURES:
            return None
        return FormQuestion(name, (), prompt_id, "picture", (picture,))
    if found.group("row") is not None:
        cell = (found.group("row"), found.group("column"))
        return FormQuestion(name, (), prompt_id, "cell", cell)
    if stem is not None:
        return FormQuestion(name, (), prompt_id, "stem", (stem,))
    if marker is not None:
        part = {"OTHER": "other", "TEXT": "writing", "HINT": "note"}[marker]
        return FormQuestion(name, (), prompt_id, part)
    return FormQuestion(name, (), prompt_id)


def other_choice_of(prompt: ChecklistPrompt) -> str:
    """The name of a checklist's "Other" choice: ``other``, unless an option has that id."""
    return "_other" if any(o.id == OTHER_CHOICE for o in prompt.options) else OTHER_CHOICE


def part_names(prompt: AnyPrompt) -> list[tuple[str, str, tuple[str, ...]]]:
    """The parts of a prompt as (name, part, key), in the form's order (``[]``: no parts)."""
    base = prompt_name(prompt.id)
    match prompt:
        case TextPrompt(items=items) if items:
            return [(f"{base}_I{n}", "item", (str(n),)) for n in range(1, len(items) + 1)]
        case TablePrompt():
            return [
                (f"{base}_R_{row.id}_C_{column.id}", "cell", (row.id, column.id))
                for row, column in prompt.answer_cells()
            ]
        case StemsPrompt(stems=stems):
            return [(f"{base}_S_{stem.id}", "stem", (stem.id,)) for stem in stems]
        case ImagePrompt() if prompt.max_images > 1 or prompt.writing:
            parts: list[tuple[str, str, tuple[str, ...]]] = [
                (f"{base}_P{n}", "picture", (str(n),)) for n in range(1, prompt.max_images + 1)
            ]
            if prompt.writing:
                parts.append((f"{base}_TEXT", "writing", ()))
            return parts
    return []


# ----------------------------------------------------------------------------- writing


def language_column(tag: str) -> str:
    """A language as XLSForm columns name it: ``English (en)``, ``Portuguese BR (pt-BR)``.

    A language this module has no name for is named by its tag: ``xx (xx)``.
    """
    base, _, region = tag.partition("-")
    name = LANGUAGE_NAMES.get(base)
    if name is None:
        return f"{tag} ({tag})"
    return f"{name} {region} ({tag})" if region else f"{name} ({tag})"


@dataclass
class _Row:
    type: str
    name: str
    label: Mapping[str, str] | None = None
    hint: Mapping[str, str] | None = None
    relevant: str = ""
    appearance: str = ""
    parameters: str = ""
    question: FormQuestion | None = None
    owner: str = ""
    """What the name stands for, in the user's language ("the prompt 'five'"), for messages."""


@dataclass
class _Layout:
    """A pack laid out as survey rows, choices and pack-sheet properties."""

    pack: Pack
    rows: list[_Row] = field(default_factory=list)
    choices: list[tuple[str, str, Mapping[str, str]]] = field(default_factory=list)
    properties: list[tuple[str, str, str, Mapping[str, str] | None]] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    owner: str = ""
    """What the rows added now stand for (see ``_Row.owner``)."""

    def texts(self, text: LocalText | None) -> dict[str, str] | None:
        return None if text is None else dict(text.translations)

    def add(
        self,
        type_: str,
        name: str,
        label: LocalText | Mapping[str, str] | None = None,
        hint: LocalText | None = None,
        *,
        prompt_id: str = "",
        part: str = "",
        key: tuple[str, ...] = (),
        **extra: Any,
    ) -> None:
        labels = self.texts(label) if isinstance(label, LocalText) else label
        question = None
        if not type_.startswith(("begin_group", "end_group")):
            part = "note" if type_ == "note" else part
            question = FormQuestion(
                name,
                tuple(self.path),
                prompt_id,
                part,
                key,
                extra.pop("choices", ()),
                extra.pop("other_choice", None),
            )
        hints = self.texts(hint)
        self.rows.append(
            _Row(type_, name, labels, hints, question=question, owner=self.owner, **extra)
        )

    def begin(
        self,
        name: str,
        label: LocalText | None,
        appearance: str = "",
        hint: LocalText | None = None,
    ) -> None:
        self.add("begin_group", name, label, hint, appearance=appearance)
        self.path.append(name)

    def end(self) -> None:
        self.path.pop()
        self.rows.append(_Row("end_group", ""))

    def prop(self, name: str, prop: str, value: object = "", text: LocalText | None = None) -> None:
        if text is None and (value is None or value is False or value == ""):
            return  # absent, or the default
        if isinstance(value, bool):
            value = "true" if value else "false"
        self.properties.append((name, prop, str(value), self.texts(text)))


def _unmarked(text: str | dict[str, str]) -> str | dict[str, str]:
    """A prompt's wording without the mark ``write_xlsform`` puts beside supplied words."""
    mark = f" {RECONSTRUCTED_MARK}"
    if isinstance(text, str):
        return text.removesuffix(mark)
    return {lang: value.removesuffix(mark) for lang, value in text.items()}


def _same(pack: Pack, text: str) -> dict[str, str]:
    """A text the same in every language of the pack (a licence, a number)."""
    return {lang: text for lang in pack.languages}


def _layout(pack: Pack) -> _Layout:
    out = _Layout(pack)
    credit = pack.attribution
    attribution: dict[str, str] = {}
    for lang in pack.languages:
        lines = [credit.copyright]
        lines.append(
            credit.licence
            if credit.licence_url is None
            else f"{credit.licence} ({credit.licence_url})"
        )
        if credit.publisher:
            lines.append(credit.publisher)
        text = "\n".join(lines)
        if credit.adaptation is not None:
            text += "\n\n" + credit.adaptation.get(lang)
        attribution[lang] = text
    out.owner = translate("packs", "the attribution")
    out.add("note", ATTRIBUTION_NAME, attribution)
    if credit.notice is not None:
        out.add("note", NOTICE_NAME, credit.notice)
    if pack.reconstructed_prompts():  # the journal's own words, and those supplied, told apart
        meaning = translate(
            "packs",
            "Prompts marked {mark} have words that the source of the printed journal lost or"
            " scrambled, supplied for this edition: they are not the journal's own words.",
        ).format(mark=RECONSTRUCTED_MARK)
        out.add("note", RECONSTRUCTED_NAME, _same(pack, meaning))
    out.prop("", "title", text=pack.title)
    out.prop("", "subtitle", text=pack.subtitle)
    for prop in ("publisher", "copyright", "licence", "licence_url", "isbn"):
        out.prop("", prop, getattr(credit, prop))
    out.prop("", "citation", text=credit.citation)
    out.prop("", "notice", text=credit.notice)
    out.prop("", "adaptation", text=credit.adaptation)
    out.prop("", "reconstruction_notes", text=pack.reconstruction_notes)

    for page in pack.front_matter:
        name = f"F_{page.id}"
        out.owner = translate("packs", "the page {id}").format(id=repr(page.id))
        out.begin(name, page.title)
        out.add("note", f"{name}_BODY", page.body)
        for number, note in enumerate(page.footnotes, start=1):
            out.add("note", f"{name}_N{number}", note)
        out.end()
    for section in pack.sections:
        _layout_section(out, section)
    return out


def _layout_section(out: _Layout, section: Section) -> None:
    name = f"S_{section.id}"
    out.owner = translate("packs", "the section {id}").format(id=repr(section.id))
    out.begin(name, section.title)
    out.prop(name, "number", section.number)
    out.prop(name, "accent", section.accent)
    if section.intro is not None:
        out.add("note", f"{name}_INTRO", section.intro)
    for group in section.groups:
        _layout_group(out, group)
    out.end()


def _layout_group(out: _Layout, group: Group) -> None:
    name = f"G_{group.id}"
    out.owner = translate("packs", "the group {id}").format(id=repr(group.id))
    out.begin(name, group.title)
    for missing in group.missing:
        value = {"reason": missing.reason}
        if missing.number is not None:
            value["number"] = missing.number
        out.prop(name, "missing", json.dumps(value, ensure_ascii=False))
    if group.intro is not None:
        out.add("note", f"{name}_INTRO", group.intro)
    for prompt in group.prompts:
        out.owner = translate("packs", "the prompt {id}").format(id=repr(prompt.id))
        _layout_prompt(out, prompt)
    out.end()


def _cell_label(prompt: TablePrompt, row_id: str, column_id: str, lang: str) -> str:
    row = next(r for r in prompt.rows if r.id == row_id)
    column = next(c for c in prompt.columns if c.id == column_id)
    printed = [text.get(lang) for _, text in row.cells]
    first = " · ".join(printed) if printed else row.id
    position = str(prompt.columns.index(column) + 1)
    second = column.title.get(lang) if column.title is not None else position
    if printed and column.title is None and len(prompt.columns) - len(row.cells) == 1:
        return first
    return f"{first} — {second}"


def _layout_prompt(out: _Layout, prompt: AnyPrompt) -> None:
    pack = out.pack
    name = prompt_name(prompt.id)
    if prompt.reconstructed:  # marked where it is read, as in the PDF (the pack sheet says why)
        words = prompt.text.translations
        marked = tuple((lang, f"{text} {RECONSTRUCTED_MARK}") for lang, text in words)
        prompt = replace(prompt, text=LocalText(marked, prompt.text.default))
    out.prop(name, "kind", prompt.kind.value)
    out.prop(name, "number", prompt.number)
    out.prop(name, "short_title", text=prompt.short_title)
    out.prop(name, "reconstructed", prompt.reconstructed)
    if isinstance(prompt, NotePrompt):
        out.prop(name, "title", text=prompt.title)
        out.add("note", name, prompt.text, prompt.source, prompt_id=prompt.id)
        return
    out.prop(name, "timer_minutes", prompt.timer_minutes)
    parts = part_names(prompt)
    if not parts:
        match prompt:
            case TextPrompt():
                out.add("text", name, prompt.text, prompt.hint, prompt_id=prompt.id)
                out.rows[-1].appearance = "multiline"
            case ChecklistPrompt():
                _layout_checklist(out, prompt)
            case ImagePrompt():
                out.prop(name, "max_images", prompt.max_images)
                out.prop(name, "drawing", prompt.drawing)
                out.prop(name, "writing", prompt.writing)
                out.add("image", name, prompt.text, prompt.hint, prompt_id=prompt.id)
                out.rows[-1].parameters = f"max-pixels={PICTURE_PIXELS}"
        return
    out.begin(name, prompt.text, "field-list")
    if prompt.hint is not None:
        out.add("note", f"{name}_HINT", None, prompt.hint)
    match prompt:
        case TextPrompt(items=items):
            if all(item.label is None for item in items):
                out.prop(name, "items", len(items))
            for (part, _, key), item in zip(parts, items, strict=True):
                label = item.label if item.label is not None else _same(pack, f"{key[0]}.")
                out.add("text", part, label, prompt_id=prompt.id, part="item", key=key)
                out.rows[-1].appearance = "multiline"
        case TablePrompt():
            if prompt.blank:
                out.prop(name, "blank_rows", len(prompt.rows))
                out.prop(name, "numbered", prompt.numbered)
            for column in prompt.columns:
                out.prop(name, "column", column.id, column.title)
            if not prompt.blank:
                for row in prompt.rows:
                    out.prop(name, "row", row.id)
                    for column_id, text in row.cells:
                        out.prop(name, "cell", f"{row.id} {column_id}", text)
            for part, _, key in parts:
                label = {lang: _cell_label(prompt, key[0], key[1], lang) for lang in pack.languages}
                out.add("text", part, label, prompt_id=prompt.id, part="cell", key=key)
                out.rows[-1].appearance = "multiline"
        case StemsPrompt(stems=stems):
            for (part, _, key), stem in zip(parts, stems, strict=True):
                out.add("text", part, stem.text, prompt_id=prompt.id, part="stem", key=key)
                out.rows[-1].appearance = "multiline"
        case ImagePrompt():
            out.prop(name, "max_images", prompt.max_images)
            out.prop(name, "drawing", prompt.drawing)
            out.prop(name, "writing", prompt.writing)
            for part, kind, key in parts:
                if kind == "picture":
                    out.add(
                        "image", part, _same(pack, key[0]), prompt_id=prompt.id, part=kind, key=key
                    )
                    out.rows[-1].parameters = f"max-pixels={PICTURE_PIXELS}"
                else:
                    out.add("text", part, _same(pack, "✎"), prompt_id=prompt.id, part=kind)
                    out.rows[-1].appearance = "multiline"
    out.end()


def _layout_checklist(out: _Layout, prompt: ChecklistPrompt) -> None:
    name = prompt_name(prompt.id)
    other = other_choice_of(prompt) if prompt.other is not None else None
    out.prop(name, "option_set", prompt.option_set)
    out.prop(name, "other_choice", other)  # (without it: the list has no "Other" choice)
    out.prop(name, "columns", prompt.columns if prompt.columns > 1 else None)
    for option in prompt.options:
        out.choices.append((name, option.id, dict(option.text.translations)))
    if other is not None and prompt.other is not None:
        out.choices.append((name, other, dict(prompt.other.translations)))
    names = tuple(o.id for o in prompt.options) + ((other,) if other else ())
    out.add(
        f"select_multiple {name}",
        name,
        prompt.text,
        prompt.hint,
        prompt_id=prompt.id,
        choices=names,
        other_choice=other,
    )
    if prompt.columns > 1:
        out.rows[-1].appearance = f"columns-{prompt.columns}"
    if other is not None and prompt.other is not None:
        out.add("text", f"{name}_OTHER", prompt.other, prompt_id=prompt.id, part="other")
        out.rows[-1].relevant = f"selected(${{{name}}}, '{other}')"


def _check_names(layout: _Layout) -> None:
    """Refuse names that differ only in case (``five_I1`` and ``five_i1``).

    XLSForm names are case-sensitive, but ODK Central and KoboToolbox export to tools and
    databases that may fold case, and the readers here (forms and exports) compare names
    ignoring case; so a pack whose names would clash that way is not written.

    Raises:
        XLSFormError: naming both names and what they stand for.
    """
    seen: dict[str, _Row] = {}
    for row in layout.rows:
        if not row.name:
            continue
        first = seen.setdefault(row.name.lower(), row)
        if first is not row:
            raise XLSFormError(
                translate(
                    "packs",
                    "the form would have two questions named {first} (for {first_owner}) and"
                    " {second} (for {second_owner}), which ODK Central, KoboToolbox and their"
                    " exports may not tell apart: change one of these ids in the pack",
                ).format(
                    first=first.name,
                    first_owner=first.owner,
                    second=row.name,
                    second_owner=row.owner,
                )
            )


def form_questions(pack: Pack) -> list[FormQuestion]:
    """Every question and note of the form :func:`write_xlsform` writes for ``pack``, in order."""
    return [row.question for row in _layout(pack).rows if row.question is not None]


def write_xlsform(pack: Pack, target: Path) -> int:
    """Write ``pack`` as an XLSForm to ``target`` (written beside it and renamed into place).

    Returns:
        How many questions (and notes) the form has.

    Raises:
        XLSFormError: the file cannot be written.
    """
    from openpyxl import Workbook  # noqa: PLC0415 - only for this command
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415

    layout = _layout(pack)
    _check_names(layout)
    languages = list(pack.languages)
    columns = [language_column(lang) for lang in languages]
    tables: list[tuple[str, Sequence[str], Sequence[Sequence[str]]]] = []

    def sheet(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        tables.append((title, header, rows))

    def save(temporary: Path) -> None:
        book = Workbook(write_only=True)
        for title, header, rows in tables:
            worksheet = book.create_sheet(title)
            for values in [header, *rows]:
                cells = []
                for value in values:
                    cell = WriteOnlyCell(worksheet, value=_cell_text(value) if value else None)
                    if value:
                        cell.data_type = "s"  # text, also when it starts with "=": no formula
                    cells.append(cell)
                worksheet.append(cells)
        book.save(temporary)

    def local(texts: Mapping[str, str] | None, escape: bool = True) -> list[str]:
        if texts is None:
            return [""] * len(languages)
        return [
            (neutral(texts[lang]) if escape else texts[lang]) if lang in texts else ""
            for lang in languages
        ]

    survey_rows = [
        [
            row.type,
            row.name,
            *local(row.label),
            *local(row.hint),
            row.relevant,
            row.appearance,
            row.parameters,
        ]
        for row in layout.rows
    ]
    sheet(
        SURVEY,
        [
            "type",
            "name",
            *(f"label::{c}" for c in columns),
            *(f"hint::{c}" for c in columns),
            "relevant",
            "appearance",
            "parameters",
        ],
        survey_rows,
    )
    sheet(
        CHOICES,
        ["list_name", "name", *(f"label::{c}" for c in columns)],
        [[list_name, name, *local(texts)] for list_name, name, texts in layout.choices],
    )
    title = pack.title.get().replace("${", "$" + WORD_JOINER + "{")
    sheet(
        SETTINGS,
        ["form_id", "form_title", "version", "default_language"],
        [[pack.id, title, pack.version, language_column(pack.language)]],
    )
    sheet(
        PACK_SHEET,
        ["name", "property", "value", *(f"text::{c}" for c in columns)],
        [
            [name, prop, value, *(local(texts, escape=False) if texts else [""] * len(languages))]
            for name, prop, value, texts in layout.properties
        ],
    )
    try:
        with atomic_output(target) as temporary:
            save(temporary)
    except OSError as error:
        raise XLSFormError(
            translate("packs", "Could not write {path}: {reason}. Nothing was written.").format(
                path=target, reason=error.strerror
            )
        ) from None
    return sum(1 for row in layout.rows if row.question is not None)


# ----------------------------------------------------------------------------- reading


def workbook_problem(path: Path, max_bytes: int, max_unpacked: int | None = None) -> str | None:
    """Why ``path`` cannot be opened as an .xlsx workbook safely, or None if it can.

    Checks what openpyxl would trust: a regular file, its size, a zip whose parts are few and
    unpack to a bounded size (a zip bomb is refused before anything is decompressed). The
    problem is a sentence in the user's language, without the file name.

    Args:
        path: the workbook.
        max_bytes: the largest file read.
        max_unpacked: what its parts may unpack to, together (``MAX_UNPACKED_BYTES``, a
            form's limit, if not given).
    """
    most_unpacked = MAX_UNPACKED_BYTES if max_unpacked is None else max_unpacked
    try:
        if not path.is_file():
            if path.exists():
                return translate("packs", "not a file (a folder, a device or a pipe)")
            return translate("packs", "no such file")
        size = path.stat().st_size
        if size > max_bytes:
            return translate(
                "packs", "too large ({size:.0f} MB; at most {limit} MB are read)"
            ).format(size=size / 2**20, limit=max_bytes // 2**20)
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as error:
        return translate("packs", "cannot be read: {reason}").format(reason=error.strerror)
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        return translate(
            "packs", "an .xls workbook of an older Excel; save it as .xlsx (Excel Workbook)"
        )
    if not start.startswith(b"PK"):
        return translate("packs", "not an .xlsx workbook (not a zip file)")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        return translate("packs", "not an .xlsx workbook ({error})").format(error=error)
    if len(entries) > 1000:
        return translate("packs", "not an .xlsx workbook ({count} parts inside)").format(
            count=len(entries)
        )
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size // max(1, entry.compress_size)
        if entry.file_size > 2**20 and ratio > MAX_RATIO:
            return translate(
                "packs", "a part inside expands {ratio}×: refused (a zip bomb?)"
            ).format(ratio=ratio)
    if total > most_unpacked:
        return translate(
            "packs", "its contents would take {size:.0f} MB: refused (a zip bomb?)"
        ).format(size=total / 2**20)
    if not any(e.filename == "xl/workbook.xml" for e in entries):
        return translate("packs", "not an .xlsx workbook (no xl/workbook.xml inside)")
    return None


def open_workbook(path: Path) -> Any:
    """An openpyxl workbook in read-only mode (formulas as their text, never computed).

    Call :func:`workbook_problem` first. Raises ``ValueError`` with the reason when openpyxl
    cannot read it.
    """
    import warnings  # noqa: PLC0415

    from openpyxl import load_workbook  # noqa: PLC0415 - only for these commands

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on styles it does not know
            return load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise ValueError(f"{type(error).__name__}: {error}") from None


def cell_text(value: object) -> str | None:
    """A cell's value as text: text, a number, a date or a truth value; None for anything else.

    A formula is its text (``=1+1``), never computed.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return None


@dataclass
class _Sheet:
    """A sheet read into memory: its header and its rows (with their numbers in the sheet)."""

    title: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    numbers: dict[tuple[int, str], str] = field(default_factory=dict)
    """(row, column) of the cells that held numbers, with their number format (settings)."""


@dataclass
class XLSFormPack:
    """A pack read from an XLSForm."""

    document: dict[str, Any]
    """The pack as JSON (checked by the pack loader)."""
    text: str
    """``document`` as the text of a pack file."""
    pack: Pack
    warnings: list[str]
    """Things the user should know, each a sentence (e.g. the form states no licence)."""


def _where(file: str, sheet: str, row: int | None = None, column: str | None = None) -> str:
    if row is None:
        return translate("packs", "{file}, sheet {sheet}").format(file=file, sheet=sheet)
    if column is None:
        return translate("packs", "{file}, sheet {sheet}, row {row}").format(
            file=file, sheet=sheet, row=row
        )
    return translate("packs", "{file}, sheet {sheet}, row {row}, column {column}").format(
        file=file, sheet=sheet, row=row, column=column
    )


def _normal_header(value: str) -> str:
    header = re.sub(r"\s*::\s*", "::", " ".join(value.split()))
    base, sep, rest = header.partition("::")
    base = base.lower().replace(" ", "_")
    return base + sep + rest


def is_worksheet(sheet: Any) -> bool:
    """Whether a sheet of an open workbook is a table of cells (not a chart sheet)."""
    return callable(getattr(sheet, "iter_rows", None))


SHEET_DAMAGE: tuple[type[Exception], ...] = (
    OSError,
    KeyError,
    ValueError,
    zipfile.BadZipFile,
    EOFError,
    SyntaxError,  # xml.etree's ParseError: a sheet's XML is damaged
)
"""What openpyxl raises on a damaged part as it reads a sheet."""


def header_width(worksheet: Any, most: int) -> int:
    """How many columns a sheet's first row uses, up to ``most + 1`` (more: too many)."""
    for values in worksheet.iter_rows(min_row=1, max_row=1, max_col=most + 1, values_only=True):
        filled = [i for i, v in enumerate(values) if v is not None and v != ""]
        return filled[-1] + 1 if filled else 0
    return 0


_FIXED_DECIMALS = re.compile(r"0\.(0{1,9})")
"""A number format showing a fixed count of decimals (``0.00``): what the cell shows."""


def _number_text(value: object, number_format: str) -> str | None:
    """A number cell's text as the sheet shows it under a ``0.00`` format, else ``cell_text``."""
    found = _FIXED_DECIMALS.fullmatch(number_format or "")
    if found is not None and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.{len(found.group(1))}f}"
    return cell_text(value)


def _read_sheet(worksheet: Any, title: str, file: str, formats: bool = False) -> _Sheet:
    """A sheet's header and rows, bounded; ``formats``: note which cells hold numbers.

    With ``formats`` (the small settings sheet), a number cell reads as it is shown under a
    ``0.00`` format, and ``_Sheet.numbers`` says which cells were numbers (a version typed as
    one loses its form: 1.0 is 1).
    """

    def fail(row: int, problem: str, column: str | None = None) -> XLSFormError:
        return XLSFormError(f"{_where(file, title, row, column)}: {problem}")

    if not is_worksheet(worksheet):
        raise XLSFormError(
            translate("packs", "{where}: a chart sheet, not a sheet of cells").format(
                where=_where(file, title)
            )
        )
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    numbers: dict[tuple[int, str], str] = {}
    empty_run = 0
    width = header_width(worksheet, MAX_COLUMNS)
    if width > MAX_COLUMNS:
        raise fail(
            1,
            translate("packs", "more than {limit} columns; is it the right file?").format(
                limit=MAX_COLUMNS
            ),
        )
    iterator = worksheet.iter_rows(
        min_row=1, max_row=MAX_ROWS + 1, max_col=max(1, width), values_only=not formats
    )
    for number, found in enumerate(iterator, start=1):
        cells = found if formats else ()
        values = tuple(cell.value for cell in found) if formats else found
        if number > MAX_ROWS:
            if any(v is not None for v in values):
                raise fail(
                    number,
                    translate("packs", "more than {limit} rows; is it the right file?").format(
                        limit=MAX_ROWS
                    ),
                )
            break
        if len(values) > MAX_COLUMNS and values[MAX_COLUMNS] is not None:
            raise fail(
                number,
                translate("packs", "more than {limit} columns; is it the right file?").format(
                    limit=MAX_COLUMNS
                ),
            )
        texts: list[str] = []
        for index, value in enumerate(values[:MAX_COLUMNS]):
            column = header[index] if index < len(header) and header[index] else None
            if formats and isinstance(value, int | float) and not isinstance(value, bool):
                number_format = str(getattr(cells[index], "number_format", "") or "General")
                text = _number_text(value, number_format)
                if column is not None:
                    numbers[(number, column)] = number_format
            else:
                text = cell_text(value)
            if text is None:
                raise fail(
                    number,
                    translate("packs", "a value that is not text ({kind})").format(
                        kind=type(value).__name__
                    ),
                    column,
                )
            if len(text) > MAX_CELL_CHARS:
                raise fail(
                    number,
                    translate("packs", "a text longer than {limit:,} characters").format(
                        limit=MAX_CELL_CHARS
                    ),
                    column,
                )
            texts.append(text)
        if number == 1:
            header = [_normal_header(t) if t.strip() else "" for t in texts]
            seen: dict[str, int] = {}
            for index, name in enumerate(header):
                if name and name in seen:
                    raise fail(
                        1,
                        translate("packs", "the column {column} appears twice").format(column=name),
                    )
                seen[name] = index
            continue
        row = {
            header[i]: text
            for i, text in enumerate(texts)
            if i < len(header) and header[i] and text.strip()
        }
        if not row:
            empty_run += 1
            if empty_run >= MAX_EMPTY_ROWS:
                break
            continue
        empty_run = 0
        rows.append((number, row))
    return _Sheet(title, header, rows, numbers)


def _named(name: str, base: str, suffix: str) -> bool:
    """Whether ``name`` is ``base`` + ``suffix`` (an upper-case marker), ``base`` in any case."""
    return name.endswith(suffix) and name[: -len(suffix)].lower() == base.lower()


def _id_problem() -> str:
    return translate(
        "packs",
        "{name} cannot be an id: 1 to 80 lower-case letters, digits, '-', '_' or '.',"
        " starting with a letter or digit",
    )


@dataclass
class _Frame:
    kind: str  # root, page, section, group, prompt
    name: str
    row: int
    node: dict[str, Any]
    pointer: str = ""
    children: list[tuple[int, str, str, dict[str, str], dict[str, str], str]] = field(
        default_factory=list
    )
    """A prompt group's questions: (row, type, name, labels, hints, relevant)."""
    implicit: bool = False


class _Reader:
    """Reads the sheets of an XLSForm into a pack document."""

    def __init__(self, file: str, sheets: Mapping[str, _Sheet]) -> None:
        self.file = file
        self.sheets = sheets
        self.survey = sheets[SURVEY]
        self.where: dict[str, tuple[str, int, str | None]] = {}
        self.warnings: list[str] = []
        self.more_warnings = 0
        self.ours = PACK_SHEET in sheets
        self.languages: dict[str, str] = {}  # column suffix -> tag
        self.default = self._default_language()
        self.props = self._properties()
        self.lists = self._choices()
        self.option_sets: dict[str, tuple[int, list[dict[str, Any]]]] = {}
        self.used_ids: set[str] = set()
        self.relevant_used = False

    def fail(
        self, sheet: str, row: int | None, problem: str, column: str | None = None
    ) -> XLSFormError:
        return XLSFormError(f"{_where(self.file, sheet, row, column)}: {problem}")

    def warn(self, sheet: str, row: int, column: str | None, problem: str) -> None:
        """A warning about one cell; past ``MAX_CELL_WARNINGS`` they are only counted."""
        if self.more_warnings or len(self.warnings) >= MAX_CELL_WARNINGS:
            self.more_warnings += 1
            return
        self.warnings.append(f"{_where(self.file, sheet, row, column)}: {problem}")

    # -- languages and texts

    def _language(self, suffix: str, sheet: str, row: int) -> str:
        known = self.languages.get(suffix)
        if known is not None:
            return known
        found = _LANGUAGE_COLUMN.match(suffix)
        tag = found.group("tag").strip() if found else suffix.strip()
        if not _TAG.fullmatch(tag):
            names = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
            name = (found.group("name") if found else suffix).strip().lower()
            if name in names:
                tag = names[name]
            else:
                raise self.fail(
                    sheet,
                    row,
                    translate(
                        "packs",
                        "cannot tell which language {language} is: write it with its code, as"
                        " in label::English (en)",
                    ).format(language=repr(suffix)),
                )
        self.languages[suffix] = tag
        return tag

    def _default_language(self) -> str:
        """The pack's language: the one a column without a language (``label``) is in.

        As in pyxform, ``label`` and ``hint`` without ``::<Language>`` are the form's default
        language, which ``default_language`` in the settings names; a form without it is in
        the language of its first ``label::`` column, or in English when its columns have no
        language at all. Text in a column without a language beside columns with one, and no
        ``default_language`` to name it, cannot be told apart from them: refused.
        """
        settings = self.sheets.get(SETTINGS)
        row = settings.rows[0] if settings is not None and settings.rows else None
        value = row[1].get("default_language", "").strip() if row else ""
        if value and row is not None:
            return self._language(value, SETTINGS, row[0])
        unnamed: tuple[str, int, str] | None = None  # the first text without a language
        named: str | None = None  # a column with a language, with text
        for sheet in (self.survey, self.sheets.get(CHOICES)):
            if sheet is None:
                continue
            for number, values in sheet.rows:
                for column in values:
                    base, sep, _ = column.partition("::")
                    if base not in ("label", "hint"):
                        continue
                    if sep:
                        named = named or column
                    elif unnamed is None:
                        unnamed = (sheet.title, number, column)
        if unnamed is not None and named is not None:
            sheet_title, number, column = unnamed
            raise self.fail(
                sheet_title,
                number,
                translate(
                    "packs",
                    "this text is in no language, beside columns that name theirs (such as"
                    " {named}): name its language in the settings sheet (default_language, e.g."
                    " English (en)), or name its column as in {column}::English (en)",
                ).format(named=named, column=column),
                column,
            )
        if unnamed is not None:
            return "en"
        for column in self.survey.header:
            base, sep, suffix = column.partition("::")
            if base == "label" and sep:
                return self._language(suffix, SURVEY, 1)
        return "en"

    def texts(
        self, sheet: _Sheet, row: int, values: Mapping[str, str], base: str, escaped: bool = True
    ) -> dict[str, str]:
        """The translations of a column (``label``, ``hint``…) in one row: {tag: text}.

        The column without a language is the default language's (see ``_default_language``);
        given with that language's own column too, both must say the same. ``escaped``: a form's
        label or hint, its escapes undone, and a warning for what ODK would read in it (a
        ``${reference}``, Markdown or HTML) but a pack shows as it is.
        """
        found: dict[str, str] = {}
        columns: dict[str, str] = {}
        for column, value in values.items():
            name, sep, suffix = column.partition("::")
            if name != base or not value.strip():
                continue
            tag = self._language(suffix, sheet.title, 1) if sep else self.default
            if escaped:
                self.check_markup(sheet.title, row, column, value)
            text = plain(value) if escaped else value
            if tag in found and found[tag] != text:
                raise self.fail(
                    sheet.title,
                    row,
                    translate(
                        "packs",
                        "{column} and {other} give different texts in the same language"
                        " ({language}): keep one of them",
                    ).format(column=columns[tag], other=column, language=tag),
                    column,
                )
            found[tag] = text
            columns[tag] = column
        if found and self.default not in found:
            column = next(c for c in values if c.partition("::")[0] == base)
            raise self.fail(
                sheet.title,
                row,
                translate("packs", "no text in the form's default language {language}").format(
                    language=self.default
                ),
                column,
            )
        ordered = {self.default: found[self.default]} if found else {}
        ordered.update(found)
        return ordered

    def check_markup(self, sheet: str, row: int, column: str, value: str) -> None:
        """Warn of what ODK would read in a label (a reference, Markdown, HTML), not a pack."""
        reference = _REFERENCE.search(value)
        if reference is not None:
            self.warn(
                sheet,
                row,
                column,
                translate(
                    "packs",
                    "{reference} refers to an answer in ODK, but a pack shows it as it is written",
                ).format(reference=reference.group()),
            )
        markup = _MARKUP.search(value)
        if markup is not None:
            sample = markup.group()
            self.warn(
                sheet,
                row,
                column,
                translate(
                    "packs",
                    "{markup} is formatting (Markdown or HTML) in ODK, but a pack shows it as it"
                    " is written",
                ).format(markup=repr(sample if len(sample) <= 30 else sample[:29] + "…")),
            )

    @staticmethod
    def local(texts: Mapping[str, str], default: str) -> Any:
        """A pack text: a string in the default language alone, else the translations."""
        if set(texts) == {default}:
            return texts[default]
        return dict(texts)

    # -- the other sheets

    def _properties(self) -> dict[str, list[tuple[int, str, str, dict[str, str]]]]:
        sheet = self.sheets.get(PACK_SHEET)
        found: dict[str, list[tuple[int, str, str, dict[str, str]]]] = {}
        if sheet is None:
            return found
        for row, values in sheet.rows:
            prop = values.get("property", "").strip()
            if not prop:
                raise self.fail(
                    PACK_SHEET, row, translate("packs", "no property named"), "property"
                )
            texts = self.texts(sheet, row, values, "text", escaped=False)
            name = values.get("name", "").strip().lower()  # names are compared ignoring case
            found.setdefault(name, []).append(
                (row, prop.lower(), values.get("value", "").strip(), texts)
            )
        return found

    def props_of(self, name: str) -> list[tuple[int, str, str, dict[str, str]]]:
        """The pack sheet's rows for the survey name ``name`` (case does not matter)."""
        return self.props.get(name.lower(), [])

    def prop(self, name: str, prop: str) -> tuple[int, str, dict[str, str]] | None:
        for row, key, value, texts in self.props_of(name):
            if key == prop:
                return row, value, texts
        return None

    def prop_all(self, name: str, prop: str) -> list[tuple[int, str, dict[str, str]]]:
        return [(r, v, t) for r, k, v, t in self.props_of(name) if k == prop]

    def _choices(self) -> dict[str, list[tuple[int, str, dict[str, str]]]]:
        sheet = self.sheets.get(CHOICES)
        lists: dict[str, list[tuple[int, str, dict[str, str]]]] = {}
        if sheet is None:
            return lists
        for row, values in sheet.rows:
            list_name = values.get("list_name", "").strip()
            name = values.get("name", "").strip()
            if not list_name:
                raise self.fail(CHOICES, row, translate("packs", "no list name"), "list_name")
            if not name:
                raise self.fail(CHOICES, row, translate("packs", "a choice without a name"), "name")
            labels = self.texts(sheet, row, values, "label")
            if not labels:
                raise self.fail(
                    CHOICES, row, translate("packs", "a choice without a label"), "label"
                )
            choices = lists.setdefault(list_name, [])
            if any(existing == name for _, existing, _ in choices):
                raise self.fail(
                    CHOICES,
                    row,
                    translate("packs", "the list {list} has the choice {name} twice").format(
                        list=repr(list_name), name=repr(name)
                    ),
                    "name",
                )
            choices.append((row, name, labels))
        return lists

    def locate(self, pointer: str, message: str) -> str:
        """A pack loader's problem at ``pointer``, told where the form has it."""
        at = pointer
        while at and at not in self.where:
            at = at.rsplit("/", 1)[0]
        if at not in self.where:
            return f"{self.file}: {pointer or '/'}: {message}"
        sheet, row, column = self.where[at]
        return f"{_where(self.file, sheet, row, column)}: {message}"

    # -- ids

    def ident(self, name: str, row: int, prefix: str = "") -> str:
        value = name[len(prefix) :] if prefix and name.startswith(prefix) else name
        value = value.lower()
        if not _ID.fullmatch(value):
            raise self.fail(SURVEY, row, _id_problem().format(name=repr(name)), "name")
        return value

    def fresh_id(self, base: str) -> str:
        candidate, number = base, 1
        while candidate in self.used_ids:
            number += 1
            candidate = f"{base}-{number}"
        self.used_ids.add(candidate)
        return candidate

    # -- the survey

    def read(self) -> dict[str, Any]:
        root = _Frame("root", "", 1, {})
        stack = [root]
        sections: list[dict[str, Any]] = []
        pages: list[dict[str, Any]] = []
        names: dict[str, int] = {}
        self.sections = sections
        for row, values in self.survey.rows:
            raw_type = " ".join(values.get("type", "").split())
            name = values.get("name", "").strip()
            kind = raw_type.lower()
            if not raw_type:
                if name or any(k.startswith("label") for k in values):
                    raise self.fail(SURVEY, row, translate("packs", "no type"), "type")
                continue
            if kind in ("end_group", "end group"):
                if len(stack) == 1:
                    raise self.fail(
                        SURVEY,
                        row,
                        translate("packs", "end_group without a begin_group before it"),
                        "type",
                    )
                self.close(stack.pop())
                continue
            if not name:
                raise self.fail(
                    SURVEY, row, translate("packs", "a question without a name"), "name"
                )
            if not _XML_NAME.fullmatch(name):
                raise self.fail(
                    SURVEY,
                    row,
                    translate(
                        "packs",
                        "{name} is not a valid name: letters, digits, '-', '_' or '.', starting"
                        " with a letter or '_'",
                    ).format(name=repr(name)),
                    "name",
                )
            first = names.get(name.lower())
            if first is not None:
                raise self.fail(
                    SURVEY,
                    row,
                    translate(
                        "packs", "the name {name} is used twice (first in row {first})"
                    ).format(name=repr(name), first=first),
                    "name",
                )
            names[name.lower()] = row
            labels = self.texts(self.survey, row, values, "label")
            hints = self.texts(self.survey, row, values, "hint")
            relevant = values.get("relevant", "")
            frame = stack[-1]
            self.relevant_used = False
            if kind in ("begin_group", "begin group"):
                stack.append(self.open(frame, row, name, labels, hints, values, sections, pages))
            else:
                self.question(frame, row, raw_type, name, labels, hints, relevant, values, sections)
            if relevant.strip() and not self.relevant_used:
                self.warn(
                    SURVEY,
                    row,
                    "relevant",
                    translate(
                        "packs",
                        "a pack has no skip logic: this condition is left out, and the question"
                        " is always asked",
                    ),
                )
        if len(stack) > 1:
            raise self.fail(
                SURVEY,
                stack[-1].row,
                translate("packs", "this group is never closed (no end_group for it)"),
                "type",
            )
        if not sections:
            raise self.fail(SURVEY, None, translate("packs", "no questions"))
        return self.document(sections, pages)

    def open(
        self,
        frame: _Frame,
        row: int,
        name: str,
        labels: dict[str, str],
        hints: dict[str, str],
        values: Mapping[str, str],
        sections: list[dict[str, Any]],
        pages: list[dict[str, Any]],
    ) -> _Frame:
        if frame.kind == "root":
            if self.ours and name.startswith("F_"):
                page_id = self.ident(name, row, "F_")
                node: dict[str, Any] = {"id": page_id}
                if labels:
                    node["title"] = self.local(labels, self.default)
                pages.append(node)
                pointer = f"/front_matter/{len(pages) - 1}"
                self.where[pointer] = (SURVEY, row, "name")
                self.where[pointer + "/title"] = (SURVEY, row, "label")
                return _Frame("page", name, row, node, pointer)
            section_id = self.ident(name, row, "S_")
            node = {"id": section_id, "title": self.local(labels, self.default) if labels else name}
            for prop in ("number", "accent"):
                found = self.prop(name, prop)
                if found is not None and found[1]:
                    node[prop] = found[1]
                    self.where[f"/sections/{len(sections)}/{prop}"] = (
                        PACK_SHEET,
                        found[0],
                        "value",
                    )
            node["groups"] = []
            sections.append(node)
            pointer = f"/sections/{len(sections) - 1}"
            self.where[pointer] = (SURVEY, row, "name")
            self.where[pointer + "/title"] = (SURVEY, row, "label")
            return _Frame("section", name, row, node, pointer)
        if frame.kind == "section":
            group_id = self.ident(name, row, "G_")
            node = {"id": group_id}
            if labels:
                node["title"] = self.local(labels, self.default)
            missing = []
            for prop_row, value, _ in self.prop_all(name, "missing"):
                try:
                    item = json.loads(value)
                except ValueError:
                    item = None
                if not isinstance(item, dict):
                    raise self.fail(
                        PACK_SHEET,
                        prop_row,
                        translate("packs", 'not of the form {{"number": "4", "reason": "…"}}'),
                        "value",
                    )
                missing.append(item)
            if missing:
                node["missing"] = missing
            node["prompts"] = []
            frame.node["groups"].append(node)
            pointer = f"{frame.pointer}/groups/{len(frame.node['groups']) - 1}"
            self.where[pointer] = (SURVEY, row, "name")
            self.where[pointer + "/title"] = (SURVEY, row, "label")
            return _Frame("group", name, row, node, pointer)
        if frame.kind != "group":
            raise self.fail(
                SURVEY,
                row,
                translate(
                    "packs",
                    "groups nest at most three deep here (section, group, a prompt's parts)",
                ),
                "type",
            )
        node = {
            "id": self.ident(prompt_id_of(name), row),
            "labels": labels,
            "hints": hints,
            "_parent": frame,
        }
        if not labels:
            raise self.fail(
                SURVEY, row, translate("packs", "a prompt with parts needs a label"), "label"
            )
        return _Frame("prompt", name, row, node, "")

    def container(self, frame: _Frame, row: int) -> tuple[dict[str, Any], str]:
        """The group a prompt goes into, made up where the form has none."""
        sections = self.sections
        if frame.kind == "group":
            return frame.node, frame.pointer
        if frame.kind == "root":
            if not sections or not sections[-1].get("_implicit"):
                title = self.form_title() or "-"
                sections.append(
                    {
                        "id": self.fresh_id("questions"),
                        "title": title,
                        "groups": [],
                        "_implicit": True,
                    }
                )
                self.where[f"/sections/{len(sections) - 1}"] = (SURVEY, row, "name")
            section = sections[-1]
            section_pointer = f"/sections/{len(sections) - 1}"
        else:
            section, section_pointer = frame.node, frame.pointer
        groups = section["groups"]
        if not groups or not groups[-1].get("_implicit"):
            groups.append(
                {
                    "id": self.fresh_id(f"{section['id']}-questions"),
                    "prompts": [],
                    "_implicit": True,
                }
            )
            self.where[f"{section_pointer}/groups/{len(groups) - 1}"] = (SURVEY, row, "name")
        return groups[-1], f"{section_pointer}/groups/{len(groups) - 1}"

    def form_title(self) -> str:
        settings = self.sheets.get(SETTINGS)
        if settings is None or not settings.rows:
            return ""
        return plain(settings.rows[0][1].get("form_title", "")).strip()

    def close(self, frame: _Frame) -> None:
        if frame.kind == "prompt":
            self.prompt_with_parts(frame)
            return
        if frame.kind == "page":
            if "body" not in frame.node:
                raise self.fail(
                    SURVEY, frame.row, translate("packs", "this page has no body"), "name"
                )
            return
        node = frame.node
        if frame.kind == "section" and not node["groups"]:
            raise self.fail(
                SURVEY, frame.row, translate("packs", "this group has no questions"), "name"
            )
        if frame.kind == "group" and not node["prompts"]:
            raise self.fail(
                SURVEY, frame.row, translate("packs", "this group has no questions"), "name"
            )

    def question(
        self,
        frame: _Frame,
        row: int,
        raw_type: str,
        name: str,
        labels: dict[str, str],
        hints: dict[str, str],
        relevant: str,
        values: Mapping[str, str],
        sections: list[dict[str, Any]],
    ) -> None:
        kind = raw_type.lower()
        base = kind.split(" ", 1)[0]
        if base in _METADATA_TYPES:
            return
        if kind in ("begin_repeat", "begin repeat", "end_repeat", "end repeat"):
            raise self.fail(
                SURVEY,
                row,
                translate("packs", "repeats are not supported: a pack's prompts are fixed"),
                "type",
            )
        is_select = base == "select_multiple" or kind.startswith("select multiple ")
        if base in _OTHER_TYPES or kind.startswith("select one"):
            raise self.fail(
                SURVEY,
                row,
                translate(
                    "packs",
                    "question type {type} cannot be a prompt (a pack takes text,"
                    " select_multiple, image and note questions)",
                ).format(type=f'"{raw_type}"'),
                "type",
            )
        if not is_select and base not in ("text", "image", "note", "photo"):
            raise self.fail(
                SURVEY,
                row,
                translate("packs", "unknown question type {type}").format(type=f'"{raw_type}"'),
                "type",
            )
        if frame.kind == "prompt":
            if is_select or base == "note" and not _named(name, frame.name, "_HINT"):
                raise self.fail(
                    SURVEY,
                    row,
                    translate(
                        "packs", "a prompt's parts are text and image questions, not {type}"
                    ).format(type=f'"{raw_type}"'),
                    "type",
                )
            frame.children.append((row, base, name, labels, hints, relevant))
            return
        if frame.kind == "page":
            if base != "note":
                raise self.fail(SURVEY, row, translate("packs", "a page holds notes only"), "type")
            text = self.local(labels, self.default) if labels else None
            if _named(name, frame.name, "_BODY") and text is not None:
                frame.node["body"] = text
                self.where[f"{frame.pointer}/body"] = (SURVEY, row, "label")
            elif text is not None:
                notes = frame.node.setdefault("footnotes", [])
                notes.append(text)
                self.where[f"{frame.pointer}/footnotes/{len(notes) - 1}"] = (SURVEY, row, "label")
            return
        if base == "note" and frame.kind == "root" and name in _PACK_NOTES:
            return
        if (
            base == "note"
            and frame.kind in ("section", "group")
            and _named(name, frame.name, "_INTRO")
        ):
            if labels:
                frame.node["intro"] = self.local(labels, self.default)
                self.where[f"{frame.pointer}/intro"] = (SURVEY, row, "label")
            return
        other = _OTHER_RELEVANT.match(relevant) if base == "text" else None
        group, pointer = self.container(frame, row)
        if other is not None:
            target = next(
                (
                    p
                    for p in reversed(group["prompts"])
                    if p.get("kind") == "checklist"
                    and p.get("_name", "").lower() == other.group("name").lower()
                ),
                None,
            )
            if target is not None:
                self.relevant_used = True  # the condition is the "Other" choice's own
                if "other" not in target and labels:
                    target["other"] = self.local(labels, self.default)
                return
        if not labels:
            raise self.fail(SURVEY, row, translate("packs", "a question needs a label"), "label")
        node: dict[str, Any] = {"id": self.ident(prompt_id_of(name), row)}
        if base == "select_multiple" or is_select:
            node["kind"] = "checklist"
        elif base in ("image", "photo"):
            node["kind"] = "image"
        else:
            node["kind"] = base
        node["text"] = self.local(labels, self.default)
        index = len(group["prompts"])
        prompt_pointer = f"{pointer}/prompts/{index}"
        self.where[prompt_pointer] = (SURVEY, row, "name")
        self.where[prompt_pointer + "/text"] = (SURVEY, row, "label")
        self.where[prompt_pointer + "/kind"] = (SURVEY, row, "type")
        if hints:
            node["source" if base == "note" else "hint"] = self.local(hints, self.default)
            self.where[prompt_pointer + ("/source" if base == "note" else "/hint")] = (
                SURVEY,
                row,
                "hint",
            )
        if node["kind"] == "checklist":
            self.checklist(node, row, raw_type, name, values, prompt_pointer)
        self.common(node, name, prompt_pointer)
        group["prompts"].append(node)

    def checklist(
        self,
        node: dict[str, Any],
        row: int,
        raw_type: str,
        name: str,
        values: Mapping[str, str],
        pointer: str,
    ) -> None:
        words = raw_type.split()
        list_name = (
            words[1]
            if words[0].lower() == "select_multiple"
            else words[2]
            if len(words) > 2
            else ""
        )
        rest = words[2:] if words[0].lower() == "select_multiple" else words[3:]
        if not list_name:
            raise self.fail(
                SURVEY, row, translate("packs", "select_multiple needs a list name"), "type"
            )
        if rest:
            raise self.fail(
                SURVEY,
                row,
                translate(
                    "packs",
                    '{words} is not supported after the list name; for an "Other" choice add a'
                    " choice named other to the list",
                ).format(words=repr(" ".join(rest))),
                "type",
            )
        choices = self.lists.get(list_name)
        if choices is None:
            raise self.fail(
                SURVEY,
                row,
                translate("packs", "no list named {list} in the choices sheet").format(
                    list=repr(list_name)
                ),
                "type",
            )
        other_name: str | None = OTHER_CHOICE  # a hand-written form's "Other" choice
        if self.prop(name, "kind") is not None:  # written by write_xlsform: it says which
            declared = self.prop(name, "other_choice")
            other_name = declared[1] if declared is not None and declared[1] else None
        options: list[dict[str, Any]] = []
        for choice_row, choice, labels in choices:
            if other_name is not None and choice.lower() == other_name.lower():
                node["other"] = self.local(labels, self.default)
                self.where[pointer + "/other"] = (CHOICES, choice_row, "label")
                continue
            option_id = choice.lower()
            if not _ID.fullmatch(option_id):
                raise self.fail(
                    CHOICES, choice_row, _id_problem().format(name=repr(choice)), "name"
                )
            self.where[f"{pointer}/options/{len(options)}"] = (CHOICES, choice_row, "name")
            options.append({"id": option_id, "text": self.local(labels, self.default)})
        if not options:
            raise self.fail(
                SURVEY,
                row,
                translate("packs", "the list {list} has no choices").format(list=repr(list_name)),
                "type",
            )
        node["_name"] = name
        option_set = self.prop(name, "option_set")
        if option_set is not None and option_set[1]:
            set_name = option_set[1]
            known = self.option_sets.get(set_name)
            if known is not None and known[1] != options:
                raise self.fail(
                    PACK_SHEET,
                    option_set[0],
                    translate(
                        "packs",
                        "the option set {name} has other options here than in row {first}",
                    ).format(name=repr(set_name), first=known[0]),
                    "value",
                )
            if known is None:
                self.option_sets[set_name] = (option_set[0], options)
            node["option_set"] = set_name
            self.where[pointer + "/option_set"] = (PACK_SHEET, option_set[0], "value")
        else:
            node["options"] = options
        appearance = values.get("appearance", "")
        found = re.search(r"\bcolumns-([1-4])\b", appearance)
        if found and int(found.group(1)) > 1:
            node["columns"] = int(found.group(1))

    def number(self, name: str, prop: str, low: int, high: int) -> tuple[int, int] | None:
        found = self.prop(name, prop)
        if found is None or not found[1]:
            return None
        try:
            value = int(found[1])
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise self.fail(
                PACK_SHEET,
                found[0],
                translate("packs", "{prop} must be a whole number from {low} to {high}").format(
                    prop=prop, low=low, high=high
                ),
                "value",
            )
        return found[0], value

    def flag(self, name: str, prop: str) -> bool | None:
        found = self.prop(name, prop)
        if found is None or not found[1]:
            return None
        value = found[1].strip().lower()
        if value in ("true", "yes", "1"):
            return True
        if value in ("false", "no", "0"):
            return False
        raise self.fail(
            PACK_SHEET,
            found[0],
            translate("packs", "{prop} must be true or false").format(prop=prop),
            "value",
        )

    def common(self, node: dict[str, Any], name: str, pointer: str) -> None:
        """The pack-sheet properties every prompt may have, and those of its kind."""
        for row, prop, value, texts in self.props_of(name):
            where = (PACK_SHEET, row, "text" if texts else "value")
            if prop == "short_title" and texts:
                node["short_title"] = self.local(texts, self.default)
            elif prop in ("number", "reconstructed") and value:
                node[prop] = value
                if prop == "reconstructed":  # the mark the writer put beside the wording
                    node["text"] = _unmarked(node["text"])
            elif prop == "title" and texts and node["kind"] == "note":
                node["title"] = self.local(texts, self.default)
            else:
                continue
            self.where[f"{pointer}/{prop}"] = where
        kind = node["kind"]
        if kind != "note":
            timer = self.number(name, "timer_minutes", 1, 240)
            if timer is not None:
                node["timer_minutes"] = timer[1]
                self.where[pointer + "/timer_minutes"] = (PACK_SHEET, timer[0], "value")
        if kind == "checklist":
            columns = self.number(name, "columns", 1, 4)
            if columns is not None:
                node["columns"] = columns[1]
        if kind == "image":
            most = self.number(name, "max_images", 1, 20)
            if most is not None and most[1] != node.get("max_images", 1):
                node["max_images"] = most[1]
            for prop in ("drawing", "writing"):
                flag = self.flag(name, prop)
                if flag:
                    node[prop] = True
        declared = self.prop(name, "kind")
        if declared is not None and declared[1] and declared[1] != kind:
            raise self.fail(
                PACK_SHEET,
                declared[0],
                translate(
                    "packs", "the question {name} is a {type} question, not a {kind} prompt"
                ).format(name=repr(name), type=kind, kind=declared[1]),
                "value",
            )

    def prompt_with_parts(self, frame: _Frame) -> None:
        """A group of questions that make one prompt: items, cells, stems or pictures."""
        name, row = frame.name, frame.row
        group, pointer = self.container(self._parent_of(frame), row)
        labels, hints = frame.node["labels"], frame.node["hints"]
        parts = [c for c in frame.children if c[1] != "note"]
        for child in frame.children:
            if child[1] == "note":  # the prompt's hint, as a note (ODK shows no group hint)
                hints = child[4] or child[3]
        declared = self.prop(name, "kind")
        types = {c[1] for c in parts}
        if declared is not None and declared[1]:
            kind = declared[1]
        elif types <= {"text"} and parts:
            kind = "text"
        elif "image" in types or "photo" in types:
            kind = "image"
        else:
            raise self.fail(
                SURVEY, row, translate("packs", "this group holds no questions"), "name"
            )
        if kind not in ("text", "table", "stems", "image"):
            raise self.fail(
                PACK_SHEET,
                declared[0] if declared else row,
                translate("packs", "unknown kind {kind}").format(kind=repr(kind)),
                "value",
            )
        node: dict[str, Any] = {
            "id": frame.node["id"],
            "kind": kind,
            "text": self.local(labels, self.default),
        }
        prompt_pointer = f"{pointer}/prompts/{len(group['prompts'])}"
        self.where[prompt_pointer] = (SURVEY, row, "name")
        self.where[prompt_pointer + "/text"] = (SURVEY, row, "label")
        if hints:
            node["hint"] = self.local(hints, self.default)
        if kind == "text":
            count = self.number(name, "items", 2, 50)
            if count is not None:
                node["items"] = count[1]
            else:
                items: list[Any] = []
                for child_row, child_type, _, child_labels, _, _ in parts:
                    if child_type != "text" or not child_labels:
                        raise self.fail(
                            SURVEY,
                            child_row,
                            translate(
                                "packs", "an item of a text prompt is a labelled text question"
                            ),
                            "type",
                        )
                    self.where[f"{prompt_pointer}/items/{len(items)}"] = (
                        SURVEY,
                        child_row,
                        "label",
                    )
                    items.append(self.local(child_labels, self.default))
                node["items"] = items
        elif kind == "stems":
            stems: list[dict[str, Any]] = []
            for child_row, _, child_name, child_labels, _, _ in parts:
                prefix = f"{name}_S_"
                named = child_name[: len(prefix)].lower() == prefix.lower()
                stem_name = child_name[len(prefix) :] if named else child_name
                stem = {
                    "id": self.ident(stem_name, child_row),
                    "text": self.local(child_labels, self.default),
                }
                self.where[f"{prompt_pointer}/stems/{len(stems)}"] = (SURVEY, child_row, "name")
                stems.append(stem)
            node["stems"] = stems
        elif kind == "table":
            self.table(node, name, row, prompt_pointer)
        else:
            node["max_images"] = max(1, sum(1 for c in parts if c[1] in ("image", "photo")))
            if any(c[1] == "text" for c in parts):
                node["writing"] = True
        self.common(node, name, prompt_pointer)
        if node.get("max_images") == 1:
            del node["max_images"]
        group["prompts"].append(node)

    def _parent_of(self, frame: _Frame) -> _Frame:
        return frame.node["_parent"]  # type: ignore[no-any-return]

    def table(self, node: dict[str, Any], name: str, row: int, pointer: str) -> None:
        columns: list[dict[str, Any]] = []
        for prop_row, value, texts in self.prop_all(name, "column"):
            column: dict[str, Any] = {"id": value}
            if texts:
                column["title"] = self.local(texts, self.default)
            self.where[f"{pointer}/columns/{len(columns)}"] = (PACK_SHEET, prop_row, "value")
            columns.append(column)
        if not columns:
            raise self.fail(
                SURVEY,
                row,
                translate("packs", "a table needs its columns in the pack sheet"),
                "name",
            )
        node["columns"] = columns
        blank = self.number(name, "blank_rows", 1, 100)
        if blank is not None:
            node["blank_rows"] = blank[1]
            if self.flag(name, "numbered"):
                node["numbered"] = True
            return
        rows: list[dict[str, Any]] = []
        for prop_row, value, _ in self.prop_all(name, "row"):
            self.where[f"{pointer}/rows/{len(rows)}"] = (PACK_SHEET, prop_row, "value")
            rows.append({"id": value})
        for prop_row, value, texts in self.prop_all(name, "cell"):
            row_id, _, column_id = value.partition(" ")
            target = next((r for r in rows if r["id"] == row_id), None)
            if target is None or not texts:
                raise self.fail(
                    PACK_SHEET,
                    prop_row,
                    translate("packs", "a cell of a row the table does not have, or without text"),
                    "value",
                )
            target.setdefault("cells", {})[column_id] = self.local(texts, self.default)
            self.where[f"{pointer}/rows/{rows.index(target)}/cells/{column_id}"] = (
                PACK_SHEET,
                prop_row,
                "text",
            )
        if not rows:
            raise self.fail(
                SURVEY, row, translate("packs", "a table needs rows in the pack sheet"), "name"
            )
        node["rows"] = rows

    # -- the pack

    def document(
        self, sections: list[dict[str, Any]], pages: list[dict[str, Any]]
    ) -> dict[str, Any]:
        settings = self.sheets.get(SETTINGS)
        values = settings.rows[0][1] if settings is not None and settings.rows else {}
        settings_row = settings.rows[0][0] if settings is not None and settings.rows else 2
        raw_id = values.get("form_id", values.get("id_string", "")).strip()
        pack_id = raw_id.lower()
        if not raw_id:
            raise self.fail(SETTINGS, settings_row, translate("packs", "no form_id"), "form_id")
        if not _ID.fullmatch(pack_id):
            raise self.fail(
                SETTINGS, settings_row, _id_problem().format(name=repr(raw_id)), "form_id"
            )
        written = values.get("version", "").strip()
        version = pack_version(written) if written else "1.0"
        if version is None:
            raise self.fail(
                SETTINGS,
                settings_row,
                translate(
                    "packs", "the version {version} is not a pack version such as 1.0 or 1.2.3"
                ).format(version=repr(written)),
                "version",
            )
        number_format = (
            settings.numbers.get((settings_row, "version")) if settings is not None else None
        )
        if number_format is not None and not _FIXED_DECIMALS.fullmatch(number_format):
            self.warn(
                SETTINGS,
                settings_row,
                "version",
                translate(
                    "packs",
                    "the version is a number in the spreadsheet, which keeps no trailing zeros"
                    " (1.10 is 1.1, 1.0 is 1): it is read as {version}; type it as text if the"
                    " pack's version is another",
                ).format(version=version),
            )
        elif version != written and written:
            self.warn(
                SETTINGS,
                settings_row,
                "version",
                translate(
                    "packs",
                    "the version {written} is a whole number, as ODK allows; a pack's version"
                    " has a dot, so this pack's is {version}",
                ).format(written=written, version=version),
            )
        title_prop = self.prop("", "title")
        if title_prop is not None and title_prop[2]:
            title: Any = self.local(title_prop[2], self.default)
        else:
            title = self.form_title() or pack_id
        document: dict[str, Any] = {
            "format": 1,
            "id": pack_id,
            "version": version,
            "language": self.default,
            "title": title,
        }
        subtitle = self.prop("", "subtitle")
        if subtitle is not None and subtitle[2]:
            document["subtitle"] = self.local(subtitle[2], self.default)
        attribution: dict[str, Any] = {}
        for prop in ("publisher", "copyright", "licence", "licence_url", "isbn"):
            found = self.prop("", prop)
            if found is not None and found[1]:
                attribution[prop] = found[1]
                self.where[f"/attribution/{prop}"] = (PACK_SHEET, found[0], "value")
        for prop in ("citation", "notice", "adaptation"):
            found = self.prop("", prop)
            if found is not None and found[2]:
                attribution[prop] = self.local(found[2], self.default)
                self.where[f"/attribution/{prop}"] = (PACK_SHEET, found[0], "text")
        for prop in ("copyright", "licence"):
            if prop not in attribution:
                attribution[prop] = "-"
        if attribution["copyright"] == "-" or attribution["licence"] == "-":
            self.warnings.append(
                translate(
                    "packs",
                    'the form says nothing of its copyright or licence, so the pack says "-":'
                    " write them in the pack file (attribution), or in a sheet named pack with"
                    " the rows copyright and licence (columns property and value)",
                )
            )
        document["attribution"] = dict(
            sorted(attribution.items(), key=lambda i: _ATTRIBUTION_ORDER.index(i[0]))
        )
        if pages:
            document["front_matter"] = pages
        if self.option_sets:
            document["option_sets"] = {k: v[1] for k, v in self.option_sets.items()}
        document["sections"] = sections
        notes = self.prop("", "reconstruction_notes")
        if notes is not None and notes[2]:
            document["reconstruction_notes"] = self.local(notes[2], self.default)
        _drop_private(document)
        return document


_ATTRIBUTION_ORDER = (
    "publisher",
    "copyright",
    "licence",
    "licence_url",
    "citation",
    "isbn",
    "notice",
    "adaptation",
)


def _drop_private(node: Any) -> None:
    if isinstance(node, dict):
        for key in [k for k in node if k.startswith("_")]:
            del node[key]
        for value in node.values():
            _drop_private(value)
    elif isinstance(node, list):
        for value in node:
            _drop_private(value)


def read_xlsform(path: Path) -> XLSFormPack:
    """Read an XLSForm as a prompt pack, checked by the pack loader.

    Raises:
        XLSFormError: one line naming the file, the sheet, the row and the column.
    """
    from journal_app.packs.loader import PackError, load_pack_text  # noqa: PLC0415

    file = str(path)
    problem = workbook_problem(path, MAX_FORM_BYTES)
    if problem is not None:
        raise XLSFormError(f"{file}: {problem}")

    def unreadable(error: BaseException) -> XLSFormError:
        return XLSFormError(
            translate("packs", "{file}: not a readable .xlsx workbook ({error})").format(
                file=file, error=error
            )
        )

    try:
        book = open_workbook(path)
    except ValueError as error:
        raise unreadable(error) from None
    try:
        titles = {title.strip().lower(): title for title in book.sheetnames}
        if SURVEY not in titles:
            raise XLSFormError(
                translate("packs", "{file}: no sheet named survey (sheets: {sheets})").format(
                    file=file, sheets=", ".join(book.sheetnames) or "-"
                )
            )
        sheets: dict[str, _Sheet] = {}
        for key in (SURVEY, CHOICES, SETTINGS, PACK_SHEET):
            if key not in titles:
                continue
            title = titles[key]
            try:
                sheets[key] = _read_sheet(book[title], title, file, formats=key == SETTINGS)
            except SHEET_DAMAGE as error:
                raise XLSFormError(
                    translate("packs", "{where}: the sheet is damaged ({error})").format(
                        where=_where(file, title), error=f"{type(error).__name__}: {error}"
                    )
                ) from None
    except SHEET_DAMAGE as error:
        raise unreadable(error) from None
    finally:
        book.close()
    for key in ("type", "name"):
        if key not in sheets[SURVEY].header:
            raise XLSFormError(
                f"{_where(file, titles[SURVEY], 1)}: "
                + translate("packs", "no column named {column}").format(column=key)
            )
    reader = _Reader(file, sheets)
    document = reader.read()
    if reader.more_warnings:
        reader.warnings.append(
            translate("packs", "{file}: {count} more warnings of these kinds").format(
                file=file, count=reader.more_warnings
            )
        )
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        pack = load_pack_text(text, file)
    except PackError as error:
        first = error.problems[0]
        raise XLSFormError(reader.locate(first.pointer or "", first.message)) from None
    return XLSFormPack(document, text, pack, reader.warnings)


def write_pack_json(text: str, target: Path) -> None:
    """Write a pack's text to ``target`` (beside it first, then renamed into place).

    Raises:
        XLSFormError: the file cannot be written.
    """
    try:
        with atomic_output(target) as temporary:
            temporary.write_text(text, encoding="utf-8")
    except OSError as error:
        raise XLSFormError(
            translate("packs", "Could not write {path}: {reason}. Nothing was written.").format(
                path=target, reason=error.strerror
            )
        ) from None
