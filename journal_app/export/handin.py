"""Hand-ins: one file per participant, for the facilitator to import and compile.

A hand-in is a zip file named ``*.journal.zip`` holding:

- ``answers.json``: the journal's answers keyed by pack id, pack version and prompt ids (format
  in ``prompts/hand-in.schema.json``); answers marked private are left out;
- ``images/<n>.jpg|png``: the pictures, as stored (already normalised);
- ``manifest.json``: the format, and the size and SHA-256 of every other file.

Reading one is hostile-input safe: only the expected names (no absolute or ``..`` paths), sizes
bounded before and while reading (a zip bomb is refused), every checksum verified, the JSON
validated, every answer checked against its prompt and every picture normalised again; any
problem refuses the whole file with a clear message, and the import writes all or nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import re
import stat
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from journal_app import __version__, resources
from journal_app.files import atomic_output
from journal_app.i18n import translate
from journal_app.packs import strictjson
from journal_app.packs.model import ImagePrompt, Pack
from journal_app.store import answers as values
from journal_app.store import images as pictures
from journal_app.store.errors import ImageRejected, InvalidAnswer
from journal_app.store.records import Journal, NewAnswer, NewImage, visible_name

if TYPE_CHECKING:  # the database layer loads when a journal is opened, not with the window
    from journal_app.store.repository import Repository

FORMAT = "reflection-journal-hand-in"
FORMAT_VERSION = 1
SUFFIX = ".journal.zip"
MAX_FILE_BYTES = 250 * 1024 * 1024
MAX_ANSWERS_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_ENTRIES = 500
MAX_RATIO = 200  # uncompressed / compressed, for entries over 1 MB
_IMAGE_NAME = re.compile(r"^images/(\d{1,6})\.(jpg|png)$")


class HandInError(Exception):
    """A hand-in cannot be written or read; the message says why and where."""


class HandInLocked(HandInError):
    """A hand-in locked with a workshop passphrase, read without it (or, ``wrong``, another).

    Nothing of it was read.
    """

    def __init__(self, path: Path, *, wrong: bool) -> None:
        self.path = path
        self.wrong = wrong
        if wrong:
            message = translate(
                "handin", "{file}: that workshop passphrase does not open this hand-in."
            )
        else:
            message = translate(
                "handin",
                "{file}: this hand-in is locked with a workshop passphrase; give it to read it.",
            )
        super().__init__(message.format(file=path))


# A locked hand-in: LOCKED_MAGIC, a line of JSON (how the key is derived, the nonce), then the
# hand-in's zip encrypted with AES-256-GCM, the magic and the line as its associated data (a
# changed byte anywhere is refused). The key comes from the workshop passphrase with scrypt.
LOCKED_MAGIC = b"Reflection Journal locked hand-in\n"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
"""scrypt's cost (32 MiB, about 60 ms here): each hand-in has its own salt, and a compile of
many derives a key per hand-in."""
_MOST_MEMORY = 64 * 2**20
_MOST_WORK = 4 * SCRYPT_N * SCRYPT_R * SCRYPT_P
"""The costs a locked hand-in may ask for at most (scrypt's memory, 128·n·r bytes, and its work,
n·r·p): a file from others must not make a reader spend seconds or gigabytes per hand-in."""


def is_locked(path: Path) -> bool:
    """Whether ``path`` is a hand-in locked with a workshop passphrase."""
    try:
        with open(path, "rb") as file:
            return file.read(len(LOCKED_MAGIC)) == LOCKED_MAGIC
    except OSError:
        return False


_KEYS: dict[tuple[bytes, bytes, int, int, int], bytes] = {}
"""Keys derived, by a keyed hash of the passphrase (never the passphrase itself) and the file's
salt and costs: a hand-in read twice (the window checks the hand-ins, then compiles them) costs
one derivation."""
_KEYS_MOST = 20_000
_PEPPER = os.urandom(32)


def _workshop_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415

    tag = hmac.new(_PEPPER, passphrase.encode("utf-8"), hashlib.sha256).digest()
    known = _KEYS.get((tag, salt, n, r, p))
    if known is not None:
        return known
    key = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    if len(_KEYS) >= _KEYS_MOST:
        _KEYS.clear()
    _KEYS[(tag, salt, n, r, p)] = key
    return key


def _no_constant(name: str) -> object:
    raise ValueError(name)  # NaN, Infinity: not in a header this app writes


def lock(data: bytes, passphrase: str) -> bytes:
    """A hand-in's bytes locked with ``passphrase`` (see :data:`LOCKED_MAGIC`)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    salt, nonce = os.urandom(16), os.urandom(12)
    header = {
        "cipher": "AES-256-GCM",
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    line = json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
    key = _workshop_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return LOCKED_MAGIC + line + AESGCM(key).encrypt(nonce, data, LOCKED_MAGIC + line)


def unlock(data: bytes, passphrase: str | None, path: Path) -> bytes:
    """The hand-in's zip inside a locked hand-in's bytes.

    Raises:
        HandInLocked: no passphrase, or not the one it was locked with (or a changed byte).
        HandInError: the file is not a well-formed locked hand-in.
    """
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    if passphrase is None:
        raise HandInLocked(path, wrong=False)
    end = data.find(b"\n", len(LOCKED_MAGIC), len(LOCKED_MAGIC) + 1024)
    try:
        if end < 0:
            raise ValueError
        line = data[len(LOCKED_MAGIC) : end + 1]
        header = json.loads(line.decode("ascii"), parse_constant=_no_constant)
        if not isinstance(header, dict):
            raise ValueError
        n, r, p = (header[name] for name in ("n", "r", "p"))
        if not all(type(value) is int for value in (n, r, p)):
            raise ValueError
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        good = header.get("cipher") == "AES-256-GCM" and header.get("kdf") == "scrypt"
        if not good or len(salt) < 16 or len(nonce) != 12:
            raise ValueError
        if not (n >= 2 and n & (n - 1) == 0 and r >= 1 and p >= 1):
            raise ValueError
        if 128 * n * r > _MOST_MEMORY or n * r * p > _MOST_WORK:
            raise ValueError
    except (ValueError, KeyError, TypeError, OverflowError, UnicodeDecodeError):
        raise HandInError(
            translate("handin", "{file}: a locked hand-in, but its header is damaged").format(
                file=path
            )
        ) from None
    key = _workshop_key(passphrase, salt, n, r, p)
    try:
        return bytes(AESGCM(key).decrypt(nonce, data[end + 1 :], LOCKED_MAGIC + line))
    except InvalidTag:
        raise HandInLocked(path, wrong=True) from None


@dataclass
class HandIn:
    """A hand-in read and checked (not yet imported)."""

    path: Path
    pack_id: str
    pack_version: str
    journal_name: str
    answers: list[dict[str, Any]]
    images: list[dict[str, Any]]
    image_data: dict[str, bytes] = field(repr=False, default_factory=dict)
    created: datetime | None = None
    """When the hand-in was made (its manifest's "created"); None if it does not say."""


# ----------------------------------------------------------------------------- writing


def write_handin(
    repository: Repository,
    pack: Pack,
    journal: Journal,
    target: Path,
    *,
    workshop_passphrase: str | None = None,
) -> Path:
    """Write the journal's hand-in to ``target`` (``.journal.zip`` is added if missing).

    With ``workshop_passphrase``, the hand-in is locked with it (:func:`lock`): only who has
    the workshop's passphrase can import or compile it.

    Raises:
        HandInError: the file cannot be written (nothing is left behind).
    """
    if not target.name.endswith(SUFFIX):
        target = target.with_name(target.name.removesuffix(".zip") + SUFFIX)
    stored = repository.answers(journal)
    private = {a.prompt_id for a in stored.values() if a.private}
    answers = [
        {
            "prompt_id": a.prompt_id,
            "kind": a.kind.value,
            "prompt_text": a.prompt_text,
            "value": None if a.value is None else values.to_json(a.value),
            "time_spent_seconds": a.time_spent_seconds,
            "skipped": a.skipped,
        }
        for a in stored.values()
        if not a.private
    ]
    images = []
    files: dict[str, bytes] = {}
    shared = [info for info in repository.images(journal) if info.prompt_id not in private]
    # Numbered among the shared pictures only: a gap would tell that a private one exists.
    for number, info in enumerate(shared, start=1):
        name = f"images/{number}.{'jpg' if info.media_type == 'image/jpeg' else 'png'}"
        files[name] = repository.image_bytes(info.id)
        images.append(
            {
                "file": name,
                "prompt_id": info.prompt_id,
                "caption": info.caption,
                "is_drawing": info.is_drawing,
            }
        )
    document = {
        "pack": {"id": journal.pack_id, "version": journal.pack_version},
        "journal": {"name": journal.name},
        "answers": answers,
        "images": images,
    }
    files["answers.json"] = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "files": {
            name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in files.items()
        },
    }
    folder = target.parent
    if not folder.is_dir():
        raise HandInError(
            translate("handin", "The folder {folder} does not exist.").format(folder=folder)
        )
    try:
        # The person's to share: a new file follows the umask; one written over keeps its mode.
        with atomic_output(target) as temporary:
            # Locked: made in memory (never in the clear on the disk), then sealed and written.
            into: Path | io.BytesIO = temporary if workshop_passphrase is None else io.BytesIO()
            with zipfile.ZipFile(into, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("manifest.json", json.dumps(manifest, indent=1))
                for name, data in files.items():
                    kind = (
                        zipfile.ZIP_STORED if name.startswith("images/") else zipfile.ZIP_DEFLATED
                    )
                    archive.writestr(name, data, compress_type=kind)
            if isinstance(into, io.BytesIO):
                assert workshop_passphrase is not None
                temporary.write_bytes(lock(into.getvalue(), workshop_passphrase))
    except OSError as error:
        raise HandInError(
            translate(
                "handin", "Could not write the hand-in in {folder}: {reason}. Nothing was written."
            ).format(folder=folder, reason=error.strerror)
        ) from None
    return target


# ----------------------------------------------------------------------------- reading


@cache
def _validators() -> tuple[Any, list[tuple[frozenset[str], Any]]]:
    """The hand-in schema's validator, and one per shape an answer's value may have.

    The schema says a value is one of several shapes (``oneOf``). Checked as written, every
    value is tried against every shape, which made reading a hand-in three times slower than
    the rest of it. So the document is checked with the values' shapes left out, and each value
    against the one shape its keys name (each shape requires its own key: text, items,
    checked, cells, completions): the same rules, each checked once.
    """
    schema = json.loads((resources.prompts_dir() / "hand-in.schema.json").read_text("utf-8"))
    value = schema["properties"]["answers"]["items"]["properties"]["value"]
    shapes = [s for s in value["oneOf"] if s.get("type") == "object"]
    value_rules = dict(value)
    value_rules.pop("oneOf")
    value_rules["type"] = ["object", "null"]
    schema["properties"]["answers"]["items"]["properties"]["value"] = value_rules
    per_shape = [
        (frozenset(shape["required"]), strictjson.strict_validator(shape)) for shape in shapes
    ]
    return strictjson.strict_validator(schema), per_shape


def _problems(document: Any) -> list[tuple[str, str]]:
    """Every problem of an answers.json document: (JSON pointer, the schema's message)."""

    def pointer(path: Any) -> str:
        return "/" + "/".join(str(p) for p in path)

    whole, shapes = _validators()
    answers = document.get("answers") if isinstance(document, dict) else None
    if (
        isinstance(answers, list)
        and len(answers) <= MAX_ANSWERS
        and all(_surely_valid(answer) for answer in answers)
    ):
        # The common case, checked in plain Python: answers that surely follow the schema. The
        # rest of the document still goes through the schema; anything unsure, too.
        rest = {**document, "answers": []}
        found = [(list(e.absolute_path), e.message) for e in whole.iter_errors(rest)]
        return [(pointer(path), message) for path, message in sorted(found, key=_in_order)]
    found = [(list(e.absolute_path), e.message) for e in whole.iter_errors(document)]
    if not found:  # the values' own shapes, once the rest is known to be right
        for index, answer in enumerate(document["answers"]):
            value = answer.get("value")
            if not isinstance(value, dict):
                continue
            at = ["answers", index, "value"]
            shape = next((v for keys, v in shapes if keys <= value.keys()), None)
            if shape is None:
                found.append((at, f"{_short(value)} is not valid under any of the given schemas"))
                continue
            found += [([*at, *e.absolute_path], e.message) for e in shape.iter_errors(value)]
    return [(pointer(path), message) for path, message in sorted(found, key=_in_order)]


MAX_ANSWERS = 2000
_PROMPT_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,79}")
_KINDS = frozenset({"text", "checklist", "table", "image", "stems"})
_ANSWER_KEYS = frozenset(
    {"prompt_id", "kind", "prompt_text", "value", "time_spent_seconds", "skipped"}
)
_REQUIRED = frozenset({"prompt_id", "kind", "value"})


def _strings(values: Any, most: int) -> bool:
    return type(values) is list and len(values) <= most and all(type(v) is str for v in values)


def _surely_valid(answer: Any) -> bool:
    """Whether one answer surely follows hand-in.schema.json, checked without jsonschema.

    Only a subset of what the schema accepts passes (an id ending in a line break, which the
    schema's pattern lets through, does not): an answer that does not pass is checked by the
    schema itself, so nothing is accepted here that the schema refuses (a test compares both).
    """
    if type(answer) is not dict or not _REQUIRED <= answer.keys() <= _ANSWER_KEYS:
        return False
    prompt_id, kind = answer["prompt_id"], answer["kind"]
    if type(prompt_id) is not str or not _PROMPT_ID.fullmatch(prompt_id):
        return False
    if type(kind) is not str or kind not in _KINDS:
        return False
    text = answer.get("prompt_text", "")
    seconds = answer.get("time_spent_seconds")
    if type(text) is not str or len(text) > 20000:
        return False
    if seconds is not None and (type(seconds) is not int or not 0 <= seconds <= 14400):
        return False
    if type(answer.get("skipped", False)) is not bool:
        return False
    value = answer["value"]
    if value is None:
        return True
    if type(value) is not dict:
        return False
    keys = value.keys()
    if keys == {"text"}:
        return type(value["text"]) is str
    if keys == {"items"}:
        return _strings(value["items"], 50)
    if keys == {"checked", "other_checked", "other_text"}:
        return (
            _strings(value["checked"], 500)
            and type(value["other_checked"]) is bool
            and type(value["other_text"]) is str
        )
    if keys == {"cells"}:
        cells = value["cells"]
        return (
            type(cells) is list
            and len(cells) <= 1000
            and all(_strings(cell, 3) and len(cell) == 3 for cell in cells)
        )
    if keys == {"completions"}:
        completions = value["completions"]
        return type(completions) is dict and all(type(v) is str for v in completions.values())
    return False


def _in_order(problem: tuple[list[Any], str]) -> list[tuple[int, Any]]:
    """A problem's place in the document, numbers compared as numbers (/answers/2 < /10)."""
    return [(0, p) if isinstance(p, int) else (1, p) for p in problem[0]]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _json_problem(error: UnicodeDecodeError | strictjson.JsonRefused) -> str:
    if isinstance(error, UnicodeDecodeError):
        return translate("handin", "not UTF-8 text")
    if error.line is None:
        return error.reason
    return translate("handin", "{reason}, line {line} column {column}").format(
        reason=error.reason, line=error.line, column=error.column
    )


def read_handin(path: Path, workshop_passphrase: str | None = None) -> HandIn:
    """Open and check a hand-in file (its structure, sizes, checksums and JSON).

    A locked hand-in is opened with ``workshop_passphrase`` (in memory: never in the clear on
    the disk).

    Raises:
        HandInLocked: it is locked, and the passphrase is missing or not its own.
        HandInError: naming the file and what is wrong.
    """

    def refuse(problem: str) -> HandInError:
        # "file: problem" (the problem is already in the user's language)
        return HandInError(f"{path}: {problem}")

    try:
        status = path.stat()
    except OSError as error:
        raise refuse(error.strerror or translate("handin", "cannot be read")) from None
    if not stat.S_ISREG(status.st_mode):  # /dev/zero would be read for ever, a pipe waited on
        raise refuse(translate("handin", "not a file (a folder, a device or a pipe)"))
    size = status.st_size
    if size > MAX_FILE_BYTES:
        raise refuse(
            translate("handin", "too large for a hand-in ({size:.0f} MB)").format(size=size / 2**20)
        )
    try:
        if is_locked(path):
            archive = zipfile.ZipFile(
                io.BytesIO(unlock(path.read_bytes(), workshop_passphrase, path))
            )
        else:
            archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise refuse(
            translate("handin", "not a hand-in (not a readable zip file: {error})").format(
                error=error
            )
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise refuse(
                translate("handin", "too many files inside ({count})").format(count=len(entries))
            )
        names: set[str] = set()
        total = 0
        for entry in entries:
            name = entry.filename
            pure = PurePosixPath(name)
            if pure.is_absolute() or ".." in pure.parts or "\\" in name or name.startswith("/"):
                raise refuse(
                    translate("handin", "unsafe path inside: {name}").format(name=repr(name))
                )
            if name not in ("manifest.json", "answers.json") and not _IMAGE_NAME.match(name):
                raise refuse(
                    translate("handin", "unexpected file inside: {name}").format(name=repr(name))
                )
            if name in names:
                raise refuse(
                    translate("handin", "the file {name} appears twice inside").format(
                        name=repr(name)
                    )
                )
            names.add(name)
            total += entry.file_size
            ratio = entry.file_size // max(1, entry.compress_size)
            if entry.file_size > 2**20 and ratio > MAX_RATIO:
                raise refuse(
                    translate("handin", "{name} expands {ratio}×: refused (a zip bomb?)").format(
                        name=repr(name), ratio=ratio
                    )
                )
        if total > MAX_TOTAL_BYTES:
            raise refuse(
                translate(
                    "handin", "its contents would take {size:.0f} MB: refused (a zip bomb?)"
                ).format(size=total / 2**20)
            )
        if "manifest.json" not in names or "answers.json" not in names:
            raise refuse(
                translate("handin", "not a hand-in (manifest.json or answers.json is missing)")
            )

        def read(name: str, limit: int) -> bytes:
            try:
                with archive.open(name) as handle:
                    data = handle.read(limit + 1)  # never trust the sizes the zip claims
            except NotImplementedError:  # before RuntimeError, of which it is a kind
                raise refuse(
                    translate(
                        "handin",
                        "{name} is compressed in a way hand-ins never are (not a hand-in?)",
                    ).format(name=repr(name))
                ) from None
            except RuntimeError:  # zipfile's word for an encrypted entry
                raise refuse(
                    translate(
                        "handin", "{name} is encrypted inside the zip file (hand-ins never are)"
                    ).format(name=repr(name))
                ) from None
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
                raise refuse(
                    translate("handin", "{name} is damaged inside the zip file ({error})").format(
                        name=repr(name), error=error
                    )
                ) from None
            if len(data) > limit:
                raise refuse(
                    translate("handin", "{name} is larger than {limit} MB").format(
                        name=repr(name), limit=limit // 2**20
                    )
                )
            return data

        try:
            manifest = strictjson.loads(read("manifest.json", 2**20).decode("utf-8"))
        except (UnicodeDecodeError, strictjson.JsonRefused) as error:
            raise refuse(
                translate("handin", "manifest.json is not valid JSON ({error})").format(
                    error=_json_problem(error)
                )
            ) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise refuse(
                translate(
                    "handin", "not a Reflection Journal hand-in (manifest.json has another format)"
                )
            )
        if manifest.get("format_version") != FORMAT_VERSION:
            raise refuse(
                translate(
                    "handin",
                    "made by a newer version of Reflection Journal (hand-in format {format});"
                    " update the app to read it",
                ).format(format=repr(manifest.get("format_version")))
            )
        listed = manifest.get("files")
        if not isinstance(listed, dict) or set(listed) != names - {"manifest.json"}:
            raise refuse(
                translate("handin", "manifest.json does not list exactly the files inside")
            )

        def checked(name: str) -> bytes:
            limit = MAX_ANSWERS_BYTES if name == "answers.json" else pictures.MAX_INPUT_BYTES
            data = read(name, limit)
            expected = listed[name]
            if not isinstance(expected, dict) or hashlib.sha256(data).hexdigest() != expected.get(
                "sha256"
            ):
                raise refuse(
                    translate(
                        "handin",
                        "{name} does not match its checksum: the file is damaged or was altered",
                    ).format(name=repr(name))
                )
            return data

        # answers.json first: it says which pictures there are, so nothing else is read
        # (nor decompressed) before it has been checked.
        document = _answers_document(checked("answers.json"), refuse)
        referenced = {image["file"] for image in document["images"]}
        for name in sorted(names - {"manifest.json", "answers.json"}):
            if name not in referenced:
                raise refuse(
                    translate(
                        "handin", "{name} is inside, but no answer names it: refused unread"
                    ).format(name=repr(name))
                )
        for image in document["images"]:
            if image["file"] not in names:
                raise refuse(
                    translate(
                        "handin", "answers.json names a picture that is not inside: {name}"
                    ).format(name=repr(image["file"]))
                )
        contents = {name: checked(name) for name in sorted(referenced)}

    return HandIn(
        path=path,
        pack_id=document["pack"]["id"],
        pack_version=document["pack"]["version"],
        # Cleaned here, for import and compile alike (a name is printed, and put in a CSV).
        journal_name=visible_name(document["journal"]["name"])
        or visible_name(path.name.removesuffix(SUFFIX))
        or translate("handin", "Imported journal"),
        answers=document["answers"],
        images=document["images"],
        image_data=contents,
        created=_when(manifest.get("created")),
    )


def _when(value: object) -> datetime | None:
    """A manifest's "created" time, if it is one: an ISO 8601 time with its offset."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        when = datetime.fromisoformat(value)
        if when.tzinfo is None or not 1970 <= when.year <= 2200:
            return None  # (a time at the calendar's edge would overflow when made local)
        when.astimezone()
    except (ValueError, OverflowError, OSError):
        return None
    return when


def _answers_document(data: bytes, refuse: Callable[[str], HandInError]) -> Any:
    """answers.json parsed and checked against the hand-in schema (pictures not yet read)."""
    try:
        document = strictjson.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, strictjson.JsonRefused) as error:
        raise refuse(
            translate("handin", "answers.json is not valid JSON ({error})").format(
                error=_json_problem(error)
            )
        ) from None
    problems = _problems(document)
    if problems:
        where, message = problems[0]
        # The schema's words (English); its message quotes the value, which may be huge.
        message = message if len(message) <= 200 else message[:199] + "…"
        if len(problems) > 1:
            message += " " + translate("handin", "(and {count} more problems)").format(
                count=len(problems) - 1
            )
        raise refuse(f"answers.json {where}: {message}")
    answered: set[str] = set()
    for index, answer in enumerate(document["answers"]):
        if answer["prompt_id"] in answered:
            raise refuse(
                translate(
                    "handin",
                    "answers.json /answers/{index}: a second answer to the prompt {prompt}",
                ).format(index=index, prompt=repr(answer["prompt_id"]))
            )
        answered.add(answer["prompt_id"])
    return document


@dataclass
class ImportReport:
    """What an import did."""

    journal: Journal
    answers: int
    images: int
    not_in_pack: list[str]


def picture_format(name: str) -> str:
    """The only format a hand-in's picture may be: what its name says (images/1.png: PNG)."""
    return "PNG" if name.endswith(".png") else "JPEG"


MAX_HANDIN_PIXELS = 400_000_000
"""Pixels of all the pictures of one hand-in together (about twenty 20-megapixel photos)."""


def check_picture_budget(handin: HandIn, pack: Pack) -> None:
    """Counts per prompt and declared sizes, checked before a single picture is decoded.

    Raises:
        HandInError: more pictures than a prompt takes, or more pixels than a hand-in may have.
    """
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 - only with pictures

    where = handin.path
    counts: dict[str, int] = {}
    for item in handin.images:
        counts[item["prompt_id"]] = counts.get(item["prompt_id"], 0) + 1
    for prompt_id, count in sorted(counts.items()):
        prompt = pack.prompt(prompt_id)
        if isinstance(prompt, ImagePrompt) and count > prompt.max_images:
            raise HandInError(
                translate(
                    "handin",
                    "{file}: answers.json /images: {count} pictures for the prompt {prompt},"
                    " which takes at most {most}",
                ).format(file=where, count=count, prompt=repr(prompt_id), most=prompt.max_images)
            )
    total = 0
    for index, item in enumerate(handin.images):
        name = item["file"]
        try:  # the header only: the size it declares, nothing decoded
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                with Image.open(
                    io.BytesIO(handin.image_data[name]), formats=[picture_format(name)]
                ) as image:
                    width, height = image.size
        except Image.DecompressionBombError:
            width, height = MAX_HANDIN_PIXELS + 1, 1  # more than Pillow opens: over any budget
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
            continue  # named precisely when it is decoded
        total += width * height
        if total > MAX_HANDIN_PIXELS:
            raise HandInError(
                translate(
                    "handin",
                    "{file}: answers.json /images/{index}: the pictures have more than {limit}"
                    " million pixels together; refused before decoding them",
                ).format(file=where, index=index, limit=MAX_HANDIN_PIXELS // 1_000_000)
            )


def import_handin(
    repository: Repository,
    pack: Pack,
    handin: HandIn,
    name: str | None = None,
    step: Callable[[float], None] | None = None,
) -> ImportReport:
    """Make a new journal from a checked hand-in: all or nothing.

    Answers to prompts this version of the pack does not have are not imported (they stay in
    the hand-in file) and are listed in the report.

    ``step(fraction)`` is called before each picture is decoded and before the journal is
    written; whatever it raises (a cancel) stops the import with nothing written.

    Raises:
        HandInError: another pack, an answer that does not fit its prompt, a bad picture.
    """
    where = handin.path
    if handin.pack_id != pack.id:
        raise HandInError(
            translate(
                "handin", "{file}: this hand-in is for the prompt pack {pack}, not {expected}"
            ).format(file=where, pack=repr(handin.pack_id), expected=repr(pack.id))
        )
    new_answers: list[NewAnswer] = []
    not_in_pack: list[str] = []
    for index, item in enumerate(handin.answers):
        prompt = pack.prompt(item["prompt_id"])
        if prompt is None:
            not_in_pack.append(item["prompt_id"])
            continue
        try:
            value = None if item["value"] is None else values.from_json(prompt.kind, item["value"])
            values.check(prompt, value, item.get("time_spent_seconds"))
        except (ValueError, InvalidAnswer) as error:
            raise HandInError(f"{where}: answers.json /answers/{index}: {error}") from None
        if item["kind"] != prompt.kind.value:
            raise HandInError(
                translate(
                    "handin",
                    "{file}: answers.json /answers/{index}: a {kind} answer for a {expected}"
                    " prompt ({prompt})",
                ).format(
                    file=where,
                    index=index,
                    kind=item["kind"],
                    expected=prompt.kind.value,
                    prompt=repr(prompt.id),
                )
            )
        new_answers.append(
            NewAnswer(prompt, value, item.get("time_spent_seconds"), item.get("skipped", False))
        )
    check_picture_budget(handin, pack)
    new_images: list[NewImage] = []
    for index, item in enumerate(handin.images):
        if step is not None:
            step(index / len(handin.images))
        prompt = pack.prompt(item["prompt_id"])
        if not isinstance(prompt, ImagePrompt):
            not_in_pack.append(item["prompt_id"])
            continue
        try:
            normal = pictures.normalize(
                handin.image_data[item["file"]],
                drawing=item["is_drawing"],
                name=item["file"],
                formats=(picture_format(item["file"]),),
            )
        except ImageRejected as error:
            raise HandInError(f"{where}: answers.json /images/{index}: {error}") from None
        new_images.append(
            NewImage(
                prompt,
                normal.data,
                normal.media_type,
                (normal.width, normal.height),
                item["caption"],
                item["is_drawing"],
            )
        )
    if step is not None:
        step(1.0)
    try:
        journal = repository.import_journal(
            repository.unused_name(name or handin.journal_name), pack, new_answers, new_images
        )
    except (InvalidAnswer, ImageRejected) as error:
        raise HandInError(f"{where}: {error}") from None
    return ImportReport(journal, len(new_answers), len(new_images), sorted(set(not_in_pack)))
