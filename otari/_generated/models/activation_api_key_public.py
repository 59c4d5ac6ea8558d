from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ActivationApiKeyPublic")


@_attrs_define
class ActivationApiKeyPublic:
    """The API key the guide hands out, with its plaintext.

    Returned once per call and never stored in plaintext, like every other key
    this gateway mints: a page reload issues a new one and rotates the same row,
    which is what makes the guide able to show a working key without keeping a
    readable secret anywhere.

        Attributes:
            key (str):
            key_id (str):
            key_name (None | str):
            key_prefix (None | str):
    """

    key: str
    key_id: str
    key_name: None | str
    key_prefix: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        key_id = self.key_id

        key_name: None | str
        key_name = self.key_name

        key_prefix: None | str
        key_prefix = self.key_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "key_id": key_id,
                "key_name": key_name,
                "key_prefix": key_prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        key_id = d.pop("key_id")

        key_name = d.pop("key_name")

        key_prefix = d.pop("key_prefix")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        activation_api_key_public = cls(
            key,
            key_id,
            key_name,
            key_prefix,
        )
        activation_api_key_public._wire = src_dict

        activation_api_key_public.additional_properties = d
        return activation_api_key_public

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
                "key",
                "key_id",
                "key_name",
                "key_prefix",
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
