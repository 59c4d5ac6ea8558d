from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="FileObject")


@_attrs_define
class FileObject:
    """An uploaded file's metadata.

    Attributes:
        id (str):
        bytes_ (int | None):
        created_at (int | None):
        expires_at (int | None):
        filename (None | str):
        object_ (str | None):
        purpose (None | str):
        status (None | str):
    """

    id: str
    bytes_: int | None = None
    created_at: int | None = None
    expires_at: int | None = None
    filename: None | str = None
    object_: str | None = None
    purpose: None | str = None
    status: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        wire = self._wire
        if self.bytes_ is not None:
            bytes_: int | None | Unset
            if isinstance(self.bytes_, Unset):
                bytes_ = UNSET
            else:
                bytes_ = self.bytes_
            field_dict["bytes"] = bytes_
        elif wire is not None and "bytes" in wire:
            field_dict["bytes"] = None
        if self.created_at is not None:
            created_at: int | None | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            else:
                created_at = self.created_at
            field_dict["created_at"] = created_at
        elif wire is not None and "created_at" in wire:
            field_dict["created_at"] = None
        if self.expires_at is not None:
            expires_at: int | None | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = self.expires_at
            field_dict["expires_at"] = expires_at
        elif wire is not None and "expires_at" in wire:
            field_dict["expires_at"] = None
        if self.filename is not None:
            filename: None | str | Unset
            if isinstance(self.filename, Unset):
                filename = UNSET
            else:
                filename = self.filename
            field_dict["filename"] = filename
        elif wire is not None and "filename" in wire:
            field_dict["filename"] = None
        if self.object_ is not None:
            object_ = self.object_
            field_dict["object"] = object_
        elif wire is not None and "object" in wire:
            field_dict["object"] = None
        if self.purpose is not None:
            purpose: None | str | Unset
            if isinstance(self.purpose, Unset):
                purpose = UNSET
            else:
                purpose = self.purpose
            field_dict["purpose"] = purpose
        elif wire is not None and "purpose" in wire:
            field_dict["purpose"] = None
        if self.status is not None:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            else:
                status = self.status
            field_dict["status"] = status
        elif wire is not None and "status" in wire:
            field_dict["status"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        bytes_ = d.pop("bytes", None)

        created_at = d.pop("created_at", None)

        expires_at = d.pop("expires_at", None)

        filename = d.pop("filename", None)

        object_ = d.pop("object", None)

        purpose = d.pop("purpose", None)

        status = d.pop("status", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        file_object = cls(
            id,
            bytes_,
            created_at,
            expires_at,
            filename,
            object_,
            purpose,
            status,
        )
        file_object._wire = src_dict

        file_object.additional_properties = d
        return file_object

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
                "id",
                "bytes_",
                "created_at",
                "expires_at",
                "filename",
                "object_",
                "purpose",
                "status",
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
