from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_bootstrap_deployment_type import (
    DeploymentBootstrapDeploymentType,
)
from ..models.deployment_bootstrap_session_type import DeploymentBootstrapSessionType
from ..models.deployment_bootstrap_sign_in_methods_item import (
    DeploymentBootstrapSignInMethodsItem,
)
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeploymentBootstrap")


@_attrs_define
class DeploymentBootstrap:
    """What the dashboard shell needs before it can render anything.

    Attributes:
        deployment_type (DeploymentBootstrapDeploymentType): Which deployment serves this URL. 'standalone' owns its own
            data; 'hosted' is otari.ai; 'hybrid' is a gateway attached to otari.ai, which is data-plane only and holds no
            management surface of its own.
        mail_ready (bool): Whether this deployment can deliver a message carrying a link back to itself (an invitation's
            accept link, and the verification and reset links to come), not merely whether a transport is configured: it
            also needs to know its own public URL to put in one. Lets the dashboard disable or hide a mail-dependent
            affordance instead of offering one that would fail at send time. Every message this control plane sends carries
            such a link, which is why this is one flag and not one per feature. False for a hybrid gateway, whose control
            plane is otari.ai and which sends no mail of its own.
        management_url (None | str): Where the authoritative control plane lives when it is not this deployment. Set for
            a hybrid gateway so its landing page can link to otari.ai; null otherwise.
        session_type (DeploymentBootstrapSessionType): The kind of session this deployment issues, not whether the
            caller holds one. 'local_operator' is the standalone operator sign-in (see sign_in_methods for which credential
            it currently accepts), 'hosted_user' an otari.ai account, and 'none' a deployment that issues no management
            session at all.
        sign_in_methods (list[DeploymentBootstrapSignInMethodsItem]): How POST /v1/auth/session may be authenticated
            right now, sorted. 'master_key' is the first-boot credential and is offered until some identity on this
            deployment has a password; 'password' replaces it from then on, and the master key stays the credential for the
            management API. Empty for a hybrid gateway, which issues no session. The login page renders from this rather
            than trying a credential to find out.
        surfaces (list[str]): Management API groups this deployment serves, sorted, which is what its dashboard pages
            gate on. Named surfaces, not capabilities: capability is otari.ai's word for the entitlement (licensing) axis,
            and this is the deployment (topology) axis. Empty for a hybrid gateway.
    """

    deployment_type: DeploymentBootstrapDeploymentType
    mail_ready: bool
    management_url: None | str
    session_type: DeploymentBootstrapSessionType
    sign_in_methods: list[DeploymentBootstrapSignInMethodsItem]
    surfaces: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        deployment_type = self.deployment_type.value

        mail_ready = self.mail_ready

        management_url: None | str
        management_url = self.management_url

        session_type = self.session_type.value

        sign_in_methods = []
        for sign_in_methods_item_data in self.sign_in_methods:
            sign_in_methods_item = sign_in_methods_item_data.value
            sign_in_methods.append(sign_in_methods_item)

        surfaces = self.surfaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment_type": deployment_type,
                "mail_ready": mail_ready,
                "management_url": management_url,
                "session_type": session_type,
                "sign_in_methods": sign_in_methods,
                "surfaces": surfaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_type = DeploymentBootstrapDeploymentType(d.pop("deployment_type"))

        mail_ready = d.pop("mail_ready")

        management_url = d.pop("management_url")

        session_type = DeploymentBootstrapSessionType(d.pop("session_type"))

        sign_in_methods = []
        _sign_in_methods = d.pop("sign_in_methods")
        for sign_in_methods_item_data in _sign_in_methods:
            sign_in_methods_item = DeploymentBootstrapSignInMethodsItem(sign_in_methods_item_data)

            sign_in_methods.append(sign_in_methods_item)

        surfaces = cast(list[str], d.pop("surfaces"))

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        deployment_bootstrap = cls(
            deployment_type,
            mail_ready,
            management_url,
            session_type,
            sign_in_methods,
            surfaces,
        )
        deployment_bootstrap._wire = src_dict

        deployment_bootstrap.additional_properties = d
        return deployment_bootstrap

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
                "deployment_type",
                "mail_ready",
                "management_url",
                "session_type",
                "sign_in_methods",
                "surfaces",
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
