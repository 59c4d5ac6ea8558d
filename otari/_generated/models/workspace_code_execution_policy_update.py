from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceCodeExecutionPolicyUpdate")


@_attrs_define
class WorkspaceCodeExecutionPolicyUpdate:
    """The policy to store for a workspace, as a whole.

    ``PUT`` semantics, ported from the hosted ``CodeExecutionConfigUpsert``:
    what is sent is what the workspace has afterwards, so an omitted limit is
    cleared rather than left as it was.

        Attributes:
            enabled (bool): False refuses code execution for this workspace
            default_purpose_hint (None | str | Unset): Hint used when a request declares otari_code_execution without one of
                its own
            exec_timeout_s (int | None | Unset): Ceiling on one execution's runtime in seconds; only ever lowers the
                effective limit, so at most 60
            max_iterations (int | None | Unset): Ceiling on tool-loop iterations; only ever lowers the effective limit, so
                at most 25
    """

    enabled: bool
    default_purpose_hint: None | str | Unset = UNSET
    exec_timeout_s: int | None | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        default_purpose_hint: None | str | Unset
        if isinstance(self.default_purpose_hint, Unset):
            default_purpose_hint = UNSET
        else:
            default_purpose_hint = self.default_purpose_hint

        exec_timeout_s: int | None | Unset
        if isinstance(self.exec_timeout_s, Unset):
            exec_timeout_s = UNSET
        else:
            exec_timeout_s = self.exec_timeout_s

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if default_purpose_hint is not UNSET:
            field_dict["default_purpose_hint"] = default_purpose_hint
        if exec_timeout_s is not UNSET:
            field_dict["exec_timeout_s"] = exec_timeout_s
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        default_purpose_hint = d.pop("default_purpose_hint", UNSET)

        exec_timeout_s = d.pop("exec_timeout_s", UNSET)

        max_iterations = d.pop("max_iterations", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_code_execution_policy_update = cls(
            enabled,
            default_purpose_hint,
            exec_timeout_s,
            max_iterations,
        )

        workspace_code_execution_policy_update.additional_properties = d
        return workspace_code_execution_policy_update

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
                "enabled",
                "default_purpose_hint",
                "exec_timeout_s",
                "max_iterations",
            ),
        )
