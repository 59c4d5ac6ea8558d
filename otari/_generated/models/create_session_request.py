from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateSessionRequest")


@_attrs_define
class CreateSessionRequest:
    """Sign in to the dashboard with exactly one credential.

    A flat body with an optional field per credential, rather than a tagged
    union: it is one extra key on the wire, it generates a client type a
    hand-written form can fill in, and the validator below makes the two forms
    exclusive anyway.

    The example carries one credential, because a generated example is a body
    somebody will post: the schema alone would produce every field at once,
    which is the one shape the validator below refuses.

        Example:
            {'email': 'operator@example.com', 'password': 'a-real-password'}

        Attributes:
            email (None | str | Unset): The identity's sign-in address.
            master_key (None | str | Unset): The gateway master key; verified once and never stored by the browser. Accepted
                only while no identity on this deployment has a password (see GET /v1/bootstrap).
            password (None | str | Unset): The identity's password.
    """

    email: None | str | Unset = UNSET
    master_key: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        master_key: None | str | Unset
        if isinstance(self.master_key, Unset):
            master_key = UNSET
        else:
            master_key = self.master_key

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if master_key is not UNSET:
            field_dict["master_key"] = master_key
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        master_key = d.pop("master_key", UNSET)

        password = d.pop("password", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_session_request = cls(
            email,
            master_key,
            password,
        )

        create_session_request.additional_properties = d
        return create_session_request

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
                "master_key",
                "password",
            ),
        )
