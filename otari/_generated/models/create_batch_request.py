from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.batch_request_item import BatchRequestItem
    from ..models.create_batch_request_metadata_type_0 import (
        CreateBatchRequestMetadataType0,
    )


T = TypeVar("T", bound="CreateBatchRequest")


@_attrs_define
class CreateBatchRequest:
    """
    Attributes:
        model (str):
        requests (list[BatchRequestItem]):
        completion_window (str | Unset):  Default: '24h'.
        metadata (CreateBatchRequestMetadataType0 | None | Unset):
        user (None | str | Unset):
    """

    model: str
    requests: list[BatchRequestItem]
    completion_window: str | Unset = "24h"
    metadata: CreateBatchRequestMetadataType0 | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        model = self.model

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        completion_window = self.completion_window

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateBatchRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "requests": requests,
            }
        )
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        model = d.pop("model")

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = BatchRequestItem.from_dict(requests_item_data)

            requests.append(requests_item)

        completion_window = d.pop("completion_window", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = CreateBatchRequestMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_batch_request = cls(
            model,
            requests,
            completion_window,
            metadata,
            user,
        )

        create_batch_request.additional_properties = d
        return create_batch_request

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
                "model",
                "requests",
                "completion_window",
                "metadata",
                "user",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes CreateBatchRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, BatchRequestItem, CreateBatchRequestMetadataType0  # noqa: PLW0603
    from ..models.batch_request_item import BatchRequestItem  # noqa: PLC0415
    from ..models.create_batch_request_metadata_type_0 import (
        CreateBatchRequestMetadataType0,  # noqa: PLC0415
    )

    _imported = True
