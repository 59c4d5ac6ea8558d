from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.tool_meter import ToolMeter


T = TypeVar("T", bound="BillingMetersTools")


@_attrs_define
class BillingMetersTools:
    additional_properties: dict[str, ToolMeter] = _attrs_field(init=False, factory=dict)

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
        billing_meters_tools = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ToolMeter.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        billing_meters_tools.additional_properties = additional_properties
        return billing_meters_tools

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ToolMeter:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ToolMeter) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return compact_repr(self, ())


_imported = False


def _import_lazy() -> None:
    """Import the model classes BillingMetersTools refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ToolMeter  # noqa: PLW0603
    from ..models.tool_meter import ToolMeter  # noqa: PLC0415

    _imported = True
