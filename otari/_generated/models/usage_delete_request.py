from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UsageDeleteRequest")


@_attrs_define
class UsageDeleteRequest:
    """Selection of imported usage rows to delete.

    Attributes:
        api_key_id (list[str] | None | str | Unset):
        by_filter (bool | Unset):  Default: False.
        end_date (datetime.datetime | None | Unset):
        endpoint (None | str | Unset):
        ids (list[str] | None | Unset):
        model (list[str] | None | str | Unset):
        priced (bool | None | Unset):
        provider (None | str | Unset):
        source (None | str | Unset):
        source_label (None | str | Unset):
        start_date (datetime.datetime | None | Unset):
        status (None | str | Unset):
        tool (None | str | Unset):
        user_id (list[str] | None | str | Unset):
        workspace_id (None | Unset | UUID):
    """

    api_key_id: list[str] | None | str | Unset = UNSET
    by_filter: bool | Unset = False
    end_date: datetime.datetime | None | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    ids: list[str] | None | Unset = UNSET
    model: list[str] | None | str | Unset = UNSET
    priced: bool | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    source_label: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    tool: None | str | Unset = UNSET
    user_id: list[str] | None | str | Unset = UNSET
    workspace_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id: list[str] | None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        elif isinstance(self.api_key_id, list):
            api_key_id = self.api_key_id

        else:
            api_key_id = self.api_key_id

        by_filter = self.by_filter

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        model: list[str] | None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, list):
            model = self.model

        else:
            model = self.model

        priced: bool | None | Unset
        if isinstance(self.priced, Unset):
            priced = UNSET
        else:
            priced = self.priced

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_label: None | str | Unset
        if isinstance(self.source_label, Unset):
            source_label = UNSET
        else:
            source_label = self.source_label

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tool: None | str | Unset
        if isinstance(self.tool, Unset):
            tool = UNSET
        else:
            tool = self.tool

        user_id: list[str] | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, list):
            user_id = self.user_id

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
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if by_filter is not UNSET:
            field_dict["by_filter"] = by_filter
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if ids is not UNSET:
            field_dict["ids"] = ids
        if model is not UNSET:
            field_dict["model"] = model
        if priced is not UNSET:
            field_dict["priced"] = priced
        if provider is not UNSET:
            field_dict["provider"] = provider
        if source is not UNSET:
            field_dict["source"] = source
        if source_label is not UNSET:
            field_dict["source_label"] = source_label
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if tool is not UNSET:
            field_dict["tool"] = tool
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id", UNSET)
        if api_key_id is not None and not isinstance(api_key_id, Unset):
            try:
                if not isinstance(api_key_id, list):
                    raise TypeError()
                api_key_id_type_1 = cast(list[str], api_key_id)

                api_key_id = api_key_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        by_filter = d.pop("by_filter", UNSET)

        end_date = d.pop("end_date", UNSET)
        if end_date is not None and not isinstance(end_date, Unset):
            try:
                if not isinstance(end_date, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(end_date)

                end_date = end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        endpoint = d.pop("endpoint", UNSET)

        ids = d.pop("ids", UNSET)
        if ids is not None and not isinstance(ids, Unset):
            try:
                if not isinstance(ids, list):
                    raise TypeError()
                ids_type_0 = cast(list[str], ids)

                ids = ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        model = d.pop("model", UNSET)
        if model is not None and not isinstance(model, Unset):
            try:
                if not isinstance(model, list):
                    raise TypeError()
                model_type_1 = cast(list[str], model)

                model = model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        priced = d.pop("priced", UNSET)

        provider = d.pop("provider", UNSET)

        source = d.pop("source", UNSET)

        source_label = d.pop("source_label", UNSET)

        start_date = d.pop("start_date", UNSET)
        if start_date is not None and not isinstance(start_date, Unset):
            try:
                if not isinstance(start_date, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(start_date)

                start_date = start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = d.pop("status", UNSET)

        tool = d.pop("tool", UNSET)

        user_id = d.pop("user_id", UNSET)
        if user_id is not None and not isinstance(user_id, Unset):
            try:
                if not isinstance(user_id, list):
                    raise TypeError()
                user_id_type_1 = cast(list[str], user_id)

                user_id = user_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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
        usage_delete_request = cls(
            api_key_id,
            by_filter,
            end_date,
            endpoint,
            ids,
            model,
            priced,
            provider,
            source,
            source_label,
            start_date,
            status,
            tool,
            user_id,
            workspace_id,
        )

        usage_delete_request.additional_properties = d
        return usage_delete_request

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
                "api_key_id",
                "by_filter",
                "end_date",
                "endpoint",
                "ids",
                "model",
                "priced",
                "provider",
                "source",
                "source_label",
                "start_date",
                "status",
                "tool",
                "user_id",
                "workspace_id",
            ),
        )
