from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="AudioSpeechRequest")


@_attrs_define
class AudioSpeechRequest:
    """OpenAI-compatible audio speech (TTS) request.

    The speech fields are derived from any-llm's ``AudioSpeechParams`` (see
    ``_schema_derive``) so the schema cannot silently drop a param any-llm
    forwards. ``user`` is gateway-only (billing / auth scoping); it is not an
    any-llm param and is stripped before the request is forwarded.

        Attributes:
            input_ (str):
            model (str):
            voice (str):
            instructions (None | str | Unset):
            response_format (None | str | Unset):
            speed (float | None | Unset):
            user (None | str | Unset):
    """

    input_: str
    model: str
    voice: str
    instructions: None | str | Unset = UNSET
    response_format: None | str | Unset = UNSET
    speed: float | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        model = self.model

        voice = self.voice

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        response_format: None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        else:
            response_format = self.response_format

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
                "voice": voice,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        model = d.pop("model")

        voice = d.pop("voice")

        instructions = d.pop("instructions", UNSET)

        response_format = d.pop("response_format", UNSET)

        speed = d.pop("speed", UNSET)

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        audio_speech_request = cls(
            input_,
            model,
            voice,
            instructions,
            response_format,
            speed,
            user,
        )

        audio_speech_request.additional_properties = d
        return audio_speech_request

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
                "input_",
                "model",
                "voice",
                "instructions",
                "response_format",
                "speed",
                "user",
            ),
        )
