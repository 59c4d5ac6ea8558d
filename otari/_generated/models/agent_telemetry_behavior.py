from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.agent_telemetry_tool_row import AgentTelemetryToolRow


T = TypeVar("T", bound="AgentTelemetryBehavior")


@_attrs_define
class AgentTelemetryBehavior:
    """Counts from the behavioral events already captured on the logs signal.

    Attributes:
        api_errors (int):
        by_tool (list[AgentTelemetryToolRow] | None):
        sessions (int):
        tool_accepts (int):
        tool_calls (int):
        tool_rejects (int):
        turns (int):
    """

    api_errors: int = 0
    by_tool: list[AgentTelemetryToolRow] | None = None
    sessions: int = 0
    tool_accepts: int = 0
    tool_calls: int = 0
    tool_rejects: int = 0
    turns: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if wire is None or "api_errors" in wire or self.api_errors != 0:
            api_errors = self.api_errors
            field_dict["api_errors"] = api_errors
        if self.by_tool is not None:
            by_tool: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.by_tool, Unset):
                by_tool = []
                for by_tool_item_data in self.by_tool:
                    by_tool_item = by_tool_item_data.to_dict()
                    by_tool.append(by_tool_item)

            field_dict["by_tool"] = by_tool
        elif wire is not None and "by_tool" in wire:
            field_dict["by_tool"] = None
        if wire is None or "sessions" in wire or self.sessions != 0:
            sessions = self.sessions
            field_dict["sessions"] = sessions
        if wire is None or "tool_accepts" in wire or self.tool_accepts != 0:
            tool_accepts = self.tool_accepts
            field_dict["tool_accepts"] = tool_accepts
        if wire is None or "tool_calls" in wire or self.tool_calls != 0:
            tool_calls = self.tool_calls
            field_dict["tool_calls"] = tool_calls
        if wire is None or "tool_rejects" in wire or self.tool_rejects != 0:
            tool_rejects = self.tool_rejects
            field_dict["tool_rejects"] = tool_rejects
        if wire is None or "turns" in wire or self.turns != 0:
            turns = self.turns
            field_dict["turns"] = turns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        api_errors = d.pop("api_errors", 0)

        _by_tool = d.pop("by_tool", UNSET)
        by_tool: list[AgentTelemetryToolRow] | Unset = UNSET
        if _by_tool is not UNSET:
            by_tool = []
            for by_tool_item_data in _by_tool:
                by_tool_item = AgentTelemetryToolRow.from_dict(by_tool_item_data)

                by_tool.append(by_tool_item)

        if isinstance(by_tool, Unset):
            by_tool = None

        sessions = d.pop("sessions", 0)

        tool_accepts = d.pop("tool_accepts", 0)

        tool_calls = d.pop("tool_calls", 0)

        tool_rejects = d.pop("tool_rejects", 0)

        turns = d.pop("turns", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        agent_telemetry_behavior = cls(
            api_errors,
            by_tool,
            sessions,
            tool_accepts,
            tool_calls,
            tool_rejects,
            turns,
        )
        agent_telemetry_behavior._wire = src_dict

        agent_telemetry_behavior.additional_properties = d
        return agent_telemetry_behavior

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
                "api_errors",
                "by_tool",
                "sessions",
                "tool_accepts",
                "tool_calls",
                "tool_rejects",
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes AgentTelemetryBehavior refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, AgentTelemetryToolRow  # noqa: PLW0603
    from ..models.agent_telemetry_tool_row import AgentTelemetryToolRow  # noqa: PLC0415

    _imported = True
