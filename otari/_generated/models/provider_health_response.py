from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.provider_health_schema import ProviderHealthSchema


T = TypeVar("T", bound="ProviderHealthResponse")


@_attrs_define
class ProviderHealthResponse:
    """Provider connectivity across the whole gateway, for the health monitor.

    Carries per-provider results plus the ``healthy`` / ``total`` counts and the
    most recent ``checked_at`` so the overview page can render a summary tile
    without re-deriving them.

        Attributes:
            healthy (int): How many providers are currently reachable.
            providers (list[ProviderHealthSchema]):
            total (int): How many providers are configured.
            checked_at (None | str): ISO 8601 time of the most recent per-provider check (null if none yet).
            degraded (int): How many providers are not counted as reachable only because model discovery is unavailable for
                them. These may still serve requests.
    """

    healthy: int
    providers: list[ProviderHealthSchema]
    total: int
    checked_at: None | str = None
    degraded: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        healthy = self.healthy

        providers = []
        for providers_item_data in self.providers:
            providers_item = providers_item_data.to_dict()
            providers.append(providers_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "healthy": healthy,
                "providers": providers,
                "total": total,
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
        if wire is None or "degraded" in wire or self.degraded != 0:
            degraded = self.degraded
            field_dict["degraded"] = degraded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        healthy = d.pop("healthy")

        providers = []
        _providers = d.pop("providers")
        for providers_item_data in _providers:
            providers_item = ProviderHealthSchema.from_dict(providers_item_data)

            providers.append(providers_item)

        total = d.pop("total")

        checked_at = d.pop("checked_at", None)

        degraded = d.pop("degraded", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        provider_health_response = cls(
            healthy,
            providers,
            total,
            checked_at,
            degraded,
        )
        provider_health_response._wire = src_dict

        provider_health_response.additional_properties = d
        return provider_health_response

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
                "healthy",
                "providers",
                "total",
                "checked_at",
                "degraded",
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes ProviderHealthResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ProviderHealthSchema  # noqa: PLW0603
    from ..models.provider_health_schema import ProviderHealthSchema  # noqa: PLC0415

    _imported = True
