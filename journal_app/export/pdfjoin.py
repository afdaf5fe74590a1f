"""PDF files written by ReportLab joined into one, object by object, with one outline.

ReportLab keeps the document it makes in memory until it saves it: the outcome document's
appendix of every answer, at thousands of participants, is tens of thousands of pages and
hundreds of megabytes of pictures. ``compile`` therefore lays a long document out in parts, each
saved to a temporary file as soon as it is made, and :func:`join` copies them into the document,
one part in memory at a time:

- each part's objects are copied with their numbers moved past the previous parts' (references
  renumbered outside strings and streams; stream data copied as it is);
- the parts' page trees hang under one new page tree, in order;
- one outline (bookmarks) is written from the headings the parts recorded (``OutlineEntry``),
  pointing at the joined document's pages; the parts have none of their own;
- the first part's catalog (language, page mode…) and document information are kept.

Only ReportLab's own output is read: one classic cross-reference table, objects written in
number order. Anything else raises :class:`JoinError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF = re.compile(rb"xref\s+0\s+(\d+)\s+")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_REF = re.compile(rb"(\d+)\s+(\d+)\s+R(?![A-Za-z0-9_])")
_OBJECT_HEAD = re.compile(rb"\s*(\d+)\s+0\s+obj\b")
_KEY_REF = {
    key: re.compile(rb"/" + key + rb"\s+(\d+)\s+0\s+R")
    for key in (b"Root", b"Info", b"Pages", b"Outlines")
}
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_ID = re.compile(rb"/ID\s*\[[^\]]*\]")
_DELIMITERS = b"()<>[]{}/%"
_SUBSET_TAG = re.compile(rb"/[A-Z]{6}\+")
_WHITESPACE = b" \t\r\n\f\x00"


class JoinError(Exception):
    """A part is not a PDF as ReportLab writes them (a bug: the parts are made here)."""


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A bookmark: its depth (0 at the top), title, page (1-based, in the joined document)."""

    level: int
    title: str
    page: int
    closed: bool = False


class _Part:
    """One part: its objects' places, catalog, information and pages; objects read on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = path.open("rb")  # one object in memory at a time, not the whole part
        try:
            self._read_table()
        except BaseException:
            self.file.close()
            raise

    def _read_table(self) -> None:
        path, file = self.path, self.file
        end_of_file = file.seek(0, 2)
        file.seek(max(0, end_of_file - 64))
        end = _STARTXREF.search(file.read())
        if end is None:
            raise JoinError(f"{path}: no startxref")
        self.xref_at = int(end.group(1))
        file.seek(self.xref_at)
        tail = file.read(end_of_file - self.xref_at)
        table = _XREF.match(tail)
        if table is None:
            raise JoinError(f"{path}: not a classic cross-reference table")
        self.size = int(table.group(1))
        self.offsets: list[int] = []
        position = table.end()
        for _ in range(self.size):
            entry = _ENTRY.match(tail, position)
            if entry is None:
                raise JoinError(f"{path}: a damaged cross-reference table")
            self.offsets.append(int(entry.group(1)) if entry.group(3) == b"n" else -1)
            position = entry.end()
            while position < len(tail) and tail[position] in _WHITESPACE:
                position += 1
        # Where each object ends: where the next one in the file begins (ReportLab writes them
        # in number order), the last one where the table begins.
        starts = sorted(o for o in self.offsets if o >= 0)
        self.ends = dict(zip(starts, [*starts[1:], self.xref_at], strict=True))
        trailer = tail[position:]
        self.root = self._key(trailer, b"Root")
        self.info = self._key(trailer, b"Info")
        identifier = _ID.search(trailer)
        self.identifier = identifier.group(0) if identifier else b""
        self.catalog = self.object(self.root)
        self.pages_root = self._key(self.catalog, b"Pages")
        kids = _KIDS.search(self.object(self.pages_root))
        if kids is None:
            raise JoinError(f"{path}: a page tree without /Kids")
        self.pages = [int(m.group(1)) for m in _REF.finditer(kids.group(1))]

    @staticmethod
    def _key(text: bytes, key: bytes) -> int:
        found = _KEY_REF[key].search(text)
        if found is None:
            raise JoinError(f"no /{key.decode()}")
        return int(found.group(1))

    def object(self, number: int) -> bytes:
        """Object ``number``'s body (between ``obj`` and ``endobj``), as written."""
        start = self.offsets[number]
        self.file.seek(start)
        chunk = self.file.read(self.ends[start] - start)
        head = _OBJECT_HEAD.match(chunk)
        close = chunk.rfind(b"endobj")
        if head is None or int(head.group(1)) != number or close < 0:
            raise JoinError(f"{self.path}: object {number} is not where the table says")
        return chunk[head.end() : close]

    def close(self) -> None:
        """Close the part's file."""
        self.file.close()


def renumber(
    body: bytes,
    move: int,
    replaced: dict[int, int] | None = None,
    retag: Callable[[bytes], bytes] | None = None,
) -> bytes:
    """``body`` with every reference ``n 0 R`` made ``n + move`` (or ``replaced[n]``).

    Strings and comments are copied as they are (a title may read "5 0 R"); so is a stream's
    data, after the ``stream`` keyword. Names too, but for a font subset's tag (``/AAAAAA+Noto…``),
    which ``retag`` replaces if given: each part names its subsets from AAAAAA on, and different
    subsets in one file must have different tags (ISO 32000-1, 9.6.4).
    """
    replaced = replaced or {}
    out = bytearray()
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c == 0x28:  # ( a literal string, with nested brackets and escapes
            depth, j = 0, i
            while j < n:
                d = body[j]
                if d == 0x5C:  # backslash
                    j += 2
                    continue
                if d == 0x28:
                    depth += 1
                elif d == 0x29:
                    depth -= 1
                    if depth == 0:
                        j += 1
                        break
                j += 1
            out += body[i:j]
            i = j
        elif c == 0x3C and body[i + 1 : i + 2] != b"<" and (i == 0 or body[i - 1] != 0x3C):
            j = body.find(b">", i)  # <hex string>
            j = n if j < 0 else j + 1
            out += body[i:j]
            i = j
        elif c in (0x2F, 0x25):  # /Name, or % a comment to the end of the line
            j = i + 1
            stop = b"\r\n" if c == 0x25 else _WHITESPACE + _DELIMITERS
            while j < n and body[j] not in stop:
                j += 1
            if retag is not None and _SUBSET_TAG.match(body, i):
                out += b"/" + retag(body[i + 1 : i + 7]) + body[i + 7 : j]
            else:
                out += body[i:j]
            i = j
        elif 0x30 <= c <= 0x39 and (i == 0 or body[i - 1] not in b"0123456789.+-"):
            ref = _REF.match(body, i)
            if ref is not None:
                old = int(ref.group(1))
                out += b"%d %s R" % (replaced.get(old, old + move), ref.group(2))
                i = ref.end()
            else:
                out.append(c)
                i += 1
        elif body.startswith(b"stream", i) and (i == 0 or body[i - 1] in _WHITESPACE + b">"):
            out += body[i:]  # the stream's data, as it is
            break
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _text(title: str) -> bytes:
    """A PDF text string that holds any script (UTF-16 with a byte order mark, in hex)."""
    return b"<FEFF" + title.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class _Writer:
    """Objects written in order, with their places for the cross-reference table."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.offsets: dict[int, int] = {}
        self.position = 0
        self.put(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")

    def put(self, data: bytes) -> None:
        self.out.write(data)
        self.position += len(data)

    def object(self, number: int, body: bytes) -> None:
        self.offsets[number] = self.position
        self.put(b"%d 0 obj\n" % number + body.strip(b"\r\n") + b"\nendobj\n")

    def finish(self, size: int, root: int, info: int, identifier: bytes) -> None:
        at = self.position
        lines = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
        for number in range(1, size):
            offset = self.offsets.get(number)
            lines.append(
                b"%010d 00000 n \n" % offset if offset is not None else b"0000000000 65535 f \n"
            )
        self.put(b"".join(lines))
        self.put(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, root, info, identifier, at)
        )


def join(
    parts: Sequence[Path],
    out: BinaryIO,
    outline: Iterable[OutlineEntry] = (),
    *,
    remove: bool = False,
) -> int:
    """Write ``parts`` to ``out`` as one document with ``outline``; returns its pages.

    With ``remove``, each part is deleted once it is copied (they take the document's size
    again on disk, in a temporary folder).

    Raises:
        JoinError: a part is not a PDF as ReportLab writes them.
        OSError: ``out`` could not be written.
    """
    writer = _Writer(out)
    entries = list(outline)
    # The new objects come first: the page tree of the parts, the catalog, the outline.
    pages_root, catalog_number, outlines_root = 1, 2, 3
    move = 3 + len(entries)
    first_catalog, first_info, identifier = b"", 0, b""
    part_roots: list[int] = []
    page_numbers: list[int] = []  # each page's object in the joined document, in order
    tags: dict[tuple[int, bytes], bytes] = {}

    for index, path in enumerate(parts):
        part = _Part(path)

        def retag(tag: bytes, index: int = index) -> bytes:
            """A subset tag unique in the joined file: AAAAAA, AAAAAB… in the order met."""
            made = tags.get((index, tag))
            if made is None:
                number, letters = len(tags), []
                for _ in range(6):
                    number, digit = divmod(number, 26)
                    letters.append(65 + digit)
                made = tags[(index, tag)] = bytes(reversed(letters))
            return made

        try:
            if index == 0:
                first_catalog = renumber(part.catalog, move, retag=retag)
                first_info, identifier = part.info + move, part.identifier
            skipped = {part.root} | ({part.info} if index else set())
            for number in range(1, part.size):
                if part.offsets[number] < 0 or number in skipped:
                    writer.object(number + move, b"null")
                    continue
                body = renumber(part.object(number), move, retag=retag)
                if number == part.pages_root:
                    if b"/Parent" in body:
                        raise JoinError(f"{path}: a page tree under another")
                    body = body.replace(b"<<", b"<< /Parent %d 0 R" % pages_root, 1)
                writer.object(number + move, body)
            part_roots.append(part.pages_root + move)
            page_numbers += [page + move for page in part.pages]
            move += part.size - 1
        finally:
            part.close()
        if remove:
            path.unlink()
    if not page_numbers:
        raise JoinError("no pages")
    has_outline = _outline(entries, page_numbers, outlines_root, writer)
    writer.object(
        pages_root,
        b"<< /Type /Pages /Count %d /Kids [ %s ] >>"
        % (len(page_numbers), b" ".join(b"%d 0 R" % r for r in part_roots)),
    )
    catalog = _KEY_REF[b"Pages"].sub(b"/Pages %d 0 R" % pages_root, first_catalog)
    catalog = _KEY_REF[b"Outlines"].sub(b"", catalog)
    if has_outline:
        catalog = catalog.replace(b"<<", b"<< /Outlines %d 0 R" % outlines_root, 1)
    writer.object(catalog_number, catalog)
    writer.finish(move + 1, catalog_number, first_info, identifier)
    return len(page_numbers)


def _outline(
    entries: Sequence[OutlineEntry], pages: Sequence[int], root: int, writer: _Writer
) -> bool:
    """Write the outline's objects (numbered from ``root``); returns whether there is one."""
    if not entries:
        writer.object(root, b"null")
        for index in range(len(entries)):
            writer.object(root + 1 + index, b"null")
        return False
    # The tree: an entry's parent is the nearest entry before it with a smaller level.
    parents: list[int] = []  # index of each entry's parent, -1 for the root
    stack: list[int] = []
    for index, entry in enumerate(entries):
        while stack and entries[stack[-1]].level >= entry.level:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(index)
    children: dict[int, list[int]] = {-1: []}
    for index, parent in enumerate(parents):
        children.setdefault(parent, []).append(index)
        children.setdefault(index, [])

    def visible(index: int) -> int:
        """Descendants shown when ``index`` is open."""
        return sum(1 + (visible(c) if not entries[c].closed else 0) for c in children[index])

    def number(index: int) -> int:
        return root if index < 0 else root + 1 + index

    for index, entry in enumerate(entries):
        siblings = children[parents[index]]
        place = siblings.index(index)
        fields = [b"/Title " + _text(entry.title), b"/Parent %d 0 R" % number(parents[index])]
        page = pages[min(max(entry.page, 1), len(pages)) - 1]
        fields.append(b"/Dest [ %d 0 R /Fit ]" % page)
        if place > 0:
            fields.append(b"/Prev %d 0 R" % number(siblings[place - 1]))
        if place + 1 < len(siblings):
            fields.append(b"/Next %d 0 R" % number(siblings[place + 1]))
        kids = children[index]
        if kids:
            count = visible(index)
            fields += [
                b"/First %d 0 R" % number(kids[0]),
                b"/Last %d 0 R" % number(kids[-1]),
                b"/Count %d" % (-count if entry.closed else count),
            ]
        writer.object(number(index), b"<< " + b" ".join(fields) + b" >>")
    top = children[-1]
    writer.object(
        root,
        b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
        % (number(top[0]), number(top[-1]), visible(-1)),
    )
    return True
