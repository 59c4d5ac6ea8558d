from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="AliasRequest")


@_attrs_define
class AliasRequest:
    """Request to create or update an alias.

    Attributes:
        name (str): Display name callers use as the model, e.g. 'fast-model'.
        target (str): Selector the alias resolves to, as 'provider:model' or 'instance:model'.
        user_id (None | str | Unset): User this alias belongs to. Omit for a global alias every caller sees. A user-
            scoped alias resolves only for that user and shadows a global one of the same name.
    """

    name: str
    target: str
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        target = self.target

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
                "target": target,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        target = d.pop("target")

        user_id = d.pop("user_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        alias_request = cls(
            name,
            target,
            user_id,
        )

        alias_request.additional_properties = d
        return alias_request

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
                "target",
                "user_id",
            ),
        )
