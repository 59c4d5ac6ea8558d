from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestProviderResponse")


@_attrs_define
class TestProviderResponse:
    """Result of a live provider connection test.

    Attributes:
        model_count (int):
        ok (bool):
        discovery_unsupported (bool | Unset): True when the test failed only because this backend serves no model-
            listing endpoint, so the credentials could not be verified this way but may still work for requests. Default:
            False.
        error (None | str | Unset):
    """

    model_count: int
    ok: bool
    discovery_unsupported: bool | Unset = False
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_count = self.model_count

        ok = self.ok

        discovery_unsupported = self.discovery_unsupported

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_count": model_count,
                "ok": ok,
            }
        )
        if discovery_unsupported is not UNSET:
            field_dict["discovery_unsupported"] = discovery_unsupported
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_count = d.pop("model_count")

        ok = d.pop("ok")

        discovery_unsupported = d.pop("discovery_unsupported", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        test_provider_response = cls(
            model_count=model_count,
            ok=ok,
            discovery_unsupported=discovery_unsupported,
            error=error,
        )

        test_provider_response.additional_properties = d
        return test_provider_response

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
