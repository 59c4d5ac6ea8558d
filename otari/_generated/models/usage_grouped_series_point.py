from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UsageGroupedSeriesPoint")


@_attrs_define
class UsageGroupedSeriesPoint:
    """One (time bucket, group) cell of a grouped series.

    ``key``/``is_other`` follow the ``UsageGroupRow`` convention: ``key=None``
    with ``is_other=True`` is the fold of groups outside the top N, ``key=None``
    with ``is_other=False`` is a real NULL group (e.g. a deleted user).
    ``tokens`` is the *billed* total (input including cache, plus output), the
    same quantity the ungrouped series' composition fields sum to.

        Attributes:
            bucket_start (str):
            cost (float):
            key (None | str):
            requests (int):
            tokens (int):
            is_other (bool):
    """

    bucket_start: str
    cost: float
    key: None | str
    requests: int
    tokens: int
    is_other: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        cost = self.cost

        key: None | str
        key = self.key

        requests = self.requests

        tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        cost = d.pop("cost")

        key = d.pop("key")

        requests = d.pop("requests")

        tokens = d.pop("tokens")

        is_other = d.pop("is_other", False)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_grouped_series_point = cls(
            bucket_start,
            cost,
            key,
            requests,
            tokens,
            is_other,
        )
        usage_grouped_series_point._wire = src_dict

        usage_grouped_series_point.additional_properties = d
        return usage_grouped_series_point

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
                "bucket_start",
                "cost",
                "key",
                "requests",
                "tokens",
                "is_other",
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
