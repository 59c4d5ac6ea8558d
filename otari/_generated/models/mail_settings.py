from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="MailSettings")


@_attrs_define
class MailSettings:
    """What this deployment can send, and what stands in the way if it cannot.

    Attributes:
        enabled (bool): Whether a transport is configured at all.
        from_email (None | str): The 'From' address on outgoing mail, if one is configured.
        from_name (str): The 'From' display name on outgoing mail.
        missing (list[str]): Settings that must be set before mail works, in config order. Empty exactly when 'ready' is
            true, so the dashboard can name what to configure rather than only reporting that mail is off.
        public_base_url (None | str): This deployment's own externally-reachable URL, used to build links in outgoing
            mail.
        ready (bool): Whether a message carrying a link back to this deployment can be sent, which is what every message
            the control plane sends needs. Matches 'mail_ready' on /v1/bootstrap.
        transport (str): The transport a send would use: 'smtp', 'console' (logged, not delivered), or 'none'.
    """

    enabled: bool
    from_email: None | str
    from_name: str
    missing: list[str]
    public_base_url: None | str
    ready: bool
    transport: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        from_email: None | str
        from_email = self.from_email

        from_name = self.from_name

        missing = self.missing

        public_base_url: None | str
        public_base_url = self.public_base_url

        ready = self.ready

        transport = self.transport

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "from_email": from_email,
                "from_name": from_name,
                "missing": missing,
                "public_base_url": public_base_url,
                "ready": ready,
                "transport": transport,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        from_email = d.pop("from_email")

        from_name = d.pop("from_name")

        missing = cast(list[str], d.pop("missing"))

        public_base_url = d.pop("public_base_url")

        ready = d.pop("ready")

        transport = d.pop("transport")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        mail_settings = cls(
            enabled,
            from_email,
            from_name,
            missing,
            public_base_url,
            ready,
            transport,
        )
        mail_settings._wire = src_dict

        mail_settings.additional_properties = d
        return mail_settings

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
                "enabled",
                "from_email",
                "from_name",
                "missing",
                "public_base_url",
                "ready",
                "transport",
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
