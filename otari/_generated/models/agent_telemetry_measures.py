from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="AgentTelemetryMeasures")


@_attrs_define
class AgentTelemetryMeasures:
    """Cost and quality per unit of work. Each is null when its denominator is zero.

    ``edit_acceptance_rate`` and ``tool_acceptance_rate`` are the same quantity
    today, both derived from the ``tool_decision`` event: the agent's own
    ``code_edit_tool.decision`` metric is deliberately never stored, since
    ``tool_decision`` already carries that accept/reject signal. Both names are
    reported so a caller reading either vocabulary gets the right number.

        Attributes:
            cost_per_commit (float | None):
            cost_per_line (float | None):
            cost_per_pull_request (float | None):
            edit_acceptance_rate (float | None):
            error_rate (float | None):
            spend_per_active_hour (float | None):
            tool_acceptance_rate (float | None):
            turns_per_session (float | None):
    """

    cost_per_commit: float | None = None
    cost_per_line: float | None = None
    cost_per_pull_request: float | None = None
    edit_acceptance_rate: float | None = None
    error_rate: float | None = None
    spend_per_active_hour: float | None = None
    tool_acceptance_rate: float | None = None
    turns_per_session: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.cost_per_commit is not None:
            cost_per_commit: float | None | Unset
            if isinstance(self.cost_per_commit, Unset):
                cost_per_commit = UNSET
            else:
                cost_per_commit = self.cost_per_commit
            field_dict["cost_per_commit"] = cost_per_commit
        elif wire is not None and "cost_per_commit" in wire:
            field_dict["cost_per_commit"] = None
        if self.cost_per_line is not None:
            cost_per_line: float | None | Unset
            if isinstance(self.cost_per_line, Unset):
                cost_per_line = UNSET
            else:
                cost_per_line = self.cost_per_line
            field_dict["cost_per_line"] = cost_per_line
        elif wire is not None and "cost_per_line" in wire:
            field_dict["cost_per_line"] = None
        if self.cost_per_pull_request is not None:
            cost_per_pull_request: float | None | Unset
            if isinstance(self.cost_per_pull_request, Unset):
                cost_per_pull_request = UNSET
            else:
                cost_per_pull_request = self.cost_per_pull_request
            field_dict["cost_per_pull_request"] = cost_per_pull_request
        elif wire is not None and "cost_per_pull_request" in wire:
            field_dict["cost_per_pull_request"] = None
        if self.edit_acceptance_rate is not None:
            edit_acceptance_rate: float | None | Unset
            if isinstance(self.edit_acceptance_rate, Unset):
                edit_acceptance_rate = UNSET
            else:
                edit_acceptance_rate = self.edit_acceptance_rate
            field_dict["edit_acceptance_rate"] = edit_acceptance_rate
        elif wire is not None and "edit_acceptance_rate" in wire:
            field_dict["edit_acceptance_rate"] = None
        if self.error_rate is not None:
            error_rate: float | None | Unset
            if isinstance(self.error_rate, Unset):
                error_rate = UNSET
            else:
                error_rate = self.error_rate
            field_dict["error_rate"] = error_rate
        elif wire is not None and "error_rate" in wire:
            field_dict["error_rate"] = None
        if self.spend_per_active_hour is not None:
            spend_per_active_hour: float | None | Unset
            if isinstance(self.spend_per_active_hour, Unset):
                spend_per_active_hour = UNSET
            else:
                spend_per_active_hour = self.spend_per_active_hour
            field_dict["spend_per_active_hour"] = spend_per_active_hour
        elif wire is not None and "spend_per_active_hour" in wire:
            field_dict["spend_per_active_hour"] = None
        if self.tool_acceptance_rate is not None:
            tool_acceptance_rate: float | None | Unset
            if isinstance(self.tool_acceptance_rate, Unset):
                tool_acceptance_rate = UNSET
            else:
                tool_acceptance_rate = self.tool_acceptance_rate
            field_dict["tool_acceptance_rate"] = tool_acceptance_rate
        elif wire is not None and "tool_acceptance_rate" in wire:
            field_dict["tool_acceptance_rate"] = None
        if self.turns_per_session is not None:
            turns_per_session: float | None | Unset
            if isinstance(self.turns_per_session, Unset):
                turns_per_session = UNSET
            else:
                turns_per_session = self.turns_per_session
            field_dict["turns_per_session"] = turns_per_session
        elif wire is not None and "turns_per_session" in wire:
            field_dict["turns_per_session"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_per_commit = d.pop("cost_per_commit", None)

        cost_per_line = d.pop("cost_per_line", None)

        cost_per_pull_request = d.pop("cost_per_pull_request", None)

        edit_acceptance_rate = d.pop("edit_acceptance_rate", None)

        error_rate = d.pop("error_rate", None)

        spend_per_active_hour = d.pop("spend_per_active_hour", None)

        tool_acceptance_rate = d.pop("tool_acceptance_rate", None)

        turns_per_session = d.pop("turns_per_session", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        agent_telemetry_measures = cls(
            cost_per_commit,
            cost_per_line,
            cost_per_pull_request,
            edit_acceptance_rate,
            error_rate,
            spend_per_active_hour,
            tool_acceptance_rate,
            turns_per_session,
        )
        agent_telemetry_measures._wire = src_dict

        agent_telemetry_measures.additional_properties = d
        return agent_telemetry_measures

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
                "cost_per_commit",
                "cost_per_line",
                "cost_per_pull_request",
                "edit_acceptance_rate",
                "error_rate",
                "spend_per_active_hour",
                "tool_acceptance_rate",
                "turns_per_session",
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
