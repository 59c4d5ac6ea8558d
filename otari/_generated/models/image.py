from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """One generated image: a URL or base64 data, depending on `response_format`.

    Attributes:
        b64_json (None | str):
        revised_prompt (None | str):
        url (None | str):
    """

    b64_json: None | str = None
    revised_prompt: None | str = None
    url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.b64_json is not None:
            b64_json: None | str | Unset
            if isinstance(self.b64_json, Unset):
                b64_json = UNSET
            else:
                b64_json = self.b64_json
            field_dict["b64_json"] = b64_json
        elif wire is not None and "b64_json" in wire:
            field_dict["b64_json"] = None
        if self.revised_prompt is not None:
            revised_prompt: None | str | Unset
            if isinstance(self.revised_prompt, Unset):
                revised_prompt = UNSET
            else:
                revised_prompt = self.revised_prompt
            field_dict["revised_prompt"] = revised_prompt
        elif wire is not None and "revised_prompt" in wire:
            field_dict["revised_prompt"] = None
        if self.url is not None:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url
            field_dict["url"] = url
        elif wire is not None and "url" in wire:
            field_dict["url"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        b64_json = d.pop("b64_json", None)

        revised_prompt = d.pop("revised_prompt", None)

        url = d.pop("url", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        image = cls(
            b64_json,
            revised_prompt,
            url,
        )
        image._wire = src_dict

        image.additional_properties = d
        return image

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
                "b64_json",
                "revised_prompt",
                "url",
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
