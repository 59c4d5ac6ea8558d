from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config_field_type import ConfigFieldType
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ConfigField")


@_attrs_define
class ConfigField:
    """One effective config value surfaced to the dashboard's config viewer.

    Attributes:
        group (str):
        key (str):
        settable (bool):
        type_ (ConfigFieldType):
        value (bool | float | int | list[str] | None | str):
        description (None | str):
        exclusive_minimum (float | None):
        minimum (float | None):
        options (list[str] | None):
    """

    group: str
    key: str
    settable: bool
    type_: ConfigFieldType
    value: bool | float | int | list[str] | None | str
    description: None | str = None
    exclusive_minimum: float | None = None
    minimum: float | None = None
    options: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        key = self.key

        settable = self.settable

        type_ = self.type_.value

        value: bool | float | int | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "key": key,
                "settable": settable,
                "type": type_,
                "value": value,
            }
        )
        wire = self._wire
        if self.description is not None:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            field_dict["description"] = description
        elif wire is not None and "description" in wire:
            field_dict["description"] = None
        if self.exclusive_minimum is not None:
            exclusive_minimum: float | None | Unset
            if isinstance(self.exclusive_minimum, Unset):
                exclusive_minimum = UNSET
            else:
                exclusive_minimum = self.exclusive_minimum
            field_dict["exclusive_minimum"] = exclusive_minimum
        elif wire is not None and "exclusive_minimum" in wire:
            field_dict["exclusive_minimum"] = None
        if self.minimum is not None:
            minimum: float | None | Unset
            if isinstance(self.minimum, Unset):
                minimum = UNSET
            else:
                minimum = self.minimum
            field_dict["minimum"] = minimum
        elif wire is not None and "minimum" in wire:
            field_dict["minimum"] = None
        if self.options is not None:
            options: list[str] | None | Unset
            if isinstance(self.options, Unset):
                options = UNSET
            elif isinstance(self.options, list):
                options = self.options

            else:
                options = self.options
            field_dict["options"] = options
        elif wire is not None and "options" in wire:
            field_dict["options"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")

        key = d.pop("key")

        settable = d.pop("settable")

        type_ = ConfigFieldType(d.pop("type"))

        value = d.pop("value")
        if value is not None:
            try:
                if not isinstance(value, list):
                    raise TypeError()
                value_type_4 = cast(list[str], value)

                value = value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        description = d.pop("description", None)

        exclusive_minimum = d.pop("exclusive_minimum", None)

        minimum = d.pop("minimum", None)

        options = d.pop("options", None)
        if options is not None and not isinstance(options, Unset):
            try:
                if not isinstance(options, list):
                    raise TypeError()
                options_type_0 = cast(list[str], options)

                options = options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        config_field = cls(
            group,
            key,
            settable,
            type_,
            value,
            description,
            exclusive_minimum,
            minimum,
            options,
        )
        config_field._wire = src_dict

        config_field.additional_properties = d
        return config_field

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
                "group",
                "key",
                "settable",
                "type_",
                "value",
                "description",
                "exclusive_minimum",
                "minimum",
                "options",
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
