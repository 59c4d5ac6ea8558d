from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.chunk_choice import ChunkChoice
    from ..models.completion_usage import CompletionUsage

# Module globals rather than class attributes, which cost several times more to read on every chunk. The
# nested parsers are kept bound: ``ChunkChoice.from_dict`` looked up per call builds a bound method each time.
_new = object.__new__
_parse_choice: Any = None
_parse_usage: Any = None


def _bind_nested() -> Any:
    """Bind the nested models' parsers, on the first chunk (the models refer to each other, so not at import)."""
    global _parse_choice, _parse_usage  # noqa: PLW0603
    from ..models.chunk_choice import ChunkChoice  # noqa: PLC0415
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415

    _parse_usage = CompletionUsage.from_dict
    _parse_choice = ChunkChoice.from_dict
    return _parse_choice


T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """One `data:` event of a chat completion stream. The final usage chunk has `choices: []`. `id`, `object`, `created`
    and `model` come on every chunk.

        Attributes:
            choices (list[ChunkChoice]):
            created (int):
            id (str):
            model (str):
            object_ (str):
            service_tier (None | str):
            system_fingerprint (None | str):
            usage (CompletionUsage | None):
    """

    choices: list[ChunkChoice]
    created: int
    id: str
    model: str
    object_: str
    service_tier: None | str = None
    system_fingerprint: None | str = None
    usage: CompletionUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        id = self.id

        model = self.model

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
                "created": created,
                "id": id,
                "model": model,
                "object": object_,
            }
        )
        wire = self._wire
        if self.service_tier is not None:
            service_tier: None | str | Unset
            if isinstance(self.service_tier, Unset):
                service_tier = UNSET
            else:
                service_tier = self.service_tier
            field_dict["service_tier"] = service_tier
        elif wire is not None and "service_tier" in wire:
            field_dict["service_tier"] = None
        if self.system_fingerprint is not None:
            system_fingerprint: None | str | Unset
            if isinstance(self.system_fingerprint, Unset):
                system_fingerprint = UNSET
            else:
                system_fingerprint = self.system_fingerprint
            field_dict["system_fingerprint"] = system_fingerprint
        elif wire is not None and "system_fingerprint" in wire:
            field_dict["system_fingerprint"] = None
        if self.usage is not None:
            usage: dict[str, Any] | None | Unset
            if isinstance(self.usage, Unset):
                usage = UNSET
            elif isinstance(self.usage, CompletionUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage
            field_dict["usage"] = usage
        elif wire is not None and "usage" in wire:
            field_dict["usage"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        created = d.pop("created")

        id = d.pop("id")

        model = d.pop("model")

        object_ = d.pop("object")

        service_tier = d.pop("service_tier", None)

        system_fingerprint = d.pop("system_fingerprint", None)

        usage = d.pop("usage", None)
        if usage is not None and not isinstance(usage, Unset):
            try:
                if not isinstance(usage, dict):
                    raise TypeError()
                usage_type_0 = CompletionUsage.from_dict(usage)

                usage = usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        chat_completion_chunk = cls(
            choices,
            created,
            id,
            model,
            object_,
            service_tier,
            system_fingerprint,
            usage,
        )
        chat_completion_chunk._wire = src_dict

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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
                "choices",
                "created",
                "id",
                "model",
                "object_",
                "service_tier",
                "system_fingerprint",
                "usage",
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a chunk's JSON: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict:
            return cls._generated_from_dict(src_dict)
        d = src_dict.copy()
        choices_data = d.pop("choices", None)
        if type(choices_data) is not list:
            # Missing or odd ``choices``: the generated behaviour, errors included.
            return cls._generated_from_dict(src_dict)
        parse_choice = _parse_choice or _bind_nested()
        # Choices first: an error in one propagates before anything else is read, as in the generated code.
        # Nearly every chunk has one choice, which a list display builds faster than a comprehension.
        if len(choices_data) == 1:
            choices = [parse_choice(choices_data[0])]
        else:
            choices = list(map(parse_choice, choices_data))
        try:
            created, id_, model, object_ = d.pop("created"), d.pop("id"), d.pop("model"), d.pop("object")
        except KeyError:
            # A required field is missing: the generated parser raises for the one it reads first.
            return cls._generated_from_dict(src_dict)
        usage = d.pop("usage", None)
        if usage is not None and type(usage) is dict:
            try:
                usage = _parse_usage(usage)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, as the generated parser does
        # Every field set here (the list is pinned above), which is all the attrs ``__init__`` would do,
        # at a third of the cost of calling it.
        chat_completion_chunk = _new(cls)
        chat_completion_chunk.choices = choices
        chat_completion_chunk.created = created
        chat_completion_chunk.id = id_
        chat_completion_chunk.model = model
        chat_completion_chunk.object_ = object_
        chat_completion_chunk.service_tier = d.pop("service_tier", None)
        chat_completion_chunk.system_fingerprint = d.pop("system_fingerprint", None)
        chat_completion_chunk.usage = usage
        chat_completion_chunk.additional_properties = d
        chat_completion_chunk._wire = src_dict
        chat_completion_chunk._otari_ids = None  # every slot set, or copy and pickle fail
        return chat_completion_chunk


_imported = False


def _import_lazy() -> None:
    """Import the model classes ChatCompletionChunk refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChunkChoice, CompletionUsage  # noqa: PLW0603
    from ..models.chunk_choice import ChunkChoice  # noqa: PLC0415
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415

    _imported = True
