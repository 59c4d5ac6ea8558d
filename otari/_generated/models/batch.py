from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_errors import BatchErrors
    from ..models.batch_metadata import BatchMetadata
    from ..models.batch_request_counts import BatchRequestCounts
    from ..models.batch_usage import BatchUsage


T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """A batch job (OpenAI Batch object) plus `provider`, the gateway provider instance that runs it. `status` is a plain
    string: new statuses must not break parsing.

        Attributes:
            id (str):
            status (str):
            cancelled_at (int | None | Unset):
            cancelling_at (int | None | Unset):
            completed_at (int | None | Unset):
            completion_window (str | Unset):
            created_at (int | Unset):
            endpoint (str | Unset):
            error_file_id (None | str | Unset):
            errors (BatchErrors | None | Unset):
            expired_at (int | None | Unset):
            expires_at (int | None | Unset):
            failed_at (int | None | Unset):
            finalizing_at (int | None | Unset):
            in_progress_at (int | None | Unset):
            input_file_id (None | str | Unset):
            metadata (BatchMetadata | None | Unset):
            model (None | str | Unset):
            object_ (str | Unset):
            output_file_id (None | str | Unset):
            provider (str | Unset):
            request_counts (BatchRequestCounts | None | Unset):
            usage (BatchUsage | None | Unset):
    """

    id: str
    status: str
    cancelled_at: int | None | Unset = UNSET
    cancelling_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    completion_window: str | Unset = UNSET
    created_at: int | Unset = UNSET
    endpoint: str | Unset = UNSET
    error_file_id: None | str | Unset = UNSET
    errors: BatchErrors | None | Unset = UNSET
    expired_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    finalizing_at: int | None | Unset = UNSET
    in_progress_at: int | None | Unset = UNSET
    input_file_id: None | str | Unset = UNSET
    metadata: BatchMetadata | None | Unset = UNSET
    model: None | str | Unset = UNSET
    object_: str | Unset = UNSET
    output_file_id: None | str | Unset = UNSET
    provider: str | Unset = UNSET
    request_counts: BatchRequestCounts | None | Unset = UNSET
    usage: BatchUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_errors import BatchErrors  # noqa: PLC0415
        from ..models.batch_metadata import BatchMetadata  # noqa: PLC0415
        from ..models.batch_request_counts import BatchRequestCounts  # noqa: PLC0415
        from ..models.batch_usage import BatchUsage  # noqa: PLC0415

        id = self.id

        status = self.status

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        cancelling_at: int | None | Unset
        if isinstance(self.cancelling_at, Unset):
            cancelling_at = UNSET
        else:
            cancelling_at = self.cancelling_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        completion_window = self.completion_window

        created_at = self.created_at

        endpoint = self.endpoint

        error_file_id: None | str | Unset
        if isinstance(self.error_file_id, Unset):
            error_file_id = UNSET
        else:
            error_file_id = self.error_file_id

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, BatchErrors):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        expired_at: int | None | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        finalizing_at: int | None | Unset
        if isinstance(self.finalizing_at, Unset):
            finalizing_at = UNSET
        else:
            finalizing_at = self.finalizing_at

        in_progress_at: int | None | Unset
        if isinstance(self.in_progress_at, Unset):
            in_progress_at = UNSET
        else:
            in_progress_at = self.in_progress_at

        input_file_id: None | str | Unset
        if isinstance(self.input_file_id, Unset):
            input_file_id = UNSET
        else:
            input_file_id = self.input_file_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BatchMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        object_ = self.object_

        output_file_id: None | str | Unset
        if isinstance(self.output_file_id, Unset):
            output_file_id = UNSET
        else:
            output_file_id = self.output_file_id

        provider = self.provider

        request_counts: dict[str, Any] | None | Unset
        if isinstance(self.request_counts, Unset):
            request_counts = UNSET
        elif isinstance(self.request_counts, BatchRequestCounts):
            request_counts = self.request_counts.to_dict()
        else:
            request_counts = self.request_counts

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, BatchUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if cancelling_at is not UNSET:
            field_dict["cancelling_at"] = cancelling_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if error_file_id is not UNSET:
            field_dict["error_file_id"] = error_file_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if finalizing_at is not UNSET:
            field_dict["finalizing_at"] = finalizing_at
        if in_progress_at is not UNSET:
            field_dict["in_progress_at"] = in_progress_at
        if input_file_id is not UNSET:
            field_dict["input_file_id"] = input_file_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if output_file_id is not UNSET:
            field_dict["output_file_id"] = output_file_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if request_counts is not UNSET:
            field_dict["request_counts"] = request_counts
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_errors import BatchErrors  # noqa: PLC0415
        from ..models.batch_metadata import BatchMetadata  # noqa: PLC0415
        from ..models.batch_request_counts import BatchRequestCounts  # noqa: PLC0415
        from ..models.batch_usage import BatchUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        def _parse_cancelled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

        def _parse_cancelling_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancelling_at = _parse_cancelling_at(d.pop("cancelling_at", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        completion_window = d.pop("completion_window", UNSET)

        created_at = d.pop("created_at", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        def _parse_error_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_file_id = _parse_error_file_id(d.pop("error_file_id", UNSET))

        def _parse_errors(data: object) -> BatchErrors | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_0 = BatchErrors.from_dict(data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchErrors | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_expired_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_failed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        def _parse_finalizing_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finalizing_at = _parse_finalizing_at(d.pop("finalizing_at", UNSET))

        def _parse_in_progress_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        in_progress_at = _parse_in_progress_at(d.pop("in_progress_at", UNSET))

        def _parse_input_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_file_id = _parse_input_file_id(d.pop("input_file_id", UNSET))

        def _parse_metadata(data: object) -> BatchMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BatchMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_output_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_file_id = _parse_output_file_id(d.pop("output_file_id", UNSET))

        provider = d.pop("provider", UNSET)

        def _parse_request_counts(data: object) -> BatchRequestCounts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_counts_type_0 = BatchRequestCounts.from_dict(data)

                return request_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchRequestCounts | None | Unset, data)

        request_counts = _parse_request_counts(d.pop("request_counts", UNSET))

        def _parse_usage(data: object) -> BatchUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = BatchUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        batch = cls(
            id=id,
            status=status,
            cancelled_at=cancelled_at,
            cancelling_at=cancelling_at,
            completed_at=completed_at,
            completion_window=completion_window,
            created_at=created_at,
            endpoint=endpoint,
            error_file_id=error_file_id,
            errors=errors,
            expired_at=expired_at,
            expires_at=expires_at,
            failed_at=failed_at,
            finalizing_at=finalizing_at,
            in_progress_at=in_progress_at,
            input_file_id=input_file_id,
            metadata=metadata,
            model=model,
            object_=object_,
            output_file_id=output_file_id,
            provider=provider,
            request_counts=request_counts,
            usage=usage,
        )

        batch.additional_properties = d
        return batch

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
