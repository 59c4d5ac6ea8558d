from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="BudgetResetLogResponse")


@_attrs_define
class BudgetResetLogResponse:
    """Response model for one budget reset event (per user).

    Attributes:
        budget_id (str):
        id (int):
        next_reset_at (None | str):
        previous_spend (float):
        reset_at (str):
        user_id (None | str):
    """

    budget_id: str
    id: int
    next_reset_at: None | str
    previous_spend: float
    reset_at: str
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        id = self.id

        next_reset_at: None | str
        next_reset_at = self.next_reset_at

        previous_spend = self.previous_spend

        reset_at = self.reset_at

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
                "id": id,
                "next_reset_at": next_reset_at,
                "previous_spend": previous_spend,
                "reset_at": reset_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        id = d.pop("id")

        next_reset_at = d.pop("next_reset_at")

        previous_spend = d.pop("previous_spend")

        reset_at = d.pop("reset_at")

        user_id = d.pop("user_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        budget_reset_log_response = cls(
            budget_id,
            id,
            next_reset_at,
            previous_spend,
            reset_at,
            user_id,
        )
        budget_reset_log_response._wire = src_dict

        budget_reset_log_response.additional_properties = d
        return budget_reset_log_response

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
                "budget_id",
                "id",
                "next_reset_at",
                "previous_spend",
                "reset_at",
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
