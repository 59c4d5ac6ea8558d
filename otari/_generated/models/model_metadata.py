from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ModelMetadata")


@_attrs_define
class ModelMetadata:
    """models.dev metadata for one model, for the dashboard's detail view.

    Attributes:
        attachment (bool):
        context_window (int | None):
        cost_input (float | None):
        cost_output (float | None):
        deprecated (bool):
        description (None | str):
        family (None | str):
        input_modalities (list[str] | None):
        knowledge_cutoff (None | str):
        last_updated (None | str):
        max_output_tokens (int | None):
        name (None | str):
        open_weights (bool):
        output_modalities (list[str] | None):
        reasoning (bool):
        release_date (None | str):
        structured_output (bool):
        temperature (bool):
        tool_call (bool):
    """

    attachment: bool = False
    context_window: int | None = None
    cost_input: float | None = None
    cost_output: float | None = None
    deprecated: bool = False
    description: None | str = None
    family: None | str = None
    input_modalities: list[str] | None = None
    knowledge_cutoff: None | str = None
    last_updated: None | str = None
    max_output_tokens: int | None = None
    name: None | str = None
    open_weights: bool = False
    output_modalities: list[str] | None = None
    reasoning: bool = False
    release_date: None | str = None
    structured_output: bool = False
    temperature: bool = False
    tool_call: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if wire is None or "attachment" in wire or self.attachment != False:
            attachment = self.attachment
            field_dict["attachment"] = attachment
        if self.context_window is not None:
            context_window: int | None | Unset
            if isinstance(self.context_window, Unset):
                context_window = UNSET
            else:
                context_window = self.context_window
            field_dict["context_window"] = context_window
        elif wire is not None and "context_window" in wire:
            field_dict["context_window"] = None
        if self.cost_input is not None:
            cost_input: float | None | Unset
            if isinstance(self.cost_input, Unset):
                cost_input = UNSET
            else:
                cost_input = self.cost_input
            field_dict["cost_input"] = cost_input
        elif wire is not None and "cost_input" in wire:
            field_dict["cost_input"] = None
        if self.cost_output is not None:
            cost_output: float | None | Unset
            if isinstance(self.cost_output, Unset):
                cost_output = UNSET
            else:
                cost_output = self.cost_output
            field_dict["cost_output"] = cost_output
        elif wire is not None and "cost_output" in wire:
            field_dict["cost_output"] = None
        if wire is None or "deprecated" in wire or self.deprecated != False:
            deprecated = self.deprecated
            field_dict["deprecated"] = deprecated
        if self.description is not None:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            field_dict["description"] = description
        elif wire is not None and "description" in wire:
            field_dict["description"] = None
        if self.family is not None:
            family: None | str | Unset
            if isinstance(self.family, Unset):
                family = UNSET
            else:
                family = self.family
            field_dict["family"] = family
        elif wire is not None and "family" in wire:
            field_dict["family"] = None
        if self.input_modalities is not None:
            input_modalities: list[str] | Unset = UNSET
            if not isinstance(self.input_modalities, Unset):
                input_modalities = self.input_modalities

            field_dict["input_modalities"] = input_modalities
        elif wire is not None and "input_modalities" in wire:
            field_dict["input_modalities"] = None
        if self.knowledge_cutoff is not None:
            knowledge_cutoff: None | str | Unset
            if isinstance(self.knowledge_cutoff, Unset):
                knowledge_cutoff = UNSET
            else:
                knowledge_cutoff = self.knowledge_cutoff
            field_dict["knowledge_cutoff"] = knowledge_cutoff
        elif wire is not None and "knowledge_cutoff" in wire:
            field_dict["knowledge_cutoff"] = None
        if self.last_updated is not None:
            last_updated: None | str | Unset
            if isinstance(self.last_updated, Unset):
                last_updated = UNSET
            else:
                last_updated = self.last_updated
            field_dict["last_updated"] = last_updated
        elif wire is not None and "last_updated" in wire:
            field_dict["last_updated"] = None
        if self.max_output_tokens is not None:
            max_output_tokens: int | None | Unset
            if isinstance(self.max_output_tokens, Unset):
                max_output_tokens = UNSET
            else:
                max_output_tokens = self.max_output_tokens
            field_dict["max_output_tokens"] = max_output_tokens
        elif wire is not None and "max_output_tokens" in wire:
            field_dict["max_output_tokens"] = None
        if self.name is not None:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
            field_dict["name"] = name
        elif wire is not None and "name" in wire:
            field_dict["name"] = None
        if wire is None or "open_weights" in wire or self.open_weights != False:
            open_weights = self.open_weights
            field_dict["open_weights"] = open_weights
        if self.output_modalities is not None:
            output_modalities: list[str] | Unset = UNSET
            if not isinstance(self.output_modalities, Unset):
                output_modalities = self.output_modalities

            field_dict["output_modalities"] = output_modalities
        elif wire is not None and "output_modalities" in wire:
            field_dict["output_modalities"] = None
        if wire is None or "reasoning" in wire or self.reasoning != False:
            reasoning = self.reasoning
            field_dict["reasoning"] = reasoning
        if self.release_date is not None:
            release_date: None | str | Unset
            if isinstance(self.release_date, Unset):
                release_date = UNSET
            else:
                release_date = self.release_date
            field_dict["release_date"] = release_date
        elif wire is not None and "release_date" in wire:
            field_dict["release_date"] = None
        if wire is None or "structured_output" in wire or self.structured_output != False:
            structured_output = self.structured_output
            field_dict["structured_output"] = structured_output
        if wire is None or "temperature" in wire or self.temperature != False:
            temperature = self.temperature
            field_dict["temperature"] = temperature
        if wire is None or "tool_call" in wire or self.tool_call != False:
            tool_call = self.tool_call
            field_dict["tool_call"] = tool_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment = d.pop("attachment", False)

        context_window = d.pop("context_window", None)

        cost_input = d.pop("cost_input", None)

        cost_output = d.pop("cost_output", None)

        deprecated = d.pop("deprecated", False)

        description = d.pop("description", None)

        family = d.pop("family", None)

        input_modalities = cast(list[str], d.pop("input_modalities", UNSET))

        if isinstance(input_modalities, Unset):
            input_modalities = None

        knowledge_cutoff = d.pop("knowledge_cutoff", None)

        last_updated = d.pop("last_updated", None)

        max_output_tokens = d.pop("max_output_tokens", None)

        name = d.pop("name", None)

        open_weights = d.pop("open_weights", False)

        output_modalities = cast(list[str], d.pop("output_modalities", UNSET))

        if isinstance(output_modalities, Unset):
            output_modalities = None

        reasoning = d.pop("reasoning", False)

        release_date = d.pop("release_date", None)

        structured_output = d.pop("structured_output", False)

        temperature = d.pop("temperature", False)

        tool_call = d.pop("tool_call", False)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        model_metadata = cls(
            attachment,
            context_window,
            cost_input,
            cost_output,
            deprecated,
            description,
            family,
            input_modalities,
            knowledge_cutoff,
            last_updated,
            max_output_tokens,
            name,
            open_weights,
            output_modalities,
            reasoning,
            release_date,
            structured_output,
            temperature,
            tool_call,
        )
        model_metadata._wire = src_dict

        model_metadata.additional_properties = d
        return model_metadata

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
                "attachment",
                "context_window",
                "cost_input",
                "cost_output",
                "deprecated",
                "description",
                "family",
                "input_modalities",
                "knowledge_cutoff",
                "last_updated",
                "max_output_tokens",
                "name",
                "open_weights",
                "output_modalities",
                "reasoning",
                "release_date",
                "structured_output",
                "temperature",
                "tool_call",
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
