from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.model_pricing_info import ModelPricingInfo


T = TypeVar("T", bound="ModelObject")


@_attrs_define
class ModelObject:
    """OpenAI-compatible model object.

    Attributes:
        created (int):
        id (str):
        owned_by (str):
        context_window (int | None):
        object_ (str):
        pricing (ModelPricingInfo | None):
        pricing_source (str):
    """

    created: int
    id: str
    owned_by: str
    context_window: int | None = None
    object_: str = "model"
    pricing: ModelPricingInfo | None = None
    pricing_source: str = "none"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        created = self.created

        id = self.id

        owned_by = self.owned_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "id": id,
                "owned_by": owned_by,
            }
        )
        wire = self._wire
        if self.context_window is not None:
            context_window: int | None | Unset
            if isinstance(self.context_window, Unset):
                context_window = UNSET
            else:
                context_window = self.context_window
            field_dict["context_window"] = context_window
        elif wire is not None and "context_window" in wire:
            field_dict["context_window"] = None
        if wire is None or "object" in wire or self.object_ != "model":
            object_ = self.object_
            field_dict["object"] = object_
        if self.pricing is not None:
            pricing: dict[str, Any] | None | Unset
            if isinstance(self.pricing, Unset):
                pricing = UNSET
            elif isinstance(self.pricing, ModelPricingInfo):
                pricing = self.pricing.to_dict()
            else:
                pricing = self.pricing
            field_dict["pricing"] = pricing
        elif wire is not None and "pricing" in wire:
            field_dict["pricing"] = None
        if wire is None or "pricing_source" in wire or self.pricing_source != "none":
            pricing_source = self.pricing_source
            field_dict["pricing_source"] = pricing_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        created = d.pop("created")

        id = d.pop("id")

        owned_by = d.pop("owned_by")

        context_window = d.pop("context_window", None)

        object_ = d.pop("object", "model")

        pricing = d.pop("pricing", None)
        if pricing is not None and not isinstance(pricing, Unset):
            try:
                if not isinstance(pricing, dict):
                    raise TypeError()
                pricing_type_0 = ModelPricingInfo.from_dict(pricing)

                pricing = pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        pricing_source = d.pop("pricing_source", "none")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        model_object = cls(
            created,
            id,
            owned_by,
            context_window,
            object_,
            pricing,
            pricing_source,
        )
        model_object._wire = src_dict

        model_object.additional_properties = d
        return model_object

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
                "id",
                "owned_by",
                "context_window",
                "object_",
                "pricing",
                "pricing_source",
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
    """Import the model classes ModelObject refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ModelPricingInfo  # noqa: PLW0603
    from ..models.model_pricing_info import ModelPricingInfo  # noqa: PLC0415

    _imported = True
