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
        if not _imported:
            _import_lazy()
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
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        allowed_models = d.pop("allowed_models", UNSET)
        if allowed_models is not None and not isinstance(allowed_models, Unset):
            try:
                if not isinstance(allowed_models, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], allowed_models)

                allowed_models = allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        capture_agent_telemetry = d.pop("capture_agent_telemetry", UNSET)

        exclude_from_budget = d.pop("exclude_from_budget", UNSET)

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is not None and not isinstance(expires_at, Unset):
            try:
                if not isinstance(expires_at, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(expires_at)

                expires_at = expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        is_active = d.pop("is_active", UNSET)

        key_name = d.pop("key_name", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = UpdateKeyRequestMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reject_user_mismatch = d.pop("reject_user_mismatch", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        update_key_request = cls(
            allowed_models,
            capture_agent_telemetry,
            exclude_from_budget,
            expires_at,
            is_active,
            key_name,
            metadata,
            reject_user_mismatch,
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes UpdateKeyRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, UpdateKeyRequestMetadataType0  # noqa: PLW0603
    from ..models.update_key_request_metadata_type_0 import (
        UpdateKeyRequestMetadataType0,  # noqa: PLC0415
    )

    _imported = True
