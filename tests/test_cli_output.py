"""The CLI's table layout and JSON conversion (in-process: pure functions over strings)."""

from __future__ import annotations

import datetime
import io
import json
from uuid import UUID

import pytest

from otari.cli._output import Column, Output, fit_widths, jsonable, when


class _Terminal(io.StringIO):
    encoding = "utf-8"

    def isatty(self) -> bool:
        return True


def _table(rows: list[dict[str, object]], columns: list[Column], width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    stream = _Terminal()
    Output(json_mode=False, stream=stream).table(rows, columns, empty="(none)")
    return stream.getvalue()


def test_fit_widths_shrinks_the_widest_shrinkable_columns_first() -> None:
    assert fit_widths([10, 40, 30], [False, True, True], 70) == [10, 28, 28]
    assert fit_widths([10, 12], [True, True], 100) == [10, 12]  # fits: untouched
    assert fit_widths([50, 50], [False, False], 60) is None  # nothing may shrink


def test_rows_are_cut_to_the_width_with_an_ellipsis(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"id": "key-1", "note": "x" * 80}, {"id": "key-22", "note": "short"}]
    text = _table(rows, [Column("ID", "id", shrink=False), Column("NOTE", "note")], 40, monkeypatch)
    lines = text.splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert lines[0].split() == ["ID", "NOTE"]
    assert lines[1].startswith("key-1   ") and lines[1].endswith("…")
    assert lines[2].split() == ["key-22", "short"]


def test_columns_that_cannot_fit_are_dropped_from_the_right(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"a": "A" * 30, "b": "B" * 30, "c": "C" * 30}]
    columns = [Column("A", "a", shrink=False), Column("B", "b", shrink=False), Column("C", "c", shrink=False)]
    lines = _table(rows, columns, 64, monkeypatch).splitlines()
    assert lines[0].split() == ["A", "B"] and lines[1] == "A" * 30 + "  " + "B" * 30


def test_numbers_align_right_and_values_render_readably(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"n": 5, "ok": True, "tags": ["a", "b"], "none": None}, {"n": 12345, "ok": False, "tags": [], "none": ""}]
    columns = [Column("N", "n", right=True), Column("OK", "ok"), Column("TAGS", "tags"), Column("NONE", "none")]
    lines = _table(rows, columns, 80, monkeypatch).splitlines()
    assert lines[1] == "    5  yes  a, b  -"
    assert lines[2] == "12345  no   -     -"


def test_empty_table_prints_the_placeholder(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _table([], [Column("ID", "id")], 80, monkeypatch) == "(none)\n"


def test_not_a_terminal_and_no_columns_means_no_cutting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    stream = io.StringIO()
    Output(json_mode=False, stream=stream).table([{"v": "y" * 500}], [Column("V", "v")], empty="-")
    assert "y" * 500 in stream.getvalue()


def test_jsonable_and_when() -> None:
    value = {"at": datetime.datetime(2026, 1, 2, 3, 4, 5), "id": UUID(int=1), "raw": b"\x00\x01", "n": [1.5, None]}
    assert json.loads(json.dumps(jsonable(value))) == {
        "at": "2026-01-02T03:04:05",
        "id": "00000000-0000-0000-0000-000000000001",
        "raw": "AAE=",
        "n": [1.5, None],
    }
    assert when(0) == "-" and when(86400) == "1970-01-02 00:00:00"
    assert when("2026-11-30T16:03:20.058346") == "2026-11-30 16:03:20"


def test_json_mode_prints_lists_as_json_lines() -> None:
    stream = io.StringIO()
    Output(json_mode=True, stream=stream).result([{"a": 1}, {"a": 2}])
    assert stream.getvalue() == '{"a":1}\n{"a":2}\n'
