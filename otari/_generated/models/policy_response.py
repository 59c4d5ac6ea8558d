from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_response_spec import PolicyResponseSpec


T = TypeVar("T", bound="PolicyResponse")


@_attrs_define
class PolicyResponse:
    """A routing policy and where it is defined.

    Attributes:
        name (str):
        source (str):
        spec (PolicyResponseSpec):
        created_at (None | str | Unset):
        is_dynamic (bool | Unset):  Default: False.
        updated_at (None | str | Unset):
        user_id (None | str | Unset):
    """

    name: str
    source: str
    spec: PolicyResponseSpec
    created_at: None | str | Unset = UNSET
    is_dynamic: bool | Unset = False
    updated_at: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_response_spec import PolicyResponseSpec  # noqa: PLC0415

        name = self.name

        source = self.source

        spec = self.spec.to_dict()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        is_dynamic = self.is_dynamic

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

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
                "source": source,
                "spec": spec,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_response_spec import PolicyResponseSpec  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        source = d.pop("source")

        spec = PolicyResponseSpec.from_dict(d.pop("spec"))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        is_dynamic = d.pop("is_dynamic", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        policy_response = cls(
            name=name,
            source=source,
            spec=spec,
            created_at=created_at,
            is_dynamic=is_dynamic,
            updated_at=updated_at,
            user_id=user_id,
        )

        policy_response.additional_properties = d
        return policy_response

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
