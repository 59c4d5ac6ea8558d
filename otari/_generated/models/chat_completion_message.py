from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.function_call import FunctionCall
from ..types import content_text

if TYPE_CHECKING:
    from ..models.chat_completion_content_part import ChatCompletionContentPart


T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The assistant message of a choice. `content` is the text, or null. A provider may send a list of content parts
    instead: `content` is then the text of its text parts, and `content_parts()` gives the parts
    (model_extras/ChatCompletionMessage). Fields such as any-llm's `reasoning` are kept in `additional_properties`.

        Attributes:
            role (str):
            content (None | str):
            function_call (FunctionCall | None):
            refusal (None | str):
            tool_calls (list[ChatCompletionMessageToolCall] | None):
    """

    role: str
    content: None | str = None
    function_call: FunctionCall | None = None
    refusal: None | str = None
    tool_calls: list[ChatCompletionMessageToolCall] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        wire = self._wire
        if self.content is not None:
            content: None | str | Unset
            if isinstance(self.content, Unset):
                content = UNSET
            else:
                content = self.content
            field_dict["content"] = content
        elif wire is not None and "content" in wire:
            field_dict["content"] = None
        if self.function_call is not None:
            function_call: dict[str, Any] | None | Unset
            if isinstance(self.function_call, Unset):
                function_call = UNSET
            elif isinstance(self.function_call, FunctionCall):
                function_call = self.function_call.to_dict()
            else:
                function_call = self.function_call
            field_dict["function_call"] = function_call
        elif wire is not None and "function_call" in wire:
            field_dict["function_call"] = None
        if self.refusal is not None:
            refusal: None | str | Unset
            if isinstance(self.refusal, Unset):
                refusal = UNSET
            else:
                refusal = self.refusal
            field_dict["refusal"] = refusal
        elif wire is not None and "refusal" in wire:
            field_dict["refusal"] = None
        if self.tool_calls is not None:
            tool_calls: list[dict[str, Any]] | None | Unset
            if isinstance(self.tool_calls, Unset):
                tool_calls = UNSET
            elif isinstance(self.tool_calls, list):
                tool_calls = []
                for tool_calls_type_0_item_data in self.tool_calls:
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                    tool_calls.append(tool_calls_type_0_item)

            else:
                tool_calls = self.tool_calls
            field_dict["tool_calls"] = tool_calls
        elif wire is not None and "tool_calls" in wire:
            field_dict["tool_calls"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        role = d.pop("role")

        content = d.pop("content", None)

        function_call = d.pop("function_call", None)
        if function_call is not None and not isinstance(function_call, Unset):
            try:
                if not isinstance(function_call, dict):
                    raise TypeError()
                function_call_type_0 = FunctionCall.from_dict(function_call)

                function_call = function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        refusal = d.pop("refusal", None)

        tool_calls = d.pop("tool_calls", None)
        if tool_calls is not None and not isinstance(tool_calls, Unset):
            try:
                if not isinstance(tool_calls, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = tool_calls
                for tool_calls_type_0_item_data in _tool_calls_type_0:
                    tool_calls_type_0_item = ChatCompletionMessageToolCall.from_dict(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                tool_calls = tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        chat_completion_message = cls(
            role,
            content,
            function_call,
            refusal,
            tool_calls,
        )
        chat_completion_message._wire = src_dict

        chat_completion_message.additional_properties = d
        return chat_completion_message

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
                "role",
                "content",
                "function_call",
                "refusal",
                "tool_calls",
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

    # The generated parser; the one below only turns content parts into their text.
    _generated_from_dict = from_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a message. Content sent as a list of parts becomes their text; ``content_parts()`` has the parts."""
        message = cls._generated_from_dict(src_dict)
        if isinstance(message.content, list):
            message.content = content_text(message.content)
        return message

    def content_string(self) -> str:
        """The message text, ``""`` when there is none (a tool-call-only message, or parts without text)."""
        return self.content or ""

    def content_parts(self) -> list[ChatCompletionContentPart] | None:
        """The content parts as the provider sent them, when it sent a list rather than a string; else None.

        ``content`` then holds the text of the ``"text"`` parts; image, audio or reasoning parts are here.
        """
        raw = self._wire.get("content") if self._wire is not None else None
        if not isinstance(raw, list):
            return None
        from ..models.chat_completion_content_part import ChatCompletionContentPart  # noqa: PLC0415

        return [ChatCompletionContentPart.from_dict(part) for part in raw if isinstance(part, dict)]

    # The generated serialiser; the one below gives content parts back as they arrived.
    _generated_to_dict = to_dict

    def to_dict(self) -> dict[str, Any]:
        field_dict = self._generated_to_dict()
        raw = self._wire.get("content") if self._wire is not None else None
        if isinstance(raw, list) and self.content == content_text(raw):
            field_dict["content"] = raw
        return field_dict


_imported = False


def _import_lazy() -> None:
    """Import the model classes ChatCompletionMessage refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChatCompletionMessageToolCall, FunctionCall  # noqa: PLW0603
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
    from ..models.function_call import FunctionCall  # noqa: PLC0415

    _imported = True
