from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceCodeExecutionPolicyPublic")


@_attrs_define
class WorkspaceCodeExecutionPolicyPublic:
    """A workspace's policy, or the unconfigured policy it has without one.

    Attributes:
        configured (bool):
        created_at (None | str):
        default_purpose_hint (None | str):
        enabled (bool):
        exec_timeout_s (int | None):
        max_iterations (int | None):
        sandbox_configured (bool):
        updated_at (None | str):
        workspace_id (UUID):
    """

    configured: bool
    created_at: None | str
    default_purpose_hint: None | str
    enabled: bool
    exec_timeout_s: int | None
    max_iterations: int | None
    sandbox_configured: bool
    updated_at: None | str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        configured = self.configured

        created_at: None | str
        created_at = self.created_at

        default_purpose_hint: None | str
        default_purpose_hint = self.default_purpose_hint

        enabled = self.enabled

        exec_timeout_s: int | None
        exec_timeout_s = self.exec_timeout_s

        max_iterations: int | None
        max_iterations = self.max_iterations

        sandbox_configured = self.sandbox_configured

        updated_at: None | str
        updated_at = self.updated_at

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
                "created_at": created_at,
                "default_purpose_hint": default_purpose_hint,
                "enabled": enabled,
                "exec_timeout_s": exec_timeout_s,
                "max_iterations": max_iterations,
                "sandbox_configured": sandbox_configured,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configured = d.pop("configured")

        created_at = d.pop("created_at")

        default_purpose_hint = d.pop("default_purpose_hint")

        enabled = d.pop("enabled")

        exec_timeout_s = d.pop("exec_timeout_s")

        max_iterations = d.pop("max_iterations")

        sandbox_configured = d.pop("sandbox_configured")

        updated_at = d.pop("updated_at")

        workspace_id = UUID(d.pop("workspace_id"))

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_code_execution_policy_public = cls(
            configured,
            created_at,
            default_purpose_hint,
            enabled,
            exec_timeout_s,
            max_iterations,
            sandbox_configured,
            updated_at,
            workspace_id,
        )
        workspace_code_execution_policy_public._wire = src_dict

        workspace_code_execution_policy_public.additional_properties = d
        return workspace_code_execution_policy_public

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
                "configured",
                "created_at",
                "default_purpose_hint",
                "enabled",
                "exec_timeout_s",
                "max_iterations",
                "sandbox_configured",
                "updated_at",
                "workspace_id",
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
