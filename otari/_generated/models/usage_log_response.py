from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UsageLogResponse")


@_attrs_define
class UsageLogResponse:
    """Response model for usage log.

    Attributes:
        api_key_id (None | str):
        completion_tokens (int | None):
        cost (float | None):
        endpoint (str):
        error_message (None | str):
        id (str):
        latency_ms (int | None):
        model (str):
        prompt_tokens (int | None):
        provider (None | str):
        status (str):
        timestamp (str):
        total_tokens (int | None):
        user_id (None | str):
    """

    api_key_id: None | str
    completion_tokens: int | None
    cost: float | None
    endpoint: str
    error_message: None | str
    id: str
    latency_ms: int | None
    model: str
    prompt_tokens: int | None
    provider: None | str
    status: str
    timestamp: str
    total_tokens: int | None
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        api_key_id: None | str
        api_key_id = self.api_key_id

        completion_tokens: int | None
        completion_tokens = self.completion_tokens

        cost: float | None
        cost = self.cost

        endpoint = self.endpoint

        error_message: None | str
        error_message = self.error_message

        id = self.id

        latency_ms: int | None
        latency_ms = self.latency_ms

        model = self.model

        prompt_tokens: int | None
        prompt_tokens = self.prompt_tokens

        provider: None | str
        provider = self.provider

        status = self.status

        timestamp = self.timestamp

        total_tokens: int | None
        total_tokens = self.total_tokens

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "completion_tokens": completion_tokens,
                "cost": cost,
                "endpoint": endpoint,
                "error_message": error_message,
                "id": id,
                "latency_ms": latency_ms,
                "model": model,
                "prompt_tokens": prompt_tokens,
                "provider": provider,
                "status": status,
                "timestamp": timestamp,
                "total_tokens": total_tokens,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id")

        completion_tokens = d.pop("completion_tokens")

        cost = d.pop("cost")

        endpoint = d.pop("endpoint")

        error_message = d.pop("error_message")

        id = d.pop("id")

        latency_ms = d.pop("latency_ms")

        model = d.pop("model")

        prompt_tokens = d.pop("prompt_tokens")

        provider = d.pop("provider")

        status = d.pop("status")

        timestamp = d.pop("timestamp")

        total_tokens = d.pop("total_tokens")

        user_id = d.pop("user_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_log_response = cls(
            api_key_id,
            completion_tokens,
            cost,
            endpoint,
            error_message,
            id,
            latency_ms,
            model,
            prompt_tokens,
            provider,
            status,
            timestamp,
            total_tokens,
            user_id,
        )
        usage_log_response._wire = src_dict

        usage_log_response.additional_properties = d
        return usage_log_response

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
                "api_key_id",
                "completion_tokens",
                "cost",
                "endpoint",
                "error_message",
                "id",
                "latency_ms",
                "model",
                "prompt_tokens",
                "provider",
                "status",
                "timestamp",
                "total_tokens",
                "user_id",
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
