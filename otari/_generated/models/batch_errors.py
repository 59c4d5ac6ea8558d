from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.batch_error import BatchError


T = TypeVar("T", bound="BatchErrors")


@_attrs_define
class BatchErrors:
    """Validation errors of a batch's input.

    Attributes:
        data (list[BatchError] | None):
        object_ (str | None):
    """

    data: list[BatchError] | None = None
    object_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.data is not None:
            data: list[dict[str, Any]] | None | Unset
            if isinstance(self.data, Unset):
                data = UNSET
            elif isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item = data_type_0_item_data.to_dict()
                    data.append(data_type_0_item)

            else:
                data = self.data
            field_dict["data"] = data
        elif wire is not None and "data" in wire:
            field_dict["data"] = None
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
        data = d.pop("data", None)
        if data is not None and not isinstance(data, Unset):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = BatchError.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        object_ = d.pop("object", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        batch_errors = cls(
            data,
            object_,
        )
        batch_errors._wire = src_dict

        batch_errors.additional_properties = d
        return batch_errors

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
    """Import the model classes BatchErrors refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, BatchError  # noqa: PLW0603
    from ..models.batch_error import BatchError  # noqa: PLC0415

    _imported = True
