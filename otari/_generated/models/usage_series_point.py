from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UsageSeriesPoint")


@_attrs_define
class UsageSeriesPoint:
    """One time bucket. ``bucket_start`` is canonical ISO-8601 UTC (``...Z``),
    identical across SQLite and PostgreSQL for the same underlying instant.

    ``tokens`` stays the raw provider-reported total (the field predates the
    composition split and external consumers may read it). The billed
    composition fields are normalized via billing meters (see ``_billed_expr``):
    ``input_tokens`` includes both cache buckets, so a chart derives fresh input
    as ``max(0, input_tokens - cache_read_tokens - cache_write_tokens)`` and the
    billed total as ``fresh + cache_read + cache_write + output``.

        Attributes:
            bucket_start (str):
            cost (float):
            requests (int):
            tokens (int):
            cache_read_tokens (int):
            cache_write_tokens (int):
            errors (int):
            input_tokens (int):
            output_tokens (int):
    """

    bucket_start: str
    cost: float
    requests: int
    tokens: int
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    errors: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        bucket_start = self.bucket_start

        cost = self.cost

        requests = self.requests

        tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket_start": bucket_start,
                "cost": cost,
                "requests": requests,
                "tokens": tokens,
            }
        )
        wire = self._wire
        if wire is None or "cache_read_tokens" in wire or self.cache_read_tokens != 0:
            cache_read_tokens = self.cache_read_tokens
            field_dict["cache_read_tokens"] = cache_read_tokens
        if wire is None or "cache_write_tokens" in wire or self.cache_write_tokens != 0:
            cache_write_tokens = self.cache_write_tokens
            field_dict["cache_write_tokens"] = cache_write_tokens
        if wire is None or "errors" in wire or self.errors != 0:
            errors = self.errors
            field_dict["errors"] = errors
        if wire is None or "input_tokens" in wire or self.input_tokens != 0:
            input_tokens = self.input_tokens
            field_dict["input_tokens"] = input_tokens
        if wire is None or "output_tokens" in wire or self.output_tokens != 0:
            output_tokens = self.output_tokens
            field_dict["output_tokens"] = output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_start = d.pop("bucket_start")

        cost = d.pop("cost")

        requests = d.pop("requests")

        tokens = d.pop("tokens")

        cache_read_tokens = d.pop("cache_read_tokens", 0)

        cache_write_tokens = d.pop("cache_write_tokens", 0)

        errors = d.pop("errors", 0)

        input_tokens = d.pop("input_tokens", 0)

        output_tokens = d.pop("output_tokens", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_series_point = cls(
            bucket_start,
            cost,
            requests,
            tokens,
            cache_read_tokens,
            cache_write_tokens,
            errors,
            input_tokens,
            output_tokens,
        )
        usage_series_point._wire = src_dict

        usage_series_point.additional_properties = d
        return usage_series_point

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
                "requests",
                "tokens",
                "cache_read_tokens",
                "cache_write_tokens",
                "errors",
                "input_tokens",
                "output_tokens",
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
