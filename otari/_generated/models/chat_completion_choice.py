from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.chat_completion_message import ChatCompletionMessage


T = TypeVar("T", bound="ChatCompletionChoice")


@_attrs_define
class ChatCompletionChoice:
    """One choice of a chat completion. `finish_reason` is a plain string: new reasons must not break parsing.

    Attributes:
        index (int):
        message (ChatCompletionMessage): The assistant message of a choice. `content` is the text, or null. A provider
            may send a list of content parts instead: `content` is then the text of its text parts, and `content_parts()`
            gives the parts (model_extras/ChatCompletionMessage). Fields such as any-llm's `reasoning` are kept in
            `additional_properties`.
        finish_reason (None | str):
    """

    index: int
    message: ChatCompletionMessage
    finish_reason: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        index = self.index

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
            }
        )
        wire = self._wire
        if self.finish_reason is not None:
            finish_reason: None | str | Unset
            if isinstance(self.finish_reason, Unset):
                finish_reason = UNSET
            else:
                finish_reason = self.finish_reason
            field_dict["finish_reason"] = finish_reason
        elif wire is not None and "finish_reason" in wire:
            field_dict["finish_reason"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        index = d.pop("index")

        message = ChatCompletionMessage.from_dict(d.pop("message"))

        finish_reason = d.pop("finish_reason", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        chat_completion_choice = cls(
            index,
            message,
            finish_reason,
        )
        chat_completion_choice._wire = src_dict

        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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
                "index",
                "message",
                "finish_reason",
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
    """Import the model classes ChatCompletionChoice refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChatCompletionMessage  # noqa: PLW0603
    from ..models.chat_completion_message import ChatCompletionMessage  # noqa: PLC0415

    _imported = True
