from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.model_metadata import ModelMetadata


T = TypeVar("T", bound="ModelMetadataResponseModels")


@_attrs_define
class ModelMetadataResponseModels:
    additional_properties: dict[str, ModelMetadata] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        model_metadata_response_models = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ModelMetadata.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        model_metadata_response_models.additional_properties = additional_properties
        return model_metadata_response_models

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ModelMetadata:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ModelMetadata) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return compact_repr(self, ())


_imported = False


def _import_lazy() -> None:
    """Import the model classes ModelMetadataResponseModels refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ModelMetadata  # noqa: PLW0603
    from ..models.model_metadata import ModelMetadata  # noqa: PLC0415

    _imported = True
