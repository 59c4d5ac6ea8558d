from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_activation_public_status import WorkspaceActivationPublicStatus
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.activation_attempt_public import ActivationAttemptPublic


T = TypeVar("T", bound="WorkspaceActivationPublic")


@_attrs_define
class WorkspaceActivationPublic:
    """Where a workspace stands on its first successful request.

    Attributes:
        dismissed (bool): Whether someone skipped the guide for this workspace.
        experience_eligible (bool): Whether the dashboard should offer the guide to this caller right now: the
            deployment has it enabled, the workspace is classified for it, nobody dismissed it, no request has succeeded
            yet, and the caller may manage the workspace.
        status (WorkspaceActivationPublicStatus): 'activated' once a gateway request in this workspace has succeeded,
            'failed' when the last one failed and none has yet succeeded, 'waiting' when there has been none at all.
        activation_attempt (ActivationAttemptPublic | None): The first request that succeeded, which is the guide's
            receipt. Null until one does.
        latest_attempt (ActivationAttemptPublic | None): The most recent request, so a failure can be reported while the
            guide keeps waiting.
    """

    dismissed: bool
    experience_eligible: bool
    status: WorkspaceActivationPublicStatus
    activation_attempt: ActivationAttemptPublic | None = None
    latest_attempt: ActivationAttemptPublic | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        dismissed = self.dismissed

        experience_eligible = self.experience_eligible

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dismissed": dismissed,
                "experience_eligible": experience_eligible,
                "status": status,
            }
        )
        wire = self._wire
        if self.activation_attempt is not None:
            activation_attempt: dict[str, Any] | None | Unset
            if isinstance(self.activation_attempt, Unset):
                activation_attempt = UNSET
            elif isinstance(self.activation_attempt, ActivationAttemptPublic):
                activation_attempt = self.activation_attempt.to_dict()
            else:
                activation_attempt = self.activation_attempt
            field_dict["activation_attempt"] = activation_attempt
        elif wire is not None and "activation_attempt" in wire:
            field_dict["activation_attempt"] = None
        if self.latest_attempt is not None:
            latest_attempt: dict[str, Any] | None | Unset
            if isinstance(self.latest_attempt, Unset):
                latest_attempt = UNSET
            elif isinstance(self.latest_attempt, ActivationAttemptPublic):
                latest_attempt = self.latest_attempt.to_dict()
            else:
                latest_attempt = self.latest_attempt
            field_dict["latest_attempt"] = latest_attempt
        elif wire is not None and "latest_attempt" in wire:
            field_dict["latest_attempt"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        dismissed = d.pop("dismissed")

        experience_eligible = d.pop("experience_eligible")

        status = WorkspaceActivationPublicStatus(d.pop("status"))

        activation_attempt = d.pop("activation_attempt", None)
        if activation_attempt is not None and not isinstance(activation_attempt, Unset):
            try:
                if not isinstance(activation_attempt, dict):
                    raise TypeError()
                activation_attempt_type_0 = ActivationAttemptPublic.from_dict(activation_attempt)

                activation_attempt = activation_attempt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        latest_attempt = d.pop("latest_attempt", None)
        if latest_attempt is not None and not isinstance(latest_attempt, Unset):
            try:
                if not isinstance(latest_attempt, dict):
                    raise TypeError()
                latest_attempt_type_0 = ActivationAttemptPublic.from_dict(latest_attempt)

                latest_attempt = latest_attempt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_activation_public = cls(
            dismissed,
            experience_eligible,
            status,
            activation_attempt,
            latest_attempt,
        )
        workspace_activation_public._wire = src_dict

        workspace_activation_public.additional_properties = d
        return workspace_activation_public

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
                "dismissed",
                "experience_eligible",
                "status",
                "activation_attempt",
                "latest_attempt",
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
    """Import the model classes WorkspaceActivationPublic refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ActivationAttemptPublic  # noqa: PLW0603
    from ..models.activation_attempt_public import ActivationAttemptPublic  # noqa: PLC0415

    _imported = True
