from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="AgentTelemetrySeriesPoint")


@_attrs_define
class AgentTelemetrySeriesPoint:
    """One UTC time bucket of outcomes, behavior, and the spend beside them.

    A cumulative series' increment is attributed to the bucket of the later point
    of each consecutive pair, so a bucket reports the growth observed inside it.

        Attributes:
            bucket_start (str):
            active_time (float):
            api_errors (int):
            commits (float):
            cost (float):
            lines_of_code (float):
            pull_requests (float):
            tool_calls (int):
            turns (int):
    """

    bucket_start: str
    active_time: float = 0.0
    api_errors: int = 0
    commits: float = 0.0
    cost: float = 0.0
    lines_of_code: float = 0.0
    pull_requests: float = 0.0
    tool_calls: int = 0
    turns: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
            }
        )
        wire = self._wire
        if wire is None or "active_time" in wire or self.active_time != 0.0:
            active_time = self.active_time
            field_dict["active_time"] = active_time
        if wire is None or "api_errors" in wire or self.api_errors != 0:
            api_errors = self.api_errors
            field_dict["api_errors"] = api_errors
        if wire is None or "commits" in wire or self.commits != 0.0:
            commits = self.commits
            field_dict["commits"] = commits
        if wire is None or "cost" in wire or self.cost != 0.0:
            cost = self.cost
            field_dict["cost"] = cost
        if wire is None or "lines_of_code" in wire or self.lines_of_code != 0.0:
            lines_of_code = self.lines_of_code
            field_dict["lines_of_code"] = lines_of_code
        if wire is None or "pull_requests" in wire or self.pull_requests != 0.0:
            pull_requests = self.pull_requests
            field_dict["pull_requests"] = pull_requests
        if wire is None or "tool_calls" in wire or self.tool_calls != 0:
            tool_calls = self.tool_calls
            field_dict["tool_calls"] = tool_calls
        if wire is None or "turns" in wire or self.turns != 0:
            turns = self.turns
            field_dict["turns"] = turns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        active_time = d.pop("active_time", 0.0)

        api_errors = d.pop("api_errors", 0)

        commits = d.pop("commits", 0.0)

        cost = d.pop("cost", 0.0)

        lines_of_code = d.pop("lines_of_code", 0.0)

        pull_requests = d.pop("pull_requests", 0.0)

        tool_calls = d.pop("tool_calls", 0)

        turns = d.pop("turns", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        agent_telemetry_series_point = cls(
            bucket_start,
            active_time,
            api_errors,
            commits,
            cost,
            lines_of_code,
            pull_requests,
            tool_calls,
            turns,
        )
        agent_telemetry_series_point._wire = src_dict

        agent_telemetry_series_point.additional_properties = d
        return agent_telemetry_series_point

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "bucket_start",
                "active_time",
                "api_errors",
                "commits",
                "cost",
                "lines_of_code",
                "pull_requests",
                "tool_calls",
                "turns",
            ),
        )

    # The gateway's Otari-Request-ID / Otari-Attempt-ID of the response this model was read from, set by
    # the SDK on the result it returns (nested models keep None). Not a field of the wire object: left out
    # of __init__, to_dict, repr and ==.
    _otari_ids: tuple[str | None, str | None] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def request_id(self) -> str | None:
        """The gateway's ``Otari-Request-ID`` for this result (None when the gateway sent none)."""
        ids = getattr(self, "_otari_ids", None)
        return ids[0] if ids else None

    @property
    def attempt_id(self) -> str | None:
        """The gateway's ``Otari-Attempt-ID`` for this result (None when the gateway sent none)."""
        ids = getattr(self, "_otari_ids", None)
        return ids[1] if ids else None
