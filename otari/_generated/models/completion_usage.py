from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.completion_tokens_details import CompletionTokensDetails
    from ..models.prompt_tokens_details import PromptTokensDetails


T = TypeVar("T", bound="CompletionUsage")


@_attrs_define
class CompletionUsage:
    """Token usage of a chat completion.

    Attributes:
        completion_tokens (int):
        prompt_tokens (int):
        total_tokens (int):
        completion_tokens_details (CompletionTokensDetails | None):
        prompt_tokens_details (None | PromptTokensDetails):
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    completion_tokens_details: CompletionTokensDetails | None = None
    prompt_tokens_details: None | PromptTokensDetails = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            }
        )
        wire = self._wire
        if self.completion_tokens_details is not None:
            completion_tokens_details: dict[str, Any] | None | Unset
            if isinstance(self.completion_tokens_details, Unset):
                completion_tokens_details = UNSET
            elif isinstance(self.completion_tokens_details, CompletionTokensDetails):
                completion_tokens_details = self.completion_tokens_details.to_dict()
            else:
                completion_tokens_details = self.completion_tokens_details
            field_dict["completion_tokens_details"] = completion_tokens_details
        elif wire is not None and "completion_tokens_details" in wire:
            field_dict["completion_tokens_details"] = None
        if self.prompt_tokens_details is not None:
            prompt_tokens_details: dict[str, Any] | None | Unset
            if isinstance(self.prompt_tokens_details, Unset):
                prompt_tokens_details = UNSET
            elif isinstance(self.prompt_tokens_details, PromptTokensDetails):
                prompt_tokens_details = self.prompt_tokens_details.to_dict()
            else:
                prompt_tokens_details = self.prompt_tokens_details
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        elif wire is not None and "prompt_tokens_details" in wire:
            field_dict["prompt_tokens_details"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens")

        prompt_tokens = d.pop("prompt_tokens")

        total_tokens = d.pop("total_tokens")

        completion_tokens_details = d.pop("completion_tokens_details", None)
        if completion_tokens_details is not None and not isinstance(completion_tokens_details, Unset):
            try:
                if not isinstance(completion_tokens_details, dict):
                    raise TypeError()
                completion_tokens_details_type_0 = CompletionTokensDetails.from_dict(completion_tokens_details)

                completion_tokens_details = completion_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        prompt_tokens_details = d.pop("prompt_tokens_details", None)
        if prompt_tokens_details is not None and not isinstance(prompt_tokens_details, Unset):
            try:
                if not isinstance(prompt_tokens_details, dict):
                    raise TypeError()
                prompt_tokens_details_type_0 = PromptTokensDetails.from_dict(prompt_tokens_details)

                prompt_tokens_details = prompt_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        completion_usage = cls(
            completion_tokens,
            prompt_tokens,
            total_tokens,
            completion_tokens_details,
            prompt_tokens_details,
        )
        completion_usage._wire = src_dict

        completion_usage.additional_properties = d
        return completion_usage

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
                "completion_tokens",
                "prompt_tokens",
                "total_tokens",
                "completion_tokens_details",
                "prompt_tokens_details",
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
    """Import the model classes CompletionUsage refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CompletionTokensDetails, PromptTokensDetails  # noqa: PLW0603
    from ..models.completion_tokens_details import CompletionTokensDetails  # noqa: PLC0415
    from ..models.prompt_tokens_details import PromptTokensDetails  # noqa: PLC0415

    _imported = True
