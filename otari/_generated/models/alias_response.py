from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="AliasResponse")


@_attrs_define
class AliasResponse:
    """A model alias and where it is defined.

    Attributes:
        name (str):
        source (str):
        target (str):
        created_at (None | str):
        updated_at (None | str):
        user_id (None | str):
    """

    name: str
    source: str
    target: str
    created_at: None | str = None
    updated_at: None | str = None
    user_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "target": target,
            }
        )
        wire = self._wire
        if self.created_at is not None:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            else:
                created_at = self.created_at
            field_dict["created_at"] = created_at
        elif wire is not None and "created_at" in wire:
            field_dict["created_at"] = None
        if self.updated_at is not None:
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = self.updated_at
            field_dict["updated_at"] = updated_at
        elif wire is not None and "updated_at" in wire:
            field_dict["updated_at"] = None
        if self.user_id is not None:
            user_id: None | str | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id
            field_dict["user_id"] = user_id
        elif wire is not None and "user_id" in wire:
            field_dict["user_id"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source = d.pop("source")

        target = d.pop("target")

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        user_id = d.pop("user_id", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        alias_response = cls(
            name,
            source,
            target,
            created_at,
            updated_at,
            user_id,
        )
        alias_response._wire = src_dict

        alias_response.additional_properties = d
        return alias_response

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
                "source",
                "target",
                "created_at",
                "updated_at",
                "user_id",
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
