"""Line numbers for JSON pointers."""

from __future__ import annotations

import json

import pytest

from journal_app.packs import sourcemap

DOC = """{
  "a": 1,
  "b/c": {"x~y": [
      10,
      {"deep": "v\\"al"}
  ]},
  "empty": {},
  "list": [],
  "e": -1.5e3,
  "t": true
}"""


def test_every_value_has_its_line() -> None:
    json.loads(DOC)  # the map is only built for valid JSON
    lines = sourcemap.build(DOC).lines
    assert lines[""] == 1
    assert lines["/a"] == 2
    assert lines["/b~1c"] == 3
    assert lines["/b~1c/x~0y"] == 3
    assert lines["/b~1c/x~0y/0"] == 4
    assert lines["/b~1c/x~0y/1"] == 5
    assert lines["/b~1c/x~0y/1/deep"] == 5
    assert lines["/empty"] == 7
    assert lines["/list"] == 8
    assert lines["/e"] == 9
    assert lines["/t"] == 10


def test_unknown_pointer_falls_back_to_nearest_ancestor() -> None:
    smap = sourcemap.build(DOC)
    assert smap.line_of("/b~1c/x~0y/1/missing/0") == 5
    assert smap.line_of("/nothing") == 1


def test_duplicate_keys_are_found_with_their_line() -> None:
    smap = sourcemap.build('{"a": {"k": 1,\n "k": 2}, "a": 3}')
    assert smap.duplicates == [("/a/k", 2), ("/a", 2)]


@pytest.mark.parametrize(
    ("path", "expected"), [((), ""), (("a", 0), "/a/0"), (("x/y", "m~n"), "/x~1y/m~0n")]
)
def test_pointer_escaping(path: tuple[str | int, ...], expected: str) -> None:
    assert sourcemap.pointer(path) == expected
