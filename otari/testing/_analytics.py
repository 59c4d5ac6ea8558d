"""Usage filters and analytics over the mock's request log: ``/v1/usage`` (list, count) and
``/v1/usage/summary``, ``/series``, ``/summary.csv`` all select rows with the same :class:`UsageQuery`, so
a report's totals, series, count and rows always agree, as on the gateway."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ._recording import RecordedRequest
from ._replies import SECURITY_HEADERS, Reply, field_error, json_reply, validation_reply

DEFAULT_WINDOW = timedelta(days=30)
# Breakdown name in the summary -> what it groups by.
_SUMMARY_DIMENSIONS = {
    "model": "by_model",
    "user": "by_user",
    "api_key": "by_api_key",
    "source": "by_source",
    "source_label": "by_source_label",
    "endpoint": "by_endpoint",
    "provider": "by_provider",
}
_SERIES_GROUPS = ("model", "user_id", "api_key_id", "source")
_TOP_GROUPS = 8


@dataclass(slots=True)
class UsageRecord:
    """One logged request (``moment`` is timezone-aware UTC; ``rates`` the prices it was billed at)."""

    id: str
    moment: datetime
    user_id: str
    key_id: str | None
    key_name: str | None
    model: str
    provider: str | None
    endpoint: str
    prompt_tokens: int
    completion_tokens: int
    cost: float | None
    rates: tuple[float, float] | None


def _moment(text: str) -> datetime:
    """ISO 8601 (a date, or a time with or without zone: naive is UTC) or Unix epoch seconds."""
    try:
        return datetime.fromtimestamp(float(text), UTC)
    except ValueError:
        pass
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _key(row: UsageRecord, dimension: str) -> str | None:
    return {
        "model": row.model,
        "user": row.user_id,
        "user_id": row.user_id,
        "api_key": row.key_id,
        "api_key_id": row.key_id,
        "source": "gateway",
        "source_label": None,
        "endpoint": row.endpoint,
        "provider": row.provider,
    }[dimension]


def _tokens(row: UsageRecord) -> int:
    return row.prompt_tokens + row.completion_tokens


@dataclass(frozen=True, slots=True)
class UsageQuery:
    """The filters of one usage request; :meth:`parse` answers the 422 FastAPI would for bad values."""

    start: datetime | None
    end: datetime | None
    request: RecordedRequest

    @classmethod
    def parse(cls, request: RecordedRequest) -> UsageQuery | Reply:
        bounds: dict[str, datetime | None] = {}
        errors: list[dict[str, Any]] = []
        for name in ("start_date", "end_date"):
            text = request.query.get(name)
            try:
                bounds[name] = _moment(text) if text else None
            except ValueError:
                errors.append(
                    field_error("datetime_from_date_parsing", ("query", name), "Input should be a valid datetime")
                )
        if errors:
            return validation_reply(errors)
        return cls(bounds["start_date"], bounds["end_date"], request)

    def values(self, name: str) -> list[str]:
        return self.request.query_all(name)

    def matches(self, row: UsageRecord) -> bool:
        query = self.request.query
        if self.start is not None and row.moment < self.start:
            return False
        if self.end is not None and row.moment >= self.end:
            return False
        # The mock logs successful requests only, all from the gateway itself, none of them routed.
        if query.get("status") not in (None, "success") or "status_code" in query or "tool" in query:
            return False
        if query.get("source") not in (None, "gateway") or "source_label" in query or "request_group_id" in query:
            return False
        if query.get("counts_toward_budget") == "false":
            return False
        priced = query.get("priced")
        if priced is not None and (priced == "true") != (row.cost is not None):
            return False
        for name, actual in (("endpoint", row.endpoint), ("provider", row.provider)):
            if name in query and query[name] != actual:
                return False
        models = self.values("model")
        if models and row.model not in models and f"{row.provider}:{row.model}" not in models:
            return False
        users = self.values("user_id")
        if users and row.user_id not in users:
            return False
        keys = self.values("api_key_id")
        return not keys or row.key_id in keys

    def select(self, rows: Iterable[UsageRecord]) -> list[UsageRecord]:
        return [row for row in rows if self.matches(row)]

    def window(self) -> tuple[datetime, datetime]:
        """The analytics window: the filters' bounds, else the last 30 days."""
        end = self.end or datetime.now(UTC)
        return self.start or end - DEFAULT_WINDOW, end


def _bucket_start(moment: datetime, bucket: str) -> str:
    start = moment.replace(minute=0, second=0, microsecond=0)
    if bucket == "day":
        start = start.replace(hour=0)
    return start.isoformat()


def _group_rows(
    rows: Sequence[UsageRecord], dimension: str, label: Callable[[str | None], str | None]
) -> list[dict[str, Any]]:
    groups: dict[str | None, dict[str, Any]] = {}
    for row in rows:
        key = _key(row, dimension)
        group = groups.setdefault(
            key, {"key": key, "label": label(key), "cost": 0.0, "tokens": 0, "requests": 0, "is_other": False}
        )
        group["cost"] += row.cost or 0.0
        group["tokens"] += _tokens(row)
        group["requests"] += 1
    return sorted(groups.values(), key=lambda g: (-g["cost"], -g["requests"], str(g["key"])))


def _choice(query: dict[str, str], name: str, allowed: Sequence[str], default: str | None) -> str | Reply:
    value = query.get(name, default)
    if value is None:
        return validation_reply([field_error("missing", ("query", name), "Field required")])
    if value not in allowed:
        expected = ", ".join(f"'{a}'" for a in allowed)
        return validation_reply([field_error("enum", ("query", name), f"Input should be {expected}")])
    return value


class Analytics:
    """The summary, series and CSV routes over ``rows()`` (newest first), labelled by ``user_alias``."""

    def __init__(self, rows: Callable[[], Iterable[UsageRecord]], user_alias: Callable[[str], str | None]) -> None:
        self._rows = rows
        self._user_alias = user_alias

    def _selected(self, request: RecordedRequest) -> tuple[UsageQuery, list[UsageRecord]] | Reply:
        parsed = UsageQuery.parse(request)
        if isinstance(parsed, Reply):
            return parsed
        start, end = parsed.window()
        rows = [r for r in parsed.select(self._rows()) if start <= r.moment < end]
        return parsed, rows

    def _label(self, dimension: str) -> Callable[[str | None], str | None]:
        if dimension in ("user", "user_id"):
            return lambda key: self._user_alias(key) if key is not None else None
        return lambda key: None

    def summary(self, request: RecordedRequest) -> Reply:
        selected = self._selected(request)
        if isinstance(selected, Reply):
            return selected
        parsed, rows = selected
        bucket = _choice(request.query, "bucket", ("hour", "day"), "day")
        if isinstance(bucket, Reply):
            return bucket
        wanted = set(parsed.values("dimensions")) or set(_SUMMARY_DIMENSIONS)
        start, end = parsed.window()
        body: dict[str, Any] = {
            "start_date": start.isoformat(),
            "end_date": end.isoformat(),
            "bucket": bucket,
            "totals": {
                "cost": sum(r.cost or 0.0 for r in rows),
                "prompt_tokens": sum(r.prompt_tokens for r in rows),
                "completion_tokens": sum(r.completion_tokens for r in rows),
                "total_tokens": sum(_tokens(r) for r in rows),
                "cache_read_tokens": 0,
                "cache_write_tokens": 0,
                "cache_write_1h_tokens": 0,
                "billed_input_tokens": sum(r.prompt_tokens for r in rows),
                "billed_output_tokens": sum(r.completion_tokens for r in rows),
                "request_count": len(rows),
                "error_count": 0,
                "unpriced_requests": sum(1 for r in rows if r.cost is None),
                "avg_latency_ms": 1.0 if rows else None,
            },
            "by_tool": [],
            "errors_by_status_code": [],
            "series": self._series_points(rows, bucket, None),
        }
        for dimension, field in _SUMMARY_DIMENSIONS.items():
            body[field] = _group_rows(rows, dimension, self._label(dimension)) if dimension in wanted else []
        return json_reply(body)

    def _series_points(self, rows: Sequence[UsageRecord], bucket: str, group_by: str | None) -> list[dict[str, Any]]:
        points: dict[tuple[str, str | None], dict[str, Any]] = {}
        for row in rows:
            start = _bucket_start(row.moment, bucket)
            key = _key(row, group_by) if group_by else None
            point = points.setdefault((start, key), {"bucket_start": start, "cost": 0.0, "tokens": 0, "requests": 0})
            if group_by:
                point.update(key=key, is_other=False)
            else:
                point.setdefault("input_tokens", 0)
                point.setdefault("output_tokens", 0)
                point["input_tokens"] += row.prompt_tokens
                point["output_tokens"] += row.completion_tokens
            point["cost"] += row.cost or 0.0
            point["tokens"] += _tokens(row)
            point["requests"] += 1
        return [points[k] for k in sorted(points, key=lambda k: (k[0], str(k[1])))]

    def series(self, request: RecordedRequest) -> Reply:
        group_by = _choice(request.query, "group_by", _SERIES_GROUPS, None)
        if isinstance(group_by, Reply):
            return group_by
        bucket = _choice(request.query, "bucket", ("hour", "day"), "day")
        if isinstance(bucket, Reply):
            return bucket
        selected = self._selected(request)
        if isinstance(selected, Reply):
            return selected
        parsed, rows = selected
        groups = _group_rows(rows, group_by, self._label(group_by))
        top = {g["key"] for g in groups[:_TOP_GROUPS]}
        points = self._series_points([r for r in rows if _key(r, group_by) in top], bucket, group_by)
        start, end = parsed.window()
        body = {
            "start_date": start.isoformat(),
            "end_date": end.isoformat(),
            "bucket": bucket,
            "group_by": group_by,
            "groups": groups[:_TOP_GROUPS],
            "points": points,
        }
        return json_reply(body)

    def summary_csv(self, request: RecordedRequest) -> Reply:
        selected = self._selected(request)
        if isinstance(selected, Reply):
            return selected
        _, rows = selected
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["dimension", "key", "label", "requests", "tokens", "cost"])
        for dimension in _SUMMARY_DIMENSIONS:
            for group in _group_rows(rows, dimension, self._label(dimension)):
                writer.writerow(
                    [
                        dimension,
                        group["key"] or "",
                        group["label"] or "",
                        group["requests"],
                        group["tokens"],
                        group["cost"],
                    ]
                )
        headers = (
            ("content-type", "text/csv; charset=utf-8"),
            ("content-disposition", 'attachment; filename="usage-summary.csv"'),
            *SECURITY_HEADERS,
        )
        return Reply(200, out.getvalue().encode("utf-8"), headers)


__all__ = ["Analytics", "UsageQuery", "UsageRecord"]
