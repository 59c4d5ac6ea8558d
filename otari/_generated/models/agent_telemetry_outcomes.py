from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="AgentTelemetryOutcomes")


@_attrs_define
class AgentTelemetryOutcomes:
    """How much work the agent produced inside the window.

    Each value is the read-time increment for its metric: a delta series is
    summed, a cumulative one is diffed per series generation, so a counter that
    is re-reported in full on every export is never counted twice.
    ``lines_of_code`` sums the added and removed series, which are stored
    separately. ``active_time`` is in seconds, as the agent reports it.

        Attributes:
            active_time (float):
            commits (float):
            lines_of_code (float):
            pull_requests (float):
    """

    active_time: float = 0.0
    commits: float = 0.0
    lines_of_code: float = 0.0
    pull_requests: float = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if wire is None or "active_time" in wire or self.active_time != 0.0:
            active_time = self.active_time
            field_dict["active_time"] = active_time
        if wire is None or "commits" in wire or self.commits != 0.0:
            commits = self.commits
            field_dict["commits"] = commits
        if wire is None or "lines_of_code" in wire or self.lines_of_code != 0.0:
            lines_of_code = self.lines_of_code
            field_dict["lines_of_code"] = lines_of_code
        if wire is None or "pull_requests" in wire or self.pull_requests != 0.0:
            pull_requests = self.pull_requests
            field_dict["pull_requests"] = pull_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_time = d.pop("active_time", 0.0)

        commits = d.pop("commits", 0.0)

        lines_of_code = d.pop("lines_of_code", 0.0)

        pull_requests = d.pop("pull_requests", 0.0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        agent_telemetry_outcomes = cls(
            active_time,
            commits,
            lines_of_code,
            pull_requests,
        )
        agent_telemetry_outcomes._wire = src_dict

        agent_telemetry_outcomes.additional_properties = d
        return agent_telemetry_outcomes

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
                "active_time",
                "commits",
                "lines_of_code",
                "pull_requests",
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
