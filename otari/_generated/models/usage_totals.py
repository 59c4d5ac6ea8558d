from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UsageTotals")


@_attrs_define
class UsageTotals:
    """Grand totals over the filtered window.

    Attributes:
        avg_latency_ms (float | None):
        cache_read_tokens (int):
        cache_write_1h_tokens (int):
        cache_write_tokens (int):
        completion_tokens (int):
        cost (float):
        error_count (int):
        prompt_tokens (int):
        request_count (int):
        total_tokens (int):
        billed_input_tokens (int):
        billed_output_tokens (int):
        unpriced_requests (int):
    """

    avg_latency_ms: float | None
    cache_read_tokens: int
    cache_write_1h_tokens: int
    cache_write_tokens: int
    completion_tokens: int
    cost: float
    error_count: int
    prompt_tokens: int
    request_count: int
    total_tokens: int
    billed_input_tokens: int = 0
    billed_output_tokens: int = 0
    unpriced_requests: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        avg_latency_ms: float | None
        avg_latency_ms = self.avg_latency_ms

        cache_read_tokens = self.cache_read_tokens

        cache_write_1h_tokens = self.cache_write_1h_tokens

        cache_write_tokens = self.cache_write_tokens

        completion_tokens = self.completion_tokens

        cost = self.cost

        error_count = self.error_count

        prompt_tokens = self.prompt_tokens

        request_count = self.request_count

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg_latency_ms": avg_latency_ms,
                "cache_read_tokens": cache_read_tokens,
                "cache_write_1h_tokens": cache_write_1h_tokens,
                "cache_write_tokens": cache_write_tokens,
                "completion_tokens": completion_tokens,
                "cost": cost,
                "error_count": error_count,
                "prompt_tokens": prompt_tokens,
                "request_count": request_count,
                "total_tokens": total_tokens,
            }
        )
        wire = self._wire
        if wire is None or "billed_input_tokens" in wire or self.billed_input_tokens != 0:
            billed_input_tokens = self.billed_input_tokens
            field_dict["billed_input_tokens"] = billed_input_tokens
        if wire is None or "billed_output_tokens" in wire or self.billed_output_tokens != 0:
            billed_output_tokens = self.billed_output_tokens
            field_dict["billed_output_tokens"] = billed_output_tokens
        if wire is None or "unpriced_requests" in wire or self.unpriced_requests != 0:
            unpriced_requests = self.unpriced_requests
            field_dict["unpriced_requests"] = unpriced_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg_latency_ms = d.pop("avg_latency_ms")

        cache_read_tokens = d.pop("cache_read_tokens")

        cache_write_1h_tokens = d.pop("cache_write_1h_tokens")

        cache_write_tokens = d.pop("cache_write_tokens")

        completion_tokens = d.pop("completion_tokens")

        cost = d.pop("cost")

        error_count = d.pop("error_count")

        prompt_tokens = d.pop("prompt_tokens")

        request_count = d.pop("request_count")

        total_tokens = d.pop("total_tokens")

        billed_input_tokens = d.pop("billed_input_tokens", 0)

        billed_output_tokens = d.pop("billed_output_tokens", 0)

        unpriced_requests = d.pop("unpriced_requests", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_totals = cls(
            avg_latency_ms,
            cache_read_tokens,
            cache_write_1h_tokens,
            cache_write_tokens,
            completion_tokens,
            cost,
            error_count,
            prompt_tokens,
            request_count,
            total_tokens,
            billed_input_tokens,
            billed_output_tokens,
            unpriced_requests,
        )
        usage_totals._wire = src_dict

        usage_totals.additional_properties = d
        return usage_totals

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
                "avg_latency_ms",
                "cache_read_tokens",
                "cache_write_1h_tokens",
                "cache_write_tokens",
                "completion_tokens",
                "cost",
                "error_count",
                "prompt_tokens",
                "request_count",
                "total_tokens",
                "billed_input_tokens",
                "billed_output_tokens",
                "unpriced_requests",
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
