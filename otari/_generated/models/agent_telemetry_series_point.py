from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTelemetrySeriesPoint")


@_attrs_define
class AgentTelemetrySeriesPoint:
    """One UTC time bucket of outcomes, behavior, and the spend beside them.

    A cumulative series' increment is attributed to the bucket of the later point
    of each consecutive pair, so a bucket reports the growth observed inside it.

        Attributes:
            bucket_start (str):
            active_time (float | Unset):  Default: 0.0.
            api_errors (int | Unset):  Default: 0.
            commits (float | Unset):  Default: 0.0.
            cost (float | Unset):  Default: 0.0.
            lines_of_code (float | Unset):  Default: 0.0.
            pull_requests (float | Unset):  Default: 0.0.
            tool_calls (int | Unset):  Default: 0.
            turns (int | Unset):  Default: 0.
    """

    bucket_start: str
    active_time: float | Unset = 0.0
    api_errors: int | Unset = 0
    commits: float | Unset = 0.0
    cost: float | Unset = 0.0
    lines_of_code: float | Unset = 0.0
    pull_requests: float | Unset = 0.0
    tool_calls: int | Unset = 0
    turns: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        active_time = self.active_time

        api_errors = self.api_errors

        commits = self.commits

        cost = self.cost

        lines_of_code = self.lines_of_code

        pull_requests = self.pull_requests

        tool_calls = self.tool_calls

        turns = self.turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
            }
        )
        if active_time is not UNSET:
            field_dict["active_time"] = active_time
        if api_errors is not UNSET:
            field_dict["api_errors"] = api_errors
        if commits is not UNSET:
            field_dict["commits"] = commits
        if cost is not UNSET:
            field_dict["cost"] = cost
        if lines_of_code is not UNSET:
            field_dict["lines_of_code"] = lines_of_code
        if pull_requests is not UNSET:
            field_dict["pull_requests"] = pull_requests
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if turns is not UNSET:
            field_dict["turns"] = turns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        active_time = d.pop("active_time", UNSET)

        api_errors = d.pop("api_errors", UNSET)

        commits = d.pop("commits", UNSET)

        cost = d.pop("cost", UNSET)

        lines_of_code = d.pop("lines_of_code", UNSET)

        pull_requests = d.pop("pull_requests", UNSET)

        tool_calls = d.pop("tool_calls", UNSET)

        turns = d.pop("turns", UNSET)

        agent_telemetry_series_point = cls(
            bucket_start=bucket_start,
            active_time=active_time,
            api_errors=api_errors,
            commits=commits,
            cost=cost,
            lines_of_code=lines_of_code,
            pull_requests=pull_requests,
            tool_calls=tool_calls,
            turns=turns,
        )

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
