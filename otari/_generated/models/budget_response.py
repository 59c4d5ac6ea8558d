from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="BudgetResponse")


@_attrs_define
class BudgetResponse:
    """Response model for budget information.

    ``max_budget`` is the per-user spending limit, and multiple users can share
    one budget, so the usage rollup is an aggregate over the users assigned to
    this budget: how many there are and their combined ``spend`` / ``reserved``.
    Assigning users to a budget is done through the users API (dashboard support
    lands with user management), so a fresh gateway reports zeros here.

        Attributes:
            budget_duration_sec (int | None):
            budget_id (str):
            created_at (str):
            max_budget (float | None):
            name (None | str):
            reset_alignment (None | str):
            updated_at (str):
            total_reserved (float):
            total_spend (float):
            user_count (int):
    """

    budget_duration_sec: int | None
    budget_id: str
    created_at: str
    max_budget: float | None
    name: None | str
    reset_alignment: None | str
    updated_at: str
    total_reserved: float = 0.0
    total_spend: float = 0.0
    user_count: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        budget_duration_sec: int | None
        budget_duration_sec = self.budget_duration_sec

        budget_id = self.budget_id

        created_at = self.created_at

        max_budget: float | None
        max_budget = self.max_budget

        name: None | str
        name = self.name

        reset_alignment: None | str
        reset_alignment = self.reset_alignment

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_duration_sec": budget_duration_sec,
                "budget_id": budget_id,
                "created_at": created_at,
                "max_budget": max_budget,
                "name": name,
                "reset_alignment": reset_alignment,
                "updated_at": updated_at,
            }
        )
        wire = self._wire
        if wire is None or "total_reserved" in wire or self.total_reserved != 0.0:
            total_reserved = self.total_reserved
            field_dict["total_reserved"] = total_reserved
        if wire is None or "total_spend" in wire or self.total_spend != 0.0:
            total_spend = self.total_spend
            field_dict["total_spend"] = total_spend
        if wire is None or "user_count" in wire or self.user_count != 0:
            user_count = self.user_count
            field_dict["user_count"] = user_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_duration_sec = d.pop("budget_duration_sec")

        budget_id = d.pop("budget_id")

        created_at = d.pop("created_at")

        max_budget = d.pop("max_budget")

        name = d.pop("name")

        reset_alignment = d.pop("reset_alignment")

        updated_at = d.pop("updated_at")

        total_reserved = d.pop("total_reserved", 0.0)

        total_spend = d.pop("total_spend", 0.0)

        user_count = d.pop("user_count", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        budget_response = cls(
            budget_duration_sec,
            budget_id,
            created_at,
            max_budget,
            name,
            reset_alignment,
            updated_at,
            total_reserved,
            total_spend,
            user_count,
        )
        budget_response._wire = src_dict

        budget_response.additional_properties = d
        return budget_response

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
                "budget_duration_sec",
                "budget_id",
                "created_at",
                "max_budget",
                "name",
                "reset_alignment",
                "updated_at",
                "total_reserved",
                "total_spend",
                "user_count",
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
