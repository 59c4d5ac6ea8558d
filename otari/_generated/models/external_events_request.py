from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.external_usage_event import ExternalUsageEvent


T = TypeVar("T", bound="ExternalEventsRequest")


@_attrs_define
class ExternalEventsRequest:
    """A batch of imported usage events sharing a source and default user.

    ``extra="forbid"`` here mirrors the per-event schema: a stray content field at
    the batch level (e.g. a top-level ``prompt``) is a 422, not silently ignored.

        Attributes:
            events (list[ExternalUsageEvent]):
            source (str):
            user_id (None | str | Unset):
    """

    events: list[ExternalUsageEvent]
    source: str
    user_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        source = self.source

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
                "source": source,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = ExternalUsageEvent.from_dict(events_item_data)

            events.append(events_item)

        source = d.pop("source")

        user_id = d.pop("user_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        external_events_request = cls(
            events,
            source,
            user_id,
        )

        return external_events_request

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "events",
                "source",
                "user_id",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes ExternalEventsRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ExternalUsageEvent  # noqa: PLW0603
    from ..models.external_usage_event import ExternalUsageEvent  # noqa: PLC0415

    _imported = True
