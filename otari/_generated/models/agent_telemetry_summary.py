from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_telemetry_summary_bucket import AgentTelemetrySummaryBucket
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.agent_telemetry_behavior import AgentTelemetryBehavior
    from ..models.agent_telemetry_measures import AgentTelemetryMeasures
    from ..models.agent_telemetry_outcomes import AgentTelemetryOutcomes
    from ..models.agent_telemetry_series_point import AgentTelemetrySeriesPoint
    from ..models.agent_telemetry_usage import AgentTelemetryUsage


T = TypeVar("T", bound="AgentTelemetrySummary")


@_attrs_define
class AgentTelemetrySummary:
    """Agent outcomes and behavior for the window, joined against recorded spend.

    Attributes:
        behavior (AgentTelemetryBehavior): Counts from the behavioral events already captured on the logs signal.
        bucket (AgentTelemetrySummaryBucket):
        end_date (str):
        measures (AgentTelemetryMeasures): Cost and quality per unit of work. Each is null when its denominator is zero.

            ``edit_acceptance_rate`` and ``tool_acceptance_rate`` are the same quantity
            today, both derived from the ``tool_decision`` event: the agent's own
            ``code_edit_tool.decision`` metric is deliberately never stored, since
            ``tool_decision`` already carries that accept/reject signal. Both names are
            reported so a caller reading either vocabulary gets the right number.
        outcomes (AgentTelemetryOutcomes): How much work the agent produced inside the window.

            Each value is the read-time increment for its metric: a delta series is
            summed, a cumulative one is diffed per series generation, so a counter that
            is re-reported in full on every export is never counted twice.
            ``lines_of_code`` sums the added and removed series, which are stored
            separately. ``active_time`` is in seconds, as the agent reports it.
        series (list[AgentTelemetrySeriesPoint]):
        start_date (str):
        usage (AgentTelemetryUsage): The recorded spend the measures below divide, reported so they can be checked.
    """

    behavior: AgentTelemetryBehavior
    bucket: AgentTelemetrySummaryBucket
    end_date: str
    measures: AgentTelemetryMeasures
    outcomes: AgentTelemetryOutcomes
    series: list[AgentTelemetrySeriesPoint]
    start_date: str
    usage: AgentTelemetryUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        behavior = self.behavior.to_dict()

        bucket = self.bucket.value

        end_date = self.end_date

        measures = self.measures.to_dict()

        outcomes = self.outcomes.to_dict()

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        start_date = self.start_date

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "behavior": behavior,
                "bucket": bucket,
                "end_date": end_date,
                "measures": measures,
                "outcomes": outcomes,
                "series": series,
                "start_date": start_date,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        behavior = AgentTelemetryBehavior.from_dict(d.pop("behavior"))

        bucket = AgentTelemetrySummaryBucket(d.pop("bucket"))

        end_date = d.pop("end_date")

        measures = AgentTelemetryMeasures.from_dict(d.pop("measures"))

        outcomes = AgentTelemetryOutcomes.from_dict(d.pop("outcomes"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = AgentTelemetrySeriesPoint.from_dict(series_item_data)

            series.append(series_item)

        start_date = d.pop("start_date")

        usage = AgentTelemetryUsage.from_dict(d.pop("usage"))

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        agent_telemetry_summary = cls(
            behavior,
            bucket,
            end_date,
            measures,
            outcomes,
            series,
            start_date,
            usage,
        )
        agent_telemetry_summary._wire = src_dict

        agent_telemetry_summary.additional_properties = d
        return agent_telemetry_summary

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
                "behavior",
                "bucket",
                "end_date",
                "measures",
                "outcomes",
                "series",
                "start_date",
                "usage",
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
    """Import the model classes AgentTelemetrySummary refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, AgentTelemetryBehavior, AgentTelemetryMeasures, AgentTelemetryOutcomes, AgentTelemetrySeriesPoint, AgentTelemetryUsage  # noqa: PLW0603
    from ..models.agent_telemetry_behavior import AgentTelemetryBehavior  # noqa: PLC0415
    from ..models.agent_telemetry_measures import AgentTelemetryMeasures  # noqa: PLC0415
    from ..models.agent_telemetry_outcomes import AgentTelemetryOutcomes  # noqa: PLC0415
    from ..models.agent_telemetry_series_point import AgentTelemetrySeriesPoint  # noqa: PLC0415
    from ..models.agent_telemetry_usage import AgentTelemetryUsage  # noqa: PLC0415

    _imported = True
