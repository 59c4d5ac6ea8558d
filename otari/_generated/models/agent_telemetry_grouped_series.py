from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_telemetry_grouped_series_bucket import (
    AgentTelemetryGroupedSeriesBucket,
)
from ..models.agent_telemetry_grouped_series_group_by import (
    AgentTelemetryGroupedSeriesGroupBy,
)
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.agent_telemetry_group_row import AgentTelemetryGroupRow
    from ..models.agent_telemetry_grouped_series_point import (
        AgentTelemetryGroupedSeriesPoint,
    )


T = TypeVar("T", bound="AgentTelemetryGroupedSeries")


@_attrs_define
class AgentTelemetryGroupedSeries:
    """A per-group row-volume series, for stacked charting.

    Attributes:
        bucket (AgentTelemetryGroupedSeriesBucket):
        end_date (str):
        group_by (AgentTelemetryGroupedSeriesGroupBy):
        groups (list[AgentTelemetryGroupRow]):
        points (list[AgentTelemetryGroupedSeriesPoint]):
        start_date (str):
    """

    bucket: AgentTelemetryGroupedSeriesBucket
    end_date: str
    group_by: AgentTelemetryGroupedSeriesGroupBy
    groups: list[AgentTelemetryGroupRow]
    points: list[AgentTelemetryGroupedSeriesPoint]
    start_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        bucket = self.bucket.value

        end_date = self.end_date

        group_by = self.group_by.value

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "end_date": end_date,
                "group_by": group_by,
                "groups": groups,
                "points": points,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        bucket = AgentTelemetryGroupedSeriesBucket(d.pop("bucket"))

        end_date = d.pop("end_date")

        group_by = AgentTelemetryGroupedSeriesGroupBy(d.pop("group_by"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = AgentTelemetryGroupRow.from_dict(groups_item_data)

            groups.append(groups_item)

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = AgentTelemetryGroupedSeriesPoint.from_dict(points_item_data)

            points.append(points_item)

        start_date = d.pop("start_date")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        agent_telemetry_grouped_series = cls(
            bucket,
            end_date,
            group_by,
            groups,
            points,
            start_date,
        )
        agent_telemetry_grouped_series._wire = src_dict

        agent_telemetry_grouped_series.additional_properties = d
        return agent_telemetry_grouped_series

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
                "bucket",
                "end_date",
                "group_by",
                "groups",
                "points",
                "start_date",
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
    """Import the model classes AgentTelemetryGroupedSeries refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, AgentTelemetryGroupRow, AgentTelemetryGroupedSeriesPoint  # noqa: PLW0603
    from ..models.agent_telemetry_group_row import AgentTelemetryGroupRow  # noqa: PLC0415
    from ..models.agent_telemetry_grouped_series_point import (
        AgentTelemetryGroupedSeriesPoint,  # noqa: PLC0415
    )

    _imported = True
