from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.key_info_metadata import KeyInfoMetadata


T = TypeVar("T", bound="KeyInfo")


@_attrs_define
class KeyInfo:
    """Response model for key information.

    Attributes:
        allowed_models (list[str] | None):
        capture_agent_telemetry (bool | None):
        created_at (str):
        exclude_from_budget (bool):
        expires_at (None | str):
        id (str):
        is_active (bool):
        key_name (None | str):
        key_prefix (None | str):
        last_used_at (None | str):
        metadata (KeyInfoMetadata):
        reject_user_mismatch (bool | None):
        user_id (None | str):
        workspace_id (UUID):
    """

    allowed_models: list[str] | None
    capture_agent_telemetry: bool | None
    created_at: str
    exclude_from_budget: bool
    expires_at: None | str
    id: str
    is_active: bool
    key_name: None | str
    key_prefix: None | str
    last_used_at: None | str
    metadata: KeyInfoMetadata
    reject_user_mismatch: bool | None
    user_id: None | str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        allowed_models: list[str] | None
        if isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        capture_agent_telemetry: bool | None
        capture_agent_telemetry = self.capture_agent_telemetry

        created_at = self.created_at

        exclude_from_budget = self.exclude_from_budget

        expires_at: None | str
        expires_at = self.expires_at

        id = self.id

        is_active = self.is_active

        key_name: None | str
        key_name = self.key_name

        key_prefix: None | str
        key_prefix = self.key_prefix

        last_used_at: None | str
        last_used_at = self.last_used_at

        metadata = self.metadata.to_dict()

        reject_user_mismatch: bool | None
        reject_user_mismatch = self.reject_user_mismatch

        user_id: None | str
        user_id = self.user_id

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_models": allowed_models,
                "capture_agent_telemetry": capture_agent_telemetry,
                "created_at": created_at,
                "exclude_from_budget": exclude_from_budget,
                "expires_at": expires_at,
                "id": id,
                "is_active": is_active,
                "key_name": key_name,
                "key_prefix": key_prefix,
                "last_used_at": last_used_at,
                "metadata": metadata,
                "reject_user_mismatch": reject_user_mismatch,
                "user_id": user_id,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        allowed_models = d.pop("allowed_models")
        if allowed_models is not None:
            try:
                if not isinstance(allowed_models, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], allowed_models)

                allowed_models = allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        capture_agent_telemetry = d.pop("capture_agent_telemetry")

        created_at = d.pop("created_at")

        exclude_from_budget = d.pop("exclude_from_budget")

        expires_at = d.pop("expires_at")

        id = d.pop("id")

        is_active = d.pop("is_active")

        key_name = d.pop("key_name")

        key_prefix = d.pop("key_prefix")

        last_used_at = d.pop("last_used_at")

        metadata = KeyInfoMetadata.from_dict(d.pop("metadata"))

        reject_user_mismatch = d.pop("reject_user_mismatch")

        user_id = d.pop("user_id")

        workspace_id = UUID(d.pop("workspace_id"))

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        key_info = cls(
            allowed_models,
            capture_agent_telemetry,
            created_at,
            exclude_from_budget,
            expires_at,
            id,
            is_active,
            key_name,
            key_prefix,
            last_used_at,
            metadata,
            reject_user_mismatch,
            user_id,
            workspace_id,
        )
        key_info._wire = src_dict

        key_info.additional_properties = d
        return key_info

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
                "created_at",
                "exclude_from_budget",
                "expires_at",
                "id",
                "is_active",
                "key_name",
                "key_prefix",
                "last_used_at",
                "metadata",
                "reject_user_mismatch",
                "user_id",
                "workspace_id",
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
    """Import the model classes KeyInfo refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, KeyInfoMetadata  # noqa: PLW0603
    from ..models.key_info_metadata import KeyInfoMetadata  # noqa: PLC0415

    _imported = True
