from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.moderation_request_input_type_2_item import (
        ModerationRequestInputType2Item,
    )


T = TypeVar("T", bound="ModerationRequest")


@_attrs_define
class ModerationRequest:
    """OpenAI-compatible moderation request.

    Attributes:
        input_ (list[ModerationRequestInputType2Item] | list[str] | str): Text, list of texts, or list of content-part
            dicts to moderate
        model (str):
        user (None | str | Unset):
    """

    input_: list[ModerationRequestInputType2Item] | list[str] | str
    model: str
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.moderation_request_input_type_2_item import (
            ModerationRequestInputType2Item,  # noqa: PLC0415
        )

        input_: list[dict[str, Any]] | list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, list):
            input_ = []
            for input_type_2_item_data in self.input_:
                input_type_2_item = input_type_2_item_data.to_dict()
                input_.append(input_type_2_item)

        else:
            input_ = self.input_

        model = self.model

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moderation_request_input_type_2_item import (
            ModerationRequestInputType2Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_input_(data: object) -> list[ModerationRequestInputType2Item] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_2 = []
                _input_type_2 = data
                for input_type_2_item_data in _input_type_2:
                    input_type_2_item = ModerationRequestInputType2Item.from_dict(input_type_2_item_data)

                    input_type_2.append(input_type_2_item)

                return input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModerationRequestInputType2Item] | list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model")

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        moderation_request = cls(
            input_=input_,
            model=model,
            user=user,
        )

        moderation_request.additional_properties = d
        return moderation_request

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
                "input_",
                "model",
                "user",
            ),
        )
