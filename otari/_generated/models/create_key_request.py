from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.create_key_request_metadata import CreateKeyRequestMetadata


T = TypeVar("T", bound="CreateKeyRequest")


@_attrs_define
class CreateKeyRequest:
    """Request model for creating a new API key.

    Attributes:
        allowed_models (list[str] | None | Unset): Model allow-list: null = any model, [] = deny all, or canonical
            instance:model entries (with instance:* / instance:prefix* wildcards).
        capture_agent_telemetry (bool | None | Unset): Per-key override of the deployment-wide capture_agent_telemetry
            setting: null (default) inherits it, true always stores this key's coding-agent telemetry, false always discards
            it. Covers both behavioral events (tool_result, tool_decision, user_prompt, api_error) from POST /v1/logs and
            outcome-metric data points (lines of code, commits, pull requests, active time) from POST /v1/metrics. Usage
            capture and billing are unaffected either way.
        exclude_from_budget (bool | Unset): When true, requests on this key are logged with cost but never reserved,
            reconciled into the user's spend, or gated by budget. Default: False.
        expires_at (datetime.datetime | None | Unset): Optional expiration timestamp
        key_name (None | str | Unset): Optional name for the key
        metadata (CreateKeyRequestMetadata | Unset): Optional metadata
        reject_user_mismatch (bool | None | Unset): Per-key override of the deployment-wide reject_user_mismatch
            setting: null (default) inherits it, true always rejects a request naming a different 'user', false always
            accepts it. Spend binds to this key's own user either way.
        user_id (None | str | Unset): Optional user ID to associate with this key
        workspace_id (None | Unset | UUID): Workspace this key belongs to. Omitted means the deployment's default
            workspace. A key belongs to exactly one workspace: requests on it are scoped and billed there, so the workspace
            is read off the key rather than off a request header.
    """

    allowed_models: list[str] | None | Unset = UNSET
    capture_agent_telemetry: bool | None | Unset = UNSET
    exclude_from_budget: bool | Unset = False
    expires_at: datetime.datetime | None | Unset = UNSET
    key_name: None | str | Unset = UNSET
    metadata: CreateKeyRequestMetadata | Unset = UNSET
    reject_user_mismatch: bool | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    workspace_id: None | Unset | UUID = UNSET
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

        exclude_from_budget = self.exclude_from_budget

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        reject_user_mismatch: bool | None | Unset
        if isinstance(self.reject_user_mismatch, Unset):
            reject_user_mismatch = UNSET
        else:
            reject_user_mismatch = self.reject_user_mismatch

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        elif isinstance(self.workspace_id, UUID):
            workspace_id = str(self.workspace_id)
        else:
            workspace_id = self.workspace_id

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
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reject_user_mismatch is not UNSET:
            field_dict["reject_user_mismatch"] = reject_user_mismatch
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

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

        key_name = d.pop("key_name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateKeyRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateKeyRequestMetadata.from_dict(_metadata)

        reject_user_mismatch = d.pop("reject_user_mismatch", UNSET)

        user_id = d.pop("user_id", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)
        if workspace_id is not None and not isinstance(workspace_id, Unset):
            try:
                if not isinstance(workspace_id, str):
                    raise TypeError()
                workspace_id_type_0 = UUID(workspace_id)

                workspace_id = workspace_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_key_request = cls(
            allowed_models,
            capture_agent_telemetry,
            exclude_from_budget,
            expires_at,
            key_name,
            metadata,
            reject_user_mismatch,
            user_id,
            workspace_id,
        )

        create_key_request.additional_properties = d
        return create_key_request

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
                "key_name",
                "metadata",
                "reject_user_mismatch",
                "user_id",
                "workspace_id",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes CreateKeyRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CreateKeyRequestMetadata  # noqa: PLW0603
    from ..models.create_key_request_metadata import CreateKeyRequestMetadata  # noqa: PLC0415

    _imported = True
