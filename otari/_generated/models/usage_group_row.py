from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UsageGroupRow")


@_attrs_define
class UsageGroupRow:
    """One breakdown row (a model, a user, an API key, a session, ...).

    ``key`` is None both for the synthesized fold row (``is_other=True``) and for a
    real group whose column was NULL (e.g. usage from a since-deleted user, with
    ``is_other=False``). ``is_other`` disambiguates the two so the UI does not
    mislabel deleted-user usage as the fold.

        Attributes:
            cost (float):
            key (None | str):
            requests (int):
            tokens (int):
            is_other (bool):
            label (None | str):
    """

    cost: float
    key: None | str
    requests: int
    tokens: int
    is_other: bool = False
    label: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        key: None | str
        key = self.key

        requests = self.requests

        tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "key": key,
                "requests": requests,
                "tokens": tokens,
            }
        )
        wire = self._wire
        if wire is None or "is_other" in wire or self.is_other != False:
            is_other = self.is_other
            field_dict["is_other"] = is_other
        if self.label is not None:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label
            field_dict["label"] = label
        elif wire is not None and "label" in wire:
            field_dict["label"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        key = d.pop("key")

        requests = d.pop("requests")

        tokens = d.pop("tokens")

        is_other = d.pop("is_other", False)

        label = d.pop("label", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_group_row = cls(
            cost,
            key,
            requests,
            tokens,
            is_other,
            label,
        )
        usage_group_row._wire = src_dict

        usage_group_row.additional_properties = d
        return usage_group_row

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
                "cost",
                "key",
                "requests",
                "tokens",
                "is_other",
                "label",
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
