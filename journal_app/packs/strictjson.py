"""JSON from others (packs, hand-ins), read strictly: every refusal is a sentence, not a crash.

Python's ``json`` accepts ``NaN`` and ``Infinity`` (not JSON), raises ``ValueError`` for an
integer of more than 4,300 digits and ``RecursionError`` for arrays nested 100,000 deep. Here each
of these is a :class:`JsonRefused` with a reason and, where it can be found, a line and column.
"""

from __future__ import annotations

import json
import re
from typing import Any

from journal_app.i18n import translate

MAX_INTEGER_DIGITS = 15
"""No count, size or duration in a pack or a hand-in needs more (SQLite stores at most 19)."""

_NOT_JSON = re.compile(r"-?Infinity|NaN")
_LONG_INTEGER = re.compile(rf"-?\d{{{MAX_INTEGER_DIGITS + 1},}}")


class JsonRefused(ValueError):
    """Text that is not JSON this app reads; ``reason`` is in the user's language."""

    def __init__(self, reason: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.column = column


class _Constant(Exception):
    pass


class _TooLong(Exception):
    pass


def _refuse_constant(_name: str) -> Any:
    raise _Constant


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _TooLong
    return int(digits)


def loads(text: str) -> Any:
    """Parse JSON text.

    Raises:
        JsonRefused: not JSON, ``NaN``/``Infinity``, an integer of more than
            ``MAX_INTEGER_DIGITS`` digits, nesting too deep for Python, or half a character.
    """
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_int=_integer)
        if "\\u" in text:  # only an escape can make half a character (UTF-8 cannot)
            _whole_characters(value, text)
        return value
    except json.JSONDecodeError as error:
        raise JsonRefused(error.msg, error.lineno, error.colno) from None
    except _Constant:
        line, column = _outside_strings(text, _NOT_JSON)
        raise JsonRefused(
            translate("packs", "NaN and Infinity are not numbers JSON allows"), line, column
        ) from None
    except _TooLong:
        line, column = _outside_strings(text, _LONG_INTEGER)
        raise JsonRefused(
            translate("packs", "a number of more than {digits} digits").format(
                digits=MAX_INTEGER_DIGITS
            ),
            line,
            column,
        ) from None
    except RecursionError:
        raise JsonRefused(translate("packs", "nested too deeply")) from None


_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _whole_characters(value: Any, text: str) -> None:
    """Refuse a string holding half of a character (a lone surrogate, from an escape).

    Such a string cannot be stored, shown or written as UTF-8: everything after would fail.
    """
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        match = _LONE_SURROGATE.search(text)
        offset = match.start() if match else None
        line = None if offset is None else text.count("\n", 0, offset) + 1
        column = None if offset is None else offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise JsonRefused(
            translate("packs", "{escape} is half of a character, not text").format(
                escape=match.group() if match else "\\uD800"
            ),
            line,
            column,
        ) from None


def _outside_strings(text: str, pattern: re.Pattern[str]) -> tuple[int | None, int | None]:
    """Line and column (from 1) of the first match of ``pattern`` outside a JSON string."""
    in_string = escaped = False
    for offset, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif pattern.match(text, offset):
            line = text.count("\n", 0, offset) + 1
            return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
    return None, None


def strict_validator(schema: dict[str, Any]) -> Any:
    """A JSON-Schema validator for ``schema`` whose "integer" is a JSON integer only.

    JSON Schema counts ``3.0`` as an integer; Python code given it fails (``range(3.0)``), so a
    pack with ``"timer_minutes": 10.0`` would be accepted and then break the window.
    """
    import jsonschema  # noqa: PLC0415 - only when a file is really validated

    base = jsonschema.validators.validator_for(schema)
    checker = base.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    strict = jsonschema.validators.extend(base, type_checker=checker)  # type: ignore[no-untyped-call]
    return strict(schema)
