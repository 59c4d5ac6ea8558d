from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

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
            completion_window (str):
            created_at (int):
            endpoint (str):
            id (str):
            object_ (str):
            provider (str):
            status (str):
            cancelled_at (int | None):
            cancelling_at (int | None):
            completed_at (int | None):
            error_file_id (None | str):
            errors (BatchErrors | None):
            expired_at (int | None):
            expires_at (int | None):
            failed_at (int | None):
            finalizing_at (int | None):
            in_progress_at (int | None):
            input_file_id (None | str):
            metadata (BatchMetadata | None):
            model (None | str):
            output_file_id (None | str):
            request_counts (BatchRequestCounts | None):
            usage (BatchUsage | None):
    """

    completion_window: str
    created_at: int
    endpoint: str
    id: str
    object_: str
    provider: str
    status: str
    cancelled_at: int | None = None
    cancelling_at: int | None = None
    completed_at: int | None = None
    error_file_id: None | str = None
    errors: BatchErrors | None = None
    expired_at: int | None = None
    expires_at: int | None = None
    failed_at: int | None = None
    finalizing_at: int | None = None
    in_progress_at: int | None = None
    input_file_id: None | str = None
    metadata: BatchMetadata | None = None
    model: None | str = None
    output_file_id: None | str = None
    request_counts: BatchRequestCounts | None = None
    usage: BatchUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        completion_window = self.completion_window

        created_at = self.created_at

        endpoint = self.endpoint

        id = self.id

        object_ = self.object_

        provider = self.provider

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_window": completion_window,
                "created_at": created_at,
                "endpoint": endpoint,
                "id": id,
                "object": object_,
                "provider": provider,
                "status": status,
            }
        )
        wire = self._wire
        if self.cancelled_at is not None:
            cancelled_at: int | None | Unset
            if isinstance(self.cancelled_at, Unset):
                cancelled_at = UNSET
            else:
                cancelled_at = self.cancelled_at
            field_dict["cancelled_at"] = cancelled_at
        elif wire is not None and "cancelled_at" in wire:
            field_dict["cancelled_at"] = None
        if self.cancelling_at is not None:
            cancelling_at: int | None | Unset
            if isinstance(self.cancelling_at, Unset):
                cancelling_at = UNSET
            else:
                cancelling_at = self.cancelling_at
            field_dict["cancelling_at"] = cancelling_at
        elif wire is not None and "cancelling_at" in wire:
            field_dict["cancelling_at"] = None
        if self.completed_at is not None:
            completed_at: int | None | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = self.completed_at
            field_dict["completed_at"] = completed_at
        elif wire is not None and "completed_at" in wire:
            field_dict["completed_at"] = None
        if self.error_file_id is not None:
            error_file_id: None | str | Unset
            if isinstance(self.error_file_id, Unset):
                error_file_id = UNSET
            else:
                error_file_id = self.error_file_id
            field_dict["error_file_id"] = error_file_id
        elif wire is not None and "error_file_id" in wire:
            field_dict["error_file_id"] = None
        if self.errors is not None:
            errors: dict[str, Any] | None | Unset
            if isinstance(self.errors, Unset):
                errors = UNSET
            elif isinstance(self.errors, BatchErrors):
                errors = self.errors.to_dict()
            else:
                errors = self.errors
            field_dict["errors"] = errors
        elif wire is not None and "errors" in wire:
            field_dict["errors"] = None
        if self.expired_at is not None:
            expired_at: int | None | Unset
            if isinstance(self.expired_at, Unset):
                expired_at = UNSET
            else:
                expired_at = self.expired_at
            field_dict["expired_at"] = expired_at
        elif wire is not None and "expired_at" in wire:
            field_dict["expired_at"] = None
        if self.expires_at is not None:
            expires_at: int | None | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = self.expires_at
            field_dict["expires_at"] = expires_at
        elif wire is not None and "expires_at" in wire:
            field_dict["expires_at"] = None
        if self.failed_at is not None:
            failed_at: int | None | Unset
            if isinstance(self.failed_at, Unset):
                failed_at = UNSET
            else:
                failed_at = self.failed_at
            field_dict["failed_at"] = failed_at
        elif wire is not None and "failed_at" in wire:
            field_dict["failed_at"] = None
        if self.finalizing_at is not None:
            finalizing_at: int | None | Unset
            if isinstance(self.finalizing_at, Unset):
                finalizing_at = UNSET
            else:
                finalizing_at = self.finalizing_at
            field_dict["finalizing_at"] = finalizing_at
        elif wire is not None and "finalizing_at" in wire:
            field_dict["finalizing_at"] = None
        if self.in_progress_at is not None:
            in_progress_at: int | None | Unset
            if isinstance(self.in_progress_at, Unset):
                in_progress_at = UNSET
            else:
                in_progress_at = self.in_progress_at
            field_dict["in_progress_at"] = in_progress_at
        elif wire is not None and "in_progress_at" in wire:
            field_dict["in_progress_at"] = None
        if self.input_file_id is not None:
            input_file_id: None | str | Unset
            if isinstance(self.input_file_id, Unset):
                input_file_id = UNSET
            else:
                input_file_id = self.input_file_id
            field_dict["input_file_id"] = input_file_id
        elif wire is not None and "input_file_id" in wire:
            field_dict["input_file_id"] = None
        if self.metadata is not None:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, BatchMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        elif wire is not None and "metadata" in wire:
            field_dict["metadata"] = None
        if self.model is not None:
            model: None | str | Unset
            if isinstance(self.model, Unset):
                model = UNSET
            else:
                model = self.model
            field_dict["model"] = model
        elif wire is not None and "model" in wire:
            field_dict["model"] = None
        if self.output_file_id is not None:
            output_file_id: None | str | Unset
            if isinstance(self.output_file_id, Unset):
                output_file_id = UNSET
            else:
                output_file_id = self.output_file_id
            field_dict["output_file_id"] = output_file_id
        elif wire is not None and "output_file_id" in wire:
            field_dict["output_file_id"] = None
        if self.request_counts is not None:
            request_counts: dict[str, Any] | None | Unset
            if isinstance(self.request_counts, Unset):
                request_counts = UNSET
            elif isinstance(self.request_counts, BatchRequestCounts):
                request_counts = self.request_counts.to_dict()
            else:
                request_counts = self.request_counts
            field_dict["request_counts"] = request_counts
        elif wire is not None and "request_counts" in wire:
            field_dict["request_counts"] = None
        if self.usage is not None:
            usage: dict[str, Any] | None | Unset
            if isinstance(self.usage, Unset):
                usage = UNSET
            elif isinstance(self.usage, BatchUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage
            field_dict["usage"] = usage
        elif wire is not None and "usage" in wire:
            field_dict["usage"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        completion_window = d.pop("completion_window")

        created_at = d.pop("created_at")

        endpoint = d.pop("endpoint")

        id = d.pop("id")

        object_ = d.pop("object")

        provider = d.pop("provider")

        status = d.pop("status")

        cancelled_at = d.pop("cancelled_at", None)

        cancelling_at = d.pop("cancelling_at", None)

        completed_at = d.pop("completed_at", None)

        error_file_id = d.pop("error_file_id", None)

        errors = d.pop("errors", None)
        if errors is not None and not isinstance(errors, Unset):
            try:
                if not isinstance(errors, dict):
                    raise TypeError()
                errors_type_0 = BatchErrors.from_dict(errors)

                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        expired_at = d.pop("expired_at", None)

        expires_at = d.pop("expires_at", None)

        failed_at = d.pop("failed_at", None)

        finalizing_at = d.pop("finalizing_at", None)

        in_progress_at = d.pop("in_progress_at", None)

        input_file_id = d.pop("input_file_id", None)

        metadata = d.pop("metadata", None)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = BatchMetadata.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        model = d.pop("model", None)

        output_file_id = d.pop("output_file_id", None)

        request_counts = d.pop("request_counts", None)
        if request_counts is not None and not isinstance(request_counts, Unset):
            try:
                if not isinstance(request_counts, dict):
                    raise TypeError()
                request_counts_type_0 = BatchRequestCounts.from_dict(request_counts)

                request_counts = request_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        usage = d.pop("usage", None)
        if usage is not None and not isinstance(usage, Unset):
            try:
                if not isinstance(usage, dict):
                    raise TypeError()
                usage_type_0 = BatchUsage.from_dict(usage)

                usage = usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        batch = cls(
            completion_window,
            created_at,
            endpoint,
            id,
            object_,
            provider,
            status,
            cancelled_at,
            cancelling_at,
            completed_at,
            error_file_id,
            errors,
            expired_at,
            expires_at,
            failed_at,
            finalizing_at,
            in_progress_at,
            input_file_id,
            metadata,
            model,
            output_file_id,
            request_counts,
            usage,
        )
        batch._wire = src_dict

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

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "completion_window",
                "created_at",
                "endpoint",
                "id",
                "object_",
                "provider",
                "status",
                "cancelled_at",
                "cancelling_at",
                "completed_at",
                "error_file_id",
                "errors",
                "expired_at",
                "expires_at",
                "failed_at",
                "finalizing_at",
                "in_progress_at",
                "input_file_id",
                "metadata",
                "model",
                "output_file_id",
                "request_counts",
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
    """Import the model classes Batch refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, BatchErrors, BatchMetadata, BatchRequestCounts, BatchUsage  # noqa: PLW0603
    from ..models.batch_errors import BatchErrors  # noqa: PLC0415
    from ..models.batch_metadata import BatchMetadata  # noqa: PLC0415
    from ..models.batch_request_counts import BatchRequestCounts  # noqa: PLC0415
    from ..models.batch_usage import BatchUsage  # noqa: PLC0415

    _imported = True
