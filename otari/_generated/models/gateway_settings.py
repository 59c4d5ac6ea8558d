from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_settings_master_key_source import GatewaySettingsMasterKeySource
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.config_field import ConfigField


T = TypeVar("T", bound="GatewaySettings")


@_attrs_define
class GatewaySettings:
    """Operator-facing runtime settings surfaced to the dashboard.

    The top-level flags are kept for the callers that read them directly
    (pricing warnings, the models/providers pages); ``config`` is the full
    read-only view with the settable/startup-only marking.

        Attributes:
            config (list[ConfigField]):
            default_pricing (bool):
            master_key_source (GatewaySettingsMasterKeySource): Whether the dashboard master key is configured at startup or
                generated and stored by Otari.
            mode (str):
            model_discovery (bool):
            require_pricing (bool):
            secret_key_configured (bool): Whether OTARI_SECRET_KEY is set on the server. Provider credentials are encrypted
                at rest with it, so the dashboard disables adding stored providers when it is unset.
            version (str):
    """

    config: list[ConfigField]
    default_pricing: bool
    master_key_source: GatewaySettingsMasterKeySource
    mode: str
    model_discovery: bool
    require_pricing: bool
    secret_key_configured: bool
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        config = []
        for config_item_data in self.config:
            config_item = config_item_data.to_dict()
            config.append(config_item)

        default_pricing = self.default_pricing

        master_key_source = self.master_key_source.value

        mode = self.mode

        model_discovery = self.model_discovery

        require_pricing = self.require_pricing

        secret_key_configured = self.secret_key_configured

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "default_pricing": default_pricing,
                "master_key_source": master_key_source,
                "mode": mode,
                "model_discovery": model_discovery,
                "require_pricing": require_pricing,
                "secret_key_configured": secret_key_configured,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        config = []
        _config = d.pop("config")
        for config_item_data in _config:
            config_item = ConfigField.from_dict(config_item_data)

            config.append(config_item)

        default_pricing = d.pop("default_pricing")

        master_key_source = GatewaySettingsMasterKeySource(d.pop("master_key_source"))

        mode = d.pop("mode")

        model_discovery = d.pop("model_discovery")

        require_pricing = d.pop("require_pricing")

        secret_key_configured = d.pop("secret_key_configured")

        version = d.pop("version")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        gateway_settings = cls(
            config,
            default_pricing,
            master_key_source,
            mode,
            model_discovery,
            require_pricing,
            secret_key_configured,
            version,
        )
        gateway_settings._wire = src_dict

        gateway_settings.additional_properties = d
        return gateway_settings

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
                "config",
                "default_pricing",
                "master_key_source",
                "mode",
                "model_discovery",
                "require_pricing",
                "secret_key_configured",
                "version",
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
    """Import the model classes GatewaySettings refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ConfigField  # noqa: PLW0603
    from ..models.config_field import ConfigField  # noqa: PLC0415

    _imported = True
