from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.create_user_request_metadata import CreateUserRequestMetadata


T = TypeVar("T", bound="CreateUserRequest")


@_attrs_define
class CreateUserRequest:
    """Request model for creating a new user.

    Attributes:
        user_id (str): Unique user identifier
        alias (None | str | Unset): Optional admin-facing alias
        allowed_models (list[str] | None | Unset): Default model access-list this user's keys inherit; null =
            unrestricted, [] = deny all
        blocked (bool | Unset): Whether user is blocked Default: False.
        budget_id (None | str | Unset): Optional budget ID
        metadata (CreateUserRequestMetadata | Unset): Optional metadata
    """

    user_id: str
    alias: None | str | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    blocked: bool | Unset = False
    budget_id: None | str | Unset = UNSET
    metadata: CreateUserRequestMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        user_id = self.user_id

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

        blocked = self.blocked

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
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
        user_id = d.pop("user_id")

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

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateUserRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateUserRequestMetadata.from_dict(_metadata)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_user_request = cls(
            user_id,
            alias,
            allowed_models,
            blocked,
            budget_id,
            metadata,
        )

        create_user_request.additional_properties = d
        return create_user_request

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
                "user_id",
                "alias",
                "allowed_models",
                "blocked",
                "budget_id",
                "metadata",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes CreateUserRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CreateUserRequestMetadata  # noqa: PLW0603
    from ..models.create_user_request_metadata import CreateUserRequestMetadata  # noqa: PLC0415

    _imported = True
