from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.batch_result_error import BatchResultError
    from ..models.chat_completion import ChatCompletion


T = TypeVar("T", bound="BatchResultItem")


@_attrs_define
class BatchResultItem:
    """The outcome of one batch request: `result` (a chat completion: the gateway batches chat requests only) or `error`.

    Attributes:
        custom_id (str):
        error (BatchResultError | None):
        result (ChatCompletion | None):
    """

    custom_id: str
    error: BatchResultError | None = None
    result: ChatCompletion | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        custom_id = self.custom_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
            }
        )
        wire = self._wire
        if self.error is not None:
            error: dict[str, Any] | None | Unset
            if isinstance(self.error, Unset):
                error = UNSET
            elif isinstance(self.error, BatchResultError):
                error = self.error.to_dict()
            else:
                error = self.error
            field_dict["error"] = error
        elif wire is not None and "error" in wire:
            field_dict["error"] = None
        if self.result is not None:
            result: dict[str, Any] | None | Unset
            if isinstance(self.result, Unset):
                result = UNSET
            elif isinstance(self.result, ChatCompletion):
                result = self.result.to_dict()
            else:
                result = self.result
            field_dict["result"] = result
        elif wire is not None and "result" in wire:
            field_dict["result"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        error = d.pop("error", None)
        if error is not None and not isinstance(error, Unset):
            try:
                if not isinstance(error, dict):
                    raise TypeError()
                error_type_0 = BatchResultError.from_dict(error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        result = d.pop("result", None)
        if result is not None and not isinstance(result, Unset):
            try:
                if not isinstance(result, dict):
                    raise TypeError()
                result_type_0 = ChatCompletion.from_dict(result)

                result = result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        batch_result_item = cls(
            custom_id,
            error,
            result,
        )
        batch_result_item._wire = src_dict

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

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "custom_id",
                "error",
                "result",
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
    """Import the model classes BatchResultItem refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, BatchResultError, ChatCompletion  # noqa: PLW0603
    from ..models.batch_result_error import BatchResultError  # noqa: PLC0415
    from ..models.chat_completion import ChatCompletion  # noqa: PLC0415

    _imported = True
