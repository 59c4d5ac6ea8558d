from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderHealthSchema")


@_attrs_define
class ProviderHealthSchema:
    """One provider instance's reachability, from the model-discovery test path.

    Attributes:
        instance (str):
        model_count (int): Number of models the last successful listing returned.
        ok (bool): True when the provider's credentials could list models.
        checked_at (None | str | Unset): ISO 8601 wall-clock time the provider's reachability was last checked (null if
            never).
        discovery_unsupported (bool | Unset): True when the check failed only because this backend serves no model-
            listing endpoint. The provider may still handle requests; only model discovery is unavailable. Default: False.
        error (None | str | Unset): Sanitized provider error when unreachable.
    """

    instance: str
    model_count: int
    ok: bool
    checked_at: None | str | Unset = UNSET
    discovery_unsupported: bool | Unset = False
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance

        model_count = self.model_count

        ok = self.ok

        checked_at: None | str | Unset
        if isinstance(self.checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = self.checked_at

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
                "instance": instance,
                "model_count": model_count,
                "ok": ok,
            }
        )
        if checked_at is not UNSET:
            field_dict["checked_at"] = checked_at
        if discovery_unsupported is not UNSET:
            field_dict["discovery_unsupported"] = discovery_unsupported
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance = d.pop("instance")

        model_count = d.pop("model_count")

        ok = d.pop("ok")

        def _parse_checked_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checked_at = _parse_checked_at(d.pop("checked_at", UNSET))

        discovery_unsupported = d.pop("discovery_unsupported", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        provider_health_schema = cls(
            instance=instance,
            model_count=model_count,
            ok=ok,
            checked_at=checked_at,
            discovery_unsupported=discovery_unsupported,
            error=error,
        )

        provider_health_schema.additional_properties = d
        return provider_health_schema

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
