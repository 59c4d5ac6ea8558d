from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction


T = TypeVar("T", bound="ChoiceDeltaToolCall")


@_attrs_define
class ChoiceDeltaToolCall:
    """A fragment of a streamed tool call: the first fragment of a call carries `id`, `type` and `function.name`, later
    ones only argument text; `index` says which call it extends.

        Attributes:
            index (int):
            function (ChoiceDeltaToolCallFunction | None):
            id (None | str):
            type_ (None | str):
    """

    index: int
    function: ChoiceDeltaToolCallFunction | None = None
    id: None | str = None
    type_: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        wire = self._wire
        if self.function is not None:
            function: dict[str, Any] | None | Unset
            if isinstance(self.function, Unset):
                function = UNSET
            elif isinstance(self.function, ChoiceDeltaToolCallFunction):
                function = self.function.to_dict()
            else:
                function = self.function
            field_dict["function"] = function
        elif wire is not None and "function" in wire:
            field_dict["function"] = None
        if self.id is not None:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
            field_dict["id"] = id
        elif wire is not None and "id" in wire:
            field_dict["id"] = None
        if self.type_ is not None:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_
            field_dict["type"] = type_
        elif wire is not None and "type" in wire:
            field_dict["type"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        index = d.pop("index")

        function = d.pop("function", None)
        if function is not None and not isinstance(function, Unset):
            try:
                if not isinstance(function, dict):
                    raise TypeError()
                function_type_0 = ChoiceDeltaToolCallFunction.from_dict(function)

                function = function_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        id = d.pop("id", None)

        type_ = d.pop("type", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        choice_delta_tool_call = cls(
            index,
            function,
            id,
            type_,
        )
        choice_delta_tool_call._wire = src_dict

        choice_delta_tool_call.additional_properties = d
        return choice_delta_tool_call

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
                "function",
                "id",
                "type_",
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

    # The generated parser, for every shape the fast one below does not handle itself.
    _generated_from_dict = from_dict

    _ChoiceDeltaToolCallFunction = None

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a tool-call fragment: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict or "index" not in src_dict:
            return cls._generated_from_dict(src_dict)
        d = src_dict.copy()
        function = d.pop("function", None)
        if isinstance(function, dict):
            function_cls = cls._ChoiceDeltaToolCallFunction
            if function_cls is None:
                from ..models.choice_delta_tool_call_function import (  # noqa: PLC0415
                    ChoiceDeltaToolCallFunction as function_cls,
                )

                cls._ChoiceDeltaToolCallFunction = function_cls
            try:
                function = function_cls.from_dict(function)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, as the generated parser does
        choice_delta_tool_call = object.__new__(cls)
        choice_delta_tool_call.index = d.pop("index")
        choice_delta_tool_call.function = function
        choice_delta_tool_call.id = d.pop("id", None)
        choice_delta_tool_call.type_ = d.pop("type", None)
        choice_delta_tool_call.additional_properties = d
        choice_delta_tool_call._wire = src_dict
        choice_delta_tool_call._otari_ids = None  # every slot set, or copy and pickle fail
        return choice_delta_tool_call


_imported = False


def _import_lazy() -> None:
    """Import the model classes ChoiceDeltaToolCall refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChoiceDeltaToolCallFunction  # noqa: PLW0603
    from ..models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction  # noqa: PLC0415

    _imported = True
