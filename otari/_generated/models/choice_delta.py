from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.choice_delta_tool_call import ChoiceDeltaToolCall
    from ..models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction
from ..types import content_text

# A module global: read at a fraction of the cost of ``object.__new__`` on every delta.
_new = object.__new__

if TYPE_CHECKING:
    from ..models.chat_completion_content_part import ChatCompletionContentPart


T = TypeVar("T", bound="ChoiceDelta")


@_attrs_define
class ChoiceDelta:
    """The part of the message a chunk adds. `content` is text or null; content parts, when a provider streams them, are
    handled as in ChatCompletionMessage.

        Attributes:
            content (None | str):
            function_call (ChoiceDeltaToolCallFunction | None):
            refusal (None | str):
            role (None | str):
            tool_calls (list[ChoiceDeltaToolCall] | None):
    """

    content: None | str = None
    function_call: ChoiceDeltaToolCallFunction | None = None
    refusal: None | str = None
    role: None | str = None
    tool_calls: list[ChoiceDeltaToolCall] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            elif isinstance(self.function_call, ChoiceDeltaToolCallFunction):
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
        if self.role is not None:
            role: None | str | Unset
            if isinstance(self.role, Unset):
                role = UNSET
            else:
                role = self.role
            field_dict["role"] = role
        elif wire is not None and "role" in wire:
            field_dict["role"] = None
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
        content = d.pop("content", None)

        function_call = d.pop("function_call", None)
        if function_call is not None and not isinstance(function_call, Unset):
            try:
                if not isinstance(function_call, dict):
                    raise TypeError()
                function_call_type_0 = ChoiceDeltaToolCallFunction.from_dict(function_call)

                function_call = function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        refusal = d.pop("refusal", None)

        role = d.pop("role", None)

        tool_calls = d.pop("tool_calls", None)
        if tool_calls is not None and not isinstance(tool_calls, Unset):
            try:
                if not isinstance(tool_calls, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = tool_calls
                for tool_calls_type_0_item_data in _tool_calls_type_0:
                    tool_calls_type_0_item = ChoiceDeltaToolCall.from_dict(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                tool_calls = tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        choice_delta = cls(
            content,
            function_call,
            refusal,
            role,
            tool_calls,
        )
        choice_delta._wire = src_dict

        choice_delta.additional_properties = d
        return choice_delta

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
                "content",
                "function_call",
                "refusal",
                "role",
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

    _stock_from_dict = from_dict

    @classmethod
    def _generated_from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The generated parser, for every shape the fast one below does not handle itself.

        Content sent as a list of parts becomes their text (``content_parts()`` has the parts).
        """
        choice_delta = cls._stock_from_dict(src_dict)
        if isinstance(choice_delta.content, list):
            choice_delta.content = content_text(choice_delta.content)
        return choice_delta

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a delta's JSON: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict:
            return cls._generated_from_dict(src_dict)
        if len(src_dict) == 1 and type(src_dict.get("content")) is str:
            # Text and nothing else, as OpenAI sends nearly every delta: no other field to look for.
            choice_delta = _new(cls)
            choice_delta.content = src_dict["content"]
            choice_delta.function_call = None
            choice_delta.refusal = None
            choice_delta.role = None
            choice_delta.tool_calls = None
            choice_delta.additional_properties = {}
            choice_delta._wire = src_dict
            choice_delta._otari_ids = None  # every slot set, or copy and pickle fail
            return choice_delta
        d = src_dict.copy()
        content = d.pop("content", None)
        if content is not None and type(content) is list:
            content = content_text(content)  # the parts stay reachable through content_parts()
        tool_calls = d.pop("tool_calls", None)
        function_call = d.pop("function_call", None)
        if (tool_calls is not None or function_call is not None) and not _imported:
            _import_lazy()  # the module's nested classes, as every generated parser imports them
        if tool_calls is not None and isinstance(tool_calls, list):
            call_from_dict = ChoiceDeltaToolCall.from_dict
            try:
                tool_calls = [call_from_dict(call) for call in tool_calls]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # one bad call keeps the whole list as sent, as the generated parser does
        if function_call is not None and isinstance(function_call, dict):
            try:
                function_call = ChoiceDeltaToolCallFunction.from_dict(function_call)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, as the generated parser does
        choice_delta = _new(cls)
        choice_delta.content = content
        choice_delta.function_call = function_call
        choice_delta.refusal = d.pop("refusal", None)
        choice_delta.role = d.pop("role", None)
        choice_delta.tool_calls = tool_calls
        choice_delta.additional_properties = d
        choice_delta._wire = src_dict
        choice_delta._otari_ids = None  # every slot set, or copy and pickle fail
        return choice_delta

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
    """Import the model classes ChoiceDelta refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChoiceDeltaToolCall, ChoiceDeltaToolCallFunction  # noqa: PLW0603
    from ..models.choice_delta_tool_call import ChoiceDeltaToolCall  # noqa: PLC0415
    from ..models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction  # noqa: PLC0415

    _imported = True
