from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SignupRequest")


@_attrs_define
class SignupRequest:
    """Claim an identity already on the roster by setting its password.

    Attributes:
        email (str): The address an admin added or invited.
        password (str): The password to sign in with once verified. At least 8 characters, at most 72 bytes.
        full_name (None | str | Unset): Filled in only if not already set.
        terms_accepted (bool | Unset): Whether the caller accepted this deployment's terms. Default: False.
    """

    email: str
    password: str
    full_name: None | str | Unset = UNSET
    terms_accepted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        terms_accepted = self.terms_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if terms_accepted is not UNSET:
            field_dict["terms_accepted"] = terms_accepted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        full_name = d.pop("full_name", UNSET)

        terms_accepted = d.pop("terms_accepted", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        signup_request = cls(
            email,
            password,
            full_name,
            terms_accepted,
        )

        signup_request.additional_properties = d
        return signup_request

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
                "email",
                "password",
                "full_name",
                "terms_accepted",
            ),
        )
