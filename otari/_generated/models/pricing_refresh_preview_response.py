from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.pricing_refresh_change_response import PricingRefreshChangeResponse


T = TypeVar("T", bound="PricingRefreshPreviewResponse")


@_attrs_define
class PricingRefreshPreviewResponse:
    """Reviewable summary of a pending genai-prices refresh.

    Attributes:
        added_count (int):
        changed_count (int):
        changes (list[PricingRefreshChangeResponse]):
        changes_truncated (bool):
        fetched_at (datetime.datetime):
        protected_model_count (int):
        removed_count (int):
    """

    added_count: int
    changed_count: int
    changes: list[PricingRefreshChangeResponse]
    changes_truncated: bool
    fetched_at: datetime.datetime
    protected_model_count: int
    removed_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        added_count = self.added_count

        changed_count = self.changed_count

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        changes_truncated = self.changes_truncated

        fetched_at = self.fetched_at.isoformat()

        protected_model_count = self.protected_model_count

        removed_count = self.removed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_count": added_count,
                "changed_count": changed_count,
                "changes": changes,
                "changes_truncated": changes_truncated,
                "fetched_at": fetched_at,
                "protected_model_count": protected_model_count,
                "removed_count": removed_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        added_count = d.pop("added_count")

        changed_count = d.pop("changed_count")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = PricingRefreshChangeResponse.from_dict(changes_item_data)

            changes.append(changes_item)

        changes_truncated = d.pop("changes_truncated")

        fetched_at = datetime.datetime.fromisoformat(d.pop("fetched_at"))

        protected_model_count = d.pop("protected_model_count")

        removed_count = d.pop("removed_count")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        pricing_refresh_preview_response = cls(
            added_count,
            changed_count,
            changes,
            changes_truncated,
            fetched_at,
            protected_model_count,
            removed_count,
        )
        pricing_refresh_preview_response._wire = src_dict

        pricing_refresh_preview_response.additional_properties = d
        return pricing_refresh_preview_response

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
                "added_count",
                "changed_count",
                "changes",
                "changes_truncated",
                "fetched_at",
                "protected_model_count",
                "removed_count",
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
    """Import the model classes PricingRefreshPreviewResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, PricingRefreshChangeResponse  # noqa: PLW0603
    from ..models.pricing_refresh_change_response import PricingRefreshChangeResponse  # noqa: PLC0415

    _imported = True
