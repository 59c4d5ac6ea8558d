from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.chat_completion_choice import ChatCompletionChoice
    from ..models.completion_usage import CompletionUsage


T = TypeVar("T", bound="ChatCompletion")


@_attrs_define
class ChatCompletion:
    """A chat completion (OpenAI wire format). `id`, `object`, `created`, `model` and `choices` are always sent (OpenAI
    requires them; every recording has them); fields a provider adds (any-llm's `moderation`, `metadata`, ...) are kept
    in `additional_properties`.

        Attributes:
            choices (list[ChatCompletionChoice]):
            created (int):
            id (str):
            model (str):
            object_ (str):
            service_tier (None | str):
            system_fingerprint (None | str):
            usage (CompletionUsage | None):
    """

    choices: list[ChatCompletionChoice]
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
            choices_item = ChatCompletionChoice.from_dict(choices_item_data)

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
        chat_completion = cls(
            choices,
            created,
            id,
            model,
            object_,
            service_tier,
            system_fingerprint,
            usage,
        )
        chat_completion._wire = src_dict

        chat_completion.additional_properties = d
        return chat_completion

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


_imported = False


def _import_lazy() -> None:
    """Import the model classes ChatCompletion refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ChatCompletionChoice, CompletionUsage  # noqa: PLW0603
    from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: PLC0415
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415

    _imported = True
