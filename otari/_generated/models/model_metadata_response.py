from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_metadata_response_models import ModelMetadataResponseModels


T = TypeVar("T", bound="ModelMetadataResponse")


@_attrs_define
class ModelMetadataResponse:
    """models.dev metadata keyed by ``provider:model``.

    Attributes:
        available (bool): False when metadata could not be loaded (enrichment disabled or models.dev unreachable).
        models (ModelMetadataResponseModels | Unset):
        source (str | Unset):  Default: 'models.dev'.
    """

    available: bool
    models: ModelMetadataResponseModels | Unset = UNSET
    source: str | Unset = "models.dev"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_metadata_response_models import ModelMetadataResponseModels  # noqa: PLC0415

        available = self.available

        models: dict[str, Any] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models.to_dict()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
            }
        )
        if models is not UNSET:
            field_dict["models"] = models
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_metadata_response_models import ModelMetadataResponseModels  # noqa: PLC0415

        d = dict(src_dict)
        available = d.pop("available")

        _models = d.pop("models", UNSET)
        models: ModelMetadataResponseModels | Unset
        if isinstance(_models, Unset):
            models = UNSET
        else:
            models = ModelMetadataResponseModels.from_dict(_models)

        source = d.pop("source", UNSET)

        model_metadata_response = cls(
            available=available,
            models=models,
            source=source,
        )

        model_metadata_response.additional_properties = d
        return model_metadata_response

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
