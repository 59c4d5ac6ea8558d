from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.policy_response_spec import PolicyResponseSpec


T = TypeVar("T", bound="PolicyResponse")


@_attrs_define
class PolicyResponse:
    """A routing policy and where it is defined.

    Attributes:
        name (str):
        source (str):
        spec (PolicyResponseSpec):
        created_at (None | str):
        is_dynamic (bool):
        updated_at (None | str):
        user_id (None | str):
    """

    name: str
    source: str
    spec: PolicyResponseSpec
    created_at: None | str = None
    is_dynamic: bool = False
    updated_at: None | str = None
    user_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        name = self.name

        source = self.source

        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "spec": spec,
            }
        )
        wire = self._wire
        if self.created_at is not None:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            else:
                created_at = self.created_at
            field_dict["created_at"] = created_at
        elif wire is not None and "created_at" in wire:
            field_dict["created_at"] = None
        if wire is None or "is_dynamic" in wire or self.is_dynamic != False:
            is_dynamic = self.is_dynamic
            field_dict["is_dynamic"] = is_dynamic
        if self.updated_at is not None:
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = self.updated_at
            field_dict["updated_at"] = updated_at
        elif wire is not None and "updated_at" in wire:
            field_dict["updated_at"] = None
        if self.user_id is not None:
            user_id: None | str | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id
            field_dict["user_id"] = user_id
        elif wire is not None and "user_id" in wire:
            field_dict["user_id"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        source = d.pop("source")

        spec = PolicyResponseSpec.from_dict(d.pop("spec"))

        created_at = d.pop("created_at", None)

        is_dynamic = d.pop("is_dynamic", False)

        updated_at = d.pop("updated_at", None)

        user_id = d.pop("user_id", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        policy_response = cls(
            name,
            source,
            spec,
            created_at,
            is_dynamic,
            updated_at,
            user_id,
        )
        policy_response._wire = src_dict

        policy_response.additional_properties = d
        return policy_response

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
                "name",
                "source",
                "spec",
                "created_at",
                "is_dynamic",
                "updated_at",
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes PolicyResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, PolicyResponseSpec  # noqa: PLW0603
    from ..models.policy_response_spec import PolicyResponseSpec  # noqa: PLC0415

    _imported = True
