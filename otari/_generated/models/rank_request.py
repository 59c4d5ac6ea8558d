from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.scored_example import ScoredExample


T = TypeVar("T", bound="RankRequest")


@_attrs_define
class RankRequest:
    """Record how well each candidate did, for one or many prompts.

    A batch because of the arithmetic: a pool routes nothing until it holds
    ``router_seed_count`` examples (20 by default) and the vote reads the ``k``
    nearest (5 by default), so a useful first teaching pass is dozens of examples
    across the kinds of prompt you care about.

        Attributes:
            examples (list[ScoredExample]): The scored prompts to record.
            user_id (str): Whose routing memory these examples belong to.
    """

    examples: list[ScoredExample]
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        examples = []
        _examples = d.pop("examples")
        for examples_item_data in _examples:
            examples_item = ScoredExample.from_dict(examples_item_data)

            examples.append(examples_item)

        user_id = d.pop("user_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        rank_request = cls(
            examples,
            user_id,
        )

        rank_request.additional_properties = d
        return rank_request

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
                "examples",
                "user_id",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes RankRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ScoredExample  # noqa: PLW0603
    from ..models.scored_example import ScoredExample  # noqa: PLC0415

    _imported = True
