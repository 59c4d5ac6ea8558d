from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.batch import Batch


T = TypeVar("T", bound="BatchList")


@_attrs_define
class BatchList:
    """A page of batches. The gateway sends only `data`; the OpenAI paging fields are read when present.

    Attributes:
        data (list[Batch]):
        first_id (None | str):
        has_more (bool | None):
        last_id (None | str):
        object_ (str | None):
    """

    data: list[Batch]
    first_id: None | str = None
    has_more: bool | None = None
    last_id: None | str = None
    object_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        wire = self._wire
        if self.first_id is not None:
            first_id: None | str | Unset
            if isinstance(self.first_id, Unset):
                first_id = UNSET
            else:
                first_id = self.first_id
            field_dict["first_id"] = first_id
        elif wire is not None and "first_id" in wire:
            field_dict["first_id"] = None
        if self.has_more is not None:
            has_more = self.has_more
            field_dict["has_more"] = has_more
        elif wire is not None and "has_more" in wire:
            field_dict["has_more"] = None
        if self.last_id is not None:
            last_id: None | str | Unset
            if isinstance(self.last_id, Unset):
                last_id = UNSET
            else:
                last_id = self.last_id
            field_dict["last_id"] = last_id
        elif wire is not None and "last_id" in wire:
            field_dict["last_id"] = None
        if self.object_ is not None:
            object_ = self.object_
            field_dict["object"] = object_
        elif wire is not None and "object" in wire:
            field_dict["object"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Batch.from_dict(data_item_data)

            data.append(data_item)

        first_id = d.pop("first_id", None)

        has_more = d.pop("has_more", None)

        last_id = d.pop("last_id", None)

        object_ = d.pop("object", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        batch_list = cls(
            data,
            first_id,
            has_more,
            last_id,
            object_,
        )
        batch_list._wire = src_dict

        batch_list.additional_properties = d
        return batch_list

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
                "data",
                "first_id",
                "has_more",
                "last_id",
                "object_",
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
    """Import the model classes BatchList refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, Batch  # noqa: PLW0603
    from ..models.batch import Batch  # noqa: PLC0415

    _imported = True
