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
        if not _imported:
            _import_lazy()
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
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        input_ = d.pop("input")
        try:
            if not isinstance(input_, list):
                raise TypeError()
            input_type_1 = cast(list[str], input_)

            input_ = input_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            try:
                if not isinstance(input_, list):
                    raise TypeError()
                input_type_2 = []
                _input_type_2 = input_
                for input_type_2_item_data in _input_type_2:
                    input_type_2_item = ModerationRequestInputType2Item.from_dict(input_type_2_item_data)

                    input_type_2.append(input_type_2_item)

                input_ = input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        model = d.pop("model")

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        moderation_request = cls(
            input_,
            model,
            user,
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes ModerationRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ModerationRequestInputType2Item  # noqa: PLW0603
    from ..models.moderation_request_input_type_2_item import (
        ModerationRequestInputType2Item,  # noqa: PLC0415
    )

    _imported = True
