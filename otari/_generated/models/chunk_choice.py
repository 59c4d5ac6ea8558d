from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_delta import ChoiceDelta


T = TypeVar("T", bound="ChunkChoice")


@_attrs_define
class ChunkChoice:
    """One choice of a stream chunk; `index` says which choice the delta extends.

    Attributes:
        index (int):
        delta (ChoiceDelta | None | Unset):
        finish_reason (None | str | Unset):
    """

    index: int
    delta: ChoiceDelta | None | Unset = UNSET
    finish_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.choice_delta import ChoiceDelta  # noqa: PLC0415

        index = self.index

        delta: dict[str, Any] | None | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        elif isinstance(self.delta, ChoiceDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if delta is not UNSET:
            field_dict["delta"] = delta
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice_delta import ChoiceDelta  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        def _parse_delta(data: object) -> ChoiceDelta | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_0 = ChoiceDelta.from_dict(data)

                return delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChoiceDelta | None | Unset, data)

        delta = _parse_delta(d.pop("delta", UNSET))

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        chunk_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
        )

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

    # The generated parser, for every shape the fast one below does not handle itself.
    _generated_from_dict = from_dict

    _ChoiceDelta = None

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a choice's JSON: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict or "index" not in src_dict:
            return cls._generated_from_dict(src_dict)
        d = src_dict.copy()
        delta = d.pop("delta", UNSET)
        if isinstance(delta, dict):
            delta_cls = cls._ChoiceDelta
            if delta_cls is None:
                from ..models.choice_delta import ChoiceDelta as delta_cls  # noqa: PLC0415

                cls._ChoiceDelta = delta_cls
            try:
                delta = delta_cls.from_dict(delta)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, as the generated parser does
        chunk_choice = object.__new__(cls)
        chunk_choice.index = d.pop("index")
        chunk_choice.delta = delta
        chunk_choice.finish_reason = d.pop("finish_reason", UNSET)
        chunk_choice.additional_properties = d
        return chunk_choice
