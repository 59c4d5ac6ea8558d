from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_config_mode import GuardrailConfigMode
from ..models.guardrail_config_on_item import GuardrailConfigOnItem
from ..models.guardrail_config_on_unavailable import GuardrailConfigOnUnavailable
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.guardrail_config_validate_kwargs import GuardrailConfigValidateKwargs


T = TypeVar("T", bound="GuardrailConfig")


@_attrs_define
class GuardrailConfig:
    """A single guardrail check the caller wants the gateway to enforce.

    URL safety: when ``url`` is supplied it is validated by
    :func:`gateway.services.guardrails.run_input_guardrails` (not here at parse
    time — the check does a DNS lookup that must be awaited) with the same
    SSRF guard used for MCP server URLs (loopback allowed by default for
    same-host sidecars; gated by ``OTARI_MCP_ALLOW_LOOPBACK`` /
    ``OTARI_MCP_ALLOW_PRIVATE_HOSTS``). Most deployments omit ``url`` and rely
    on the operator-set ``OTARI_GUARDRAILS_URL`` instead.

        Attributes:
            profile (str):
            mode (GuardrailConfigMode | Unset):  Default: GuardrailConfigMode.MONITOR.
            on (list[GuardrailConfigOnItem] | Unset):
            on_unavailable (GuardrailConfigOnUnavailable | Unset):  Default: GuardrailConfigOnUnavailable.BLOCK.
            url (None | str | Unset):
            validate_kwargs (GuardrailConfigValidateKwargs | Unset):
    """

    profile: str
    mode: GuardrailConfigMode | Unset = GuardrailConfigMode.MONITOR
    on: list[GuardrailConfigOnItem] | Unset = UNSET
    on_unavailable: GuardrailConfigOnUnavailable | Unset = GuardrailConfigOnUnavailable.BLOCK
    url: None | str | Unset = UNSET
    validate_kwargs: GuardrailConfigValidateKwargs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        profile = self.profile

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        on: list[str] | Unset = UNSET
        if not isinstance(self.on, Unset):
            on = []
            for on_item_data in self.on:
                on_item = on_item_data.value
                on.append(on_item)

        on_unavailable: str | Unset = UNSET
        if not isinstance(self.on_unavailable, Unset):
            on_unavailable = self.on_unavailable.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        validate_kwargs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validate_kwargs, Unset):
            validate_kwargs = self.validate_kwargs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if on is not UNSET:
            field_dict["on"] = on
        if on_unavailable is not UNSET:
            field_dict["on_unavailable"] = on_unavailable
        if url is not UNSET:
            field_dict["url"] = url
        if validate_kwargs is not UNSET:
            field_dict["validate_kwargs"] = validate_kwargs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        profile = d.pop("profile")

        _mode = d.pop("mode", UNSET)
        mode: GuardrailConfigMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = GuardrailConfigMode(_mode)

        _on = d.pop("on", UNSET)
        on: list[GuardrailConfigOnItem] | Unset = UNSET
        if _on is not UNSET:
            on = []
            for on_item_data in _on:
                on_item = GuardrailConfigOnItem(on_item_data)

                on.append(on_item)

        _on_unavailable = d.pop("on_unavailable", UNSET)
        on_unavailable: GuardrailConfigOnUnavailable | Unset
        if isinstance(_on_unavailable, Unset):
            on_unavailable = UNSET
        else:
            on_unavailable = GuardrailConfigOnUnavailable(_on_unavailable)

        url = d.pop("url", UNSET)

        _validate_kwargs = d.pop("validate_kwargs", UNSET)
        validate_kwargs: GuardrailConfigValidateKwargs | Unset
        if isinstance(_validate_kwargs, Unset):
            validate_kwargs = UNSET
        else:
            validate_kwargs = GuardrailConfigValidateKwargs.from_dict(_validate_kwargs)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        guardrail_config = cls(
            profile,
            mode,
            on,
            on_unavailable,
            url,
            validate_kwargs,
        )

        guardrail_config.additional_properties = d
        return guardrail_config

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
                "profile",
                "mode",
                "on",
                "on_unavailable",
                "url",
                "validate_kwargs",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes GuardrailConfig refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, GuardrailConfigValidateKwargs  # noqa: PLW0603
    from ..models.guardrail_config_validate_kwargs import GuardrailConfigValidateKwargs  # noqa: PLC0415

    _imported = True
