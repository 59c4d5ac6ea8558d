from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="InFlightEntry")


@_attrs_define
class InFlightEntry:
    """One request the gateway is serving right now.

    Field names match their ``UsageEntry`` counterparts so a request reads the
    same way in flight as it does once it has settled. ``id`` is the exception: it
    is an ephemeral tracking id, not the id of the usage row this will become.

        Attributes:
            api_key_id (None | str):
            elapsed_ms (int):
            endpoint (str):
            id (str):
            model (str):
            policy_name (None | str):
            provider (None | str):
            started_at (datetime.datetime):
            user_id (None | str):
    """

    api_key_id: None | str
    elapsed_ms: int
    endpoint: str
    id: str
    model: str
    policy_name: None | str
    provider: None | str
    started_at: datetime.datetime
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        api_key_id: None | str
        api_key_id = self.api_key_id

        elapsed_ms = self.elapsed_ms

        endpoint = self.endpoint

        id = self.id

        model = self.model

        policy_name: None | str
        policy_name = self.policy_name

        provider: None | str
        provider = self.provider

        started_at = self.started_at.isoformat()

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "elapsed_ms": elapsed_ms,
                "endpoint": endpoint,
                "id": id,
                "model": model,
                "policy_name": policy_name,
                "provider": provider,
                "started_at": started_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id")

        elapsed_ms = d.pop("elapsed_ms")

        endpoint = d.pop("endpoint")

        id = d.pop("id")

        model = d.pop("model")

        policy_name = d.pop("policy_name")

        provider = d.pop("provider")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        user_id = d.pop("user_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        in_flight_entry = cls(
            api_key_id,
            elapsed_ms,
            endpoint,
            id,
            model,
            policy_name,
            provider,
            started_at,
            user_id,
        )
        in_flight_entry._wire = src_dict

        in_flight_entry.additional_properties = d
        return in_flight_entry

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
                "api_key_id",
                "elapsed_ms",
                "endpoint",
                "id",
                "model",
                "policy_name",
                "provider",
                "started_at",
                "user_id",
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
