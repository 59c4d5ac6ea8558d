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
        if not _imported:
            _import_lazy()
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
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        body = BatchRequestItemBody.from_dict(d.pop("body"))

        custom_id = d.pop("custom_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        batch_request_item = cls(
            body,
            custom_id,
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes BatchRequestItem refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, BatchRequestItemBody  # noqa: PLW0603
    from ..models.batch_request_item_body import BatchRequestItemBody  # noqa: PLC0415

    _imported = True
