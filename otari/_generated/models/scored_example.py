from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.scored_example_scores import ScoredExampleScores


T = TypeVar("T", bound="ScoredExample")


@_attrs_define
class ScoredExample:
    """One prompt and how well each candidate answered it.

    Attributes:
        prompt (str): The prompt that was tried.
        scores (ScoredExampleScores): Selector -> quality in [0.0, 1.0], where 1.0 is a great answer. Ties are fine and
            meaningful: two models that both answered well is exactly the case where the router should take the cheaper one.
        label_source (str | Unset): Provenance of the scores: 'human' or 'judge'. Default: 'human'.
        task_id (None | str | Unset): Partition this example belongs to, matching the Otari-Router-Task header requests
            send. Omit to file it in the user's default pool.
    """

    prompt: str
    scores: ScoredExampleScores
    label_source: str | Unset = "human"
    task_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        prompt = self.prompt

        scores = self.scores.to_dict()

        label_source = self.label_source

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "scores": scores,
            }
        )
        if label_source is not UNSET:
            field_dict["label_source"] = label_source
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        prompt = d.pop("prompt")

        scores = ScoredExampleScores.from_dict(d.pop("scores"))

        label_source = d.pop("label_source", UNSET)

        task_id = d.pop("task_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        scored_example = cls(
            prompt,
            scores,
            label_source,
            task_id,
        )

        scored_example.additional_properties = d
        return scored_example

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
                "prompt",
                "scores",
                "label_source",
                "task_id",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes ScoredExample refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ScoredExampleScores  # noqa: PLW0603
    from ..models.scored_example_scores import ScoredExampleScores  # noqa: PLC0415

    _imported = True
