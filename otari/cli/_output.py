"""Everything ``otari`` prints to stdout: text, aligned tables that fit the terminal, records, JSON.

One :class:`Output` per run decides between the human form and ``--json`` (one JSON object per result,
JSON Lines for lists and streams), so no command formats JSON itself.
"""

from __future__ import annotations

import base64
import datetime
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO
from uuid import UUID

from .._json import is_array, is_mapping, is_tuple


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data: typed models through their ``to_dict()`` (wire names)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not is_mapping(value):
        value = to_dict()
    if is_mapping(value):
        return {str(k): jsonable(v) for k, v in value.items()}
    if is_array(value) or is_tuple(value):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def when(value: Any) -> str:
    """A timestamp as ``YYYY-MM-DD HH:MM:SS`` (UTC for unix seconds); anything else as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value <= 0:  # providers send 0 for "not yet"
            return "-"
        moment = datetime.datetime.fromtimestamp(value, tz=datetime.UTC)
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and len(value) >= 19 and value[10] in "T ":
        return value[:10] + " " + value[11:19]
    return cell(value)


def cell(value: Any) -> str:
    """One value as table text: ``-`` for none, ``yes``/``no``, lists joined, objects as compact JSON."""
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return format(value, ".6g")
    if is_array(value) or is_tuple(value):
        return ", ".join(cell(v) for v in value) or "-"
    if is_mapping(value):
        return json.dumps(jsonable(value), separators=(",", ":"), ensure_ascii=False) if value else "-"
    return " ".join(str(value).split())


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its header, how to get its text from a row, and whether it may be cut short."""

    header: str
    key: str | Callable[[Mapping[str, Any]], Any]
    shrink: bool = True
    fmt: Callable[[Any], str] = cell
    right: bool = False

    def text(self, row: Mapping[str, Any]) -> str:
        value = self.key(row) if callable(self.key) else row.get(self.key)
        return self.fmt(value)


_GAP = 2
_MIN_WIDTH = 6


def fit_widths(natural: list[int], shrinkable: list[bool], limit: int) -> list[int] | None:
    """Column widths whose sum (with gaps) fits ``limit``, shrinking the widest shrinkable ones first.

    None when even the minimum widths do not fit: the caller drops columns from the right.
    """
    widths = list(natural)
    excess = sum(widths) + _GAP * (len(widths) - 1) - limit
    while excess > 0:
        candidates = [i for i, w in enumerate(widths) if shrinkable[i] and w > _MIN_WIDTH]
        if not candidates:
            return None
        widest = max(candidates, key=widths.__getitem__)
        runner_up = max((widths[i] for i in candidates if i != widest), default=_MIN_WIDTH)
        # Cut the widest down towards the next widest in one step; on a tie, by one character.
        target = max(widths[widest] - excess, runner_up, _MIN_WIDTH)
        if target == widths[widest]:
            target -= 1
        excess -= widths[widest] - target
        widths[widest] = target
    return widths


class Output:
    """The run's stdout, in human or ``--json`` form."""

    def __init__(self, *, json_mode: bool, stream: TextIO | None = None) -> None:
        self.json_mode = json_mode
        self._stream = stream if stream is not None else sys.stdout
        self._line_open = False
        encoding = (getattr(self._stream, "encoding", None) or "").lower().replace("-", "")
        self._ellipsis = "…" if encoding.startswith("utf") else "~"

    # -- raw text --------------------------------------------------------------------------------------

    def write(self, text: str) -> None:
        """Write text as it arrives (streamed tokens), flushed at once."""
        if text:
            # Set first: a Ctrl-C landing right after the write must still see the line as open.
            self._line_open = not text.endswith("\n")
            self._stream.write(text)
            self._stream.flush()

    def line(self, text: str = "") -> None:
        self._stream.write(text + "\n")
        self._stream.flush()
        self._line_open = False

    def end_line(self) -> None:
        """Finish a partly written line (after a stream or an interruption), so the prompt starts clean."""
        if self._line_open:
            self.line()

    # -- JSON ------------------------------------------------------------------------------------------

    def json(self, value: Any) -> None:
        """One JSON value on one line."""
        self.line(json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":")))

    def json_lines(self, items: Iterable[Any]) -> None:
        for item in items:
            self.json(item)

    # -- human forms -----------------------------------------------------------------------------------

    def width(self) -> int | None:
        """The terminal width, or None (no limit) when stdout is not a terminal and COLUMNS is unset."""
        if os.environ.get("COLUMNS", "").isdigit():
            return max(int(os.environ["COLUMNS"]), 20)
        if not self._stream.isatty():
            return None
        return max(shutil.get_terminal_size((100, 24)).columns, 20)

    def _clip(self, text: str, width: int) -> str:
        return text if len(text) <= width else text[: max(width - 1, 0)] + self._ellipsis

    def table(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], *, empty: str) -> None:
        """Rows as aligned columns fitting the terminal; ``empty`` is printed (to stdout) when there are none."""
        if not rows:
            self.line(empty)
            return
        columns = list(columns)
        texts = [[column.text(row) for column in columns] for row in rows]
        limit = self.width()
        while True:
            natural = [max(len(c.header), *(len(t[i]) for t in texts)) for i, c in enumerate(columns)]
            widths = natural if limit is None else fit_widths(natural, [c.shrink for c in columns], limit)
            if widths is not None or len(columns) == 1:
                break
            columns.pop()  # the rightmost columns are the least important
            texts = [t[: len(columns)] for t in texts]
        if widths is None:  # a single column that still does not fit: cut it to the width
            assert limit is not None
            widths = [limit]
        self._row([c.header for c in columns], columns, widths)
        for text in texts:
            self._row(text, columns, widths)

    def _row(self, values: Sequence[str], columns: Sequence[Column], widths: Sequence[int]) -> None:
        parts: list[str] = []
        for value, column, width in zip(values, columns, widths, strict=True):
            clipped = self._clip(value, width)
            parts.append(clipped.rjust(width) if column.right else clipped.ljust(width))
        self.line((" " * _GAP).join(parts).rstrip())

    def record(self, data: Mapping[str, Any], fields: Sequence[Column] | None = None) -> None:
        """One object as ``label  value`` lines (``fields``: which, labelled how; default every key)."""
        shown = (
            [(c.header, c.text(data)) for c in fields]
            if fields is not None
            else [(k, cell(v)) for k, v in data.items()]
        )
        if not shown:
            return
        pad = max(len(label) for label, _ in shown)
        for label, value in shown:
            self.line(f"{label.ljust(pad)}  {value}")

    def result(
        self,
        value: Any,
        *,
        columns: Sequence[Column] | None = None,
        fields: Sequence[Column] | None = None,
        empty: str = "(none)",
    ) -> None:
        """A command's result: JSON (one object, or JSON Lines for a list) or a table / record."""
        if self.json_mode:
            if is_array(value):
                self.json_lines(value)
            else:
                self.json(value)
            return
        data = jsonable(value)
        if is_array(data):
            self.table(data, columns or [], empty=empty)
        else:
            self.record(data, fields)


def warn(message: str) -> None:
    """One ``otari: warning:`` line on stderr."""
    sys.stderr.write(f"otari: warning: {message}\n")
    sys.stderr.flush()


def note(message: str) -> None:
    """An informational line on stderr (kept off stdout so pipes and ``--json`` stay clean)."""
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()
