from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.policy_request_spec import PolicyRequestSpec


T = TypeVar("T", bound="PolicyRequest")


@_attrs_define
class PolicyRequest:
    """Request to create or update a routing policy.

    Attributes:
        name (str): Model name callers send, e.g. 'fast'.
        spec (PolicyRequestSpec): The policy body: select (with exactly one `default` entry, last), optional on_failure
            and guardrails. Same schema as a `routing.policies` entry in config.yml, and closed to unknown keys, so a typo
            is a 400 rather than a silently ignored setting.
        rename_from (None | str | Unset): Current name of the policy to rename, in the same scope. The stored row keeps
            its id and created_at and takes `name` and `spec`. Sending it asserts that policy exists, so a name with no
            stored row is a 404 rather than a create, even when it equals `name`. Omit to create or update the policy named
            `name`. Renaming changes what callers must send as `model`; usage already recorded keeps the old name.
        user_id (None | str | Unset): User this policy belongs to. Omit for a global policy every caller sees. A user-
            scoped policy resolves only for that user and shadows a global one of the same name.
    """

    name: str
    spec: PolicyRequestSpec
    rename_from: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        name = self.name

        spec = self.spec.to_dict()

        rename_from: None | str | Unset
        if isinstance(self.rename_from, Unset):
            rename_from = UNSET
        else:
            rename_from = self.rename_from

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "spec": spec,
            }
        )
        if rename_from is not UNSET:
            field_dict["rename_from"] = rename_from
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        spec = PolicyRequestSpec.from_dict(d.pop("spec"))

        rename_from = d.pop("rename_from", UNSET)

        user_id = d.pop("user_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        policy_request = cls(
            name,
            spec,
            rename_from,
            user_id,
        )

        policy_request.additional_properties = d
        return policy_request

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
                "name",
                "spec",
                "rename_from",
                "user_id",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes PolicyRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, PolicyRequestSpec  # noqa: PLW0603
    from ..models.policy_request_spec import PolicyRequestSpec  # noqa: PLC0415

    _imported = True
