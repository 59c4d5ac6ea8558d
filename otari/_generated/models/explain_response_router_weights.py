from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ExplainResponseRouterWeights")


@_attrs_define
class ExplainResponseRouterWeights:
    """For a weighted policy, the percentage of traffic each candidate receives, normalized over the candidates this caller
    may use. Empty for every other policy, and for a weighted policy whose whole split this caller may not use: a split
    over no candidate is not a split, and each filtered candidate is named in `dropped` instead. A weighted split needs
    no request state, so unlike a learned router's ranking it is knowable here: the plan above is the real ordering by
    share, not the decline path.

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        explain_response_router_weights = cls()

        explain_response_router_weights.additional_properties = d
        return explain_response_router_weights

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return compact_repr(self, ())
