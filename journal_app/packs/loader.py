"""Load a prompt pack: read, parse, validate against the JSON Schema, check, build the model.

Every way a pack can be wrong ends as a list of ``Problem``s (file, line, JSON pointer, message),
never as a traceback: ``check_pack`` returns them, ``load_pack`` raises ``PackError`` with them.
The schema (``prompts/pack.schema.json``) says what one value may be; ``_Checker`` then checks
what a schema cannot: unique ids, references between parts, table shapes, translations.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from journal_app import __version__, resources
from journal_app.i18n import translate
from journal_app.packs import sourcemap, strictjson
from journal_app.packs.model import (
    AnyPrompt,
    Attribution,
    ChecklistPrompt,
    Column,
    Group,
    ImagePrompt,
    LocalText,
    MissingItem,
    NotePrompt,
    Option,
    Pack,
    Page,
    Row,
    Section,
    Stem,
    StemsPrompt,
    TablePrompt,
    TextItem,
    TextPrompt,
)

if TYPE_CHECKING:
    import jsonschema.exceptions
    import jsonschema.protocols

MAX_PACK_BYTES = 5 * 1024 * 1024
"""A pack is text; the whole iDiaspora Journal is under 100 KB. Anything larger is refused."""

JSON = Any


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a pack file."""

    file: str
    line: int | None
    pointer: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.pointer is None:
            return f"{where}: {self.message}"
        return f"{where}: {self.pointer or '/'}: {self.message}"


class PackError(Exception):
    """A pack could not be loaded; ``problems`` says every reason and where."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def first_line(self) -> str:
        """A one-line summary: the first problem, and how many more there are."""
        more = len(self.problems) - 1
        if more <= 0:
            return str(self.problems[0])
        return translate("packs", "{problem} (and %n more problems)", None, more).format(
            problem=self.problems[0]
        )


VALID_PACKS_FILE = "valid-packs.txt"
"""In a cache folder: keys of pack texts that passed every check (see ``load_pack``)."""


@cache
def _validator() -> jsonschema.protocols.Validator:

    schema = json.loads(resources.schema_path().read_text(encoding="utf-8"))
    validator: jsonschema.protocols.Validator = strictjson.strict_validator(schema)
    return validator


def check_pack(path: str | Path) -> list[Problem]:
    """Every problem of the pack at ``path``; an empty list means it is a valid pack."""
    try:
        load_pack(path)
    except PackError as error:
        return list(error.problems)
    return []


def load_pack(path: str | Path, *, cache_dir: Path | None = None) -> Pack:
    """Read and validate a pack file.

    Args:
        path: the pack file.
        cache_dir: where to remember packs that passed every check, so that the same text
            (same pack, schema and app version) is not validated again at the next start.

    Raises:
        PackError: with every problem found, each naming the file, line and JSON pointer.
    """
    path = Path(path)
    name = str(path)
    text = _read_text(path, name)
    return load_pack_text(text, name, cache_dir=cache_dir)


def load_pack_text(text: str, name: str = "<pack>", *, cache_dir: Path | None = None) -> Pack:
    """Validate and build a pack from its JSON text; ``name`` is used in messages."""
    key = _validity_key(text) if cache_dir is not None else None
    if cache_dir is not None and key is not None and _known_valid(cache_dir, key):
        try:
            return _Builder(strictjson.loads(text)).pack()
        except Exception:  # noqa: S110 - a forged or stale entry: validate for real below
            pass
    pack = _validate_and_build(text, name)
    if cache_dir is not None and key is not None:
        _remember_valid(cache_dir, key)
    return pack


def _validity_key(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8"))
    digest.update(resources.schema_path().read_bytes())
    digest.update(__version__.encode())
    digest.update(b"rules 2: strict JSON, integers are integers")  # checks this version added
    return digest.hexdigest()


def _known_valid(cache_dir: Path, key: str) -> bool:
    try:
        return key in (cache_dir / VALID_PACKS_FILE).read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return False


def _remember_valid(cache_dir: Path, key: str) -> None:
    with contextlib.suppress(OSError):  # only a speed-up: a read-only folder is fine
        cache_dir.mkdir(parents=True, exist_ok=True)
        file = cache_dir / VALID_PACKS_FILE
        known = file.read_text(encoding="ascii").split() if file.exists() else []
        kept = [k for k in known if k != key][-49:] + [key]
        file.write_text("\n".join(kept) + "\n", encoding="ascii")


def _validate_and_build(text: str, name: str) -> Pack:
    try:
        document = strictjson.loads(text)
    except strictjson.JsonRefused as error:
        if error.line is None:  # nested too deeply: nowhere in particular
            reason = translate("packs", "not a pack: JSON {reason}").format(reason=error.reason)
        else:
            reason = translate("packs", "not valid JSON: {error} (column {column})").format(
                error=error.reason, column=error.column
            )
        raise PackError([Problem(name, error.line, None, reason)]) from None

    if not isinstance(document, dict) or not ({"sections", "format"} & document.keys()):
        raise PackError(
            [
                Problem(
                    name,
                    1,
                    "",
                    translate(
                        "packs",
                        'not a prompt pack: expected a JSON object with "format", "id" and'
                        ' "sections" (see prompts/pack.schema.json)',
                    ),
                )
            ]
        )

    smap = sourcemap.build(text)
    twice = translate("packs", "this key appears twice in the same object; keep one")
    problems = [Problem(name, line, ptr, twice) for ptr, line in smap.duplicates]
    problems += [
        Problem(name, smap.line_of(ptr), ptr, message)
        for ptr, message in _schema_problems(document)
    ]
    if not problems:
        checker = _Checker(document)
        problems += [Problem(name, smap.line_of(ptr), ptr, msg) for ptr, msg in checker.problems]
    if problems:
        raise PackError(sorted(problems, key=lambda p: (p.line or 0, p.pointer or "")))
    return _Builder(document).pack()


def _read_text(path: Path, name: str) -> str:
    try:
        if path.is_dir():
            raise PackError(
                [Problem(name, None, None, translate("packs", "is a folder, not a pack file"))]
            )
        if path.exists() and not path.is_file():  # opening a pipe would wait for ever
            raise PackError(
                [Problem(name, None, None, translate("packs", "is a device or a pipe, not a file"))]
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
    except FileNotFoundError:
        raise PackError([Problem(name, None, None, translate("packs", "no such file"))]) from None
    except PermissionError:
        raise PackError(
            [Problem(name, None, None, translate("packs", "cannot be read: permission denied"))]
        ) from None
    except OSError as error:
        message = translate("packs", "cannot be read: {reason}").format(reason=error.strerror)
        raise PackError([Problem(name, None, None, message)]) from None
    if len(data) > MAX_PACK_BYTES:
        limit = MAX_PACK_BYTES // (1024 * 1024)
        raise PackError(
            [
                Problem(
                    name,
                    None,
                    None,
                    translate(
                        "packs", "too large for a pack (over {limit} MB); is it the right file?"
                    ).format(limit=limit),
                )
            ]
        )
    try:
        # utf-8-sig: accept the byte order mark some Windows editors write.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PackError(
            [
                Problem(
                    name,
                    line,
                    None,
                    translate(
                        "packs",
                        "not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save the pack as"
                        " UTF-8",
                    ).format(byte=data[error.start], offset=error.start),
                )
            ]
        ) from None


# ----------------------------------------------------------------------------- schema


def _schema_problems(document: JSON) -> list[tuple[str, str]]:
    """Schema violations as (pointer, message), most specific first, without knock-on noise."""
    found: list[tuple[str, str, str]] = []  # (pointer, validator keyword, message)
    for error in _validator().iter_errors(document):
        ptr = sourcemap.pointer(list(error.absolute_path))
        found.append((ptr, str(error.validator), _message(error)))

    # When a kind's fields fail (or the kind is unknown), its properties no longer count as
    # "evaluated", so unevaluatedProperties would also call every one of them unexpected. Report
    # the real problem; an unknown property still shows once the rest is right.
    def has_other_problem(at: str) -> bool:
        return any(
            keyword != "unevaluatedProperties" and (ptr == at or ptr.startswith(at + "/"))
            for ptr, keyword, _ in found
        )

    result: list[tuple[str, str]] = []
    for ptr, keyword, message in found:
        if keyword == "unevaluatedProperties" and has_other_problem(ptr):
            continue
        if (ptr, message) not in result:
            result.append((ptr, message))
    return sorted(result, key=lambda item: item[0])


def _message(error: jsonschema.exceptions.ValidationError) -> str:
    """The problem in words: the schema's ``errorMessage``, ours, or jsonschema's (English)."""
    custom = error.schema.get("errorMessage") if isinstance(error.schema, Mapping) else None
    if isinstance(custom, str):
        return custom
    if error.validator in ("additionalProperties", "unevaluatedProperties"):
        return error.message.replace("Unevaluated properties", "Properties").replace(
            "are not allowed", "are not allowed here"
        )
    if error.validator == "const" and list(error.absolute_path) == ["format"]:
        return translate("packs", "this app reads pack format 1")
    if error.validator == "enum" and error.absolute_path and error.absolute_path[-1] == "kind":
        kinds = ", ".join(cast(list[str], error.validator_value))
        return translate("packs", "unknown kind {kind}; a prompt's kind is one of: {kinds}").format(
            kind=repr(error.instance), kinds=kinds
        )
    return error.message


# ----------------------------------------------------------------------------- checks


class _Checker:
    """Checks that a schema cannot express. Runs only on a schema-valid document."""

    def __init__(self, document: Mapping[str, JSON]) -> None:
        self.doc = document
        self.default = cast(str, document["language"])
        self.problems: list[tuple[str, str]] = []
        self._check_ids()
        self._check_option_sets()
        self._check_tables()
        self._check_translations(document, "")

    def _add(self, ptr: str, message: str) -> None:
        self.problems.append((ptr, message))

    def _unique(self, items: Iterable[tuple[str, str]], template: str) -> None:
        """Report each (pointer, id) whose id was already used, naming where it first was.

        ``template`` is the translated message, with the fields ``{id}`` and ``{first}``.
        """
        first: dict[str, str] = {}
        for ptr, ident in items:
            if ident in first:
                self._add(ptr, template.format(id=repr(ident), first=first[ident]))
            else:
                first[ident] = ptr

    def _prompts(self) -> Iterator[tuple[str, Mapping[str, JSON]]]:
        for si, section in enumerate(self.doc["sections"]):
            for gi, group in enumerate(section["groups"]):
                for pi, prompt in enumerate(group["prompts"]):
                    yield f"/sections/{si}/groups/{gi}/prompts/{pi}", prompt

    def _check_ids(self) -> None:
        self._unique(
            ((f"/sections/{i}/id", s["id"]) for i, s in enumerate(self.doc["sections"])),
            translate("packs", "duplicate section id {id} (first used at {first})"),
        )
        self._unique(
            (
                (f"/sections/{si}/groups/{gi}/id", g["id"])
                for si, s in enumerate(self.doc["sections"])
                for gi, g in enumerate(s["groups"])
            ),
            translate("packs", "duplicate group id {id} (first used at {first})"),
        )
        self._unique(
            ((ptr + "/id", p["id"]) for ptr, p in self._prompts()),
            translate("packs", "duplicate prompt id {id} (first used at {first})"),
        )
        self._unique(
            (
                (f"/front_matter/{i}/id", p["id"])
                for i, p in enumerate(self.doc.get("front_matter", []))
            ),
            translate("packs", "duplicate page id {id} (first used at {first})"),
        )
        for name, options in self.doc.get("option_sets", {}).items():
            base = f"/option_sets/{sourcemap.escape_pointer_token(name)}"
            self._unique(
                ((f"{base}/{i}/id", o["id"]) for i, o in enumerate(options)),
                translate("packs", "duplicate option id {id} (first used at {first})"),
            )
        per_key = {
            "options": translate("packs", "duplicate option id {id} (first used at {first})"),
            "stems": translate("packs", "duplicate stem id {id} (first used at {first})"),
            "columns": translate("packs", "duplicate column id {id} (first used at {first})"),
            "rows": translate("packs", "duplicate row id {id} (first used at {first})"),
        }
        for ptr, prompt in self._prompts():
            for key, template in per_key.items():
                if isinstance(prompt.get(key), list):
                    self._unique(
                        ((f"{ptr}/{key}/{i}/id", item["id"]) for i, item in enumerate(prompt[key])),
                        template,
                    )

    def _check_option_sets(self) -> None:
        sets = self.doc.get("option_sets", {})
        for ptr, prompt in self._prompts():
            name = prompt.get("option_set")
            if name is not None and name not in sets:
                if sets:
                    template = translate("packs", "no option set named {name} (known: {known})")
                else:
                    template = translate(
                        "packs", "no option set named {name} (known: none defined)"
                    )
                known = ", ".join(sorted(sets))
                self._add(f"{ptr}/option_set", template.format(name=repr(name), known=known))

    def _check_tables(self) -> None:
        for ptr, prompt in self._prompts():
            if prompt["kind"] != "table" or "rows" not in prompt:
                continue
            column_ids = [c["id"] for c in prompt["columns"]]
            for ri, row in enumerate(prompt["rows"]):
                cells = row.get("cells", {})
                for cid in cells:
                    if cid not in column_ids:
                        self._add(
                            f"{ptr}/rows/{ri}/cells/{sourcemap.escape_pointer_token(cid)}",
                            translate(
                                "packs", "no column {column} in this table (columns: {columns})"
                            ).format(column=repr(cid), columns=", ".join(column_ids)),
                        )
                if all(c in cells for c in column_ids):
                    self._add(
                        f"{ptr}/rows/{ri}",
                        translate(
                            "packs",
                            "every cell of this row is printed text, so there is nothing to"
                            " answer; leave out the cell(s) the user should fill in",
                        ),
                    )

    def _check_translations(self, node: JSON, ptr: str) -> None:
        """Every translated text must include the pack's default language."""
        if isinstance(node, list):
            for i, child in enumerate(node):
                self._check_translations(child, f"{ptr}/{i}")
            return
        if not isinstance(node, dict):
            return
        for key, child in node.items():
            child_ptr = f"{ptr}/{sourcemap.escape_pointer_token(key)}"
            if key in _TEXT_KEYS:
                self._check_text(child, child_ptr)
            elif key in _TEXT_LIST_KEYS and isinstance(child, list):
                for i, text in enumerate(child):
                    self._check_text(text, f"{child_ptr}/{i}")
            elif key == "cells":
                for cid, text in child.items():
                    self._check_text(text, f"{child_ptr}/{sourcemap.escape_pointer_token(cid)}")
            else:
                self._check_translations(child, child_ptr)

    def _check_text(self, text: JSON, ptr: str) -> None:
        if isinstance(text, dict) and self.default not in text:
            self._add(
                ptr,
                translate(
                    "packs", "translations must include the pack's default language {language}"
                ).format(language=repr(self.default)),
            )


_TEXT_KEYS = frozenset(
    {
        "title",
        "subtitle",
        "text",
        "short_title",
        "hint",
        "intro",
        "body",
        "other",
        "source",
        "citation",
        "notice",
        "adaptation",
        "reconstruction_notes",
    }
)
"""Keys whose value is a localized text (a string or an object of translations)."""

_TEXT_LIST_KEYS = frozenset({"items", "footnotes"})
"""Keys whose value may be a list of localized texts."""


# ----------------------------------------------------------------------------- model


class _Builder:
    """Turns a checked document into the frozen model."""

    def __init__(self, document: Mapping[str, JSON]) -> None:
        self.doc = document
        self.default = cast(str, document["language"])
        self.languages: dict[str, None] = {self.default: None}

    def text(self, value: JSON) -> LocalText:
        if isinstance(value, str):
            return LocalText(((self.default, value),), self.default)
        for language in value:
            self.languages.setdefault(language, None)
        return LocalText.of(value, self.default)

    def maybe(self, value: JSON | None) -> LocalText | None:
        return None if value is None else self.text(value)

    def pack(self) -> Pack:
        doc = self.doc
        attribution = doc["attribution"]
        sections = tuple(self.section(s) for s in doc["sections"])
        front = tuple(
            Page(
                id=p["id"],
                title=self.text(p["title"]),
                body=self.text(p["body"]),
                footnotes=tuple(self.text(f) for f in p.get("footnotes", [])),
            )
            for p in doc.get("front_matter", [])
        )
        title = self.text(doc["title"])
        subtitle = self.maybe(doc.get("subtitle"))
        notes = self.maybe(doc.get("reconstruction_notes"))
        credits = Attribution(
            copyright=attribution["copyright"],
            licence=attribution["licence"],
            publisher=attribution.get("publisher"),
            licence_url=attribution.get("licence_url"),
            citation=self.maybe(attribution.get("citation")),
            isbn=attribution.get("isbn"),
            notice=self.maybe(attribution.get("notice")),
            adaptation=self.maybe(attribution.get("adaptation")),
        )
        # Every text is built by now, so every language the pack uses has been seen.
        return Pack(
            id=doc["id"],
            version=doc["version"],
            language=self.default,
            title=title,
            subtitle=subtitle,
            attribution=credits,
            sections=sections,
            front_matter=front,
            languages=(self.default, *sorted(set(self.languages) - {self.default})),
            reconstruction_notes=notes,
        )

    def section(self, s: Mapping[str, JSON]) -> Section:
        return Section(
            id=s["id"],
            title=self.text(s["title"]),
            number=s.get("number"),
            intro=self.maybe(s.get("intro")),
            accent=s.get("accent"),
            groups=tuple(self.group(g) for g in s["groups"]),
        )

    def group(self, g: Mapping[str, JSON]) -> Group:
        return Group(
            id=g["id"],
            title=self.maybe(g.get("title")),
            intro=self.maybe(g.get("intro")),
            prompts=tuple(self.prompt(p) for p in g["prompts"]),
            missing=tuple(
                MissingItem(reason=m["reason"], number=m.get("number"))
                for m in g.get("missing", [])
            ),
        )

    def prompt(self, p: Mapping[str, JSON]) -> AnyPrompt:
        common: dict[str, Any] = {
            "id": p["id"],
            "text": self.text(p["text"]),
            "number": p.get("number"),
            "reconstructed": p.get("reconstructed"),
            "short_title": self.maybe(p.get("short_title")),
        }
        kind = p["kind"]
        if kind == "note":
            return NotePrompt(
                **common, title=self.maybe(p.get("title")), source=self.maybe(p.get("source"))
            )
        common["hint"] = self.maybe(p.get("hint"))
        common["timer_minutes"] = p.get("timer_minutes")
        if kind == "text":
            items = p.get("items")
            if isinstance(items, int):
                text_items = tuple(TextItem(None) for _ in range(items))
            else:
                text_items = tuple(TextItem(self.text(label)) for label in items or ())
            return TextPrompt(**common, items=text_items)
        if kind == "checklist":
            raw_options = p.get("options") or self.doc["option_sets"][p["option_set"]]
            return ChecklistPrompt(
                **common,
                options=tuple(Option(o["id"], self.text(o["text"])) for o in raw_options),
                other=self.maybe(p.get("other")),
                columns=p.get("columns", 1),
                option_set=p.get("option_set"),
            )
        if kind == "table":
            columns = tuple(Column(c["id"], self.maybe(c.get("title"))) for c in p["columns"])
            if "rows" in p:
                rows = tuple(
                    Row(
                        r["id"], tuple((cid, self.text(t)) for cid, t in r.get("cells", {}).items())
                    )
                    for r in p["rows"]
                )
                return TablePrompt(**common, columns=columns, rows=rows)
            blank = tuple(Row(str(i + 1)) for i in range(p["blank_rows"]))
            return TablePrompt(
                **common, columns=columns, rows=blank, blank=True, numbered=p.get("numbered", False)
            )
        if kind == "image":
            return ImagePrompt(
                **common,
                max_images=p.get("max_images", 1),
                drawing=p.get("drawing", False),
                writing=p.get("writing", False),
            )
        if kind == "stems":
            return StemsPrompt(
                **common, stems=tuple(Stem(s["id"], self.text(s["text"])) for s in p["stems"])
            )
        raise AssertionError(
            f"kind {kind!r} passed the schema but has no model"
        )  # pragma: no cover
