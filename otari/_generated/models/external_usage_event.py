from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ExternalUsageEvent")


@_attrs_define
class ExternalUsageEvent:
    """One imported usage event. Content-free: token counts and metadata only.

    ``extra="forbid"`` rejects any unexpected field (e.g. a stray ``prompt`` or
    ``completion``) with a 422 rather than silently dropping it, so no prompt or
    completion text can ever be accepted here.

        Attributes:
            model (str):
            provider (str):
            source_event_id (str):
            timestamp (datetime.datetime):
            cache_read_tokens (int | Unset):  Default: 0.
            cache_tokens_in_prompt (bool | Unset):  Default: False.
            cache_write_1h_tokens (int | Unset):  Default: 0.
            cache_write_tokens (int | Unset):  Default: 0.
            duration_ms (int | None | Unset):
            input_tokens (int | Unset):  Default: 0.
            output_tokens (int | Unset):  Default: 0.
            session_label (None | str | Unset):
            status (str | Unset):  Default: 'success'.
            user_id (None | str | Unset):
    """

    model: str
    provider: str
    source_event_id: str
    timestamp: datetime.datetime
    cache_read_tokens: int | Unset = 0
    cache_tokens_in_prompt: bool | Unset = False
    cache_write_1h_tokens: int | Unset = 0
    cache_write_tokens: int | Unset = 0
    duration_ms: int | None | Unset = UNSET
    input_tokens: int | Unset = 0
    output_tokens: int | Unset = 0
    session_label: None | str | Unset = UNSET
    status: str | Unset = "success"
    user_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        provider = self.provider

        source_event_id = self.source_event_id

        timestamp = self.timestamp.isoformat()

        cache_read_tokens = self.cache_read_tokens

        cache_tokens_in_prompt = self.cache_tokens_in_prompt

        cache_write_1h_tokens = self.cache_write_1h_tokens

        cache_write_tokens = self.cache_write_tokens

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        session_label: None | str | Unset
        if isinstance(self.session_label, Unset):
            session_label = UNSET
        else:
            session_label = self.session_label

        status = self.status

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "provider": provider,
                "source_event_id": source_event_id,
                "timestamp": timestamp,
            }
        )
        if cache_read_tokens is not UNSET:
            field_dict["cache_read_tokens"] = cache_read_tokens
        if cache_tokens_in_prompt is not UNSET:
            field_dict["cache_tokens_in_prompt"] = cache_tokens_in_prompt
        if cache_write_1h_tokens is not UNSET:
            field_dict["cache_write_1h_tokens"] = cache_write_1h_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if session_label is not UNSET:
            field_dict["session_label"] = session_label
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        provider = d.pop("provider")

        source_event_id = d.pop("source_event_id")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        cache_read_tokens = d.pop("cache_read_tokens", UNSET)

        cache_tokens_in_prompt = d.pop("cache_tokens_in_prompt", UNSET)

        cache_write_1h_tokens = d.pop("cache_write_1h_tokens", UNSET)

        cache_write_tokens = d.pop("cache_write_tokens", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        session_label = d.pop("session_label", UNSET)

        status = d.pop("status", UNSET)

        user_id = d.pop("user_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        external_usage_event = cls(
            model,
            provider,
            source_event_id,
            timestamp,
            cache_read_tokens,
            cache_tokens_in_prompt,
            cache_write_1h_tokens,
            cache_write_tokens,
            duration_ms,
            input_tokens,
            output_tokens,
            session_label,
            status,
            user_id,
        )

        return external_usage_event

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "model",
                "provider",
                "source_event_id",
                "timestamp",
                "cache_read_tokens",
                "cache_tokens_in_prompt",
                "cache_write_1h_tokens",
                "cache_write_tokens",
                "duration_ms",
                "input_tokens",
                "output_tokens",
                "session_label",
                "status",
                "user_id",
            ),
        )
