from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SetPasswordRequest")


@_attrs_define
class SetPasswordRequest:
    """Set or change the signed-in identity's password.

    The example is the first-boot claim, because that is the call an operator
    makes first and the one whose required fields are not obvious from the
    schema: ``email`` is optional here in general and *required* when the
    identity has no address yet. Without it the generated Postman body carries
    only ``new_password``, which is the one shape that cannot complete the flow
    the docs walk through.

        Example:
            {'email': 'operator@example.com', 'new_password': 'a-real-password'}

        Attributes:
            new_password (str): The password to sign in with from now on. At least 8 characters, and at most 72 bytes, which
                is bcrypt's ceiling.
            current_password (None | str | Unset): The password being replaced. Required when the identity already has one
                and the request is authenticated by the session cookie; ignored when the master key is sent in a header, which
                needs no proof of the old password (it still needs `email` when the identity has no sign-in address yet).
            email (None | str | Unset): The address to sign in with. Required when the identity has none, which is the state
                first boot leaves the operator in, including when the master key is what authenticates the call. Resubmitting
                the address the identity already holds is accepted and ignored; only a *different* address is refused, because
                changing one is not supported yet.
    """

    new_password: str
    current_password: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_password = self.new_password

        current_password: None | str | Unset
        if isinstance(self.current_password, Unset):
            current_password = UNSET
        else:
            current_password = self.current_password

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_password": new_password,
            }
        )
        if current_password is not UNSET:
            field_dict["current_password"] = current_password
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_password = d.pop("new_password")

        current_password = d.pop("current_password", UNSET)

        email = d.pop("email", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        set_password_request = cls(
            new_password,
            current_password,
            email,
        )

        set_password_request.additional_properties = d
        return set_password_request

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
                "new_password",
                "current_password",
                "email",
            ),
        )
