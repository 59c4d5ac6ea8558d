from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.batch_request_item_body import BatchRequestItemBody


T = TypeVar("T", bound="BatchRequestItem")


@_attrs_define
class BatchRequestItem:
    """
    Attributes:
        body (BatchRequestItemBody):
        custom_id (str):
    """

    body: BatchRequestItemBody
    custom_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_request_item_body import BatchRequestItemBody  # noqa: PLC0415

        body = self.body.to_dict()

        custom_id = self.custom_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "custom_id": custom_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_request_item_body import BatchRequestItemBody  # noqa: PLC0415

        d = dict(src_dict)
        body = BatchRequestItemBody.from_dict(d.pop("body"))

        custom_id = d.pop("custom_id")

        batch_request_item = cls(
            body=body,
            custom_id=custom_id,
        )

        batch_request_item.additional_properties = d
        return batch_request_item

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
                "body",
                "custom_id",
            ),
        )
