from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.update_user_request_metadata_type_0 import (
        UpdateUserRequestMetadataType0,
    )


T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """Request model for updating a user.

    Attributes:
        alias (None | str | Unset):
        allowed_models (list[str] | None | Unset):
        blocked (bool | None | Unset):
        budget_id (None | str | Unset):
        metadata (None | Unset | UpdateUserRequestMetadataType0):
    """

    alias: None | str | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    metadata: None | Unset | UpdateUserRequestMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateUserRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        allowed_models = d.pop("allowed_models", UNSET)
        if allowed_models is not None and not isinstance(allowed_models, Unset):
            try:
                if not isinstance(allowed_models, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], allowed_models)

                allowed_models = allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        blocked = d.pop("blocked", UNSET)

        budget_id = d.pop("budget_id", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = UpdateUserRequestMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        update_user_request = cls(
            alias,
            allowed_models,
            blocked,
            budget_id,
            metadata,
        )

        update_user_request.additional_properties = d
        return update_user_request

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
                "alias",
                "allowed_models",
                "blocked",
                "budget_id",
                "metadata",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes UpdateUserRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, UpdateUserRequestMetadataType0  # noqa: PLW0603
    from ..models.update_user_request_metadata_type_0 import (
        UpdateUserRequestMetadataType0,  # noqa: PLC0415
    )

    _imported = True
