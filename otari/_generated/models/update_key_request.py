from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.update_key_request_metadata_type_0 import UpdateKeyRequestMetadataType0


T = TypeVar("T", bound="UpdateKeyRequest")


@_attrs_define
class UpdateKeyRequest:
    """Request model for updating a key.

    Attributes:
        allowed_models (list[str] | None | Unset):
        capture_agent_telemetry (bool | None | Unset):
        exclude_from_budget (bool | None | Unset):
        expires_at (datetime.datetime | None | Unset):
        is_active (bool | None | Unset):
        key_name (None | str | Unset):
        metadata (None | Unset | UpdateKeyRequestMetadataType0):
        reject_user_mismatch (bool | None | Unset):
    """

    allowed_models: list[str] | None | Unset = UNSET
    capture_agent_telemetry: bool | None | Unset = UNSET
    exclude_from_budget: bool | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    key_name: None | str | Unset = UNSET
    metadata: None | Unset | UpdateKeyRequestMetadataType0 = UNSET
    reject_user_mismatch: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_key_request_metadata_type_0 import (
            UpdateKeyRequestMetadataType0,  # noqa: PLC0415
        )

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        capture_agent_telemetry: bool | None | Unset
        if isinstance(self.capture_agent_telemetry, Unset):
            capture_agent_telemetry = UNSET
        else:
            capture_agent_telemetry = self.capture_agent_telemetry

        exclude_from_budget: bool | None | Unset
        if isinstance(self.exclude_from_budget, Unset):
            exclude_from_budget = UNSET
        else:
            exclude_from_budget = self.exclude_from_budget

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateKeyRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        reject_user_mismatch: bool | None | Unset
        if isinstance(self.reject_user_mismatch, Unset):
            reject_user_mismatch = UNSET
        else:
            reject_user_mismatch = self.reject_user_mismatch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if capture_agent_telemetry is not UNSET:
            field_dict["capture_agent_telemetry"] = capture_agent_telemetry
        if exclude_from_budget is not UNSET:
            field_dict["exclude_from_budget"] = exclude_from_budget
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reject_user_mismatch is not UNSET:
            field_dict["reject_user_mismatch"] = reject_user_mismatch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_key_request_metadata_type_0 import (
            UpdateKeyRequestMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_allowed_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models", UNSET))

        def _parse_capture_agent_telemetry(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        capture_agent_telemetry = _parse_capture_agent_telemetry(d.pop("capture_agent_telemetry", UNSET))

        def _parse_exclude_from_budget(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude_from_budget = _parse_exclude_from_budget(d.pop("exclude_from_budget", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_name = _parse_key_name(d.pop("key_name", UNSET))

        def _parse_metadata(data: object) -> None | Unset | UpdateKeyRequestMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateKeyRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_reject_user_mismatch(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reject_user_mismatch = _parse_reject_user_mismatch(d.pop("reject_user_mismatch", UNSET))

        update_key_request = cls(
            allowed_models=allowed_models,
            capture_agent_telemetry=capture_agent_telemetry,
            exclude_from_budget=exclude_from_budget,
            expires_at=expires_at,
            is_active=is_active,
            key_name=key_name,
            metadata=metadata,
            reject_user_mismatch=reject_user_mismatch,
        )

        update_key_request.additional_properties = d
        return update_key_request

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
                "allowed_models",
                "capture_agent_telemetry",
                "exclude_from_budget",
                "expires_at",
                "is_active",
                "key_name",
                "metadata",
                "reject_user_mismatch",
            ),
        )
