from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="PromptTokensDetails")


@_attrs_define
class PromptTokensDetails:
    """Breakdown of prompt tokens.

    Attributes:
        audio_tokens (int | None):
        cached_tokens (int | None):
    """

    audio_tokens: int | None = None
    cached_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.audio_tokens is not None:
            audio_tokens: int | None | Unset
            if isinstance(self.audio_tokens, Unset):
                audio_tokens = UNSET
            else:
                audio_tokens = self.audio_tokens
            field_dict["audio_tokens"] = audio_tokens
        elif wire is not None and "audio_tokens" in wire:
            field_dict["audio_tokens"] = None
        if self.cached_tokens is not None:
            cached_tokens: int | None | Unset
            if isinstance(self.cached_tokens, Unset):
                cached_tokens = UNSET
            else:
                cached_tokens = self.cached_tokens
            field_dict["cached_tokens"] = cached_tokens
        elif wire is not None and "cached_tokens" in wire:
            field_dict["cached_tokens"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_tokens = d.pop("audio_tokens", None)

        cached_tokens = d.pop("cached_tokens", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        prompt_tokens_details = cls(
            audio_tokens,
            cached_tokens,
        )
        prompt_tokens_details._wire = src_dict

        prompt_tokens_details.additional_properties = d
        return prompt_tokens_details

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
                "audio_tokens",
                "cached_tokens",
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
