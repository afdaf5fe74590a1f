"""Line numbers for JSON pointers, so a problem in a pack can be reported as ``FILE:LINE``.

Python's ``json`` module does not keep positions. This walks a document that ``json.loads`` has
already accepted (so it is valid JSON) and records the line where each value starts, by JSON
pointer. It reuses ``json``'s own string scanner, and reports duplicate object keys, which
``json.loads`` silently collapses to the last one.
"""

from __future__ import annotations

import json.decoder
import re
from collections.abc import Callable
from dataclasses import dataclass, field

_WS = re.compile(r"[ \t\n\r]*")
# json.decoder.scanstring (C-accelerated) is public but missing from typeshed's stubs.
_scanstring: Callable[[str, int], tuple[str, int]] = vars(json.decoder)["scanstring"]
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")


def escape_pointer_token(token: str | int) -> str:
    """Escape one reference token of a JSON pointer (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(path: tuple[str | int, ...] | list[str | int]) -> str:
    """The JSON pointer of a path of keys and indexes; ``""`` is the whole document."""
    return "".join("/" + escape_pointer_token(part) for part in path)


@dataclass
class SourceMap:
    """Where each value of a JSON document starts.

    Attributes:
        lines: JSON pointer -> 1-based line of the value (for an object member, of its key).
        duplicates: pointers of object members whose key appeared more than once, with the line
            of each repetition.
    """

    lines: dict[str, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int]] = field(default_factory=list)

    def line_of(self, ptr: str) -> int:
        """The line of ``ptr``, or of its nearest ancestor that has one (1 at worst)."""
        while True:
            if ptr in self.lines:
                return self.lines[ptr]
            if not ptr:
                return 1
            ptr = ptr.rsplit("/", 1)[0]


def build(text: str) -> SourceMap:
    """Map every value of ``text`` (valid JSON) to its line."""
    result = SourceMap()
    # Precompute line starts for a bisect-free lookup while walking forward.
    newlines = [m.start() for m in re.finditer("\n", text)]
    line_index = 0

    def line_at(pos: int) -> int:
        nonlocal line_index
        while line_index < len(newlines) and newlines[line_index] < pos:
            line_index += 1
        return line_index + 1

    def skip_ws(pos: int) -> int:
        match = _WS.match(text, pos)
        assert match is not None  # the pattern matches the empty string
        return match.end()

    def value(pos: int, ptr: str, line: int) -> int:
        pos = skip_ws(pos)
        result.lines.setdefault(ptr, line or line_at(pos))
        char = text[pos]
        if char == "{":
            pos = skip_ws(pos + 1)
            seen: set[str] = set()
            if text[pos] == "}":
                return pos + 1
            while True:
                key_line = line_at(pos)
                key, pos = _scanstring(text, pos + 1)
                child = ptr + "/" + escape_pointer_token(key)
                if key in seen:
                    result.duplicates.append((child, key_line))
                seen.add(key)
                pos = skip_ws(pos)
                pos = value(pos + 1, child, key_line)  # skip ':'
                pos = skip_ws(pos)
                if text[pos] == "}":
                    return pos + 1
                pos = skip_ws(pos + 1)  # skip ','
        if char == "[":
            pos = skip_ws(pos + 1)
            if text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = value(pos, f"{ptr}/{index}", 0)
                pos = skip_ws(pos)
                if text[pos] == "]":
                    return pos + 1
                pos += 1  # skip ','
                index += 1
        if char == '"':
            _, end = _scanstring(text, pos + 1)
            return end
        match = _SCALAR.match(text, pos)
        if match is None:  # pragma: no cover - json.loads accepted the text
            raise ValueError(f"unexpected character at offset {pos}")
        return match.end()

    # The document may start with a byte order mark or whitespace.
    value(0, "", 0)
    return result
