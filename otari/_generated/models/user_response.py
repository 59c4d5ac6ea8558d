from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.user_response_metadata import UserResponseMetadata


T = TypeVar("T", bound="UserResponse")


@_attrs_define
class UserResponse:
    """Response model for user information.

    Attributes:
        alias (None | str):
        allowed_models (list[str] | None):
        blocked (bool):
        budget_id (None | str):
        budget_started_at (None | str):
        created_at (str):
        metadata (UserResponseMetadata):
        next_budget_reset_at (None | str):
        reserved (float):
        spend (float):
        updated_at (str):
        user_id (str):
    """

    alias: None | str
    allowed_models: list[str] | None
    blocked: bool
    budget_id: None | str
    budget_started_at: None | str
    created_at: str
    metadata: UserResponseMetadata
    next_budget_reset_at: None | str
    reserved: float
    spend: float
    updated_at: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        alias: None | str
        alias = self.alias

        allowed_models: list[str] | None
        if isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        blocked = self.blocked

        budget_id: None | str
        budget_id = self.budget_id

        budget_started_at: None | str
        budget_started_at = self.budget_started_at

        created_at = self.created_at

        metadata = self.metadata.to_dict()

        next_budget_reset_at: None | str
        next_budget_reset_at = self.next_budget_reset_at

        reserved = self.reserved

        spend = self.spend

        updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "allowed_models": allowed_models,
                "blocked": blocked,
                "budget_id": budget_id,
                "budget_started_at": budget_started_at,
                "created_at": created_at,
                "metadata": metadata,
                "next_budget_reset_at": next_budget_reset_at,
                "reserved": reserved,
                "spend": spend,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        alias = d.pop("alias")

        allowed_models = d.pop("allowed_models")
        if allowed_models is not None:
            try:
                if not isinstance(allowed_models, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], allowed_models)

                allowed_models = allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        blocked = d.pop("blocked")

        budget_id = d.pop("budget_id")

        budget_started_at = d.pop("budget_started_at")

        created_at = d.pop("created_at")

        metadata = UserResponseMetadata.from_dict(d.pop("metadata"))

        next_budget_reset_at = d.pop("next_budget_reset_at")

        reserved = d.pop("reserved")

        spend = d.pop("spend")

        updated_at = d.pop("updated_at")

        user_id = d.pop("user_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        user_response = cls(
            alias,
            allowed_models,
            blocked,
            budget_id,
            budget_started_at,
            created_at,
            metadata,
            next_budget_reset_at,
            reserved,
            spend,
            updated_at,
            user_id,
        )
        user_response._wire = src_dict

        user_response.additional_properties = d
        return user_response

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
                "budget_started_at",
                "created_at",
                "metadata",
                "next_budget_reset_at",
                "reserved",
                "spend",
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes UserResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, UserResponseMetadata  # noqa: PLW0603
    from ..models.user_response_metadata import UserResponseMetadata  # noqa: PLC0415

    _imported = True
