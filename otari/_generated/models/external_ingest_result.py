from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.external_ingest_error import ExternalIngestError


T = TypeVar("T", bound="ExternalIngestResult")


@_attrs_define
class ExternalIngestResult:
    """Per-batch outcome. Re-submitting is safe: prior events count as duplicates.

    Attributes:
        accepted (int):
        duplicate (int):
        errors (list[ExternalIngestError] | None):
        rejected (int):
    """

    accepted: int = 0
    duplicate: int = 0
    errors: list[ExternalIngestError] | None = None
    rejected: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if wire is None or "accepted" in wire or self.accepted != 0:
            accepted = self.accepted
            field_dict["accepted"] = accepted
        if wire is None or "duplicate" in wire or self.duplicate != 0:
            duplicate = self.duplicate
            field_dict["duplicate"] = duplicate
        if self.errors is not None:
            errors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.errors, Unset):
                errors = []
                for errors_item_data in self.errors:
                    errors_item = errors_item_data.to_dict()
                    errors.append(errors_item)

            field_dict["errors"] = errors
        elif wire is not None and "errors" in wire:
            field_dict["errors"] = None
        if wire is None or "rejected" in wire or self.rejected != 0:
            rejected = self.rejected
            field_dict["rejected"] = rejected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        accepted = d.pop("accepted", 0)

        duplicate = d.pop("duplicate", 0)

        _errors = d.pop("errors", UNSET)
        errors: list[ExternalIngestError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ExternalIngestError.from_dict(errors_item_data)

                errors.append(errors_item)

        if isinstance(errors, Unset):
            errors = None

        rejected = d.pop("rejected", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        external_ingest_result = cls(
            accepted,
            duplicate,
            errors,
            rejected,
        )
        external_ingest_result._wire = src_dict

        external_ingest_result.additional_properties = d
        return external_ingest_result

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
                "accepted",
                "duplicate",
                "errors",
                "rejected",
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
    """Import the model classes ExternalIngestResult refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ExternalIngestError  # noqa: PLW0603
    from ..models.external_ingest_error import ExternalIngestError  # noqa: PLC0415

    _imported = True
