from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.image import Image


T = TypeVar("T", bound="ImagesResponse")


@_attrs_define
class ImagesResponse:
    """Image generation response (OpenAI wire format).

    Attributes:
        created (int | None):
        data (list[Image] | None):
    """

    created: int | None = None
    data: list[Image] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.created is not None:
            created = self.created
            field_dict["created"] = created
        elif wire is not None and "created" in wire:
            field_dict["created"] = None
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        created = d.pop("created", None)

        data = d.pop("data", None)
        if data is not None and not isinstance(data, Unset):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = Image.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        images_response = cls(
            created,
            data,
        )
        images_response._wire = src_dict

        images_response.additional_properties = d
        return images_response

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
                "created",
                "data",
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
    """Import the model classes ImagesResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, Image  # noqa: PLW0603
    from ..models.image import Image  # noqa: PLC0415

    _imported = True
