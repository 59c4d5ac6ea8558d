from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ProviderHealthSchema")


@_attrs_define
class ProviderHealthSchema:
    """One provider instance's reachability, from the model-discovery test path.

    Attributes:
        instance (str):
        model_count (int): Number of models the last successful listing returned.
        ok (bool): True when the provider's credentials could list models.
        checked_at (None | str): ISO 8601 wall-clock time the provider's reachability was last checked (null if never).
        discovery_unsupported (bool): True when the check failed only because this backend serves no model-listing
            endpoint. The provider may still handle requests; only model discovery is unavailable.
        error (None | str): Sanitized provider error when unreachable.
    """

    instance: str
    model_count: int
    ok: bool
    checked_at: None | str = None
    discovery_unsupported: bool = False
    error: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance

        model_count = self.model_count

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance": instance,
                "model_count": model_count,
                "ok": ok,
            }
        )
        wire = self._wire
        if self.checked_at is not None:
            checked_at: None | str | Unset
            if isinstance(self.checked_at, Unset):
                checked_at = UNSET
            else:
                checked_at = self.checked_at
            field_dict["checked_at"] = checked_at
        elif wire is not None and "checked_at" in wire:
            field_dict["checked_at"] = None
        if wire is None or "discovery_unsupported" in wire or self.discovery_unsupported != False:
            discovery_unsupported = self.discovery_unsupported
            field_dict["discovery_unsupported"] = discovery_unsupported
        if self.error is not None:
            error: None | str | Unset
            if isinstance(self.error, Unset):
                error = UNSET
            else:
                error = self.error
            field_dict["error"] = error
        elif wire is not None and "error" in wire:
            field_dict["error"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance = d.pop("instance")

        model_count = d.pop("model_count")

        ok = d.pop("ok")

        checked_at = d.pop("checked_at", None)

        discovery_unsupported = d.pop("discovery_unsupported", False)

        error = d.pop("error", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        provider_health_schema = cls(
            instance,
            model_count,
            ok,
            checked_at,
            discovery_unsupported,
            error,
        )
        provider_health_schema._wire = src_dict

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

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "instance",
                "model_count",
                "ok",
                "checked_at",
                "discovery_unsupported",
                "error",
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
