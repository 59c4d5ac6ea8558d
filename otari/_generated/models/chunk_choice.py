from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.choice_delta import ChoiceDelta

_new = object.__new__
_parse_delta: Any = None


def _bind_nested() -> Any:
    """Bind ChoiceDelta's parser, on the first choice (the models refer to each other, so not at import)."""
    global _parse_delta  # noqa: PLW0603
    from ..models.choice_delta import ChoiceDelta  # noqa: PLC0415

    _parse_delta = ChoiceDelta.from_dict
    return _parse_delta


T = TypeVar("T", bound="ChunkChoice")


@_attrs_define
class ChunkChoice:
    """One choice of a stream chunk; `index` says which choice the delta extends.

    Attributes:
        delta (ChoiceDelta): The part of the message a chunk adds. `content` is text or null; content parts, when a
            provider streams them, are handled as in ChatCompletionMessage.
        index (int):
        finish_reason (None | str):
    """

    delta: ChoiceDelta
    index: int
    finish_reason: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        delta = self.delta.to_dict()

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "index": index,
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
        delta = ChoiceDelta.from_dict(d.pop("delta"))

        index = d.pop("index")

        finish_reason = d.pop("finish_reason", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        chunk_choice = cls(
            delta,
            index,
            finish_reason,
        )
        chunk_choice._wire = src_dict

        chunk_choice.additional_properties = d
        return chunk_choice

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
                "delta",
                "index",
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

    _stock_from_dict = from_dict

    @classmethod
    def _generated_from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The generated parser, for every shape the fast one below does not handle itself.

        Every recorded chunk has a delta; a provider leaving it out (or sending null) gets an empty one, so
        ``delta`` can be typed ``ChoiceDelta`` without a stream failing over it.
        """
        if isinstance(src_dict, Mapping) and src_dict.get("delta") is None:
            src_dict = {**src_dict, "delta": {}}
        return cls._stock_from_dict(src_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a choice's JSON: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict:
            return cls._generated_from_dict(src_dict)
        d = src_dict.copy()
        try:
            index = d.pop("index")
        except KeyError:
            return cls._generated_from_dict(src_dict)
        delta = d.pop("delta", None)
        chunk_choice = _new(cls)
        # The delta first, as in the generated parser; a null or missing one is empty, as in _generated_from_dict.
        chunk_choice.delta = (_parse_delta or _bind_nested())({} if delta is None else delta)
        chunk_choice.index = index
        chunk_choice.finish_reason = d.pop("finish_reason", None)
        chunk_choice.additional_properties = d
        chunk_choice._wire = src_dict
        chunk_choice._otari_ids = None  # every slot set, or copy and pickle fail
        return chunk_choice


_imported = False


def _import_lazy() -> None:
    """Import the model classes ChunkChoice refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChoiceDelta  # noqa: PLW0603
    from ..models.choice_delta import ChoiceDelta  # noqa: PLC0415

    _imported = True
