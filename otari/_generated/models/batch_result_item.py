from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_result_error import BatchResultError
    from ..models.chat_completion import ChatCompletion
    from ..models.untyped_batch_result import UntypedBatchResult


T = TypeVar("T", bound="BatchResultItem")


@_attrs_define
class BatchResultItem:
    """The outcome of one batch request: `result` (a chat completion) or `error`.

    Attributes:
        custom_id (str):
        error (BatchResultError | None | Unset):
        result (ChatCompletion | None | Unset | UntypedBatchResult):
    """

    custom_id: str
    error: BatchResultError | None | Unset = UNSET
    result: ChatCompletion | None | Unset | UntypedBatchResult = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_result_error import BatchResultError  # noqa: PLC0415
        from ..models.chat_completion import ChatCompletion  # noqa: PLC0415
        from ..models.untyped_batch_result import UntypedBatchResult  # noqa: PLC0415

        custom_id = self.custom_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BatchResultError):
            error = self.error.to_dict()
        else:
            error = self.error

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ChatCompletion):
            result = self.result.to_dict()
        elif isinstance(self.result, UntypedBatchResult):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_result_error import BatchResultError  # noqa: PLC0415
        from ..models.chat_completion import ChatCompletion  # noqa: PLC0415
        from ..models.untyped_batch_result import UntypedBatchResult  # noqa: PLC0415

        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        def _parse_error(data: object) -> BatchResultError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = BatchResultError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchResultError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_result(data: object) -> ChatCompletion | None | Unset | UntypedBatchResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ChatCompletion.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_1 = UntypedBatchResult.from_dict(data)

                return result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletion | None | Unset | UntypedBatchResult, data)

        result = _parse_result(d.pop("result", UNSET))

        batch_result_item = cls(
            custom_id=custom_id,
            error=error,
            result=result,
        )

        batch_result_item.additional_properties = d
        return batch_result_item

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
