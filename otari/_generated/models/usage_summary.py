from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_summary_bucket import UsageSummaryBucket
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.usage_error_code_row import UsageErrorCodeRow
    from ..models.usage_group_row import UsageGroupRow
    from ..models.usage_series_point import UsageSeriesPoint
    from ..models.usage_tool_row import UsageToolRow
    from ..models.usage_totals import UsageTotals


T = TypeVar("T", bound="UsageSummary")


@_attrs_define
class UsageSummary:
    """Aggregate spend/volume for the Usage & analytics page.

    Every breakdown field is always present. One the caller excluded through
    ``dimensions`` comes back as an empty list, the same shape a window with no
    matching rows produces, so narrowing the selector never changes the schema.

        Attributes:
            bucket (UsageSummaryBucket):
            by_api_key (list[UsageGroupRow]):
            by_endpoint (list[UsageGroupRow]):
            by_model (list[UsageGroupRow]):
            by_provider (list[UsageGroupRow]):
            by_source (list[UsageGroupRow]):
            by_source_label (list[UsageGroupRow]):
            by_user (list[UsageGroupRow]):
            end_date (str):
            errors_by_status_code (list[UsageErrorCodeRow]):
            series (list[UsageSeriesPoint]):
            start_date (str):
            totals (UsageTotals): Grand totals over the filtered window.
            by_tool (list[UsageToolRow] | None):
    """

    bucket: UsageSummaryBucket
    by_api_key: list[UsageGroupRow]
    by_endpoint: list[UsageGroupRow]
    by_model: list[UsageGroupRow]
    by_provider: list[UsageGroupRow]
    by_source: list[UsageGroupRow]
    by_source_label: list[UsageGroupRow]
    by_user: list[UsageGroupRow]
    end_date: str
    errors_by_status_code: list[UsageErrorCodeRow]
    series: list[UsageSeriesPoint]
    start_date: str
    totals: UsageTotals
    by_tool: list[UsageToolRow] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        bucket = self.bucket.value

        by_api_key = []
        for by_api_key_item_data in self.by_api_key:
            by_api_key_item = by_api_key_item_data.to_dict()
            by_api_key.append(by_api_key_item)

        by_endpoint = []
        for by_endpoint_item_data in self.by_endpoint:
            by_endpoint_item = by_endpoint_item_data.to_dict()
            by_endpoint.append(by_endpoint_item)

        by_model = []
        for by_model_item_data in self.by_model:
            by_model_item = by_model_item_data.to_dict()
            by_model.append(by_model_item)

        by_provider = []
        for by_provider_item_data in self.by_provider:
            by_provider_item = by_provider_item_data.to_dict()
            by_provider.append(by_provider_item)

        by_source = []
        for by_source_item_data in self.by_source:
            by_source_item = by_source_item_data.to_dict()
            by_source.append(by_source_item)

        by_source_label = []
        for by_source_label_item_data in self.by_source_label:
            by_source_label_item = by_source_label_item_data.to_dict()
            by_source_label.append(by_source_label_item)

        by_user = []
        for by_user_item_data in self.by_user:
            by_user_item = by_user_item_data.to_dict()
            by_user.append(by_user_item)

        end_date = self.end_date

        errors_by_status_code = []
        for errors_by_status_code_item_data in self.errors_by_status_code:
            errors_by_status_code_item = errors_by_status_code_item_data.to_dict()
            errors_by_status_code.append(errors_by_status_code_item)

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        start_date = self.start_date

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "by_api_key": by_api_key,
                "by_endpoint": by_endpoint,
                "by_model": by_model,
                "by_provider": by_provider,
                "by_source": by_source,
                "by_source_label": by_source_label,
                "by_user": by_user,
                "end_date": end_date,
                "errors_by_status_code": errors_by_status_code,
                "series": series,
                "start_date": start_date,
                "totals": totals,
            }
        )
        wire = self._wire
        if self.by_tool is not None:
            by_tool: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.by_tool, Unset):
                by_tool = []
                for by_tool_item_data in self.by_tool:
                    by_tool_item = by_tool_item_data.to_dict()
                    by_tool.append(by_tool_item)

            field_dict["by_tool"] = by_tool
        elif wire is not None and "by_tool" in wire:
            field_dict["by_tool"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        bucket = UsageSummaryBucket(d.pop("bucket"))

        by_api_key = []
        _by_api_key = d.pop("by_api_key")
        for by_api_key_item_data in _by_api_key:
            by_api_key_item = UsageGroupRow.from_dict(by_api_key_item_data)

            by_api_key.append(by_api_key_item)

        by_endpoint = []
        _by_endpoint = d.pop("by_endpoint")
        for by_endpoint_item_data in _by_endpoint:
            by_endpoint_item = UsageGroupRow.from_dict(by_endpoint_item_data)

            by_endpoint.append(by_endpoint_item)

        by_model = []
        _by_model = d.pop("by_model")
        for by_model_item_data in _by_model:
            by_model_item = UsageGroupRow.from_dict(by_model_item_data)

            by_model.append(by_model_item)

        by_provider = []
        _by_provider = d.pop("by_provider")
        for by_provider_item_data in _by_provider:
            by_provider_item = UsageGroupRow.from_dict(by_provider_item_data)

            by_provider.append(by_provider_item)

        by_source = []
        _by_source = d.pop("by_source")
        for by_source_item_data in _by_source:
            by_source_item = UsageGroupRow.from_dict(by_source_item_data)

            by_source.append(by_source_item)

        by_source_label = []
        _by_source_label = d.pop("by_source_label")
        for by_source_label_item_data in _by_source_label:
            by_source_label_item = UsageGroupRow.from_dict(by_source_label_item_data)

            by_source_label.append(by_source_label_item)

        by_user = []
        _by_user = d.pop("by_user")
        for by_user_item_data in _by_user:
            by_user_item = UsageGroupRow.from_dict(by_user_item_data)

            by_user.append(by_user_item)

        end_date = d.pop("end_date")

        errors_by_status_code = []
        _errors_by_status_code = d.pop("errors_by_status_code")
        for errors_by_status_code_item_data in _errors_by_status_code:
            errors_by_status_code_item = UsageErrorCodeRow.from_dict(errors_by_status_code_item_data)

            errors_by_status_code.append(errors_by_status_code_item)

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = UsageSeriesPoint.from_dict(series_item_data)

            series.append(series_item)

        start_date = d.pop("start_date")

        totals = UsageTotals.from_dict(d.pop("totals"))

        _by_tool = d.pop("by_tool", UNSET)
        by_tool: list[UsageToolRow] | Unset = UNSET
        if _by_tool is not UNSET:
            by_tool = []
            for by_tool_item_data in _by_tool:
                by_tool_item = UsageToolRow.from_dict(by_tool_item_data)

                by_tool.append(by_tool_item)

        if isinstance(by_tool, Unset):
            by_tool = None

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_summary = cls(
            bucket,
            by_api_key,
            by_endpoint,
            by_model,
            by_provider,
            by_source,
            by_source_label,
            by_user,
            end_date,
            errors_by_status_code,
            series,
            start_date,
            totals,
            by_tool,
        )
        usage_summary._wire = src_dict

        usage_summary.additional_properties = d
        return usage_summary

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
                "by_api_key",
                "by_endpoint",
                "by_model",
                "by_provider",
                "by_source",
                "by_source_label",
                "by_user",
                "end_date",
                "errors_by_status_code",
                "series",
                "start_date",
                "totals",
                "by_tool",
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
    """Import the model classes UsageSummary refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, UsageErrorCodeRow, UsageGroupRow, UsageSeriesPoint, UsageToolRow, UsageTotals  # noqa: PLW0603
    from ..models.usage_error_code_row import UsageErrorCodeRow  # noqa: PLC0415
    from ..models.usage_group_row import UsageGroupRow  # noqa: PLC0415
    from ..models.usage_series_point import UsageSeriesPoint  # noqa: PLC0415
    from ..models.usage_tool_row import UsageToolRow  # noqa: PLC0415
    from ..models.usage_totals import UsageTotals  # noqa: PLC0415

    _imported = True
